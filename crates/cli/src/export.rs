//! Formatting only: records to the JSON and Markdown files `decrypt` writes, and the
//! JSON files `create` reads back into records.

use std::collections::BTreeMap;

use kintsugi_core::{Record, RecordId};
use serde_json::{Map, Value};

/// The key that carries a record's id in the exported JSON objects.
pub const ID_KEY: &str = "id";

/// One record as an exported JSON object: its fields plus `"id"`.
fn to_object(id: &RecordId, record: &Record) -> Map<String, Value> {
    let mut object = match serde_json::from_str::<Value>(&record.to_json()) {
        Ok(Value::Object(object)) => object,
        // A record's canonical JSON is always an object.
        _ => Map::new(),
    };
    object.insert(ID_KEY.to_owned(), Value::String(id.to_hex()));
    object
}

/// The records grouped by kind, as the pretty JSON array of each kind's file. The
/// journal file is always there, empty or not, so a person sees where entries go.
pub fn json_files(records: &[(RecordId, Record)]) -> BTreeMap<String, String> {
    let mut by_kind: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    by_kind.insert("journal".to_owned(), Vec::new());
    for (id, record) in records {
        let object = to_object(id, record);
        let kind = object
            .get("kind")
            .and_then(Value::as_str)
            .unwrap_or("other")
            .to_owned();
        by_kind.entry(kind).or_default().push(Value::Object(object));
    }
    by_kind
        .into_iter()
        .map(|(kind, items)| {
            let mut text = serde_json::to_string_pretty(&Value::Array(items))
                .unwrap_or_else(|_| "[]".to_owned());
            text.push('\n');
            (format!("{kind}.json"), text)
        })
        .collect()
}

/// The journal as Markdown, oldest entry first.
pub fn journal_markdown(records: &[(RecordId, Record)], backup_created_at_ms: u64) -> String {
    let mut entries: Vec<_> = records
        .iter()
        .filter_map(|(_, record)| match record {
            Record::Journal(entry) => Some(entry),
            _ => None,
        })
        .collect();
    entries.sort_by_key(|entry| entry.created_at);
    let mut out = String::from("# Journal\n\n");
    out.push_str(&format!(
        "From a Kintsugi backup made {}. {} {}, oldest first. Times are UTC.\n",
        utc(backup_created_at_ms),
        entries.len(),
        if entries.len() == 1 {
            "entry"
        } else {
            "entries"
        }
    ));
    for entry in entries {
        let (created, updated) = (utc(entry.created_at), utc(entry.updated_at));
        out.push_str(&format!("\n## {created}\n\n"));
        if updated != created {
            out.push_str(&format!("_Last changed {updated}._\n\n"));
        }
        out.push_str(entry.text.trim_end());
        out.push('\n');
    }
    out
}

/// Milliseconds since the Unix epoch as `YYYY-MM-DD HH:MM UTC`.
pub fn utc(ms: u64) -> String {
    kintsugi_core::format_utc_minute(ms)
}

/// Reads one exported JSON file back: an array of objects, each with an `"id"`. Returns
/// each record's id and its JSON without the id, for the core to validate.
///
/// # Errors
/// A plain sentence naming the entry that is not in that shape.
pub fn records_from_json(text: &str) -> Result<Vec<(String, String)>, String> {
    let items = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items,
        _ => return Err("it is not a JSON list of entries".to_owned()),
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let Value::Object(mut object) = item else {
                return Err(format!("entry {} is not a JSON object", i + 1));
            };
            let Some(Value::String(id)) = object.remove(ID_KEY) else {
                return Err(format!("entry {} has no \"id\"", i + 1));
            };
            Ok((id, Value::Object(object).to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use kintsugi_core::JournalEntry;

    #[test]
    fn utc_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(951_782_400_000), "2000-02-29 00:00 UTC");
        assert_eq!(utc(1_764_100_000_000), "2025-11-25 19:46 UTC");
    }

    #[test]
    fn json_round_trips_through_the_export_shape() {
        let id = RecordId::from_bytes([7; 16]);
        let record = Record::Journal(JournalEntry {
            text: "hi".to_owned(),
            created_at: 1,
            updated_at: 2,
            ..JournalEntry::default()
        });
        let files = json_files(&[(id, record.clone())]);
        let back = records_from_json(&files["journal.json"]).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].0, id.to_hex());
        assert_eq!(Record::from_json(&back[0].1).unwrap(), record);
        assert!(records_from_json("{}").is_err());
        assert!(records_from_json("[{\"kind\":\"journal\"}]").is_err());
    }
}
