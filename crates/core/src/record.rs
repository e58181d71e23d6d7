//! The plaintext model sealed inside each record.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::safety::{Contact, Settings};

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
    /// One of the person's own crisis contacts.
    Contact(Contact),
    /// When this vault was last backed up (one per vault; issue 6).
    BackupState(BackupState),
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

/// A journal entry: `{"kind":"journal","text":...,"createdAt":...,"updatedAt":...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JournalEntry {
    /// What the person wrote.
    pub text: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: u64,
    /// Milliseconds since the Unix epoch. Not required to be after `created_at`: phone
    /// clocks get changed, and refusing an edit over that would lose words.
    pub updated_at: u64,
}

/// The kinds this build knows, as they appear in JSON.
const KNOWN_KINDS: &[&str] = &["journal", "settings", "contact", "backupState"];

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
            Self::BackupState(state) => (state.last_backup_at > MAX_TIMESTAMP_MS
                || state.updated_at > MAX_TIMESTAMP_MS)
                .then_some("updatedAt"),
            Self::Journal(entry) => {
                let text_ok = entry.text.len() <= MAX_TEXT_CHARS
                    || entry.text.chars().count() <= MAX_TEXT_CHARS;
                let times_ok =
                    entry.created_at <= MAX_TIMESTAMP_MS && entry.updated_at <= MAX_TIMESTAMP_MS;
                if !text_ok {
                    Some("text")
                } else if !times_ok {
                    Some("updatedAt")
                } else {
                    None
                }
            }
        }
    }

    /// Parses and validates a record given by the app (before sealing).
    ///
    /// # Errors
    /// [`Error::InvalidRecord`] for malformed JSON, an unknown `kind`, unknown or missing
    /// fields, wrong types, or values outside the rules of [`Record::validate`].
    pub fn from_json(json: &str) -> Result<Self> {
        let record: Self = serde_json::from_str(json).map_err(|_| Error::InvalidRecord)?;
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
            .expect("a Record has string keys and integer or string values only, so it serialises")
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
}
