//! Kintsugi's vault: the cryptography and the byte formats, and nothing about what the
//! person writes.
//!
//! Record ids, passphrase rules, padding, the AEAD and KDF calls (over
//! `kintsugi-primitives`), the vault header, the sealed record blob and the backup file.
//! What is sealed is a [`Plaintext`]: the vault turns it into bytes before sealing and back
//! after opening, and never looks inside. The record kinds and their rules are
//! `kintsugi-model`'s. No I/O and no platform code. The byte layouts are specified in
//! `docs/vault-format.md` and `docs/backup-format.md`.
//!
//! ```
//! use kintsugi_vault::{KdfParams, RecordId, Vault};
//! use zeroize::Zeroizing;
//!
//! # fn main() -> Result<(), kintsugi_vault::Error> {
//! let cheap = KdfParams { memory_kib: 8 * 1024, iterations: 1, parallelism: 1 };
//! let vault = Vault::create_with_params("a long passphrase", cheap)?;
//! let header = vault.header_bytes()?; // store this
//! let id = RecordId::random()?;
//! let blob = vault.seal(&id, &Zeroizing::new(b"any bytes".to_vec()))?; // store this under `id`
//!
//! let vault = Vault::unlock(&header, "a long passphrase")?;
//! let opened: Zeroizing<Vec<u8>> = vault.open(&id, &blob)?;
//! assert_eq!(opened.as_slice(), b"any bytes");
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Failed unlock attempts, sealed while locked and read after unlock.
mod attempts;
// Encrypted backup files (spec: docs/backup-format.md).
mod backup;
// Raw XChaCha20-Poly1305 for `make bench`; only with the `bench` feature.
#[cfg(feature = "bench")]
#[doc(hidden)]
pub mod benchmarking;
// The AEAD, KDF, hash and random calls: the only code that reaches kintsugi-primitives.
mod crypto;
mod error;
// The vault header and sealed record blob: bytes only.
mod format;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod id;
mod padding;
mod passphrase;
mod plaintext;
mod sizing;
// The version-2 header: two key slots, one of them a decoy or unused.
mod slots;
mod vault;

pub use crate::attempts::{
    FAILED_ATTEMPT_LEN, MAX_FAILED_ATTEMPTS, append_failed_attempt, seal_failed_attempt,
};
pub use crate::backup::{
    BACKUP_CHUNK_LEN, BACKUP_CHUNK_PLAIN_LEN, BACKUP_HEADER_BYTES, Backup, BackupInfo,
    BackupReader, BackupSummary, BackupWriter, inspect_backup, read_backup, write_backup,
};
pub use crate::crypto::blake2b_256;
pub use crate::error::{ERROR_CODES, ERROR_CODES_TS, Error, Result};
pub use crate::format::{KdfParams, MAX_TIMESTAMP_MS};
pub use crate::id::{RecordId, VaultId, from_hex, to_hex};
pub use crate::padding::{MIN_PADDED_LEN, padded_len};
pub use crate::passphrase::{MIN_PASSPHRASE_CHARS, passphrase_strength};
pub use crate::plaintext::Plaintext;
pub use crate::sizing::{
    CALIBRATION, SIZED_MAX_MEMORY_KIB, TARGET_UNLOCK_MS, calibrate, params_for_device, predicted_ms,
};
pub use crate::slots::SLOTS as KEY_SLOTS;
pub use crate::vault::Vault;
