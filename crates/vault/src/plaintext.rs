//! What a vault seals: a value that becomes bytes before sealing and comes back from
//! bytes after opening. The vault never interprets those bytes; the model implements
//! this for its records, and plain bytes implement it as themselves.

use zeroize::Zeroizing;

use crate::error::Result;

/// A value the vault can seal into a record blob or a backup file, and read back.
pub trait Plaintext: Sized {
    /// The bytes to seal, checked first: the vault seals nothing that fails here.
    ///
    /// # Errors
    /// [`Error::InvalidRecord`](crate::Error::InvalidRecord) when the value may not be
    /// sealed.
    fn to_plaintext(&self) -> Result<Zeroizing<Vec<u8>>>;

    /// The value from bytes that have just authenticated.
    ///
    /// # Errors
    /// [`Error::UnsupportedVersion`](crate::Error::UnsupportedVersion) for bytes a newer
    /// build wrote; [`Error::Corrupt`](crate::Error::Corrupt) for anything else that is
    /// not a value of this type.
    fn from_plaintext(bytes: &[u8]) -> Result<Self>;
}

/// Bytes as they are (wiped on drop).
impl Plaintext for Zeroizing<Vec<u8>> {
    fn to_plaintext(&self) -> Result<Zeroizing<Vec<u8>>> {
        Ok(self.clone())
    }

    fn from_plaintext(bytes: &[u8]) -> Result<Self> {
        Ok(Zeroizing::new(bytes.to_vec()))
    }
}
