//! Kintsugi's core: the record model, the vault's cryptography and its byte formats.
//!
//! No I/O and no platform code: the wasm crate and tests drive it. The byte layouts are
//! specified in `docs/vault-format.md`.
//!
//! ```
//! use kintsugi_core::{KdfParams, RecordId, Vault};
//!
//! # fn main() -> Result<(), kintsugi_core::Error> {
//! let cheap = KdfParams { memory_kib: 8 * 1024, iterations: 1, parallelism: 1 };
//! let vault = Vault::create_with_params("a long passphrase", cheap)?;
//! let header = vault.header_bytes()?; // store this
//! let id = RecordId::random()?;
//! let json = r#"{"kind":"journal","text":"Today","createdAt":1,"updatedAt":1}"#;
//! let blob = vault.seal_record_json(&id, json)?; // store this under `id`
//!
//! let vault = Vault::unlock(&header, "a long passphrase")?;
//! assert_eq!(vault.open_record_json(&id, &blob)?, json);
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Encrypted backup files (spec: docs/backup-format.md).
mod backup;
mod error;
mod format;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod id;
// Merging a backup into a vault by record id (restore).
mod merge;
mod padding;
mod passphrase;
mod primitives;
mod record;
mod safety;
mod vault;

pub use crate::backup::{
    BACKUP_CHUNK_LEN, BACKUP_CHUNK_PLAIN_LEN, BACKUP_HEADER_BYTES, Backup, BackupInfo,
    BackupReader, BackupSummary, BackupWriter, inspect_backup, read_backup, write_backup,
};
pub use crate::error::{Error, Result};
pub use crate::format::KdfParams;
pub use crate::id::{RecordId, VaultId};
pub use crate::merge::{MergePlan, plan_merge, plan_merge_json};
pub use crate::padding::{MIN_PADDED_LEN, padded_len};
pub use crate::passphrase::{MIN_PASSPHRASE_CHARS, passphrase_strength};
pub use crate::record::{BackupState, JournalEntry, MAX_TEXT_CHARS, MAX_TIMESTAMP_MS, Record};
pub use crate::safety::{
    Contact, DEFAULT_AUTO_LOCK_MINUTES, DEFAULT_HIDDEN_GRACE_SECONDS, DEFAULT_QUICK_EXIT_URL,
    MAX_AUTO_LOCK_MINUTES, MAX_CONTACT_NAME_CHARS, MAX_CONTACT_NOTE_CHARS,
    MAX_CONTACT_NUMBER_CHARS, MAX_HIDDEN_GRACE_SECONDS, MIN_AUTO_LOCK_MINUTES, Settings,
    invalid_field_of_json, settings_rules_json,
};
pub use crate::vault::Vault;
