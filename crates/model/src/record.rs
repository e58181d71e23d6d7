//! The plaintext model sealed inside each record.

use serde::{Deserialize, Serialize};

use crate::boundary::BoundaryPlan;
use crate::diary::DiaryDay;
use crate::error::{Error, Result};
use crate::incident::Incident;
use crate::plan::SafetyPlan;
use crate::safety::{Contact, Settings};
use crate::tracker::{
    ContactLog, Emotions, MAX_NOTE_CHARS, NoContactGoal, Phase, chars_at_most, emotions_ok,
    normalize_emotions, normalize_triggers, time_ok, triggers_ok,
};
use crate::walkaway::WalkAwayCheck;

/// Most characters (Unicode scalar values) a journal entry's text may hold.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// Largest timestamp accepted: JavaScript's `Number.MAX_SAFE_INTEGER`, so every value
/// survives the trip through a JS number unchanged.
pub const MAX_TIMESTAMP_MS: u64 = (1 << 53) - 1;

/// One record, tagged by `kind` in JSON. Later versions add kinds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[non_exhaustive]
pub enum Record {
    /// A journal entry.
    Journal(JournalEntry),
    /// The person's settings (one per vault; see `docs/architecture.md`).
    Settings(Settings),
    /// One of the person's own crisis contacts ("Help now").
    Contact(Contact),
    /// A contact with the partner (cycle tracker).
    ContactLog(ContactLog),
    /// A no-contact commitment (cycle tracker).
    NoContactGoal(NoContactGoal),
    /// One day of the DBT diary card (issue 5; see `diary.rs`).
    DiaryDay(DiaryDay),
    /// The plan for the next contact: a DEAR MAN script and a cope-ahead plan (issue 5).
    BoundaryPlan(BoundaryPlan),
    /// The person's safety plan (one per vault; the newest `updatedAt` wins). Boxed: it is
    /// far larger than the other kinds.
    SafetyPlan(Box<SafetyPlan>),
    /// A "When to walk away" check the person chose to keep.
    WalkAwayCheck(WalkAwayCheck),
    /// When this vault was last backed up (one per vault; issue 6).
    BackupState(BackupState),
    /// One saved version of an incident in the incident log (issue 4, part 5; see `incident.rs`).
    Incident(Incident),
}

/// When the vault was last backed up, so the app can remind gently:
/// `{"kind":"backupState","lastBackupAt":...,"updatedAt":...}`. Kept in its own sealed
/// record so the store stays blind to what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupState {
    /// Milliseconds since the Unix epoch: when the last backup file was made (or restored from).
    pub last_backup_at: u64,
    /// Milliseconds since the Unix epoch.
    pub updated_at: u64,
}

/// A journal entry: `{"kind":"journal","text":...,"createdAt":...,"updatedAt":...}`, plus
/// the cycle tracker's optional fields. Entries written before those fields existed have
/// none of them, and an entry without them is written exactly as before.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JournalEntry {
    /// What the person wrote.
    pub text: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: u64,
    /// Milliseconds since the Unix epoch. Not required to be after `created_at`: phone
    /// clocks get changed, and refusing an edit over that would lose words.
    pub updated_at: u64,
    /// When it happened (set by the person), milliseconds since the Unix epoch; absent
    /// means `created_at`. See [`JournalEntry::occurred_at`].
    #[serde(
        default,
        rename = "occurredAt",
        skip_serializing_if = "Option::is_none"
    )]
    pub occurred_at_ms: Option<u64>,
    /// Emotion ratings, 0 ..= 5.
    #[serde(default, skip_serializing_if = "Emotions::is_empty")]
    pub emotions: Emotions,
    /// The cycle phase the person felt they were in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// Free trigger tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<String>,
    /// What the body felt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_note: Option<String>,
}

impl JournalEntry {
    /// When it happened: the time the person set, or else when the entry was created.
    #[must_use]
    pub fn occurred_at(&self) -> u64 {
        self.occurred_at_ms.unwrap_or(self.created_at)
    }
}

/// The kinds this build knows, as they appear in JSON.
const KNOWN_KINDS: &[&str] = &[
    "journal",
    "settings",
    "contact",
    "contactLog",
    "noContactGoal",
    "diaryDay",
    "boundaryPlan",
    "safetyPlan",
    "walkAwayCheck",
    "backupState",
    "incident",
];

