//! The plaintext sealed inside each record: what [`record_kinds!`] makes from the one list
//! of kinds (kept in `lib.rs`, beside each kind's `mod`), and the rules every [`Record`]
//! shares: parsing, validation, the canonical JSON, and sealing as the vault's plaintext.
//!
//! The list's line for a kind makes its `Record` variant, its place in [`KNOWN_KINDS`], the
//! dispatch of validation and tidying, and merge's per-kind rules.

use kintsugi_vault::{Error, Plaintext, Result};
use serde::Deserialize;
use zeroize::Zeroizing;

use crate::{KNOWN_KINDS, Record};

/// Declares [`Record`] and everything made from the list of kinds: each line is
/// `"json kind" => Variant(payload type): kind type`.
macro_rules! record_kinds {
    ($( $(#[$doc:meta])* $name:literal => $variant:ident($payload:ty): $kind:ty, )*) => {
        /// One record, tagged by `kind` in JSON. Later versions add kinds.
        #[derive(Debug, Clone, PartialEq, Eq, ::serde::Serialize, ::serde::Deserialize)]
        #[cfg_attr(feature = "ts", derive(::ts_rs::TS))]
        // `Record` is a TypeScript built-in, so the declaration takes another name.
        #[cfg_attr(feature = "ts", ts(rename = "SealedRecord"))]
        #[serde(tag = "kind")]
        #[non_exhaustive]
        pub enum Record {
            $( $(#[$doc])* #[serde(rename = $name)] $variant($payload), )*
        }

        $( impl $crate::kind::KindName for $kind { const KIND: &'static str = $name; } )*

        /// The kinds this build knows, as they appear in JSON.
        pub const KNOWN_KINDS: &[&str] = &[$($name),*];

        /// Every kind's example record ([`RecordKind::example`]), in the list's order.
        #[cfg(any(test, feature = "vectors"))]
        #[must_use]
        pub fn record_examples() -> Vec<(&'static str, serde_json::Value)> {
            vec![$( ($name, <$kind as $crate::kind::RecordKind>::example()) ),*]
        }

        impl Record {
            /// This record's `kind`, as in JSON.
            #[must_use]
            pub const fn kind(&self) -> &'static str {
                match self {
                    $( Self::$variant(_) => $name, )*
                }
            }

            /// The JSON name of the first field that breaks a rule (so the UI can say
            /// which one), or `None` when the record is valid.
            #[must_use]
            pub fn invalid_field(&self) -> Option<&'static str> {
                match self {
                    $( Self::$variant(record) => <$kind as $crate::kind::RecordKind>::invalid_field(record), )*
                }
            }

            /// Tidies what the person typed before sealing (each kind's
            /// [`RecordKind::normalize`]): trigger tags trimmed and de-duplicated
            /// ignoring case, emotion names trimmed, an empty body note dropped; the
            /// safety plan's texts trimmed and empty items dropped. Never shortens text:
            /// what is too long is refused by validation instead.
            ///
            /// # Errors
            /// [`Error::InvalidRecord`] when two emotion names are the same after trimming.
            pub fn normalize(&mut self) -> $crate::Result<()> {
                match self {
                    $( Self::$variant(record) => <$kind as $crate::kind::RecordKind>::normalize(record), )*
                }
            }

            /// When this record was last written: what "newest" compares in a merge.
            #[must_use]
            pub fn updated_at(&self) -> u64 {
                match self {
                    $( Self::$variant(record) => <$kind as $crate::kind::RecordKind>::updated_at(record), )*
                }
            }

            /// Whether this record belongs to this device alone (a draft, the backup state):
            /// never written into a backup file, and ignored when a backup holds one.
            #[must_use]
            pub const fn is_device_local(&self) -> bool {
                match self {
                    $( Self::$variant(_) => <$kind as $crate::kind::RecordKind>::DEVICE_LOCAL, )*
                }
            }

            /// Whether a vault holds one record of this kind (a merge keeps the vault's).
            #[must_use]
            pub const fn is_one_per_vault(&self) -> bool {
                match self {
                    $( Self::$variant(_) => <$kind as $crate::kind::RecordKind>::ONE_PER_VAULT, )*
                }
            }

        }
    };
}
pub(crate) use record_kinds;

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

/// A record is sealed as its canonical JSON, once it validates; opened bytes must be a
/// valid record of a known kind.
impl Plaintext for Record {
    fn to_plaintext(&self) -> Result<Zeroizing<Vec<u8>>> {
        self.validate()?;
        Ok(Zeroizing::new(self.to_json().into_bytes()))
    }

    fn from_plaintext(bytes: &[u8]) -> Result<Self> {
        Self::from_opened_json(bytes)
    }
}

/// The JSON name of the first field of `json` that breaks a rule; `"record"` when `json`
/// is not a record this build knows; `None` when [`Record::from_json`] would accept it
/// (after the same normalizing).
#[must_use]
pub fn invalid_field_of_json(json: &str) -> Option<&'static str> {
    match serde_json::from_str::<Record>(json) {
        Ok(mut record) => match record.normalize() {
            Ok(()) => record.invalid_field(),
            // Two emotion names that clash after trimming: the field is the emotions.
            Err(_) => Some("emotions"),
        },
        Err(_) => Some("record"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::MAX_TEXT_CHARS;
    use crate::tracker::MAX_NOTE_CHARS;
    use crate::{JournalEntry, record_examples};

    #[test]
    fn every_kind_has_a_valid_tidy_example_of_its_own_kind() {
        let examples = record_examples();
        assert_eq!(
            examples.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
            KNOWN_KINDS,
            "one example per kind, in the list's order"
        );
        for (name, example) in examples {
            let parsed = Record::from_json(&example.to_string());
            assert!(
                parsed.is_ok(),
                "the example of {name} is a valid record: {parsed:?}"
            );
            let record = parsed.expect("checked above");
            assert_eq!(record.kind(), name);
            // Already tidy: sealing it changes nothing, so the frozen vector holds these bytes.
            let json: serde_json::Value = serde_json::from_str(&record.to_json()).expect("JSON");
            assert_eq!(
                json, example,
                "{name}: the example is what the app would write"
            );
        }
    }

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
    fn opened_records_of_a_wrong_shape_are_refused() {
        // The worker's readers only narrow the type of what opened: these never open.
        for json in [
            r#"{"kind":"diaryDay","date":"2026-11-24","skillsUsed":"5","createdAt":1,"updatedAt":2}"#,
            r#"{"kind":"boundaryPlan","describe":1,"updatedAt":7}"#,
            r#"{"kind":"settings","autoLockMinutes":"5"}"#,
            r#"{"kind":"contact","name":1,"number":"555","createdAt":1,"updatedAt":2}"#,
            r#"{"kind":"contact","name":"Ana","number":"555","createdAt":1}"#,
            r#"{"kind":"safetyPlan","reasonsForLiving":[7],"updatedAt":7}"#,
            // The journal's and the tracker's, once refused by the worker's readers too.
            r#"{"kind":"journal","text":5,"createdAt":1,"updatedAt":1}"#,
            r#"{"kind":"journal","text":"x","createdAt":-1,"updatedAt":1}"#,
            r#"{"kind":"journal","text":"x","createdAt":1.5,"updatedAt":1}"#,
            r#"{"kind":"journal","text":"x","createdAt":"1","updatedAt":1}"#,
            r#"{"kind":"journal","text":"x","createdAt":1}"#,
            r#"{"kind":"journal","text":"x","createdAt":1,"updatedAt":1,"phase":"sunny"}"#,
            r#"{"kind":"journal","text":"x","createdAt":1,"updatedAt":1,"emotions":{"fear":"4"}}"#,
            r#"{"kind":"journal","text":"x","createdAt":1,"updatedAt":1,"triggers":[3]}"#,
            r#"{"kind":"contactLog","occurredAt":5,"initiatedBy":"them","channel":"pigeon","createdAt":6,"updatedAt":7}"#,
            r#"{"kind":"contactLog","occurredAt":5,"initiatedBy":"them","channel":"text","hooverTactic":"bribe","createdAt":6,"updatedAt":7}"#,
            r#"{"kind":"contactLog","occurredAt":5,"initiatedBy":"them","channel":"text","brokeNoContact":"yes","createdAt":6,"updatedAt":7}"#,
            r#"{"kind":"noContactGoal","startedAt":1,"endedAt":-2,"createdAt":1,"updatedAt":1}"#,
            r#"{"kind":"noContactGoal","startedAt":"1","createdAt":1,"updatedAt":1}"#,
        ] {
            assert_eq!(
                Record::from_opened_json(json.as_bytes()),
                Err(Error::Corrupt),
                "{json}"
            );
        }
        // An urge kept without `actedOn` opens as not acted on, and the canonical JSON the
        // worker reads always carries it.
        let json = r#"{"kind":"diaryDay","date":"2026-11-24","urges":[{"name":"x","rating":1}],"createdAt":1,"updatedAt":2}"#;
        let opened = Record::from_opened_json(json.as_bytes()).unwrap();
        assert!(
            opened
                .to_json()
                .contains(r#"{"name":"x","rating":1,"actedOn":false}"#)
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
