//! Search and filters over the decrypted journal: the rules behind the journal
//! list, kept here so they are tested without a browser.
//!
//! A [`JournalIndex`] holds the decrypted journal entries of an unlocked vault in memory
//! (inside the WASM module in the app, so a query never ships every entry to JavaScript).
//! [`JournalIndex::query`] filters them and returns one page of light [`Row`]s, newest
//! first, with the number of matches.
//!
//! Text search: the query is split on whitespace into words; an entry matches when every
//! word occurs somewhere in its text, its trigger tags or its body note. Both sides are
//! folded the same way: Unicode lower case ([`str::to_lowercase`]), nothing more, so
//! "Work" finds "work" and "WORK", but "cafe" does not find "café" (no accent folding: the
//! core carries no Unicode tables in the app build).
//!
//! Texts are wiped from memory when an entry is replaced or removed, and on
//! [`JournalIndex::clear`] and drop.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use kintsugi_vault::{Error, RecordId, Result, Vault};

use crate::Record;
use crate::journal::JournalEntry;
use crate::limits::{MAX_TIMESTAMP_MS, too_long};
use crate::seal::RecordVault;
use crate::tracker::{MAX_EMOTION_NAME_CHARS, MAX_RATING, MAX_TRIGGER_CHARS, Phase, fold};

/// Most characters of a search text.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words in a search text.
pub const MAX_QUERY_WORDS: usize = 16;
/// Most rows one query returns.
pub const MAX_PAGE_ROWS: usize = 500;
/// Most characters of a row's excerpt (before the ellipsis).
pub const EXCERPT_CHARS: usize = 160;
/// Most emotions a row carries (the highest rated).
pub const ROW_EMOTIONS: usize = 3;
/// Most triggers a row carries (the first ones).
pub const ROW_TRIGGERS: usize = 3;

/// What the list asks for. Every part is optional; an empty query matches every entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
// Every `Option` may be left out of the query.
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct Query {
    /// Words that must all occur (see the module docs for the folding).
    #[serde(default)]
    pub text: String,
    /// Entries in any of these phases; empty means any phase (and entries without one).
    #[serde(default)]
    pub phases: Vec<Phase>,
    /// Entries that rated this emotion at least this high.
    #[serde(default)]
    pub emotion: Option<EmotionFilter>,
    /// Entries carrying this trigger tag (compared ignoring case).
    #[serde(default)]
    pub trigger: Option<String>,
    /// When it happened, at or after (milliseconds since the Unix epoch).
    #[serde(default)]
    pub from: Option<u64>,
    /// When it happened, at or before (milliseconds since the Unix epoch).
    #[serde(default)]
    pub to: Option<u64>,
}

/// An emotion filter: the emotion's name (compared ignoring case) and the lowest rating.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EmotionFilter {
    /// The emotion's name.
    pub name: String,
    /// The lowest rating that matches, 0 ..= 5 (0: any entry that rated it).
    pub min: u8,
}

/// One emotion rating shown on a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RowEmotion {
    /// The emotion's name as the person wrote it.
    pub name: String,
    /// 0 ..= 5.
    pub rating: u8,
}

/// One line of the journal list: what it shows, never the whole text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Row {
    /// The record id (hex).
    pub id: String,
    /// When it happened (the time the person set, else when it was written).
    pub occurred_at: u64,
    /// When it was written.
    pub created_at: u64,
    /// When it was last saved.
    pub updated_at: u64,
    /// The cycle phase, if the person chose one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub phase: Option<Phase>,
    /// The start of the text, whitespace runs made single spaces, with "…" when cut.
    pub excerpt: String,
    /// The highest rated emotions (rating 1 or more), highest first.
    pub emotions: Vec<RowEmotion>,
    /// The first trigger tags.
    pub triggers: Vec<String>,
}

/// One page of results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Page {
    /// How many entries match the query.
    pub total: usize,
    /// How many entries the index holds.
    pub entries: usize,
    /// The matches from the requested offset, newest first.
    pub rows: Vec<Row>,
}

