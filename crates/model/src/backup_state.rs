//! When the vault was last backed up, so the app can remind gently.

use serde::{Deserialize, Serialize};

use crate::kind::RecordKind;
use crate::limits::{first_failing, time_ok};

/// When the vault was last backed up:
/// `{"kind":"backupState","lastBackupAt":...,"updatedAt":...}`. Kept in its own sealed
/// record so the store stays blind to what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupState {
    /// Milliseconds since the Unix epoch: when the last backup file was made (or restored from).
    pub last_backup_at: u64,
    /// Milliseconds since the Unix epoch.
    pub updated_at: u64,
}

impl RecordKind for BackupState {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({ "kind": "backupState", "lastBackupAt": at, "updatedAt": at })
    }

    const ONE_PER_VAULT: bool = true;
    const DEVICE_LOCAL: bool = true;

    fn invalid_field(&self) -> Option<&'static str> {
        first_failing(&[
            (time_ok(self.last_backup_at), "lastBackupAt"),
            (time_ok(self.updated_at), "updatedAt"),
        ])
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}
