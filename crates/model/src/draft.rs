//! A draft: what the person was typing in an editor, sealed as they type so that an
//! auto-lock, quick exit, a crash or a closed tab loses nothing. A draft is this device's
//! scratch: it is never written into a backup file nor taken from one (see
//! [`RecordKind::DEVICE_LOCAL`]), and the app keeps at most one per editor target.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::kind::RecordKind;
use crate::limits::{first_failing, time_ok, too_long};

/// Most characters the editor's form state may take as canonical JSON: a journal entry at
/// its longest (100,000 characters) with its tracker fields, or a full safety plan, fits.
pub const MAX_DRAFT_FORM_CHARS: usize = 250_000;

/// Deepest nesting of the form state (an object of lists of objects is depth 3).
pub const MAX_DRAFT_FORM_DEPTH: usize = 6;

/// Longest subject: a record id (32 hex), an incident hash (64 hex) or a date.
pub const MAX_DRAFT_SUBJECT_CHARS: usize = 64;

/// The editor a draft belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DraftEditor {
    /// The journal's entry editor: a new entry, or the entry named by the subject.
    Journal,
    /// The safety plan (one per vault; no subject).
    SafetyPlan,
    /// The incident log's editor: a new incident, or the incident named by the subject.
    Incident,
    /// One day of the diary card; the subject is its date (`YYYY-MM-DD`).
    DiaryDay,
    /// The plan for the next contact (one per vault; no subject).
    ContactPlan,
}

impl DraftEditor {
    /// Whether this editor's drafts need a subject (`Some(true)`), may have one
    /// (`None`), or must have none (`Some(false)`).
    const fn subject_rule(self) -> Option<bool> {
        match self {
            Self::Journal | Self::Incident => None,
            Self::DiaryDay => Some(true),
            Self::SafetyPlan | Self::ContactPlan => Some(false),
        }
    }
}

/// `{"kind":"draft","editor":...,"subject":...,"form":{...},"updatedAt":...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Draft {
    /// Which editor was open.
    pub editor: DraftEditor,
    /// What it was editing: the id of the entry or incident (absent for a new one), or the
    /// diary day's date. Letters, digits and `-` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub subject: Option<String>,
    /// The editor's form state as the person typed it, untidied: the app restores it word
    /// for word. Checked only for size and depth; the real record's rules apply on Save.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, unknown>"))]
    pub form: Map<String, Value>,
    /// Milliseconds since the Unix epoch: when it was last written.
    pub updated_at: u64,
}

/// Whether `value` nests at most `depth` levels of lists and objects.
fn shallow(value: &Value, depth: usize) -> bool {
    match value {
        Value::Array(items) => depth > 0 && items.iter().all(|v| shallow(v, depth - 1)),
        Value::Object(fields) => depth > 0 && fields.values().all(|v| shallow(v, depth - 1)),
        _ => true,
    }
}

impl Draft {
    fn subject_ok(&self) -> bool {
        let well_formed = self.subject.as_deref().is_none_or(|s| {
            !s.is_empty()
                && s.len() <= MAX_DRAFT_SUBJECT_CHARS
                && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
        let present_as_needed = match self.editor.subject_rule() {
            Some(needed) => needed == self.subject.is_some(),
            None => true,
        };
        well_formed && present_as_needed
    }

    fn form_ok(&self) -> bool {
        self.form
            .values()
            .all(|v| shallow(v, MAX_DRAFT_FORM_DEPTH - 1))
            && serde_json::to_string(&self.form)
                .is_ok_and(|json| !too_long(&json, MAX_DRAFT_FORM_CHARS))
    }
}

impl RecordKind for Draft {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({
            "kind": "draft",
            "editor": "journal", "subject": "0123456789abcdef0123456789abcdef",
            "form": { "text": "Half a sentence I had not finished", "phase": "devaluation" },
            "updatedAt": at,
        })
    }

    const DEVICE_LOCAL: bool = true;

    fn invalid_field(&self) -> Option<&'static str> {
        first_failing(&[
            (self.subject_ok(), "subject"),
            (self.form_ok(), "form"),
            (time_ok(self.updated_at), "updatedAt"),
        ])
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Record, invalid_field_of_json};
    use kintsugi_vault::Error;

    const JOURNAL: &str = r#"{"kind":"draft","editor":"journal","subject":"00112233445566778899aabbccddeeff","form":{"emotions":{"fear":3},"text":"  not tidied  "},"updatedAt":7}"#;

