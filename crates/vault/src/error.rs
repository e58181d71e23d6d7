//! The one error type of the core.
//!
//! Variants are deliberately coarse: a person needs to know what to do next
//! ("try the passphrase again", "this file is damaged"), and an attacker must not
//! learn which internal check failed.

use crate::passphrase::MIN_PASSPHRASE_CHARS;

/// Everything that can go wrong in the core, in words a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The passphrase does not open this vault.
    #[error("The passphrase is not right. Please try again.")]
    WrongPassphrase,
    /// The data is damaged, was altered, or belongs somewhere else.
    #[error("This data is damaged and cannot be opened.")]
    Corrupt,
    /// The data was written by a newer (or unknown) version of the app.
    #[error("This data was made by a newer version of the app. Please update the app.")]
    UnsupportedVersion,
    /// The vault's key-derivation settings are outside what the app accepts.
    #[error("The vault's security settings are outside the range this app accepts.")]
    InvalidParameters,
    /// The new passphrase is too short to be accepted.
    #[error("The passphrase is too short. Please use at least {MIN_PASSPHRASE_CHARS} characters.")]
    WeakPassphrase,
    /// The entry (or its id) is not valid, so it was not saved.
    #[error("This entry is not valid and was not saved.")]
    InvalidRecord,
    /// A value given to a calculation is outside what it accepts (e.g. a time-zone
    /// offset of more than 18 hours). Nothing was changed.
    #[error("Some of the information given is not valid, so nothing was changed.")]
    InvalidInput,
    /// The vault is locked; unlock it first.
    #[error("The vault is locked. Please unlock it first.")]
    Locked,
    /// Something failed that should not fail (e.g. the system random generator).
    #[error("Something went wrong inside the app. Please try again.")]
    Internal,
    // Backup files (see docs/backup-format.md).
    /// The file is not a Kintsugi backup at all (wrong magic, or too short to tell).
    #[error("This file is not a Kintsugi backup.")]
    NotABackup,
    /// The backup file ends early: it was not saved or copied completely.
    #[error("This backup file is incomplete. It may not have finished saving or copying.")]
    Truncated,
}

impl Error {
    /// A stable, machine-readable code for this error, shared with the JavaScript side.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::WrongPassphrase => "wrong-passphrase",
            Self::Corrupt => "corrupt",
            Self::UnsupportedVersion => "unsupported-version",
            Self::InvalidParameters => "invalid-parameters",
            Self::WeakPassphrase => "weak-passphrase",
            Self::InvalidRecord => "invalid-record",
            Self::InvalidInput => "invalid-input",
            Self::Locked => "locked",
            Self::Internal => "internal",
            Self::NotABackup => "not-a-backup",
            Self::Truncated => "truncated",
        }
    }
}

/// The core's result type.
pub type Result<T, E = Error> = core::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::Error;

    #[test]
    fn codes_are_the_contract_codes() {
        let all = [
            (Error::WrongPassphrase, "wrong-passphrase"),
            (Error::Corrupt, "corrupt"),
            (Error::UnsupportedVersion, "unsupported-version"),
            (Error::InvalidParameters, "invalid-parameters"),
            (Error::WeakPassphrase, "weak-passphrase"),
            (Error::InvalidRecord, "invalid-record"),
            (Error::InvalidInput, "invalid-input"),
            (Error::Locked, "locked"),
            (Error::Internal, "internal"),
            (Error::NotABackup, "not-a-backup"),
            (Error::Truncated, "truncated"),
        ];
        for (error, code) in all {
            assert_eq!(error.code(), code);
        }
    }

    #[test]
    fn messages_are_plain_words() {
        let message = Error::WeakPassphrase.to_string();
        assert!(message.contains("at least 8 characters"), "{message}");
        assert!(
            Error::WrongPassphrase
                .to_string()
                .contains("passphrase is not right")
        );
    }
}
