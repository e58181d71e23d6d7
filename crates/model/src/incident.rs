//! The incident log: what happened, kept so that later changes show.
//!
//! Each saved version is an `incident` record. It commits to the hash of the version saved
//! before it (`prevHash`), so the versions form a hash chain inside the ciphertext. An edit
//! is a new version appended to the chain (`supersedes` names the version it replaces);
//! nothing is rewritten. [`verify_chain`] checks the chain and says in plain words what it
//! finds. The byte-precise hash encoding is in `docs/incident-log.md`.
//!
//! What the chain shows: an entry changed, removed or moved after later entries were saved.
//! What it cannot show: the person holds the key, so someone with the passphrase could build
//! a whole new chain. A copy of an export kept by someone else fixes a point in time.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use kintsugi_vault::{Error, Result, blake2b_256 as checksum, from_hex, to_hex};

use crate::kind::{RecordKind, list_from_json, record_json};
use crate::limits::{MAX_TIMESTAMP_MS, too_long};

/// Longest text in the short fields (`place`, `reportNumbers`).
pub const MAX_INCIDENT_SHORT_CHARS: usize = 500;
/// Longest text in the other fields.
pub const MAX_INCIDENT_TEXT_CHARS: usize = 10_000;
/// Most versions one log may hold: far beyond a real log, it keeps every loop small.
pub const MAX_INCIDENT_SEQ: u64 = 1_000_000;

/// The first bytes of every hashed encoding (domain separation, and the version of the encoding).
pub const INCIDENT_HASH_DOMAIN: &[u8] = b"kintsugi-incident-v1";

/// The `prevHash` of the first version of a log: 64 zeros.
pub const ZERO_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One saved version of an incident:
/// `{"kind":"incident","occurredAt":...,"place":...,...,"seq":0,"prevHash":"00..","hash":"..","createdAt":...}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Incident {
    /// When it happened (set by the person), milliseconds since the Unix epoch.
    pub occurred_at: u64,
    /// Where it happened.
    #[serde(default)]
    pub place: String,
    /// What the other person did and said.
    #[serde(default)]
    pub what_happened: String,
    /// Injuries.
    #[serde(default)]
    pub injuries: String,
    /// Who saw or heard it.
    #[serde(default)]
    pub witnesses: String,
    /// Evidence held elsewhere (photos, messages, medical notes), described.
    #[serde(default)]
    pub evidence: String,
    /// Police, medical or other report numbers.
    #[serde(default)]
    pub report_numbers: String,
    /// How I felt.
    #[serde(default, rename = "howIFelt")]
    pub how_i_felt: String,
    /// What happened after.
    #[serde(default)]
    pub after: String,
    /// The version's place in the log: 0, 1, 2, ... Not hashed: the order is fixed by
    /// `prevHash`, and the verifier checks `seq` against it.
    pub seq: u64,
    /// The hash of the version saved before this one (64 lowercase hex); [`ZERO_HASH`] first.
    pub prev_hash: String,
    /// The hash of the version this one replaces (an edit); absent for a new incident.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub supersedes: Option<String>,
    /// This version's own hash as saved (see [`Incident::compute_hash`]).
    pub hash: String,
    /// When this version was saved, milliseconds since the Unix epoch.
    pub created_at: u64,
}

/// 64 lowercase hex characters as 32 bytes.
fn hash_bytes(hex: &str) -> Option<[u8; 32]> {
    from_hex::<32>(hex)
}

