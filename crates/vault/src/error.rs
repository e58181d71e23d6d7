//! The one error type of the vault and the model.
//!
//! Variants are deliberately coarse: a person needs to know what to do next
//! ("try the passphrase again", "this file is damaged"), and an attacker must not
//! learn which internal check failed.

use crate::passphrase::MIN_PASSPHRASE_CHARS;

/// Declares [`Error`], its stable codes and every list made from them, from one table:
/// variant, code, plain-words message. The wasm crate's `code` union and the codes the
/// web side branches on come from here.
macro_rules! errors {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $message:literal; )*) => {
        /// Everything that can go wrong in the vault and the model, in words a person can
        /// act on.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
        #[non_exhaustive]
        pub enum Error {
            $( $(#[$doc])* #[error($message)] $variant, )*
        }

        impl Error {
            /// Every error, in declaration order.
            pub const ALL: &[Self] = &[$(Self::$variant),*];

            /// A stable, machine-readable code for this error, shared with the JavaScript side.
            #[must_use]
            pub const fn code(&self) -> &'static str {
                match self {
                    $( Self::$variant => $code, )*
                }
            }
        }

        /// Every error code, in declaration order.
        pub const ERROR_CODES: &[&str] = &[$($code),*];

        /// The TypeScript union of every error code, for the bindings' declarations.
        pub const ERROR_CODES_TS: &str = concat!(
            "/** The stable `code` of every error thrown by this module. */\n",
            "export type KintsugiErrorCode =",
            $( "\n  | '", $code, "'", )*
            ";\n"
        );
    };
}

errors! {
    /// The passphrase does not open this vault.
    WrongPassphrase = "wrong-passphrase", "The passphrase is not right. Please try again.";
    /// The data is damaged, was altered, or belongs somewhere else.
    Corrupt = "corrupt", "This data is damaged and cannot be opened.";
    /// The data was written by a newer (or unknown) version of the app.
    UnsupportedVersion = "unsupported-version",
        "This data was made by a newer version of the app. Please update the app.";
    /// The vault's key-derivation settings are outside what the app accepts.
    InvalidParameters = "invalid-parameters",
        "The vault's security settings are outside the range this app accepts.";
    /// The new passphrase is too short to be accepted.
    WeakPassphrase = "weak-passphrase",
        "The passphrase is too short. Please use at least {MIN_PASSPHRASE_CHARS} characters.";
    /// The entry (or its id) is not valid, so it was not saved.
    InvalidRecord = "invalid-record", "This entry is not valid and was not saved.";
    /// A value given to a calculation is outside what it accepts (e.g. a time-zone
    /// offset of more than 18 hours). Nothing was changed.
    InvalidInput = "invalid-input",
        "Some of the information given is not valid, so nothing was changed.";
    /// The vault is locked; unlock it first.
    Locked = "locked", "The vault is locked. Please unlock it first.";
    /// Something failed that should not fail (e.g. the system random generator).
    Internal = "internal", "Something went wrong inside the app. Please try again.";
    /// The file is not a Kintsugi backup at all (wrong magic, or too short to tell).
    NotABackup = "not-a-backup", "This file is not a Kintsugi backup.";
    /// The backup file ends early: it was not saved or copied completely.
    Truncated = "truncated",
        "This backup file is incomplete. It may not have finished saving or copying.";
}

/// The result type of the vault and the model.
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
    fn every_list_is_made_from_the_one_table() {
        assert_eq!(Error::ALL.len(), super::ERROR_CODES.len());
        for (error, code) in Error::ALL.iter().zip(super::ERROR_CODES) {
            assert_eq!(error.code(), *code);
            assert!(
                super::ERROR_CODES_TS.contains(&format!("\n  | '{code}'")),
                "{code}"
            );
        }
        assert!(super::ERROR_CODES_TS.ends_with("'truncated';\n"));
        let mut unique = super::ERROR_CODES.to_vec();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), super::ERROR_CODES.len(), "codes are distinct");
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
