//! Entry points for the benchmarks (`make bench`), compiled only with the
//! `bench` feature: the raw XChaCha20-Poly1305 that every record and backup chunk is
//! sealed with, so the browser benchmark can run it on the same inputs as libsodium.js.
//! Never enabled in the app.

use zeroize::Zeroizing;

use crate::crypto;
use crate::error::{Error, Result};

/// XChaCha20-Poly1305 encryption, `ciphertext || tag` (libsodium's combined mode).
///
/// # Errors
/// [`Error::Internal`] only for inputs longer than 256 GiB.
pub fn xchacha20poly1305_seal(
    key: &[u8; 32],
    nonce: &[u8; 24],
    associated_data: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    crypto::seal(key, nonce, associated_data, plaintext)
}

/// XChaCha20-Poly1305 decryption of `ciphertext || tag`.
///
/// # Errors
/// [`Error::Corrupt`] when the tag does not verify.
pub fn xchacha20poly1305_open(
    key: &[u8; 32],
    nonce: &[u8; 24],
    associated_data: &[u8],
    ciphertext_and_tag: &[u8],
) -> Result<Zeroizing<Vec<u8>>> {
    crypto::open(key, nonce, associated_data, ciphertext_and_tag).map_err(|_| Error::Corrupt)
}