impl Incident {
    /// The texts in hashing order, with their JSON names and limits.
    fn texts(&self) -> [(&str, &'static str, usize); 8] {
        [
            (&self.place, "place", MAX_INCIDENT_SHORT_CHARS),
            (&self.what_happened, "whatHappened", MAX_INCIDENT_TEXT_CHARS),
            (&self.injuries, "injuries", MAX_INCIDENT_TEXT_CHARS),
            (&self.witnesses, "witnesses", MAX_INCIDENT_TEXT_CHARS),
            (&self.evidence, "evidence", MAX_INCIDENT_TEXT_CHARS),
            (
                &self.report_numbers,
                "reportNumbers",
                MAX_INCIDENT_SHORT_CHARS,
            ),
            (&self.how_i_felt, "howIFelt", MAX_INCIDENT_TEXT_CHARS),
            (&self.after, "after", MAX_INCIDENT_TEXT_CHARS),
        ]
    }

    /// The canonical bytes that are hashed (`docs/incident-log.md`, "Hash encoding"):
    /// the domain, `prevHash` (32 bytes), `supersedes` (0x00, or 0x01 and 32 bytes),
    /// `createdAt` and `occurredAt` (u64 little-endian), then the eight texts in order,
    /// each as its UTF-8 length (u64 little-endian) and bytes. A hex field that does not
    /// parse is encoded as its length-prefixed text after a 0xff byte, so it still hashes
    /// (and fails to match).
    #[must_use]
    pub fn canonical_bytes(&self) -> Vec<u8> {
        fn hash_field(out: &mut Vec<u8>, hex: &str) {
            match hash_bytes(hex) {
                Some(bytes) => out.extend_from_slice(&bytes),
                None => {
                    out.push(0xff);
                    text(out, hex);
                }
            }
        }
        fn text(out: &mut Vec<u8>, text: &str) {
            out.extend_from_slice(&(text.len() as u64).to_le_bytes());
            out.extend_from_slice(text.as_bytes());
        }
        let mut out = Vec::with_capacity(128);
        out.extend_from_slice(INCIDENT_HASH_DOMAIN);
        hash_field(&mut out, &self.prev_hash);
        match &self.supersedes {
            None => out.push(0x00),
            Some(hex) => {
                out.push(0x01);
                hash_field(&mut out, hex);
            }
        }
        out.extend_from_slice(&self.created_at.to_le_bytes());
        out.extend_from_slice(&self.occurred_at.to_le_bytes());
        for (value, _, _) in self.texts() {
            text(&mut out, value);
        }
        out
    }

    /// BLAKE2b-256 of [`Incident::canonical_bytes`], as 64 lowercase hex characters.
    #[must_use]
    pub fn compute_hash(&self) -> String {
        to_hex(&checksum(&self.canonical_bytes()))
    }

    /// The JSON name of the first field that breaks a rule, or `None` if all are valid.
    /// The stored `hash` is only checked for its form: whether it matches is the chain
    /// check's job, so a changed entry still opens and shows as changed.
    #[must_use]
    pub fn invalid_field(&self) -> Option<&'static str> {
        if let Some((_, name, _)) = self
            .texts()
            .into_iter()
            .find(|(value, _, max)| too_long(value, *max))
        {
            return Some(name);
        }
        [
            (self.occurred_at <= MAX_TIMESTAMP_MS, "occurredAt"),
            (self.seq <= MAX_INCIDENT_SEQ, "seq"),
            (hash_bytes(&self.prev_hash).is_some(), "prevHash"),
            (
                self.supersedes
                    .as_deref()
                    .is_none_or(|h| hash_bytes(h).is_some()),
                "supersedes",
            ),
            (hash_bytes(&self.hash).is_some(), "hash"),
            (self.created_at <= MAX_TIMESTAMP_MS, "createdAt"),
        ]
        .into_iter()
        .find(|(ok, _)| !ok)
        .map(|(_, name)| name)
    }
}

/// The version the next one chains to: the highest `seq`; among two at the same place (a
/// fork), the one saved last, then the smaller hash.
fn head(log: &[Incident]) -> Option<&Incident> {
    log.iter().max_by(|a, b| {
        (a.seq, a.created_at)
            .cmp(&(b.seq, b.created_at))
            .then_with(|| b.hash.cmp(&a.hash))
    })
}

/// The next version of the log: `draft` (what the person wrote, and `supersedes` for an edit)
/// chained after the head of `log`, saved at `now_ms`. The draft's chain fields (`seq`,
/// `prevHash`, `hash`, `createdAt`) are ignored: they are the core's to set.
///
/// # Errors
/// [`Error::InvalidInput`] when `supersedes` names no version of the log, or one that was
/// already replaced (edit the newest version), or the log is full; [`Error::InvalidRecord`]
/// when a field breaks a rule.
pub fn incident_append(log: &[Incident], draft: Incident, now_ms: u64) -> Result<Incident> {
    if let Some(old) = &draft.supersedes {
        let exists = log.iter().any(|v| &v.hash == old);
        let replaced = log.iter().any(|v| v.supersedes.as_ref() == Some(old));
        if !exists || replaced {
            return Err(Error::InvalidInput);
        }
    }
    let (seq, prev_hash) = match head(log) {
        Some(last) => (last.seq + 1, last.hash.clone()),
        None => (0, ZERO_HASH.to_owned()),
    };
    if seq > MAX_INCIDENT_SEQ {
        return Err(Error::InvalidInput);
    }
    let mut next = Incident {
        seq,
        prev_hash,
        created_at: now_ms,
        ..draft
    };
    next.hash = next.compute_hash();
    if next.invalid_field().is_some() {
        return Err(Error::InvalidRecord);
    }
    Ok(next)
}