/// Newest first by when it happened, then by last saved, then by id, so the order is total.
type OrderKey = (Reverse<u64>, Reverse<u64>, String);

struct Item {
    entry: JournalEntry,
    /// Folded text, trigger tags and body note, one per line: what words are searched in.
    haystack: String,
    /// Folded emotion names with their ratings.
    emotions: Vec<(String, u8)>,
    /// Folded trigger tags.
    triggers: Vec<String>,
}

impl Item {
    fn new(entry: JournalEntry) -> Self {
        let mut haystack = fold(&entry.text);
        for tag in &entry.triggers {
            haystack.push('\n');
            haystack.push_str(&fold(tag));
        }
        if let Some(note) = &entry.body_note {
            haystack.push('\n');
            haystack.push_str(&fold(note));
        }
        let emotions = entry
            .emotions
            .iter()
            .map(|(name, rating)| (fold(name), *rating))
            .collect();
        let triggers = entry.triggers.iter().map(|tag| fold(tag)).collect();
        Self {
            entry,
            haystack,
            emotions,
            triggers,
        }
    }

    fn matches(&self, query: &Checked) -> bool {
        let at = self.entry.occurred_at();
        query.from.is_none_or(|from| at >= from)
            && query.to.is_none_or(|to| at <= to)
            && (query.phases.is_empty()
                || self
                    .entry
                    .phase
                    .is_some_and(|phase| query.phases.contains(&phase)))
            && query.emotion.as_ref().is_none_or(|(name, min)| {
                self.emotions
                    .iter()
                    .any(|(have, rating)| have == name && rating >= min)
            })
            && query
                .trigger
                .as_ref()
                .is_none_or(|tag| self.triggers.contains(tag))
            && query
                .words
                .iter()
                .all(|word| self.haystack.contains(word.as_str()))
    }

    fn row(&self, id: &str) -> Row {
        let entry = &self.entry;
        let mut emotions: Vec<RowEmotion> = entry
            .emotions
            .iter()
            .filter(|(_, rating)| **rating > 0)
            .map(|(name, rating)| RowEmotion {
                name: name.clone(),
                rating: *rating,
            })
            .collect();
        emotions.sort_by(|a, b| b.rating.cmp(&a.rating).then_with(|| a.name.cmp(&b.name)));
        emotions.truncate(ROW_EMOTIONS);
        Row {
            id: id.to_owned(),
            occurred_at: entry.occurred_at(),
            created_at: entry.created_at,
            updated_at: entry.updated_at,
            phase: entry.phase,
            excerpt: excerpt(&entry.text),
            emotions,
            triggers: entry.triggers.iter().take(ROW_TRIGGERS).cloned().collect(),
        }
    }
}

impl Drop for Item {
    fn drop(&mut self) {
        self.entry.text.zeroize();
        if let Some(note) = self.entry.body_note.as_mut() {
            note.zeroize();
        }
        self.entry.triggers.zeroize();
        for (mut name, _) in std::mem::take(&mut self.entry.emotions) {
            name.zeroize();
        }
        self.haystack.zeroize();
        self.triggers.zeroize();
        for (name, _) in &mut self.emotions {
            name.zeroize();
        }
    }
}

