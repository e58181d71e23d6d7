//! Entry points for the cargo-fuzz crate (`/fuzz`), compiled only with the `fuzzing`
//! feature. They reach the parsers without running Argon2, so the fuzzer spends its
//! time on the code that reads untrusted bytes.

use crate::error::Result;
use crate::format::Header;
use crate::vault::Vault;

/// Runs every header check that precedes Argon2 (magic, version, length, checksum,
/// KDF id, parameter caps).
///
/// # Errors
/// Whatever those checks return.
pub fn check_header(bytes: &[u8]) -> Result<()> {
    let header = Header::parse(bytes)?;
    header.params.validate()?;
    // Serialising what was parsed must give back the same bytes.
    assert_eq!(
        header.to_bytes(),
        bytes,
        "header parse/serialise round trip"
    );
    Ok(())
}

/// An unlocked vault with a fixed vault id and data key (no Argon2).
#[must_use]
pub fn vault_with_fixed_key(vault_id: [u8; 16], data_key: [u8; 32]) -> Vault {
    Vault::with_fixed_key(vault_id, data_key)
}
