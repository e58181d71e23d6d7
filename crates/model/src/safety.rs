//! Safety records: the person's settings (auto-lock, quick exit, crisis region) and their
//! own crisis contacts. Both are sealed like every other record, so the store cannot tell
//! them from a journal entry.

use serde::{Deserialize, Serialize};

use crate::kind::RecordKind;
use crate::limits::{MAX_TIMESTAMP_MS, too_long};

/// Idle minutes before the app locks itself, when the person has not chosen.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;
/// Fewest idle minutes accepted.
pub const MIN_AUTO_LOCK_MINUTES: u32 = 1;
/// Most idle minutes accepted.
pub const MAX_AUTO_LOCK_MINUTES: u32 = 60;
/// Seconds the app may stay hidden before it locks, when the person has not chosen.
pub const DEFAULT_HIDDEN_GRACE_SECONDS: u32 = 30;
/// Most hidden seconds accepted (0 means "lock as soon as it is hidden").
pub const MAX_HIDDEN_GRACE_SECONDS: u32 = 600;
/// Where quick exit goes, when the person has not chosen: an encyclopedia's front page,
/// ordinary enough to explain an open browser tab.
pub const DEFAULT_QUICK_EXIT_URL: &str = "https://www.wikipedia.org/";
/// Longest quick-exit address accepted.
pub const MAX_URL_CHARS: usize = 2_000;
/// Longest contact name.
pub const MAX_CONTACT_NAME_CHARS: usize = 100;
/// Longest contact number as typed (spaces and dashes included).
pub const MAX_CONTACT_NUMBER_CHARS: usize = 32;
/// Longest note on a contact.
pub const MAX_CONTACT_NOTE_CHARS: usize = 500;

/// The person's settings: `{"kind":"settings","autoLockMinutes":5,...}`.
///
/// Every field has a default, so `{"kind":"settings"}` (or settings written before a
/// field existed) opens as the defaults for what is missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Settings {
    /// Lock after this many minutes without input.
    pub auto_lock_minutes: u32,
    /// Lock when the app has been hidden this many seconds; 0 locks at once.
    pub hidden_grace_seconds: u32,
    /// Where quick exit sends the page (`https://` only).
    pub quick_exit_url: String,
    /// The crisis-lines region the person chose; empty means "from the browser language".
    pub crisis_region: String,
    /// Milliseconds since the Unix epoch; tells two copies apart after an interrupted save.
    pub updated_at: u64,
    /// When this vault set a second passphrase: the failed-attempt public key of the header slot
    /// it wrote for the second vault, as 64 hex digits (empty: none). The second passphrase is
    /// set while the header's other slot still has this key, so a restored vault, or one whose
    /// other slot was written anew since, never claims one. Only the vault that set it keeps it:
    /// the other vault's settings never do. Left out of the JSON when empty, so settings written
    /// before it open and read the same.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub second_slot_key: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
            hidden_grace_seconds: DEFAULT_HIDDEN_GRACE_SECONDS,
            quick_exit_url: DEFAULT_QUICK_EXIT_URL.to_owned(),
            crisis_region: String::new(),
            updated_at: 0,
            second_slot_key: String::new(),
        }
    }
}

/// 64 lowercase hex digits: a 32-byte key as the settings keep it.
fn is_key_hex(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl Settings {
    /// The JSON name of the first field that breaks a rule, or `None` if all are valid.
    #[must_use]
    pub fn invalid_field(&self) -> Option<&'static str> {
        if !(MIN_AUTO_LOCK_MINUTES..=MAX_AUTO_LOCK_MINUTES).contains(&self.auto_lock_minutes) {
            return Some("autoLockMinutes");
        }
        if self.hidden_grace_seconds > MAX_HIDDEN_GRACE_SECONDS {
            return Some("hiddenGraceSeconds");
        }
        if !is_quick_exit_url(&self.quick_exit_url) {
            return Some("quickExitUrl");
        }
        if !is_region_code(&self.crisis_region) {
            return Some("crisisRegion");
        }
        if !(self.second_slot_key.is_empty() || is_key_hex(&self.second_slot_key)) {
            return Some("secondSlotKey");
        }
        if self.updated_at > MAX_TIMESTAMP_MS {
            return Some("updatedAt");
        }
        None
    }
}

/// One of the person's own crisis contacts:
/// `{"kind":"contact","name":...,"number":...,"note":...,"createdAt":...,"updatedAt":...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Contact {
    /// Who this is (a friend, a neighbour, a support worker).
    pub name: String,
    /// The number as the person typed it.
    pub number: String,
    /// Anything to remember (e.g. a code word), optional.
    #[serde(default)]
    pub note: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: u64,
    /// Milliseconds since the Unix epoch.
    pub updated_at: u64,
}

