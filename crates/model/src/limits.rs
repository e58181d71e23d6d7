//! Limits and text checks every record kind shares. A leaf: it imports no other module
//! of this crate, so every kind can use it without a cycle.

/// Largest timestamp accepted: JavaScript's `Number.MAX_SAFE_INTEGER`, so every value
/// survives the trip through a JS number unchanged (the backup format holds the same).
pub use kintsugi_vault::MAX_TIMESTAMP_MS;

/// Whether `ms` is a timestamp the formats hold.
pub(crate) const fn time_ok(ms: u64) -> bool {
    ms <= MAX_TIMESTAMP_MS
}

/// Whether `text` has more than `max_chars` characters (Unicode scalar values). The byte
/// length answers first: a text of at most `max_chars` bytes has at most that many
/// characters, so the count runs only for long texts.
pub(crate) fn too_long(text: &str, max_chars: usize) -> bool {
    text.len() > max_chars && text.chars().count() > max_chars
}

/// The field name of the first check that failed, if any.
pub(crate) fn first_failing(checks: &[(bool, &'static str)]) -> Option<&'static str> {
    checks.iter().find(|(ok, _)| !ok).map(|(_, field)| *field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_long_counts_characters_not_bytes() {
        assert!(!too_long("", 0));
        assert!(too_long("a", 0));
        assert!(!too_long(&"é".repeat(3), 3), "six bytes, three characters");
        assert!(too_long(&"é".repeat(4), 3));
        assert!(!too_long("abc", 3));
        assert!(too_long("abcd", 3));
    }

    #[test]
    fn times_and_first_failing() {
        assert!(time_ok(MAX_TIMESTAMP_MS));
        assert!(!time_ok(MAX_TIMESTAMP_MS + 1));
        assert_eq!(
            first_failing(&[(true, "a"), (false, "b"), (false, "c")]),
            Some("b")
        );
        assert_eq!(first_failing(&[(true, "a")]), None);
    }
}
