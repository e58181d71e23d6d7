//! The cycle tracker's model: phases, emotion ratings, triggers, the contact log and
//! no-contact goals. Each is sealed as a record (`record.rs`); the JSON shapes are in
//! `docs/vault-format.md` and the meaning of the phases in `docs/cycle-insights.md`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use kintsugi_vault::{Error, Result};

use crate::kind::RecordKind;
use crate::limits::{first_failing, time_ok, too_long};

/// Most characters a note (a body-sensation note, a contact note, a goal note) may hold.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// Most emotions one journal entry may rate.
pub const MAX_EMOTIONS: usize = 32;
/// Most characters of one emotion's name.
pub const MAX_EMOTION_NAME_CHARS: usize = 40;
/// The highest emotion rating (ratings run 0 ..= 5).
pub const MAX_RATING: u8 = 5;
/// Most triggers one journal entry may carry.
pub const MAX_TRIGGERS: usize = 20;
/// Most characters of one trigger tag.
pub const MAX_TRIGGER_CHARS: usize = 60;
/// The emotions the app offers by default, by their stored names. The person may add
/// their own names beside these.
pub const DEFAULT_EMOTIONS: [&str; 8] = [
    "sadness",
    "shame",
    "anger",
    "fear",
    "joy",
    "guilt",
    "loneliness",
    "relief",
];

/// Emotion ratings of one entry: name -> 0 ..= 5. Names are compared without regard to case.
pub type Emotions = BTreeMap<String, u8>;

/// Where in the push-pull cycle the person felt they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    /// Adored, intense, fragile.
    Idealization,
    /// Panic, withdrawal, fights that escalate fast.
    Devaluation,
    /// A threat to leave, icy coldness, begging or rage.
    Discard,
    /// The return, with charm or guilt.
    Hoovering,
    /// A quiet stretch.
    Calm,
    /// The person is not sure.
    Unsure,
}

impl Phase {
    /// Every phase, in the order used to break ties between entries with the same time.
    pub const ALL: [Self; 6] = [
        Self::Idealization,
        Self::Devaluation,
        Self::Discard,
        Self::Hoovering,
        Self::Calm,
        Self::Unsure,
    ];

    /// The phase's name as it appears in JSON.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Idealization => "idealization",
            Self::Devaluation => "devaluation",
            Self::Discard => "discard",
            Self::Hoovering => "hoovering",
            Self::Calm => "calm",
            Self::Unsure => "unsure",
        }
    }
}

/// Who started a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Initiator {
    /// The person themselves.
    Me,
    /// The partner.
    Them,
    /// Someone else (a friend, a relative, a child's school).
    SomeoneElse,
}

impl Initiator {
    /// Every value, in the order the contact form offers them.
    pub const ALL: [Self; 3] = [Self::Me, Self::Them, Self::SomeoneElse];
}

/// How a contact happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Channel {
    /// Face to face.
    InPerson,
    /// A phone or video call.
    Call,
    /// A text or chat message.
    Text,
    /// Social media (a message, a comment, a post aimed at the person).
    SocialMedia,
    /// Email.
    Email,
    /// A message passed on by someone else.
    ThroughSomeone,
    /// Anything else.
    Other,
}

impl Channel {
    /// Every value, in the order the contact form offers them.
    pub const ALL: [Self; 7] = [
        Self::InPerson,
        Self::Call,
        Self::Text,
        Self::SocialMedia,
        Self::Email,
        Self::ThroughSomeone,
        Self::Other,
    ];
}

/// A way the partner tried to pull the person back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum HooverTactic {
    /// An apology.
    Apology,
    /// A promise to change.
    PromiseToChange,
    /// A gift.
    Gift,
    /// Guilt.
    Guilt,
    /// A crisis or emergency.
    Crisis,
    /// Love-bombing: a flood of affection.
    LoveBombing,
    /// "Just checking in".
    JustCheckingIn,
    /// A threat.
    Threat,
    /// Reaching out through a third party.
    ThirdParty,
    /// Something else.
    Other,
}