/// How one version fares in the chain check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum EntryStatus {
    /// Matches its hash and links to the version before it.
    Intact,
    /// Shares its place with another version (logs from two devices merged).
    Fork,
    /// The version before it is missing, so its link cannot be checked.
    AfterGap,
    /// Links to a version that is not the one before it: the order was changed.
    Moved,
    /// Its content does not match its hash, or the next version recorded another hash for it.
    Edited,
}

/// What the chain check found, at which place (`seq`, 0-based) or range of places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum ProblemKind {
    /// A version's content does not match the hash saved with it.
    Edited,
    /// The version at `first` does not match what the version after it recorded.
    ChangedBeforeNext,
    /// No version at places `first ..= last`.
    Missing,
    /// The version at `first` links to a version at another place.
    Reordered,
    /// More than one version at place `first`.
    Fork,
}

/// One finding of the chain check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChainProblem {
    /// The first place (0-based `seq`) it concerns.
    pub first: u64,
    /// The last place it concerns (the same as `first` except for a run of missing versions).
    pub last: u64,
    /// What was found.
    pub kind: ProblemKind,
}

/// One version in the chain check, in log order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChainEntry {
    /// Its position in the input.
    pub index: usize,
    /// Its place in the log.
    pub seq: u64,
    /// Its hash, computed from its content now.
    pub hash: String,
    /// How it fares.
    pub status: EntryStatus,
}

/// The result of [`verify_chain`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChainReport {
    /// True when nothing was found (an empty log is intact).
    pub intact: bool,
    /// How many versions were checked.
    pub count: usize,
    /// The saved hash of the newest version (what a later export must still contain).
    pub head: Option<String>,
    /// Every version, in log order (by `seq`, then hash).
    pub entries: Vec<ChainEntry>,
    /// What was found, by place.
    pub problems: Vec<ChainProblem>,
    /// The findings in plain English, one sentence each (the first says the overall result).
    pub sentences: Vec<String>,
}