    #[test]
    fn json_shape_is_kept_word_for_word() {
        let record = Record::from_json(JOURNAL).unwrap();
        assert_eq!(record.to_json(), JOURNAL, "the form is not tidied");
        assert_eq!(record.kind(), "draft");
        assert!(record.is_device_local());
        assert!(!record.is_one_per_vault());
        let Record::Draft(draft) = record else {
            unreachable!("a draft")
        };
        assert_eq!(draft.editor, DraftEditor::Journal);
        assert_eq!(draft.form["text"], "  not tidied  ");

        let plan = r#"{"kind":"draft","editor":"safetyPlan","form":{"warningSigns":["a","b"]},"updatedAt":1}"#;
        assert_eq!(Record::from_json(plan).unwrap().to_json(), plan);
    }

    #[test]
    fn other_kinds_are_not_device_local() {
        let entry = r#"{"kind":"journal","text":"x","createdAt":1,"updatedAt":1}"#;
        assert!(!Record::from_json(entry).unwrap().is_device_local());
    }

    #[test]
    fn subjects_follow_the_editor() {
        let draft = |editor: &str, subject: Option<&str>| {
            let subject = subject.map_or(String::new(), |s| format!(r#","subject":"{s}""#));
            format!(r#"{{"kind":"draft","editor":"{editor}"{subject},"form":{{}},"updatedAt":1}}"#)
        };
        for ok in [
            draft("journal", None),
            draft("incident", None),
            draft("incident", Some(&"a".repeat(64))),
            draft("diaryDay", Some("2026-12-02")),
            draft("safetyPlan", None),
            draft("contactPlan", None),
        ] {
            assert_eq!(invalid_field_of_json(&ok), None, "{ok}");
        }
        for bad in [
            draft("diaryDay", None),
            draft("safetyPlan", Some("x")),
            draft("contactPlan", Some("x")),
            draft("journal", Some("")),
            draft("journal", Some("../x")),
            draft("journal", Some("a b")),
            draft("incident", Some(&"a".repeat(65))),
        ] {
            assert_eq!(invalid_field_of_json(&bad), Some("subject"), "{bad}");
        }
    }

    #[test]
    fn the_form_is_bounded_and_named_when_too_big() {
        let with_text = |text: &str| {
            format!(
                r#"{{"kind":"draft","editor":"journal","form":{{"text":"{text}"}},"updatedAt":1}}"#
            )
        };
        // `{"text":"…"}` is eleven characters around the text.
        let fits = "é".repeat(MAX_DRAFT_FORM_CHARS - 11);
        assert_eq!(invalid_field_of_json(&with_text(&fits)), None);
        let over = "a".repeat(MAX_DRAFT_FORM_CHARS - 10);
        assert_eq!(invalid_field_of_json(&with_text(&over)), Some("form"));

        let nest = |depth: usize| {
            let inner = format!("{}1{}", "[".repeat(depth - 1), "]".repeat(depth - 1));
            format!(r#"{{"kind":"draft","editor":"journal","form":{{"a":{inner}}},"updatedAt":1}}"#)
        };
        assert_eq!(invalid_field_of_json(&nest(MAX_DRAFT_FORM_DEPTH)), None);
        assert_eq!(
            invalid_field_of_json(&nest(MAX_DRAFT_FORM_DEPTH + 1)),
            Some("form")
        );
    }

    #[test]
    fn malformed_drafts_are_refused() {
        for bad in [
            r#"{"kind":"draft","editor":"journal","form":[],"updatedAt":1}"#,
            r#"{"kind":"draft","editor":"journal","form":"text","updatedAt":1}"#,
            r#"{"kind":"draft","editor":"notes","form":{},"updatedAt":1}"#,
            r#"{"kind":"draft","editor":"journal","updatedAt":1}"#,
            r#"{"kind":"draft","editor":"journal","form":{},"updatedAt":1,"extra":1}"#,
            r#"{"kind":"draft","editor":"journal","form":{},"updatedAt":9007199254740992}"#,
        ] {
            assert_eq!(Record::from_json(bad), Err(Error::InvalidRecord), "{bad}");
        }
        assert_eq!(
            invalid_field_of_json(
                r#"{"kind":"draft","editor":"journal","form":{},"updatedAt":9007199254740992}"#
            ),
            Some("updatedAt")
        );
    }
}