impl HooverTactic {
    /// Every tactic, in the order used to break ties between equal counts.
    pub const ALL: [Self; 10] = [
        Self::Apology,
        Self::PromiseToChange,
        Self::Gift,
        Self::Guilt,
        Self::Crisis,
        Self::LoveBombing,
        Self::JustCheckingIn,
        Self::Threat,
        Self::ThirdParty,
        Self::Other,
    ];
}

/// One contact with the partner:
/// `{"kind":"contactLog","occurredAt":...,"initiatedBy":"them","channel":"text",...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ContactLog {
    /// When the contact happened, milliseconds since the Unix epoch.
    pub occurred_at: u64,
    /// Who started it.
    pub initiated_by: Initiator,
    /// How it happened.
    pub channel: Channel,
    /// The hoover tactic, if there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub hoover_tactic: Option<HooverTactic>,
    /// Free text.
    #[serde(default)]
    pub note: String,
    /// Whether this contact broke a no-contact commitment. A breaking contact ends the
    /// running streak and a new one starts from it (see `docs/cycle-insights.md`).
    #[serde(default)]
    pub broke_no_contact: bool,
    /// Milliseconds since the Unix epoch.
    pub created_at: u64,
    /// Milliseconds since the Unix epoch.
    pub updated_at: u64,
}

/// A no-contact commitment: `{"kind":"noContactGoal","startedAt":...,"note":"",...}`.
/// It is active while `endedAt` is absent. Each goal is kept when it ends, so the
/// history of streaks can be computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoContactGoal {
    /// When the commitment began, milliseconds since the Unix epoch.
    pub started_at: u64,
    /// When it ended; absent while it is active. Not before `startedAt`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub ended_at: Option<u64>,
    /// Free text.
    #[serde(default)]
    pub note: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: u64,
    /// Milliseconds since the Unix epoch.
    pub updated_at: u64,
}

impl NoContactGoal {
    /// Whether the commitment is still running.
    #[must_use]
    pub const fn is_active(&self) -> bool {
        self.ended_at.is_none()
    }
}

/// The key two names are compared by: lower case, so "Work" and "work" are one tag.
pub(crate) fn fold(name: &str) -> String {
    name.to_lowercase()
}

/// A name or tag: non-empty, no surrounding or control whitespace, within `max` characters.
fn label_ok(label: &str, max: usize) -> bool {
    !label.is_empty()
        && label.trim() == label
        && !label.chars().any(char::is_control)
        && !too_long(label, max)
}

/// True when no two labels are equal once case is ignored.
fn unique_folded<'a>(labels: impl Iterator<Item = &'a str>) -> bool {
    let mut seen = BTreeSet::new();
    labels.into_iter().all(|label| seen.insert(fold(label)))
}

pub(crate) fn emotions_ok(emotions: &Emotions) -> bool {
    emotions.len() <= MAX_EMOTIONS
        && emotions
            .iter()
            .all(|(name, rating)| label_ok(name, MAX_EMOTION_NAME_CHARS) && *rating <= MAX_RATING)
        && unique_folded(emotions.keys().map(String::as_str))
}

pub(crate) fn triggers_ok(triggers: &[String]) -> bool {
    triggers.len() <= MAX_TRIGGERS
        && triggers.iter().all(|tag| label_ok(tag, MAX_TRIGGER_CHARS))
        && unique_folded(triggers.iter().map(String::as_str))
}

