//! Passphrase normalization, the minimum length, and a small strength estimate.
//!
//! Passphrases are normalized to Unicode NFC before use: phone keyboards differ in
//! whether "é" arrives as one code point or as "e" plus a combining accent, and a
//! restore on a new phone must accept the same passphrase typed there.
//!
//! With the `nfc` feature (the default) the core normalizes. Without it (the wasm
//! build, where Unicode tables would cost ~64 KiB gzipped) the caller must pass NFC
//! text; `kintsugi-wasm` does so with JavaScript's `String.prototype.normalize("NFC")`.

use zeroize::Zeroizing;

/// The fewest characters (Unicode scalar values, after NFC) a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The NFC form of a passphrase, as UTF-8 bytes. Wiped on drop.
#[cfg(feature = "nfc")]
pub(crate) fn normalize(passphrase: &str) -> Zeroizing<String> {
    use unicode_normalization::UnicodeNormalization;
    Zeroizing::new(passphrase.nfc().collect())
}

/// The passphrase as given: the caller has normalized it to NFC already.
#[cfg(not(feature = "nfc"))]
pub(crate) fn normalize(passphrase: &str) -> Zeroizing<String> {
    Zeroizing::new(passphrase.to_owned())
}

/// Whether a new passphrase is long enough to be accepted.
pub(crate) fn is_acceptable(passphrase: &str) -> bool {
    normalize(passphrase).chars().count() >= MIN_PASSPHRASE_CHARS
}

/// A few of the most common passwords and the words they are built from. Kept tiny on
/// purpose: this is a nudge, not a cracker's dictionary.
const COMMON: &[&str] = &[
    "password", "passwort", "qwerty", "azerty", "123456", "abc123", "letmein", "iloveyou",
    "welcome", "monkey", "dragon", "football", "baseball", "sunshine", "princess", "admin",
    "secret", "master", "shadow", "trustno1", "hello", "love", "freedom", "whatever",
];

/// Estimates the strength of a passphrase on a 0..=4 scale.
///
/// - 0: shorter than [`MIN_PASSPHRASE_CHARS`]; such a passphrase is refused.
/// - 1..=4: an estimate of guessing work in bits, `effective_length * log2(pool)`,
///   bucketed at 40, 60 and 80 bits, where:
///   - `pool` is the sum of the character classes present (lowercase 26, uppercase 26,
///     digits 10, ASCII symbols and space 33, anything else 100);
///   - `effective_length` counts characters after NFC, but a character equal to the one
///     before it, or one step after it ("abc", "123"), counts for nothing, and letters
///     inside one of a few dozen very common passwords ("password", "qwerty", ...)
///     count for nothing.
///
/// Long passphrases of several words score well, as they should; a short common
/// password with a digit and a symbol appended does not.
#[must_use]
pub fn passphrase_strength(passphrase: &str) -> u8 {
    let normalized = normalize(passphrase);
    let chars: Zeroizing<Vec<char>> = Zeroizing::new(normalized.chars().collect());
    if chars.len() < MIN_PASSPHRASE_CHARS {
        return 0;
    }

    let (mut lower, mut upper, mut digit, mut symbol, mut other) =
        (false, false, false, false, false);
    for &c in chars.iter() {
        match c {
            'a'..='z' => lower = true,
            'A'..='Z' => upper = true,
            '0'..='9' => digit = true,
            ' '..='~' => symbol = true,
            _ => other = true,
        }
    }
    let pool: u32 = [
        (lower, 26),
        (upper, 26),
        (digit, 10),
        (symbol, 33),
        (other, 100),
    ]
    .iter()
    .filter(|(present, _)| *present)
    .map(|(_, size)| size)
    .sum();

    // Mark characters that belong to a common password (ASCII case-insensitively: the
    // list is ASCII, and full Unicode case tables would bloat the wasm).
    let lowered: Zeroizing<Vec<char>> =
        Zeroizing::new(chars.iter().map(char::to_ascii_lowercase).collect());
    let mut counts = vec![true; chars.len()];
    for word in COMMON {
        let word: Vec<char> = word.chars().collect();
        for start in 0..=lowered.len().saturating_sub(word.len()) {
            if lowered.get(start..start + word.len()) == Some(word.as_slice()) {
                counts[start..start + word.len()].fill(false);
            }
        }
    }

    let mut effective = 0u32;
    for (i, &c) in chars.iter().enumerate() {
        if !counts[i] {
            continue;
        }
        let predictable = i > 0 && {
            let previous = u32::from(chars[i - 1]);
            let current = u32::from(c);
            current == previous || current == previous + 1
        };
        if !predictable {
            effective += 1;
        }
    }

    let bits = f64::from(effective) * f64::from(pool.max(1)).log2();
    match bits {
        b if b < 40.0 => 1,
        b if b < 60.0 => 2,
        b if b < 80.0 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "nfc")]
    #[test]
    fn too_short_is_zero_and_unacceptable() {
        assert_eq!(passphrase_strength(""), 0);
        assert_eq!(passphrase_strength("abcdefg"), 0);
        assert!(!is_acceptable("abcdefg"));
        assert!(is_acceptable("abcdefgh"));
        // Seven characters after NFC even though eight code points were typed.
        let decomposed = "cafe\u{301}xyz";
        assert_eq!(decomposed.chars().count(), 8);
        assert!(!is_acceptable(decomposed));
        assert_eq!(passphrase_strength(decomposed), 0);
    }

    #[test]
    fn weak_patterns_score_low() {
        assert_eq!(passphrase_strength("password"), 1);
        assert_eq!(passphrase_strength("Password1!"), 1);
        assert_eq!(passphrase_strength("aaaaaaaaaaaaaaaa"), 1);
        assert_eq!(passphrase_strength("abcdefghijklmnop"), 1);
        assert_eq!(passphrase_strength("12345678"), 1);
    }

    #[test]
    fn longer_and_varied_scores_higher() {
        assert_eq!(passphrase_strength("kx7Tq2pL"), 2);
        assert_eq!(passphrase_strength("tide lantern quietly"), 4);
        assert_eq!(passphrase_strength("correct horse battery staple"), 4);
        assert!(passphrase_strength("Gh7#kq!Lp2@x") >= 3);
    }

    #[test]
    fn strength_is_monotonic_in_appended_random_text() {
        let mut passphrase = String::from("mYr9");
        let mut previous = passphrase_strength(&passphrase);
        for c in "Zt4!wq8Lm#3vB9x".chars() {
            passphrase.push(c);
            let now = passphrase_strength(&passphrase);
            assert!(now >= previous, "{passphrase}");
            previous = now;
        }
        assert_eq!(previous, 4);
    }

    #[cfg(feature = "nfc")]
    #[test]
    fn nfc_makes_keyboard_forms_equal() {
        assert_eq!(*normalize("cafe\u{301}"), *normalize("caf\u{e9}"));
    }
}