/// The field name of the first check that failed, if any.
fn first_failing(checks: &[(bool, &'static str)]) -> Option<&'static str> {
    checks.iter().find(|(ok, _)| !ok).map(|(_, field)| *field)
}

impl Record {
    /// Checks the rules serde cannot express.
    ///
    /// # Errors
    /// [`Error::InvalidRecord`] if a text is too long or a timestamp out of range.
    pub fn validate(&self) -> Result<()> {
        if self.invalid_field().is_some() {
            return Err(Error::InvalidRecord);
        }
        Ok(())
    }

    /// The JSON name of the first field that breaks a rule (so the UI can say which one),
    /// or `None` when the record is valid.
    #[must_use]
    pub fn invalid_field(&self) -> Option<&'static str> {
        match self {
            Self::Settings(settings) => settings.invalid_field(),
            Self::Contact(contact) => contact.invalid_field(),
            Self::BackupState(state) => first_failing(&[
                (time_ok(state.last_backup_at), "lastBackupAt"),
                (time_ok(state.updated_at), "updatedAt"),
            ]),
            Self::DiaryDay(day) => day.invalid_field(),
            Self::SafetyPlan(plan) => plan.invalid_field(),
            Self::WalkAwayCheck(check) => check.invalid_field(),
            Self::BoundaryPlan(plan) => plan.invalid_field(),
            Self::Incident(incident) => incident.invalid_field(),
            Self::Journal(entry) => first_failing(&[
                (chars_at_most(&entry.text, MAX_TEXT_CHARS), "text"),
                (time_ok(entry.created_at), "createdAt"),
                (time_ok(entry.updated_at), "updatedAt"),
                (entry.occurred_at_ms.is_none_or(time_ok), "occurredAt"),
                (emotions_ok(&entry.emotions), "emotions"),
                (triggers_ok(&entry.triggers), "triggers"),
                (
                    entry
                        .body_note
                        .as_deref()
                        .is_none_or(|note| chars_at_most(note, MAX_NOTE_CHARS)),
                    "bodyNote",
                ),
            ]),
            Self::ContactLog(contact) => first_failing(&[
                (time_ok(contact.occurred_at), "occurredAt"),
                (time_ok(contact.created_at), "createdAt"),
                (time_ok(contact.updated_at), "updatedAt"),
                (chars_at_most(&contact.note, MAX_NOTE_CHARS), "note"),
            ]),
            Self::NoContactGoal(goal) => first_failing(&[
                (time_ok(goal.started_at), "startedAt"),
                (
                    goal.ended_at
                        .is_none_or(|end| time_ok(end) && end >= goal.started_at),
                    "endedAt",
                ),
                (time_ok(goal.created_at), "createdAt"),
                (time_ok(goal.updated_at), "updatedAt"),
                (chars_at_most(&goal.note, MAX_NOTE_CHARS), "note"),
            ]),
        }
    }

    /// Tidies what the person typed before sealing: trigger tags trimmed and de-duplicated
    /// ignoring case, emotion names trimmed, an empty body note dropped; the safety plan's
    /// texts trimmed and empty items dropped. Never shortens text: what is too long is
    /// refused by validation instead. Other kinds are kept exactly as given.
    ///
    /// # Errors
    /// [`Error::InvalidRecord`] when two emotion names are the same after trimming.
    pub fn normalize(&mut self) -> Result<()> {
        if let Self::SafetyPlan(plan) = self {
            plan.normalize();
        }
        if let Self::Journal(entry) = self {
            entry.triggers = normalize_triggers(&entry.triggers);
            entry.emotions = normalize_emotions(&entry.emotions)?;
            if entry
                .body_note
                .as_deref()
                .is_some_and(|note| note.trim().is_empty())
            {
                entry.body_note = None;
            }
        }
        Ok(())
    }

    /// Parses, tidies and validates a record given by the app (before sealing).
    ///
    /// # Errors
    /// [`Error::InvalidRecord`] for malformed JSON, an unknown `kind`, unknown or missing
    /// fields, wrong types, or values outside the rules of [`Record::validate`].
    pub fn from_json(json: &str) -> Result<Self> {
        let mut record: Self = serde_json::from_str(json).map_err(|_| Error::InvalidRecord)?;
        record.normalize()?;
        record.validate()?;
        Ok(record)
    }

    /// Parses a record that came out of a ciphertext (after opening).
    ///
    /// # Errors
    /// [`Error::UnsupportedVersion`] for a `kind` this build does not know (written by a
    /// newer app); [`Error::Corrupt`] for anything else that does not parse or validate.
    pub(crate) fn from_opened_json(json: &[u8]) -> Result<Self> {
        match serde_json::from_slice::<Self>(json) {
            Ok(record) => {
                record.validate().map_err(|_| Error::Corrupt)?;
                Ok(record)
            }
            Err(_) => {
                #[derive(Deserialize)]
                struct KindOnly {
                    kind: String,
                }
                match serde_json::from_slice::<KindOnly>(json) {
                    Ok(KindOnly { kind }) if !KNOWN_KINDS.contains(&kind.as_str()) => {
                        Err(Error::UnsupportedVersion)
                    }
                    _ => Err(Error::Corrupt),
                }
            }
        }
    }

    /// The canonical JSON form (field order fixed, no whitespace).
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .expect("a Record has string keys and plain values (no floats), so it serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> Record {
        Record::Journal(JournalEntry {
            text: text.to_owned(),
            created_at: 1_764_100_000_000,
            updated_at: 1_764_100_000_001,
            ..JournalEntry::default()
        })
    }

    #[test]
    fn json_shape_is_the_contract() {
        assert_eq!(
            entry("hi \"you\"").to_json(),
            r#"{"kind":"journal","text":"hi \"you\"","createdAt":1764100000000,"updatedAt":1764100000001}"#
        );
        let parsed = Record::from_json(
            r#"{ "updatedAt": 1764100000001, "text": "hi \"you\"", "createdAt": 1764100000000, "kind": "journal" }"#,
        )
        .unwrap();
        assert_eq!(parsed, entry("hi \"you\""));
    }

    #[test]
    fn invalid_records_are_refused() {
        let max_text = "é".repeat(MAX_TEXT_CHARS);
        assert!(Record::from_json(&entry(&max_text).to_json()).is_ok());
        let too_long = "a".repeat(MAX_TEXT_CHARS + 1);
        let bad = [
            String::new(),
            "null".to_owned(),
            "[]".to_owned(),
            r#"{"kind":"diary","text":"x","createdAt":1,"updatedAt":1}"#.to_owned(),
            r#"{"text":"x","createdAt":1,"updatedAt":1}"#.to_owned(),
            r#"{"kind":"journal","createdAt":1,"updatedAt":1}"#.to_owned(),
            r#"{"kind":"journal","text":"x","createdAt":-1,"updatedAt":1}"#.to_owned(),
            r#"{"kind":"journal","text":"x","createdAt":1.5,"updatedAt":1}"#.to_owned(),
            r#"{"kind":"journal","text":"x","createdAt":"1","updatedAt":1}"#.to_owned(),
            r#"{"kind":"journal","text":"x","createdAt":9007199254740992,"updatedAt":1}"#
                .to_owned(),
            r#"{"kind":"journal","text":"x","createdAt":1,"updatedAt":1,"mood":3}"#.to_owned(),
            entry(&too_long).to_json(),
        ];
        for json in bad {
            assert_eq!(
                Record::from_json(&json),
                Err(Error::InvalidRecord),
                "{json}"
            );
        }
    }

    #[test]
    fn backup_state_round_trips_and_checks_its_times() {
        let json = r#"{"kind":"backupState","lastBackupAt":5,"updatedAt":6}"#;
        let record = Record::from_json(json).unwrap();
        assert_eq!(record.to_json(), json);
        assert_eq!(
            Record::from_json(
                r#"{"kind":"backupState","lastBackupAt":9007199254740992,"updatedAt":6}"#
            ),
            Err(Error::InvalidRecord)
        );
    }

    #[test]
    fn opened_json_errors() {
        assert_eq!(
            Record::from_opened_json(br#"{"kind":"cycleLog","phase":"calm"}"#),
            Err(Error::UnsupportedVersion)
        );
        assert_eq!(Record::from_opened_json(b"{}"), Err(Error::Corrupt));
        assert_eq!(Record::from_opened_json(b"\xff"), Err(Error::Corrupt));
        assert_eq!(
            Record::from_opened_json(br#"{"kind":"journal","text":1}"#),
            Err(Error::Corrupt)
        );
        let good = entry("ok").to_json();
        assert_eq!(
            Record::from_opened_json(good.as_bytes()).unwrap(),
            entry("ok")
        );
    }

    #[test]
    fn entries_written_before_the_tracker_still_open_unchanged() {
        let old = r#"{"kind":"journal","text":"x","createdAt":5,"updatedAt":6}"#;
        let parsed = Record::from_opened_json(old.as_bytes()).unwrap();
        assert_eq!(parsed.to_json(), old);
        let Record::Journal(entry) = parsed else {
            unreachable!("a journal entry")
        };
        assert_eq!(entry.occurred_at(), 5, "occurredAt defaults to createdAt");
        assert!(entry.phase.is_none() && entry.emotions.is_empty() && entry.triggers.is_empty());
    }

    #[test]
    fn tracker_fields_json_shape_and_tidying() {
        let typed = r#"{"kind":"journal","text":"t","createdAt":1,"updatedAt":2,
            "occurredAt":0,"emotions":{"fear":4," Numb ":0},"phase":"devaluation",
            "triggers":[" Work ","work","","money"],"bodyNote":"tight chest"}"#;
        let record = Record::from_json(typed).unwrap();
        assert_eq!(
            record.to_json(),
            r#"{"kind":"journal","text":"t","createdAt":1,"updatedAt":2,"occurredAt":0,"emotions":{"Numb":0,"fear":4},"phase":"devaluation","triggers":["Work","money"],"bodyNote":"tight chest"}"#
        );
        let blank_note =
            r#"{"kind":"journal","text":"t","createdAt":1,"updatedAt":2,"bodyNote":"  "}"#;
        assert_eq!(
            Record::from_json(blank_note).unwrap().to_json(),
            r#"{"kind":"journal","text":"t","createdAt":1,"updatedAt":2}"#
        );
    }

    #[test]
    fn invalid_tracker_fields_are_refused() {
        let base = r#""kind":"journal","text":"t","createdAt":1,"updatedAt":2"#;
        let long_note = "n".repeat(MAX_NOTE_CHARS + 1);
        let long_tag = "t".repeat(crate::tracker::MAX_TRIGGER_CHARS + 1);
        let bad = [
            r#""emotions":{"fear":6}"#.to_owned(),
            r#""emotions":{"fear":-1}"#.to_owned(),
            r#""emotions":{"Fear":1,"fear ":2}"#.to_owned(),
            r#""emotions":{"":1}"#.to_owned(),
            r#""phase":"angry""#.to_owned(),
            r#""phase":"Calm""#.to_owned(),
            r#""occurredAt":9007199254740992"#.to_owned(),
            r#""triggers":"work""#.to_owned(),
            format!(r#""triggers":["{long_tag}"]"#),
            format!(r#""bodyNote":"{long_note}""#),
        ];
        for field in bad {
            let json = format!("{{{base},{field}}}");
            assert_eq!(
                Record::from_json(&json),
                Err(Error::InvalidRecord),
                "{field}"
            );
        }
    }

    #[test]
    fn contact_log_json() {
        let json = r#"{"kind":"contactLog","occurredAt":10,"initiatedBy":"them","channel":"socialMedia","hooverTactic":"promiseToChange","note":"said it would be different","brokeNoContact":true,"createdAt":11,"updatedAt":12}"#;
        let record = Record::from_json(json).unwrap();
        assert_eq!(record.to_json(), json);
        let minimal = r#"{"kind":"contactLog","occurredAt":10,"initiatedBy":"someoneElse","channel":"throughSomeone","createdAt":11,"updatedAt":12}"#;
        let Record::ContactLog(contact) = Record::from_json(minimal).unwrap() else {
            unreachable!("a contact log")
        };
        assert_eq!(contact.hoover_tactic, None);
        assert!(!contact.broke_no_contact && contact.note.is_empty());
        for bad in [
            minimal.replace("someoneElse", "partner"),
            minimal.replace("throughSomeone", "fax"),
            minimal.replace(r#""createdAt":11,"#, ""),
            minimal.replace("}", r#","hooverTactic":"bribe"}"#),
            minimal.replace("}", r#","extra":1}"#),
        ] {
            assert_eq!(Record::from_json(&bad), Err(Error::InvalidRecord), "{bad}");
        }
    }

    #[test]
    fn no_contact_goal_json() {
        let active =
            r#"{"kind":"noContactGoal","startedAt":100,"note":"","createdAt":100,"updatedAt":100}"#;
        let Record::NoContactGoal(goal) = Record::from_json(active).unwrap() else {
            unreachable!("a goal")
        };
        assert!(goal.is_active());
        assert_eq!(Record::from_json(active).unwrap().to_json(), active);
        let ended = r#"{"kind":"noContactGoal","startedAt":100,"endedAt":100,"note":"","createdAt":1,"updatedAt":2}"#;
        assert_eq!(Record::from_json(ended).unwrap().to_json(), ended);
        let backwards = ended.replace(r#""endedAt":100"#, r#""endedAt":99"#);
        assert_eq!(Record::from_json(&backwards), Err(Error::InvalidRecord));
        assert_eq!(
            Record::from_opened_json(backwards.as_bytes()),
            Err(Error::Corrupt)
        );
    }
}