/// Trims a label and collapses runs of whitespace inside it to one space.
fn tidy(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Trims each tag, drops empty ones and keeps the first spelling of tags that differ
/// only in case. Caps are checked afterwards by validation (too long is refused, never cut).
pub(crate) fn normalize_triggers(triggers: &[String]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    triggers
        .iter()
        .map(|tag| tidy(tag))
        .filter(|tag| !tag.is_empty() && seen.insert(fold(tag)))
        .collect()
}

/// Trims emotion names. Two names that are the same once trimmed and case is ignored are
/// refused: which rating was meant cannot be guessed.
///
/// # Errors
/// [`Error::InvalidRecord`] for such a clash.
pub(crate) fn normalize_emotions(emotions: &Emotions) -> Result<Emotions> {
    let mut seen = BTreeSet::new();
    let mut out = Emotions::new();
    for (name, rating) in emotions {
        let name = tidy(name);
        if !seen.insert(fold(&name)) {
            return Err(Error::InvalidRecord);
        }
        out.insert(name, *rating);
    }
    Ok(out)
}

impl RecordKind for ContactLog {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({
            "kind": "contactLog",
            "occurredAt": at - 7_200_000, "initiatedBy": "them", "channel": "text",
            "hooverTactic": "promiseToChange", "note": "Said he is in therapy now.",
            "brokeNoContact": true, "createdAt": at, "updatedAt": at + 2,
        })
    }

    fn invalid_field(&self) -> Option<&'static str> {
        first_failing(&[
            (time_ok(self.occurred_at), "occurredAt"),
            (time_ok(self.created_at), "createdAt"),
            (time_ok(self.updated_at), "updatedAt"),
            (!too_long(&self.note, MAX_NOTE_CHARS), "note"),
        ])
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}

impl RecordKind for NoContactGoal {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({
            "kind": "noContactGoal",
            "startedAt": at - 86_400_000 * 30, "endedAt": at - 86_400_000,
            "note": "Thirty days for me.", "createdAt": at - 86_400_000 * 30, "updatedAt": at,
        })
    }

    fn invalid_field(&self) -> Option<&'static str> {
        first_failing(&[
            (time_ok(self.started_at), "startedAt"),
            (
                self.ended_at
                    .is_none_or(|end| time_ok(end) && end >= self.started_at),
                "endedAt",
            ),
            (time_ok(self.created_at), "createdAt"),
            (time_ok(self.updated_at), "updatedAt"),
            (!too_long(&self.note, MAX_NOTE_CHARS), "note"),
        ])
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn triggers_are_trimmed_and_deduplicated_ignoring_case() {
        let raw = tags(&[
            "  Work ",
            "work",
            "",
            "   ",
            "money\t talk",
            "WORK",
            "Money talk",
        ]);
        assert_eq!(normalize_triggers(&raw), tags(&["Work", "money talk"]));
        assert!(triggers_ok(&normalize_triggers(&raw)));
    }

    #[test]
    fn trigger_caps() {
        assert!(triggers_ok(&tags(&[&"é".repeat(MAX_TRIGGER_CHARS)])));
        assert!(!triggers_ok(&tags(&[&"a".repeat(MAX_TRIGGER_CHARS + 1)])));
        let many: Vec<String> = (0..=MAX_TRIGGERS).map(|i| format!("t{i}")).collect();
        assert!(!triggers_ok(&many));
        assert!(triggers_ok(&many[..MAX_TRIGGERS]));
        assert!(!triggers_ok(&tags(&["a", "A"])));
        assert!(!triggers_ok(&tags(&[" a"])));
        assert!(!triggers_ok(&tags(&["a\nb"])));
        assert!(!triggers_ok(&tags(&[""])));
    }

    #[test]
    fn emotion_rules() {
        let mut ok = Emotions::new();
        for name in DEFAULT_EMOTIONS {
            ok.insert(name.to_owned(), 5);
        }
        ok.insert("Numb".to_owned(), 0);
        assert!(emotions_ok(&ok));

        let mut too_high = ok.clone();
        too_high.insert("joy".to_owned(), 6);
        assert!(!emotions_ok(&too_high));

        let mut clash = Emotions::new();
        clash.insert("Fear ".to_owned(), 1);
        clash.insert("fear".to_owned(), 2);
        assert_eq!(normalize_emotions(&clash), Err(Error::InvalidRecord));
        assert!(!emotions_ok(&clash));

        let mut spaced = Emotions::new();
        spaced.insert("  feeling   small ".to_owned(), 3);
        let tidied = normalize_emotions(&spaced).unwrap();
        assert_eq!(tidied.get("feeling small"), Some(&3));
        assert!(emotions_ok(&tidied));

        let many: Emotions = (0..=MAX_EMOTIONS).map(|i| (format!("e{i}"), 1)).collect();
        assert!(!emotions_ok(&many));
        let long: Emotions = [("x".repeat(MAX_EMOTION_NAME_CHARS + 1), 1)].into();
        assert!(!emotions_ok(&long));
    }
}
