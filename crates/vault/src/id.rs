//! Vault and record ids: 16 random bytes, written as 32 lowercase hex characters.

use core::fmt;

use crate::error::{Error, Result};
use crate::format::ID_LEN;

/// Lowercase hex (ids here; hashes in the incident log).
#[must_use]
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// Parses exactly `2 * N` lowercase hex characters; anything else is `None`.
#[must_use]
pub fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        }
    }
    let bytes = text.as_bytes();
    if bytes.len() != N * 2 {
        return None;
    }
    let mut out = [0u8; N];
    for (slot, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
        *slot = (nibble(pair[0])? << 4) | nibble(pair[1])?;
    }
    Some(out)
}

/// The identity of one record; bound into the record's associated data, so a blob
/// stored under another id does not open.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId([u8; ID_LEN]);

impl RecordId {
    /// A fresh random id.
    ///
    /// # Errors
    /// [`Error::Internal`] if the system random generator fails.
    pub fn random() -> Result<Self> {
        crate::crypto::random_bytes().map(Self)
    }

    /// Parses 32 lowercase hex characters.
    ///
    /// # Errors
    /// [`Error::InvalidRecord`] for anything else (uppercase included, so one id has
    /// one spelling and one storage key).
    pub fn from_hex(text: &str) -> Result<Self> {
        from_hex(text).map(Self).ok_or(Error::InvalidRecord)
    }

    /// The 32-character lowercase hex form.
    #[must_use]
    pub fn to_hex(&self) -> String {
        to_hex(&self.0)
    }

    /// The raw bytes.
    #[must_use]
    pub const fn as_bytes(&self) -> &[u8; ID_LEN] {
        &self.0
    }

    /// Wraps raw bytes.
    #[must_use]
    pub const fn from_bytes(bytes: [u8; ID_LEN]) -> Self {
        Self(bytes)
    }
}

impl fmt::Debug for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecordId({})", self.to_hex())
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// The identity of a vault, chosen at random when it is created and never changed
/// (not even by a passphrase change); bound into every record's associated data.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VaultId(pub(crate) [u8; ID_LEN]);

impl VaultId {
    /// The 32-character lowercase hex form.
    #[must_use]
    pub fn to_hex(&self) -> String {
        to_hex(&self.0)
    }

    /// The raw bytes.
    #[must_use]
    pub const fn as_bytes(&self) -> &[u8; ID_LEN] {
        &self.0
    }
}

impl fmt::Debug for VaultId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VaultId({})", self.to_hex())
    }
}

impl fmt::Display for VaultId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        let id = RecordId::random().unwrap();
        let text = id.to_hex();
        assert_eq!(text.len(), 32);
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
        assert_eq!(RecordId::from_hex(&text).unwrap(), id);
        let fixed = RecordId::from_bytes([0xab; 16]);
        assert_eq!(fixed.to_hex(), "ab".repeat(16));
    }

    #[test]
    fn bad_hex_is_invalid_record() {
        for bad in [
            "",
            "00",
            &"0".repeat(31),
            &"0".repeat(33),
            &"AB".repeat(16),
            &"zz".repeat(16),
            &"é".repeat(16),
        ] {
            assert_eq!(RecordId::from_hex(bad), Err(Error::InvalidRecord), "{bad}");
        }
    }
}
