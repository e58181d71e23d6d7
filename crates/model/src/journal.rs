//! The journal entry: what the person wrote, with the cycle tracker's optional fields.

use kintsugi_vault::Result;
use serde::{Deserialize, Serialize};

use crate::kind::RecordKind;
use crate::limits::{first_failing, time_ok, too_long};
use crate::tracker::{
    Emotions, MAX_NOTE_CHARS, Phase, emotions_ok, normalize_emotions, normalize_triggers,
    triggers_ok,
};

/// Most characters (Unicode scalar values) a journal entry's text may hold.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// A journal entry: `{"kind":"journal","text":...,"createdAt":...,"updatedAt":...}`, plus
/// the cycle tracker's optional fields. Entries written before those fields existed have
/// none of them, and an entry without them is written exactly as before.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
    #[cfg_attr(feature = "ts", ts(optional))]
    pub occurred_at_ms: Option<u64>,
    /// Emotion ratings, 0 ..= 5.
    #[serde(default, skip_serializing_if = "Emotions::is_empty")]
    pub emotions: Emotions,
    /// The cycle phase the person felt they were in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub phase: Option<Phase>,
    /// Free trigger tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<String>,
    /// What the body felt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub body_note: Option<String>,
}

impl JournalEntry {
    /// When it happened: the time the person set, or else when the entry was created.
    #[must_use]
    pub fn occurred_at(&self) -> u64 {
        self.occurred_at_ms.unwrap_or(self.created_at)
    }
}

impl RecordKind for JournalEntry {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({
            "kind": "journal",
            "text": "We made up again. The same words as last time: \u{201c}it will never happen again\u{201d}.",
            "createdAt": at, "updatedAt": at + 60_000, "occurredAt": at - 3_600_000,
            "emotions": { "fear": 3, "hope": 4, "relief": 2 },
            "phase": "hoovering",
            "triggers": ["apology", "late night message"],
            "bodyNote": "tight chest, could not sleep",
        })
    }

    fn invalid_field(&self) -> Option<&'static str> {
        first_failing(&[
            (!too_long(&self.text, MAX_TEXT_CHARS), "text"),
            (time_ok(self.created_at), "createdAt"),
            (time_ok(self.updated_at), "updatedAt"),
            (self.occurred_at_ms.is_none_or(time_ok), "occurredAt"),
            (emotions_ok(&self.emotions), "emotions"),
            (triggers_ok(&self.triggers), "triggers"),
            (
                self.body_note
                    .as_deref()
                    .is_none_or(|note| !too_long(note, MAX_NOTE_CHARS)),
                "bodyNote",
            ),
        ])
    }

    /// Trigger tags trimmed and de-duplicated ignoring case, emotion names trimmed, an
    /// empty body note dropped.
    fn normalize(&mut self) -> Result<()> {
        self.triggers = normalize_triggers(&self.triggers);
        self.emotions = normalize_emotions(&self.emotions)?;
        if self
            .body_note
            .as_deref()
            .is_some_and(|note| note.trim().is_empty())
        {
            self.body_note = None;
        }
        Ok(())
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}