/// Checks the chain of `log` (all versions, in any order): each version against its saved
/// hash, each link against the version before it, and the places for gaps and forks.
#[must_use]
pub fn verify_chain(log: &[Incident]) -> ChainReport {
    let computed: Vec<String> = log.iter().map(Incident::compute_hash).collect();
    let mut order: Vec<usize> = (0..log.len()).collect();
    order.sort_by(|&a, &b| (log[a].seq, &log[a].hash).cmp(&(log[b].seq, &log[b].hash)));
    let mut by_seq: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for &i in &order {
        by_seq.entry(log[i].seq).or_default().push(i);
    }
    let saved: BTreeSet<&str> = log.iter().map(|v| v.hash.as_str()).collect();
    let mut status = vec![EntryStatus::Intact; log.len()];
    let mut problems: BTreeSet<ChainProblem> = BTreeSet::new();
    let note = |problems: &mut BTreeSet<ChainProblem>, first, last, kind| {
        problems.insert(ChainProblem { first, last, kind });
    };
    let mark = |status: &mut [EntryStatus], i: usize, s: EntryStatus| {
        status[i] = status[i].max(s);
    };

    // Gaps: places before the first version, and between two present ones.
    let mut expected = 0u64;
    for &seq in by_seq.keys() {
        if seq > expected {
            note(&mut problems, expected, seq - 1, ProblemKind::Missing);
        }
        expected = seq + 1;
    }
    for (&seq, at) in &by_seq {
        if at.len() > 1 {
            note(&mut problems, seq, seq, ProblemKind::Fork);
            for &i in at {
                mark(&mut status, i, EntryStatus::Fork);
            }
        }
    }
    for &i in &order {
        let v = &log[i];
        if computed[i] != v.hash {
            note(&mut problems, v.seq, v.seq, ProblemKind::Edited);
            mark(&mut status, i, EntryStatus::Edited);
        }
        let before = v.seq.checked_sub(1).and_then(|s| by_seq.get(&s));
        let links_before = match before {
            None if v.seq == 0 => v.prev_hash == ZERO_HASH,
            None => {
                mark(&mut status, i, EntryStatus::AfterGap);
                // A first version placed later, or a link to a version that is elsewhere.
                !(v.prev_hash == ZERO_HASH || saved.contains(v.prev_hash.as_str()))
            }
            Some(at) => at.iter().any(|&p| log[p].hash == v.prev_hash),
        };
        if links_before {
            continue;
        }
        if v.prev_hash == ZERO_HASH || saved.contains(v.prev_hash.as_str()) {
            note(&mut problems, v.seq, v.seq, ProblemKind::Reordered);
            mark(&mut status, i, EntryStatus::Moved);
        } else if let Some(at) = before {
            // The link names a hash no version has: the version before was changed since.
            let seq = v.seq - 1;
            note(&mut problems, seq, seq, ProblemKind::ChangedBeforeNext);
            if let [p] = at[..] {
                mark(&mut status, p, EntryStatus::Edited);
            }
        } else if v.seq == 0 {
            // The first entry names a version before it that no log has: its link was changed.
            note(&mut problems, 0, 0, ProblemKind::Edited);
            mark(&mut status, i, EntryStatus::Edited);
        }
    }
    let problems: Vec<ChainProblem> = problems.into_iter().collect();
    let entries: Vec<ChainEntry> = order
        .iter()
        .map(|&i| ChainEntry {
            index: i,
            seq: log[i].seq,
            hash: computed[i].clone(),
            status: status[i],
        })
        .collect();
    let intact = problems.is_empty();
    let mut sentences = vec![summary_sentence(log.len(), intact)];
    sentences.extend(problems.iter().map(problem_sentence));
    ChainReport {
        intact,
        count: log.len(),
        head: head(log).map(|v| v.hash.clone()),
        entries,
        problems,
        sentences,
    }
}

fn summary_sentence(count: usize, intact: bool) -> String {
    match (count, intact) {
        (0, _) => "The log is empty.".to_owned(),
        (1, true) => "Verified: the one entry matches its hash.".to_owned(),
        (2, true) => {
            "Verified: both entries match their hashes and the second links to the first, \
                      so neither was changed, removed or moved after the second was saved."
                .to_owned()
        }
        (n, true) => format!(
            "Verified: all {n} entries match their hashes and each links to the one before it, \
             so none was changed, removed or moved after later ones were saved."
        ),
        (_, false) => "Not verified: the log does not match its hash chain. \
                       What was found is listed below."
            .to_owned(),
    }
}

fn problem_sentence(problem: &ChainProblem) -> String {
    let n = problem.first + 1;
    match problem.kind {
        ProblemKind::Edited => {
            format!(
                "Entry {n} does not match its hash: it was changed after it was saved, or damaged."
            )
        }
        ProblemKind::ChangedBeforeNext => format!(
            "Entry {n} does not match what entry {} recorded about it: one of them was changed after it was saved.",
            n + 1
        ),
        ProblemKind::Missing if problem.first == problem.last => {
            format!("Entry {n} is missing: it may have been removed.")
        }
        ProblemKind::Missing => format!(
            "Entries {n} to {} are missing: they may have been removed.",
            problem.last + 1
        ),
        ProblemKind::Reordered => {
            format!("Entry {n} is not in the place it was saved in: the order was changed.")
        }
        ProblemKind::Fork => format!(
            "More than one entry holds place {n}. This happens when logs from two devices \
             are merged; all of them are kept."
        ),
    }
}

/// One incident as the person sees it: its newest version and every version, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IncidentVersions {
    /// The position (in the input) of the version to show.
    pub current: usize,
    /// The positions of all its versions, oldest first (the current one last).
    pub versions: Vec<usize>,
}