/// The start of `text`: whitespace runs made single spaces, at most [`EXCERPT_CHARS`]
/// characters, "…" when something was cut.
fn excerpt(text: &str) -> String {
    let mut chars = text
        .split_whitespace()
        .flat_map(|word| std::iter::once(' ').chain(word.chars()))
        .skip(1);
    let mut out: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() {
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    out
}

/// A query after its caps were checked, folded for matching.
struct Checked {
    words: Vec<String>,
    phases: Vec<Phase>,
    emotion: Option<(String, u8)>,
    trigger: Option<String>,
    from: Option<u64>,
    to: Option<u64>,
}

impl Query {
    /// Checks the caps and folds the query for matching.
    fn check(&self) -> Result<Checked> {
        let words: Vec<String> = fold(&self.text)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let emotion = self.emotion.as_ref().map(|e| (fold(e.name.trim()), e.min));
        let trigger = self.trigger.as_ref().map(|tag| fold(tag.trim()));
        let ok = !too_long(&self.text, MAX_QUERY_CHARS)
            && words.len() <= MAX_QUERY_WORDS
            && self.phases.len() <= Phase::ALL.len()
            && self
                .emotion
                .as_ref()
                .is_none_or(|e| e.min <= MAX_RATING && !too_long(&e.name, MAX_EMOTION_NAME_CHARS))
            && self
                .trigger
                .as_ref()
                .is_none_or(|tag| !too_long(tag, MAX_TRIGGER_CHARS))
            && self.from.is_none_or(|t| t <= MAX_TIMESTAMP_MS)
            && self.to.is_none_or(|t| t <= MAX_TIMESTAMP_MS)
            && match (self.from, self.to) {
                (Some(from), Some(to)) => from <= to,
                _ => true,
            };
        if !ok {
            return Err(Error::InvalidInput);
        }
        Ok(Checked {
            words,
            phases: self.phases.clone(),
            // An empty name or tag filters nothing.
            emotion: emotion.filter(|(name, _)| !name.is_empty()),
            trigger: trigger.filter(|tag| !tag.is_empty()),
            from: self.from,
            to: self.to,
        })
    }
}

/// The decrypted journal of an unlocked vault, kept in order for the list.
#[derive(Default)]
pub struct JournalIndex {
    by_order: BTreeMap<OrderKey, Item>,
    keys: BTreeMap<String, OrderKey>,
}

impl std::fmt::Debug for JournalIndex {
    // Never print what the person wrote.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalIndex")
            .field("entries", &self.len())
            .finish_non_exhaustive()
    }
}