impl Contact {
    /// The JSON name of the first field that breaks a rule, or `None` if all are valid.
    #[must_use]
    pub fn invalid_field(&self) -> Option<&'static str> {
        if self.name.trim().is_empty() || too_long(&self.name, MAX_CONTACT_NAME_CHARS) {
            return Some("name");
        }
        if !is_phone_number(&self.number) {
            return Some("number");
        }
        if too_long(&self.note, MAX_CONTACT_NOTE_CHARS) {
            return Some("note");
        }
        if self.created_at > MAX_TIMESTAMP_MS || self.updated_at > MAX_TIMESTAMP_MS {
            return Some("updatedAt");
        }
        None
    }
}

/// A number a phone can dial: digits, with an optional leading `+`, and spaces, dashes,
/// dots or brackets between them; at least three digits.
fn is_phone_number(number: &str) -> bool {
    let trimmed = number.trim();
    let body = trimmed.strip_prefix('+').unwrap_or(trimmed);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    !too_long(number, MAX_CONTACT_NUMBER_CHARS)
        && digits >= 3
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
}

/// Empty (automatic) or 2 to 8 lowercase ASCII letters.
fn is_region_code(code: &str) -> bool {
    code.is_empty()
        || ((2..=8).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()))
}

/// An `https://` address with a host, no credentials, no spaces or control characters.
fn is_quick_exit_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.split(':').next().unwrap_or_default();
    url.len() <= MAX_URL_CHARS
        && !host.is_empty()
        && !authority.contains('@')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '[' | ']'))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
}

/// The settings defaults and the ranges the core accepts, as JSON:
/// `{"defaults":{"autoLockMinutes":5,...},"autoLockMinutes":[1,60],"hiddenGraceSeconds":[0,600]}`.
#[must_use]
pub fn settings_rules_json() -> String {
    serde_json::to_string(&SettingsRules::now()).expect("the rules are strings and integers")
}

/// The settings defaults and the ranges the core accepts ([`settings_rules_json`]).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SettingsRules {
    /// The settings a vault without a settings record uses.
    pub defaults: Settings,
    /// The lowest and highest auto-lock, in minutes.
    pub auto_lock_minutes: (u32, u32),
    /// The lowest and highest wait before locking a hidden app, in seconds.
    pub hidden_grace_seconds: (u32, u32),
    /// How many wrong passphrases in a row may erase everything on the device, when the person
    /// turns that on (it is off unless they do): the only counts offered and accepted.
    pub erase_after_failed_attempts: Vec<u32>,
}

/// The counts of wrong passphrases in a row after which the device may be set to erase itself.
/// Never fewer than five, so a few slips of the finger never erase a vault.
pub const ERASE_AFTER_FAILED_ATTEMPTS: [u32; 3] = [5, 10, 20];

/// Whether `failed_in_a_row` wrong passphrases (since the last unlock) reach `erase_after`, a
/// count the person chose from [`ERASE_AFTER_FAILED_ATTEMPTS`]; any other count never erases.
#[must_use]
pub fn erases_after(failed_in_a_row: u32, erase_after: u32) -> bool {
    ERASE_AFTER_FAILED_ATTEMPTS.contains(&erase_after) && failed_in_a_row >= erase_after
}

impl SettingsRules {
    /// The rules of this build.
    #[must_use]
    pub fn now() -> Self {
        Self {
            defaults: Settings::default(),
            auto_lock_minutes: (MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES),
            hidden_grace_seconds: (0, MAX_HIDDEN_GRACE_SECONDS),
            erase_after_failed_attempts: ERASE_AFTER_FAILED_ATTEMPTS.to_vec(),
        }
    }
}

impl RecordKind for Settings {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({
            "kind": "settings",
            "autoLockMinutes": 10, "hiddenGraceSeconds": 30,
            "quickExitUrl": "https://weather.example/", "crisisRegion": "gb",
            "updatedAt": at,
        })
    }

    const ONE_PER_VAULT: bool = true;

    fn invalid_field(&self) -> Option<&'static str> {
        Self::invalid_field(self)
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}