/// Groups the versions of `log` into incidents, newest incident first (by when it happened,
/// then by place in the log). A version is current when no other replaces it; if two edits
/// replace the same version (two devices), each is shown as its own incident.
#[must_use]
pub fn latest_versions(log: &[Incident]) -> Vec<IncidentVersions> {
    let by_hash: BTreeMap<&str, usize> = log
        .iter()
        .enumerate()
        .map(|(i, v)| (v.hash.as_str(), i))
        .collect();
    let replaced: BTreeSet<&str> = log.iter().filter_map(|v| v.supersedes.as_deref()).collect();
    let mut groups: Vec<IncidentVersions> = Vec::new();
    for (i, v) in log.iter().enumerate() {
        if replaced.contains(v.hash.as_str()) {
            continue;
        }
        let mut versions = vec![i];
        let mut at = v;
        // Each step goes to an earlier place, so a tampered loop still ends.
        while let Some(&p) = at.supersedes.as_deref().and_then(|h| by_hash.get(h)) {
            if log[p].seq >= at.seq || versions.contains(&p) {
                break;
            }
            versions.push(p);
            at = &log[p];
        }
        versions.reverse();
        groups.push(IncidentVersions {
            current: i,
            versions,
        });
    }
    groups.sort_by(|a, b| {
        let (a, b) = (&log[a.current], &log[b.current]);
        (b.occurred_at, b.seq).cmp(&(a.occurred_at, a.seq))
    });
    groups
}

/// Parses a JSON array of `incident` records (as opened).
fn parse_log(records_json: &str) -> Result<Vec<Incident>> {
    list_from_json(records_json).map_err(|_| Error::InvalidInput)
}

/// The chain fields, which a draft must not carry.
const CHAIN_FIELDS: [&str; 4] = ["seq", "prevHash", "hash", "createdAt"];

/// A draft as JSON: the record's written fields (and `supersedes`), without `kind` and the
/// chain fields.
fn parse_draft(draft_json: &str) -> Result<Incident> {
    let Ok(serde_json::Value::Object(mut draft)) = serde_json::from_str(draft_json) else {
        return Err(Error::InvalidInput);
    };
    if CHAIN_FIELDS.iter().any(|k| draft.contains_key(*k)) || draft.contains_key("kind") {
        return Err(Error::InvalidInput);
    }
    draft.insert("seq".into(), 0.into());
    draft.insert("prevHash".into(), ZERO_HASH.into());
    draft.insert("hash".into(), ZERO_HASH.into());
    draft.insert("createdAt".into(), 0.into());
    serde_json::from_value(serde_json::Value::Object(draft)).map_err(|_| Error::InvalidInput)
}

/// The JSON name of the first field of a draft (what the person wrote, as
/// [`incident_append_json`] takes it) that breaks a rule, or `None`: the editor asks before
/// appending, so it can point at the field.
///
/// # Errors
/// [`Error::InvalidInput`] when the JSON is not a draft.
pub fn incident_draft_invalid_field_json(draft_json: &str) -> Result<Option<&'static str>> {
    Ok(parse_draft(draft_json)?.invalid_field())
}

/// [`incident_append`] over JSON: `records_json` the log's records (a JSON array), `draft_json`
/// the written fields (`occurredAt`, the texts, and `supersedes` for an edit). Returns the
/// new record's JSON, ready to seal.
///
/// # Errors
/// [`Error::InvalidInput`] for JSON that is not a log or a draft; see [`incident_append`].
pub fn incident_append_json(records_json: &str, draft_json: &str, now_ms: u64) -> Result<String> {
    let log = parse_log(records_json)?;
    let draft = parse_draft(draft_json)?;
    if now_ms > MAX_TIMESTAMP_MS {
        return Err(Error::InvalidInput);
    }
    Ok(record_json(&incident_append(&log, draft, now_ms)?))
}

/// [`verify_chain`] over JSON: a [`ChainReport`] for a JSON array of `incident` records.
///
/// # Errors
/// [`Error::InvalidInput`] when the JSON is not an array of incident records.
pub fn verify_chain_json(records_json: &str) -> Result<String> {
    let log = parse_log(records_json)?;
    serde_json::to_string(&verify_chain(&log)).map_err(|_| Error::Internal)
}

/// [`latest_versions`] over JSON.
///
/// # Errors
/// [`Error::InvalidInput`] when the JSON is not an array of incident records.
pub fn latest_versions_json(records_json: &str) -> Result<String> {
    let log = parse_log(records_json)?;
    serde_json::to_string(&latest_versions(&log)).map_err(|_| Error::Internal)
}

/// The field limits as JSON, for the editor: `{"shortChars":500,"textChars":10000}`.
#[must_use]
pub fn incident_rules_json() -> String {
    serde_json::to_string(&IncidentRules::now()).expect("the rules are integers")
}