impl JournalIndex {
    /// An empty index.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// How many entries the index holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.by_order.len()
    }

    /// Whether the index holds no entry.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.by_order.is_empty()
    }

    /// Adds the entry stored under `id`, or replaces it (the old text is wiped).
    pub fn upsert(&mut self, id: &RecordId, entry: JournalEntry) {
        let hex = id.to_hex();
        self.remove(id);
        let key = (
            Reverse(entry.occurred_at()),
            Reverse(entry.updated_at),
            hex.clone(),
        );
        self.keys.insert(hex, key.clone());
        self.by_order.insert(key, Item::new(entry));
    }

    /// Removes the entry stored under `id` (its text is wiped); `false` if there was none.
    pub fn remove(&mut self, id: &RecordId) -> bool {
        self.keys
            .remove(&id.to_hex())
            .and_then(|key| self.by_order.remove(&key))
            .is_some()
    }

    /// Removes every entry, wiping their texts.
    pub fn clear(&mut self) {
        self.keys.clear();
        self.by_order.clear();
    }

    /// Opens a stored blob with `vault` and keeps it if it is a journal entry (a record of
    /// another kind under `id` removes any entry kept under it). Returns the record's kind
    /// (as in JSON), so one pass over the store also tells the caller which ids hold which
    /// kind.
    ///
    /// # Errors
    /// As [`RecordVault::open_record`]; the index is then unchanged.
    pub fn upsert_sealed(
        &mut self,
        vault: &Vault,
        id: &RecordId,
        blob: &[u8],
    ) -> Result<&'static str> {
        let record = vault.open_record(id, blob)?;
        let kind = record.kind();
        match record {
            Record::Journal(entry) => self.upsert(id, entry),
            _ => {
                self.remove(id);
            }
        }
        Ok(kind)
    }

    /// Trigger tags to suggest, ranked as [`crate::trigger_suggestions`] ranks them, from
    /// the entries kept here (so the editor need not open every record again).
    #[must_use]
    pub fn trigger_suggestions(&self, limit: usize) -> Vec<String> {
        crate::insights::rank_triggers(self.by_order.values().map(|item| &item.entry), limit)
    }

    /// The entries matching `query`, newest first: `limit` rows from `offset`, and the
    /// number of matches.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] when the query breaks a cap ([`MAX_QUERY_CHARS`],
    /// [`MAX_QUERY_WORDS`], a rating above 5, a name or tag longer than an entry may hold,
    /// a time out of range or `from` after `to`) or `limit` is above [`MAX_PAGE_ROWS`].
    pub fn query(&self, query: &Query, offset: usize, limit: usize) -> Result<Page> {
        if limit > MAX_PAGE_ROWS {
            return Err(Error::InvalidInput);
        }
        let checked = query.check()?;
        let mut total = 0;
        let mut rows = Vec::new();
        for ((_, _, id), item) in &self.by_order {
            if item.matches(&checked) {
                if total >= offset && rows.len() < limit {
                    rows.push(item.row(id));
                }
                total += 1;
            }
        }
        Ok(Page {
            total,
            entries: self.len(),
            rows,
        })
    }

    /// [`JournalIndex::query`] with the query as JSON (camelCase fields, all optional) and
    /// the page as JSON.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for JSON that is not a query, and as [`JournalIndex::query`].
    pub fn query_json(&self, query_json: &str, offset: usize, limit: usize) -> Result<String> {
        let query: Query = serde_json::from_str(query_json).map_err(|_| Error::InvalidInput)?;
        serde_json::to_string(&self.query(&query, offset, limit)?).map_err(|_| Error::Internal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn id(n: u8) -> RecordId {
        RecordId::from_hex(&format!("{n:032x}")).expect("32 hex digits")
    }

    fn entry(text: &str, at: u64) -> JournalEntry {
        JournalEntry {
            text: text.to_owned(),
            created_at: at,
            updated_at: at,
            ..JournalEntry::default()
        }
    }

    fn ids(page: &Page) -> Vec<String> {
        page.rows.iter().map(|r| r.id.clone()).collect()
    }

    fn sample() -> JournalIndex {
        let mut index = JournalIndex::new();
        for (n, e) in (1..).zip(sample_entries()) {
            index.upsert(&id(n), e);
        }
        index
    }

    fn sample_entries() -> Vec<JournalEntry> {
        let mut a = entry("He came back with flowers. I felt relief", 3_000);
        a.phase = Some(Phase::Hoovering);
        a.emotions = [("relief".to_owned(), 4), ("Guilt".to_owned(), 2)].into();
        a.triggers = vec!["Text message".to_owned()];
        let mut b = entry("A fight at WORK, then silence", 2_000);
        b.phase = Some(Phase::Devaluation);
        b.emotions = [("fear".to_owned(), 5)].into();
        b.body_note = Some("tight chest".to_owned());
        let mut c = entry("Quiet day", 1_000);
        c.occurred_at_ms = Some(5_000); // set by the person: newest by when it happened
        vec![a, b, c]
    }

    fn run(index: &JournalIndex, query: &Query) -> Vec<String> {
        ids(&index.query(query, 0, MAX_PAGE_ROWS).expect("a valid query"))
    }

    #[test]
    fn newest_first_by_when_it_happened() {
        let index = sample();
        let page = index.query(&Query::default(), 0, 10).expect("valid");
        assert_eq!(page.total, 3);
        assert_eq!(page.entries, 3);
        assert_eq!(ids(&page), [id(3).to_hex(), id(1).to_hex(), id(2).to_hex()]);
        assert_eq!(page.rows[0].occurred_at, 5_000);
        assert_eq!(page.rows[0].created_at, 1_000);
    }

    #[test]
    fn text_search_folds_case_and_needs_every_word() {
        let index = sample();
        let q = |text: &str| Query {
            text: text.to_owned(),
            ..Query::default()
        };
        assert_eq!(run(&index, &q("work")), [id(2).to_hex()]);
        assert_eq!(run(&index, &q("  FIGHT   silence ")), [id(2).to_hex()]);
        assert!(run(&index, &q("fight flowers")).is_empty());
        // Trigger tags and the body note are searched too.
        assert_eq!(run(&index, &q("message")), [id(1).to_hex()]);
        assert_eq!(run(&index, &q("CHEST")), [id(2).to_hex()]);
        // Emotion names are not text.
        assert!(run(&index, &q("fear")).is_empty());
        assert_eq!(run(&index, &q("")).len(), 3);
    }

    #[test]
    fn filters_by_phase_emotion_trigger_and_date() {
        let index = sample();
        let phases = Query {
            phases: vec![Phase::Devaluation, Phase::Hoovering],
            ..Query::default()
        };
        assert_eq!(run(&index, &phases), [id(1).to_hex(), id(2).to_hex()]);
        let emotion = |name: &str, min| Query {
            emotion: Some(EmotionFilter {
                name: name.to_owned(),
                min,
            }),
            ..Query::default()
        };
        assert_eq!(run(&index, &emotion("Relief", 4)), [id(1).to_hex()]);
        assert!(run(&index, &emotion("relief", 5)).is_empty());
        assert_eq!(run(&index, &emotion("guilt", 0)), [id(1).to_hex()]);
        let trigger = Query {
            trigger: Some("text MESSAGE".to_owned()),
            ..Query::default()
        };
        assert_eq!(run(&index, &trigger), [id(1).to_hex()]);
        let partial = Query {
            trigger: Some("text".to_owned()),
            ..Query::default()
        };
        assert!(run(&index, &partial).is_empty(), "a tag matches whole");
        let range = Query {
            from: Some(2_000),
            to: Some(3_000),
            ..Query::default()
        };
        assert_eq!(run(&index, &range), [id(1).to_hex(), id(2).to_hex()]);
        let after = Query {
            from: Some(3_001),
            ..Query::default()
        };
        assert_eq!(run(&index, &after), [id(3).to_hex()]);
    }

    #[test]
    fn pages_count_every_match() {
        let index = sample();
        let page = index.query(&Query::default(), 1, 1).expect("valid");
        assert_eq!(page.total, 3);
        assert_eq!(ids(&page), [id(1).to_hex()]);
        assert!(
            index
                .query(&Query::default(), 9, 5)
                .expect("valid")
                .rows
                .is_empty()
        );
    }

    #[test]
    fn edits_and_removals_follow() {
        let mut index = sample();
        index.upsert(&id(2), entry("rewritten", 9_000));
        let page = index.query(&Query::default(), 0, 10).expect("valid");
        assert_eq!(page.total, 3);
        assert_eq!(page.rows[0].id, id(2).to_hex());
        assert_eq!(page.rows[0].excerpt, "rewritten");
        assert!(
            run(
                &index,
                &Query {
                    text: "fight".to_owned(),
                    ..Query::default()
                }
            )
            .is_empty()
        );
        assert!(index.remove(&id(2)));
        assert!(!index.remove(&id(2)));
        assert_eq!(index.len(), 2);
        index.clear();
        assert!(index.is_empty());
        assert_eq!(
            index.query(&Query::default(), 0, 10).expect("valid").total,
            0
        );
    }

    #[test]
    fn suggests_triggers_like_the_insights() {
        let mut index = sample();
        let mut d = entry("again", 4_000);
        d.triggers = vec!["text MESSAGE".to_owned(), "Money".to_owned()];
        index.upsert(&id(4), d.clone());
        let records: Vec<Record> = [sample_entries(), vec![d]]
            .concat()
            .into_iter()
            .map(Record::Journal)
            .collect();
        assert_eq!(
            index.trigger_suggestions(5),
            crate::trigger_suggestions(&records, 5)
        );
        assert_eq!(index.trigger_suggestions(5), ["text MESSAGE", "Money"]);
    }

    #[test]
    fn rows_are_light() {
        let index = sample();
        let page = index.query(&Query::default(), 0, 10).expect("valid");
        let hoover = &page.rows[1];
        assert_eq!(hoover.phase, Some(Phase::Hoovering));
        assert_eq!(
            hoover.emotions,
            [
                RowEmotion {
                    name: "relief".to_owned(),
                    rating: 4
                },
                RowEmotion {
                    name: "Guilt".to_owned(),
                    rating: 2
                }
            ]
        );
        assert_eq!(hoover.triggers, ["Text message"]);
        assert_eq!(excerpt("  a \n\n b  "), "a b");
        let long = "word ".repeat(100);
        let cut = excerpt(&long);
        assert!(cut.chars().count() <= EXCERPT_CHARS + 1);
        assert!(cut.starts_with("word word"));
        assert!(cut.ends_with('…'));
        assert_eq!(
            excerpt(&"x".repeat(EXCERPT_CHARS)),
            "x".repeat(EXCERPT_CHARS)
        );
    }

    #[test]
    fn refuses_queries_over_the_caps() {
        let index = sample();
        let bad = [
            Query {
                text: "x".repeat(MAX_QUERY_CHARS + 1),
                ..Query::default()
            },
            Query {
                text: "a ".repeat(MAX_QUERY_WORDS + 1),
                ..Query::default()
            },
            Query {
                emotion: Some(EmotionFilter {
                    name: "joy".to_owned(),
                    min: MAX_RATING + 1,
                }),
                ..Query::default()
            },
            Query {
                trigger: Some("t".repeat(MAX_TRIGGER_CHARS + 1)),
                ..Query::default()
            },
            Query {
                from: Some(2),
                to: Some(1),
                ..Query::default()
            },
            Query {
                to: Some(MAX_TIMESTAMP_MS + 1),
                ..Query::default()
            },
            Query {
                phases: vec![Phase::Calm; Phase::ALL.len() + 1],
                ..Query::default()
            },
        ];
        for query in &bad {
            assert_eq!(index.query(query, 0, 10), Err(Error::InvalidInput));
        }
        assert_eq!(
            index.query(&Query::default(), 0, MAX_PAGE_ROWS + 1),
            Err(Error::InvalidInput)
        );
        assert_eq!(index.query_json("42", 0, 1), Err(Error::InvalidInput));
        assert_eq!(
            index.query_json(r#"{"colour":"red"}"#, 0, 1),
            Err(Error::InvalidInput)
        );
    }

    #[test]
    fn query_json_round_trip() {
        let index = sample();
        let json = index
            .query_json(r#"{"text":"flowers","phases":["hoovering"]}"#, 0, 5)
            .expect("valid");
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        assert_eq!(value["total"], 1);
        assert_eq!(value["entries"], 3);
        assert_eq!(value["rows"][0]["phase"], "hoovering");
        assert_eq!(value["rows"][0]["occurredAt"], 3_000);
        assert_eq!(value["rows"][0]["emotions"][0]["name"], "relief");
    }

    #[test]
    fn upsert_sealed_keeps_journal_records_and_names_every_kind() {
        let cheap = kintsugi_vault::KdfParams {
            memory_kib: 8 * 1024,
            iterations: 1,
            parallelism: 1,
        };
        let vault = Vault::create_with_params("a long passphrase here", cheap).expect("vault");
        let mut index = JournalIndex::new();
        let journal = vault
            .seal_record_json(
                &id(1),
                r#"{"kind":"journal","text":"hello","createdAt":1,"updatedAt":1}"#,
            )
            .expect("seal");
        assert_eq!(index.upsert_sealed(&vault, &id(1), &journal), Ok("journal"));
        let other = vault
            .seal_record_json(
                &id(2),
                r#"{"kind":"backupState","lastBackupAt":1,"updatedAt":1}"#,
            )
            .expect("seal");
        assert_eq!(
            index.upsert_sealed(&vault, &id(2), &other),
            Ok("backupState")
        );
        // A blob stored under another id does not open, and changes nothing.
        assert_eq!(
            index.upsert_sealed(&vault, &id(3), &journal),
            Err(Error::Corrupt)
        );
        assert_eq!(index.len(), 1);
    }

    fn arb_entry() -> impl Strategy<Value = JournalEntry> {
        (
            "[a-cA-C ]{0,12}",
            0u64..20,
            proptest::option::of(0usize..Phase::ALL.len()),
            proptest::collection::btree_map("[a-cA-C]{1,2}", 0u8..=5, 0..3),
            proptest::collection::vec("[a-cA-C]{1,2}", 0..3),
            proptest::option::of("[a-c ]{1,4}"),
        )
            .prop_map(|(text, at, phase, emotions, triggers, body_note)| {
                let mut e = entry(&text, at);
                e.phase = phase.map(|i| Phase::ALL[i]);
                e.emotions = emotions;
                e.triggers = triggers;
                e.body_note = body_note;
                e
            })
    }

    fn arb_query() -> impl Strategy<Value = Query> {
        (
            "[a-cA-C ]{0,5}",
            proptest::collection::vec(0usize..Phase::ALL.len(), 0..3),
            proptest::option::of(("[a-cA-C]{1,2}", 0u8..=5)),
            proptest::option::of("[a-cA-C]{1,2}"),
            proptest::option::of(0u64..10),
            proptest::option::of(10u64..20),
        )
            .prop_map(|(text, phases, emotion, trigger, from, to)| Query {
                text,
                phases: phases.into_iter().map(|i| Phase::ALL[i]).collect(),
                emotion: emotion.map(|(name, min)| EmotionFilter { name, min }),
                trigger,
                from,
                to,
            })
    }

    /// The matching rule written out plainly, independent of the index.
    fn expected(e: &JournalEntry, q: &Query) -> bool {
        let low = |s: &str| s.to_lowercase();
        let at = e.occurred_at();
        let words: Vec<String> = low(&q.text).split_whitespace().map(str::to_owned).collect();
        let fields: Vec<String> = std::iter::once(low(&e.text))
            .chain(e.triggers.iter().map(|t| low(t)))
            .chain(e.body_note.iter().map(|n| low(n)))
            .collect();
        q.from.is_none_or(|f| at >= f)
            && q.to.is_none_or(|t| at <= t)
            && (q.phases.is_empty() || e.phase.is_some_and(|p| q.phases.contains(&p)))
            && q.emotion.as_ref().is_none_or(|f| {
                e.emotions
                    .iter()
                    .any(|(n, r)| low(n) == low(&f.name) && *r >= f.min)
            })
            && q.trigger
                .as_ref()
                .is_none_or(|t| e.triggers.iter().any(|have| low(have) == low(t)))
            && words.iter().all(|w| fields.iter().any(|f| f.contains(w)))
    }

    proptest! {
        #[test]
        fn returns_exactly_the_matches_newest_first(
            entries in proptest::collection::vec(arb_entry(), 0..20),
            query in arb_query(),
        ) {
            let mut index = JournalIndex::new();
            for (n, e) in entries.iter().enumerate() {
                index.upsert(&id(u8::try_from(n).expect("fewer than 256")), e.clone());
            }
            let page = index.query(&query, 0, MAX_PAGE_ROWS).expect("a valid query");
            let want: Vec<String> = entries
                .iter()
                .enumerate()
                .filter(|(_, e)| expected(e, &query))
                .map(|(n, _)| id(u8::try_from(n).expect("small")).to_hex())
                .collect();
            prop_assert_eq!(page.total, want.len());
            let mut got = ids(&page);
            prop_assert!(page.rows.windows(2).all(|w| w[0].occurred_at >= w[1].occurred_at));
            got.sort();
            let mut want = want;
            want.sort();
            prop_assert_eq!(got, want);
        }
    }
}