impl RecordKind for Contact {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({
            "kind": "contact",
            "name": "Sam (sister)", "number": "+44 7700 900123", "note": "knows the code word",
            "createdAt": at, "updatedAt": at + 1,
        })
    }

    fn invalid_field(&self) -> Option<&'static str> {
        Self::invalid_field(self)
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Record, invalid_field_of_json};

    fn settings(json: &str) -> Option<Settings> {
        match Record::from_json(json) {
            Ok(Record::Settings(s)) => Some(s),
            _ => None,
        }
    }

    #[test]
    fn partial_settings_take_the_defaults() {
        let s = settings(r#"{"kind":"settings"}"#).unwrap();
        assert_eq!(s, Settings::default());
        assert_eq!(s.auto_lock_minutes, 5);
        assert_eq!(s.hidden_grace_seconds, 30);
        assert_eq!(s.quick_exit_url, "https://www.wikipedia.org/");
        let s = settings(r#"{"kind":"settings","hiddenGraceSeconds":0}"#).unwrap();
        assert_eq!(s.hidden_grace_seconds, 0);
        assert_eq!(s.auto_lock_minutes, 5);
    }

    #[test]
    fn settings_json_shape_is_the_contract() {
        let s = Settings {
            auto_lock_minutes: 2,
            hidden_grace_seconds: 0,
            quick_exit_url: "https://example.org/weather".to_owned(),
            crisis_region: "uk".to_owned(),
            updated_at: 7,
            second_slot_key: "ab".repeat(32),
        };
        let json = Record::Settings(s.clone()).to_json();
        assert_eq!(
            json,
            format!(
                r#"{{"kind":"settings","autoLockMinutes":2,"hiddenGraceSeconds":0,"quickExitUrl":"https://example.org/weather","crisisRegion":"uk","updatedAt":7,"secondSlotKey":"{}"}}"#,
                "ab".repeat(32)
            )
        );
        assert_eq!(settings(&json), Some(s));
        // Settings written before the field existed say nothing of a second passphrase.
        let older = settings(r#"{"kind":"settings","autoLockMinutes":2,"updatedAt":7}"#).unwrap();
        assert!(older.second_slot_key.is_empty());
        for bad in [
            "AB".repeat(32),
            "ab".repeat(31),
            "ag".repeat(32),
            "ab".repeat(33),
        ] {
            let json = format!(r#"{{"kind":"settings","secondSlotKey":"{bad}"}}"#);
            assert_eq!(invalid_field_of_json(&json), Some("secondSlotKey"), "{bad}");
        }
    }

    #[test]
    fn settings_ranges_are_enforced() {
        for (json, field) in [
            (
                r#"{"kind":"settings","autoLockMinutes":0}"#,
                "autoLockMinutes",
            ),
            (
                r#"{"kind":"settings","autoLockMinutes":61}"#,
                "autoLockMinutes",
            ),
            (
                r#"{"kind":"settings","hiddenGraceSeconds":601}"#,
                "hiddenGraceSeconds",
            ),
            (r#"{"kind":"settings","crisisRegion":"UK"}"#, "crisisRegion"),
            (r#"{"kind":"settings","crisisRegion":"u"}"#, "crisisRegion"),
        ] {
            let parsed: Record = serde_json::from_str(json).unwrap();
            assert!(matches!(parsed, Record::Settings(_)), "{json}");
            assert_eq!(parsed.invalid_field(), Some(field), "{json}");
            assert_eq!(Record::from_json(json), Err(crate::Error::InvalidRecord));
        }
        for ok in [
            r#"{"kind":"settings","autoLockMinutes":1,"hiddenGraceSeconds":0}"#,
            r#"{"kind":"settings","autoLockMinutes":60,"hiddenGraceSeconds":600}"#,
            r#"{"kind":"settings","crisisRegion":"ie"}"#,
        ] {
            assert!(settings(ok).is_some(), "{ok}");
        }
    }

    #[test]
    fn unknown_settings_fields_and_wrong_types_are_refused() {
        for json in [
            r#"{"kind":"settings","theme":"dark"}"#,
            r#"{"kind":"settings","autoLockMinutes":"5"}"#,
            r#"{"kind":"settings","autoLockMinutes":-1}"#,
            r#"{"kind":"settings","autoLockMinutes":2.5}"#,
        ] {
            assert_eq!(
                Record::from_json(json),
                Err(crate::Error::InvalidRecord),
                "{json}"
            );
        }
    }

    #[test]
    fn erasing_after_failed_attempts_needs_an_offered_count_reached() {
        assert!(!erases_after(4, 5));
        assert!(erases_after(5, 5));
        assert!(erases_after(6, 5));
        assert!(erases_after(20, 20));
        assert!(!erases_after(19, 20));
        // A count nobody can choose (damaged or edited storage) never erases.
        for odd in [0, 1, 3, 7, u32::MAX] {
            assert!(!erases_after(u32::MAX, odd), "{odd}");
        }
        let rules: serde_json::Value = serde_json::from_str(&settings_rules_json()).unwrap();
        assert_eq!(
            rules["eraseAfterFailedAttempts"],
            serde_json::json!([5, 10, 20])
        );
    }

    #[test]
    fn rules_json_and_invalid_field_of_json() {
        let rules: serde_json::Value = serde_json::from_str(&settings_rules_json()).unwrap();
        assert_eq!(rules["autoLockMinutes"], serde_json::json!([1, 60]));
        assert_eq!(rules["hiddenGraceSeconds"], serde_json::json!([0, 600]));
        assert_eq!(rules["defaults"]["quickExitUrl"], DEFAULT_QUICK_EXIT_URL);
        assert_eq!(rules["defaults"]["autoLockMinutes"], 5);
        assert_eq!(
            invalid_field_of_json(r#"{"kind":"settings","quickExitUrl":"http://x.org/"}"#),
            Some("quickExitUrl")
        );
        assert_eq!(invalid_field_of_json(r#"{"kind":"settings"}"#), None);
        assert_eq!(
            invalid_field_of_json(r#"{"kind":"settings","x":1}"#),
            Some("record")
        );
        assert_eq!(invalid_field_of_json("nope"), Some("record"));
    }

    #[test]
    fn quick_exit_url_must_be_plain_https() {
        for good in [
            "https://www.wikipedia.org/",
            "https://example.org",
            "https://weather.example:8443/today?city=x#now",
            "https://bücher.example/",
        ] {
            assert!(is_quick_exit_url(good), "{good}");
        }
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_CHARS));
        for bad in [
            "",
            "http://example.org/",
            "javascript:alert(1)",
            "data:text/html,hi",
            "HTTPS://example.org/",
            "https://",
            "https:///path",
            "https://user:pw@example.org/",
            "https://exa mple.org/",
            "https://example.org/\n",
            "https://example.org\\@evil.example/",
            "https://ex<ample.org/",
            " https://example.org/",
            &long,
        ] {
            assert!(!is_quick_exit_url(bad), "{bad:?}");
        }
    }

    fn contact(name: &str, number: &str, note: &str) -> Contact {
        Contact {
            name: name.to_owned(),
            number: number.to_owned(),
            note: note.to_owned(),
            created_at: 1,
            updated_at: 2,
        }
    }

    #[test]
    fn contact_json_round_trips_and_note_is_optional() {
        let c = contact(
            "Sam (neighbour)",
            "+44 7700 900123",
            "says 'tea?' if worried",
        );
        let json = Record::Contact(c.clone()).to_json();
        assert_eq!(
            json,
            r#"{"kind":"contact","name":"Sam (neighbour)","number":"+44 7700 900123","note":"says 'tea?' if worried","createdAt":1,"updatedAt":2}"#
        );
        assert_eq!(Record::from_json(&json), Ok(Record::Contact(c)));
        let no_note = Record::from_json(
            r#"{"kind":"contact","name":"A","number":"911","createdAt":1,"updatedAt":1}"#,
        )
        .unwrap();
        assert!(matches!(no_note, Record::Contact(Contact { ref note, .. }) if note.is_empty()));
    }

    #[test]
    fn contact_rules() {
        assert_eq!(contact("Ana", "(555) 010-0199", "").invalid_field(), None);
        assert_eq!(contact("Ana", "555.010.0199", "").invalid_field(), None);
        assert_eq!(contact("   ", "555", "").invalid_field(), Some("name"));
        assert_eq!(
            contact(&"n".repeat(MAX_CONTACT_NAME_CHARS + 1), "555", "").invalid_field(),
            Some("name")
        );
        assert_eq!(
            contact(&"é".repeat(MAX_CONTACT_NAME_CHARS), "555", "").invalid_field(),
            None
        );
        for number in [
            "",
            "12",
            "++44 123",
            "555-CALL-NOW",
            "tel:555",
            "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7",
        ] {
            assert_eq!(
                contact("Ana", number, "").invalid_field(),
                Some("number"),
                "{number}"
            );
        }
        assert_eq!(
            contact("Ana", "555", &"x".repeat(MAX_CONTACT_NOTE_CHARS + 1)).invalid_field(),
            Some("note")
        );
        assert_eq!(
            Record::from_json(
                r#"{"kind":"contact","name":"A","number":"1","createdAt":1,"updatedAt":1}"#
            ),
            Err(crate::Error::InvalidRecord)
        );
        assert_eq!(
            Record::from_json(
                r#"{"kind":"contact","name":"A","number":"555","createdAt":1,"updatedAt":1,"photo":"x"}"#
            ),
            Err(crate::Error::InvalidRecord)
        );
    }
}
