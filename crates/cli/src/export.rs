//! Formatting only: records to the JSON and Markdown files `decrypt` writes, and the
//! JSON files `create` reads back into records.

use std::collections::BTreeMap;

use kintsugi_model::{EntryStatus, Incident, Record, RecordId, verify_chain};
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
        out.push_str(&markdown_paragraphs(&entry.text));
        out.push('\n');
    }
    out
}

/// The incident log as Markdown, when the backup holds one: the chain check (the core's
/// `verify_chain`) first, then every saved version in log order with its hash.
pub fn incident_log_markdown(records: &[(RecordId, Record)]) -> Option<String> {
    let log: Vec<Incident> = records
        .iter()
        .filter_map(|(_, record)| match record {
            Record::Incident(version) => Some(version.clone()),
            _ => None,
        })
        .collect();
    if log.is_empty() {
        return None;
    }
    let report = verify_chain(&log);
    let mut out = String::from("# Incident log\n\n");
    out.push_str(
        "Every saved version, in the order it was saved, with its hash (BLAKE2b-256; \
         docs/incident-log.md says how to recompute it). Times are UTC.\n\n",
    );
    let verdict = if report.intact {
        "Verified"
    } else {
        "Not verified"
    };
    out.push_str(&format!("**Chain check: {verdict}.**\n\n"));
    for sentence in &report.sentences {
        out.push_str(&format!("- {sentence}\n"));
    }
    if let Some(head) = &report.head {
        out.push_str(&format!("\nHash of the newest entry: `{head}`\n"));
    }
    for entry in &report.entries {
        let v = &log[entry.index];
        out.push_str(&format!("\n## Entry {}\n\n", entry.seq + 1));
        out.push_str(&format!("- Hash: `{}`\n", entry.hash));
        out.push_str(&format!("- Check: {}\n", status_words(entry.status)));
        out.push_str(&format!("- Hash of the entry before: `{}`\n", v.prev_hash));
        if let Some(old) = &v.supersedes {
            out.push_str(&format!("- Replaces the version with hash `{old}`\n"));
        }
        out.push_str(&format!("- When it happened: {}\n", utc(v.occurred_at)));
        out.push_str(&format!("- Saved: {}\n", utc(v.created_at)));
        for (label, text) in [
            ("Where", &v.place),
            ("What they did and said", &v.what_happened),
            ("Injuries", &v.injuries),
            ("Witnesses", &v.witnesses),
            ("Evidence kept elsewhere", &v.evidence),
            ("Report numbers", &v.report_numbers),
            ("How I felt", &v.how_i_felt),
            ("What happened after", &v.after),
        ] {
            if !text.trim().is_empty() {
                out.push_str(&format!(
                    "\n**{label}:**\n\n{}\n",
                    markdown_paragraphs(text)
                ));
            }
        }
    }
    Some(out)
}

fn status_words(status: EntryStatus) -> &'static str {
    match status {
        EntryStatus::Intact => "matches",
        EntryStatus::Fork => "shares its place with another entry",
        EntryStatus::AfterGap => "the entry before it is missing",
        EntryStatus::Moved => "not in its saved place",
        EntryStatus::Edited => "does not match",
    }
}

/// Milliseconds since the Unix epoch as `YYYY-MM-DD HH:MM UTC`.
pub fn utc(ms: u64) -> String {
    kintsugi_model::format_utc_minute(ms)
}

/// The person's words as Markdown that shows them as typed: a backslash before every
/// character Markdown could take as formatting (a backslash, and `` ` * _ [ ] < > # | ~ & ``),
/// and before the `-`, `+`, `=` or `1.` / `1)` that would start a list or heading at the start
/// of a line.
/// Spaces at a line's start (which would make code) and blank lines are dropped.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        for (i, c) in line.char_indices() {
            let starts_block = (i == 0 && matches!(c, '-' | '+' | '='))
                || (i == digits && digits > 0 && matches!(c, '.' | ')'));
            if starts_block || "\\`*_[]<>#|~&".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Longer writing (a journal entry, an incident's field) as Markdown paragraphs: the
/// paragraphs the person left (blank lines) stay paragraphs, each line stays a line (a hard
/// break, two spaces before the newline), and every line is escaped as [`markdown_text`] does.
pub fn markdown_paragraphs(text: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !lines.is_empty() {
                paragraphs.push(lines.join("  \n"));
                lines.clear();
            }
        } else {
            lines.push(markdown_text(line));
        }
    }
    paragraphs.join("\n\n")
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
    use kintsugi_model::JournalEntry;

    #[test]
    fn markdown_text_escapes_what_markdown_would_format() {
        assert_eq!(
            markdown_text("plain words, 555 0100."),
            "plain words, 555 0100."
        );
        assert_eq!(
            markdown_text("*not bold* _or_ `code` [link](x) <b> # | ~ & \\"),
            "\\*not bold\\* \\_or\\_ \\`code\\` \\[link\\](x) \\<b\\> \\# \\| \\~ \\& \\\\"
        );
        assert_eq!(
            markdown_text("- a\n+ b\n= c\n12. d\n3) e"),
            "\\- a\n\\+ b\n\\= c\n12\\. d\n3\\) e"
        );
        assert_eq!(
            markdown_text("  ## heading\n\n    code  "),
            "\\#\\# heading\ncode"
        );
        assert_eq!(markdown_text("a - b 1. c"), "a - b 1. c");
    }

    #[test]
    fn markdown_paragraphs_keep_paragraphs_and_lines_and_escape_each() {
        assert_eq!(
            markdown_paragraphs("First *line*\nsecond line\n\n\n- third, a new paragraph\n"),
            "First \\*line\\*  \nsecond line\n\n\\- third, a new paragraph"
        );
        assert_eq!(markdown_paragraphs("  \n\n "), "");
        assert_eq!(
            markdown_paragraphs("![x](https://example.org/p.png)"),
            "!\\[x\\](https://example.org/p.png)"
        );
    }

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