/// The incident editor's field limits ([`incident_rules_json`]).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IncidentRules {
    /// Characters in a short field (place, witnesses, report numbers), at most.
    pub short_chars: usize,
    /// Characters in a long field (what happened, injuries, ...), at most.
    pub text_chars: usize,
}

impl IncidentRules {
    /// The rules of this build.
    #[must_use]
    pub const fn now() -> Self {
        Self {
            short_chars: MAX_INCIDENT_SHORT_CHARS,
            text_chars: MAX_INCIDENT_TEXT_CHARS,
        }
    }
}

impl RecordKind for Incident {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        {
            let draft = serde_json::json!({
                "occurredAt": at - 86_400_000, "place": "Kitchen",
                "whatHappened": "He threw my phone against the wall.",
                "injuries": "Cut on my hand.", "witnesses": "Neighbour heard it.",
                "evidence": "Photo of the phone.", "reportNumbers": "CAD 1234",
                "howIFelt": "Frozen.", "after": "Went to Sam's.",
            });
            let mut record: serde_json::Value = serde_json::from_str(
                &crate::incident_append_json("[]", &draft.to_string(), at)
                    .expect("the sample incident is valid"),
            )
            .expect("the core writes JSON");
            record["kind"] = serde_json::json!("incident");
            record
        }
    }

    fn invalid_field(&self) -> Option<&'static str> {
        Self::invalid_field(self)
    }

    /// A version in the incident log is never rewritten: its time is when it was saved.
    fn updated_at(&self) -> u64 {
        self.created_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Record;

    fn draft(n: u64) -> Incident {
        Incident {
            occurred_at: 1_764_000_000_000 + n * 86_400_000,
            place: format!("place {n}"),
            what_happened: format!("what happened {n}"),
            ..Incident::default()
        }
    }

    fn chain(n: u64) -> Vec<Incident> {
        let mut log = Vec::new();
        for i in 0..n {
            let next = incident_append(&log, draft(i), 1_764_100_000_000 + i).unwrap();
            log.push(next);
        }
        log
    }

    fn kinds(report: &ChainReport) -> Vec<(ProblemKind, u64, u64)> {
        report
            .problems
            .iter()
            .map(|p| (p.kind, p.first, p.last))
            .collect()
    }

    #[test]
    fn intact_chains_of_zero_one_and_many() {
        let empty = verify_chain(&[]);
        assert!(empty.intact && empty.head.is_none());
        assert_eq!(empty.sentences, vec!["The log is empty."]);
        let one = chain(1);
        assert_eq!(one[0].prev_hash, ZERO_HASH);
        let report = verify_chain(&one);
        assert!(report.intact, "{report:?}");
        assert_eq!(report.head.as_deref(), Some(one[0].hash.as_str()));
        let many = chain(7);
        let report = verify_chain(&many);
        assert!(report.intact, "{report:?}");
        assert_eq!(report.count, 7);
        assert!(report.sentences[0].starts_with("Verified: all 7 entries"));
        assert_eq!(
            summary_sentence(1, true),
            "Verified: the one entry matches its hash."
        );
        assert!(summary_sentence(2, true).starts_with("Verified: both entries match"));
        assert!(summary_sentence(3, true).starts_with("Verified: all 3 entries"));
        for (i, v) in many.iter().enumerate().skip(1) {
            assert_eq!(v.prev_hash, many[i - 1].hash);
            assert_eq!(v.seq, i as u64);
        }
        // Input order does not matter.
        let mut shuffled = many.clone();
        shuffled.reverse();
        shuffled.swap(1, 4);
        let report = verify_chain(&shuffled);
        assert!(report.intact);
        assert_eq!(
            report.entries.iter().map(|e| e.seq).collect::<Vec<_>>(),
            (0..7).collect::<Vec<_>>()
        );
    }

    #[test]
    fn an_edit_is_detected_with_or_without_a_new_hash() {
        for at in 0..4 {
            // Content changed, saved hash left alone.
            let mut log = chain(4);
            log[at].injuries = "none".into();
            let report = verify_chain(&log);
            assert!(!report.intact);
            assert_eq!(
                kinds(&report),
                vec![(ProblemKind::Edited, at as u64, at as u64)]
            );
            assert_eq!(report.entries[at].status, EntryStatus::Edited);
            // Content changed and the hash recomputed: the next entry's link shows it.
            if at < 3 {
                let mut log = chain(4);
                log[at].place = "elsewhere".into();
                log[at].hash = log[at].compute_hash();
                let report = verify_chain(&log);
                assert_eq!(
                    kinds(&report),
                    vec![(ProblemKind::ChangedBeforeNext, at as u64, at as u64)]
                );
                assert_eq!(report.entries[at].status, EntryStatus::Edited);
                assert!(report.sentences[1].contains("was changed after it was saved"));
            }
        }
    }

    #[test]
    fn a_deleted_entry_is_detected_first_middle_and_last() {
        let full = chain(5);
        let without = |i: usize| {
            let mut log = full.clone();
            log.remove(i);
            verify_chain(&log)
        };
        assert_eq!(kinds(&without(0)), vec![(ProblemKind::Missing, 0, 0)]);
        let middle = without(2);
        assert_eq!(kinds(&middle), vec![(ProblemKind::Missing, 2, 2)]);
        assert_eq!(middle.entries[2].status, EntryStatus::AfterGap);
        assert!(middle.sentences[1].contains("Entry 3 is missing"));
        let mut two_gone = full.clone();
        two_gone.drain(1..3);
        assert_eq!(
            kinds(&verify_chain(&two_gone)),
            vec![(ProblemKind::Missing, 1, 2)]
        );
        // Removing the newest leaves a shorter chain that checks out inside itself; the head
        // differs from the one an earlier export recorded (docs/incident-log.md says so).
        let last = without(4);
        assert!(last.intact);
        assert_ne!(last.head, verify_chain(&full).head);
        assert_eq!(last.count, 4);
    }

    #[test]
    fn a_reorder_is_detected() {
        let mut log = chain(4);
        log[1].seq = 2;
        log[2].seq = 1;
        let report = verify_chain(&log);
        assert_eq!(
            kinds(&report),
            vec![
                (ProblemKind::Reordered, 1, 1),
                (ProblemKind::Reordered, 2, 2),
                (ProblemKind::Reordered, 3, 3),
            ]
        );
        assert!(
            report
                .entries
                .iter()
                .skip(1)
                .all(|e| e.status == EntryStatus::Moved)
        );
        // The first one moved to the end.
        let mut log = chain(3);
        log[0].seq = 3;
        let report = verify_chain(&log);
        assert!(kinds(&report).contains(&(ProblemKind::Missing, 0, 0)));
        assert!(kinds(&report).contains(&(ProblemKind::Reordered, 3, 3)));
    }

    #[test]
    fn two_devices_make_a_fork_that_is_named_not_hidden() {
        let shared = chain(2);
        let a = incident_append(&shared, draft(10), 1_764_200_000_000).unwrap();
        let b = incident_append(&shared, draft(11), 1_764_200_000_001).unwrap();
        let mut merged = shared.clone();
        merged.extend([a, b.clone()]);
        let report = verify_chain(&merged);
        assert_eq!(kinds(&report), vec![(ProblemKind::Fork, 2, 2)]);
        assert!(report.sentences[1].contains("two devices"));
        // The next entry chains to the later of the two and is not flagged itself.
        let next = incident_append(&merged, draft(12), 1_764_300_000_000).unwrap();
        assert_eq!(next.prev_hash, b.hash);
        merged.push(next);
        assert_eq!(
            kinds(&verify_chain(&merged)),
            vec![(ProblemKind::Fork, 2, 2)]
        );
    }

    #[test]
    fn an_edit_appends_a_version_and_the_latest_is_current() {
        let mut log = chain(3);
        let edit = Incident {
            supersedes: Some(log[1].hash.clone()),
            injuries: "bruise on arm".into(),
            ..draft(1)
        };
        let v2 = incident_append(&log, edit, 1_764_400_000_000).unwrap();
        assert_eq!((v2.seq, &v2.prev_hash), (3, &log[2].hash));
        log.push(v2);
        let edit_again = Incident {
            supersedes: Some(log[3].hash.clone()),
            ..draft(1)
        };
        log.push(incident_append(&log, edit_again, 1_764_500_000_000).unwrap());
        assert!(verify_chain(&log).intact);
        let groups = latest_versions(&log);
        assert_eq!(
            groups,
            vec![
                IncidentVersions {
                    current: 2,
                    versions: vec![2]
                },
                IncidentVersions {
                    current: 4,
                    versions: vec![1, 3, 4]
                },
                IncidentVersions {
                    current: 0,
                    versions: vec![0]
                },
            ]
        );
        // Only the newest version may be edited, and only a version that exists.
        for supersedes in [log[1].hash.clone(), ZERO_HASH.to_owned()] {
            let bad = Incident {
                supersedes: Some(supersedes),
                ..draft(1)
            };
            assert_eq!(incident_append(&log, bad, 1), Err(Error::InvalidInput));
        }
    }

    #[test]
    fn rules_and_json() {
        let log = chain(1);
        let json = Record::Incident(log[0].clone()).to_json();
        assert!(
            json.starts_with(r#"{"kind":"incident","occurredAt":"#),
            "{json}"
        );
        assert!(json.contains(r#""howIFelt":"""#));
        assert_eq!(
            Record::from_json(&json),
            Ok(Record::Incident(log[0].clone()))
        );
        let long = Incident {
            place: "p".repeat(MAX_INCIDENT_SHORT_CHARS + 1),
            ..draft(0)
        };
        assert_eq!(incident_append(&[], long, 1), Err(Error::InvalidRecord));
        let mut bad = log[0].clone();
        bad.what_happened = "w".repeat(MAX_INCIDENT_TEXT_CHARS + 1);
        assert_eq!(bad.invalid_field(), Some("whatHappened"));
        bad = log[0].clone();
        bad.prev_hash = "0".repeat(63);
        assert_eq!(bad.invalid_field(), Some("prevHash"));
        bad.prev_hash = ZERO_HASH.to_uppercase().replace('0', "A");
        assert_eq!(bad.invalid_field(), Some("prevHash"));
        let records = format!("[{json}]");
        let appended =
            incident_append_json(&records, r#"{"occurredAt":5,"place":"home"}"#, 9).unwrap();
        assert!(appended.contains(r#""seq":1"#), "{appended}");
        assert!(appended.contains(&format!(r#""prevHash":"{}""#, log[0].hash)));
        for bad in [
            r#"{"occurredAt":5,"colour":"red"}"#,
            r#"{"occurredAt":5,"seq":3}"#,
            r#"{"occurredAt":5,"kind":"incident"}"#,
            "[]",
        ] {
            assert_eq!(
                incident_append_json(&records, bad, 9),
                Err(Error::InvalidInput),
                "{bad}"
            );
        }
        assert_eq!(
            verify_chain_json(r#"[{"kind":"walkAwayCheck","yes":[],"takenAt":1}]"#),
            Err(Error::InvalidInput)
        );
        let report = verify_chain_json(&format!("[{json},{appended}]")).unwrap();
        assert!(
            report.starts_with(r#"{"intact":true,"count":2"#),
            "{report}"
        );
        assert!(
            latest_versions_json(&records)
                .unwrap()
                .contains(r#""current":0"#)
        );
        assert_eq!(
            incident_rules_json(),
            r#"{"shortChars":500,"textChars":10000}"#
        );
    }

    #[test]
    fn the_canonical_bytes_are_as_documented() {
        let v = Incident {
            occurred_at: 1,
            place: "é".into(),
            seq: 7,
            prev_hash: ZERO_HASH.to_owned(),
            created_at: 2,
            ..Incident::default()
        };
        let mut expected = b"kintsugi-incident-v1".to_vec();
        expected.extend([0u8; 32]);
        expected.push(0);
        expected.extend(2u64.to_le_bytes());
        expected.extend(1u64.to_le_bytes());
        expected.extend(2u64.to_le_bytes());
        expected.extend("é".as_bytes());
        for _ in 0..7 {
            expected.extend(0u64.to_le_bytes());
        }
        assert_eq!(v.canonical_bytes(), expected);
        // seq is not hashed: the links fix the order.
        let moved = Incident {
            seq: 8,
            ..v.clone()
        };
        assert_eq!(moved.compute_hash(), v.compute_hash());
        let replacing = Incident {
            supersedes: Some("ab".repeat(32)),
            ..v.clone()
        };
        assert_eq!(replacing.canonical_bytes()[52], 1);
        assert_eq!(replacing.canonical_bytes()[53..85], [0xab; 32]);
    }
}
