//! Entry points for the cargo-fuzz crate (`/fuzz`), compiled only with the `fuzzing`
//! feature. They reach the parsers without running Argon2, so the fuzzer spends its
//! time on the code that reads untrusted bytes.

use zeroize::Zeroizing;

use crate::error::Result;
use crate::format::Header;
use crate::plaintext::Plaintext;
use crate::vault::Vault;

/// Runs every header check that precedes Argon2 (magic, version, length, checksum,
/// KDF id, parameter caps).
///
/// # Errors
/// Whatever those checks return.
pub fn check_header(bytes: &[u8]) -> Result<()> {
    // Serialising what was parsed must give back the same bytes, in either version.
    if crate::format::header_version(bytes)? == crate::format::VERSION_1 {
        let header = Header::parse(bytes)?;
        header.params.validate()?;
        assert_eq!(
            header.to_bytes(),
            bytes,
            "v1 header parse/serialise round trip"
        );
    } else {
        let header = crate::slots::HeaderV2::parse(bytes)?;
        assert_eq!(
            header.to_bytes(),
            bytes,
            "v2 header parse/serialise round trip"
        );
    }
    Ok(())
}

/// An unlocked vault with a fixed vault id and data key (no Argon2).
#[must_use]
pub fn vault_with_fixed_key(vault_id: [u8; 16], data_key: [u8; 32]) -> Vault {
    Vault::with_fixed_key(vault_id, data_key)
}

/// Reads a backup with a fixed key-encryption key (no Argon2), feeding `data` in pieces
/// whose sizes come from `splits`; returns the records and the summary, or the error.
///
/// # Errors
/// Whatever the reader returns.
pub fn read_backup_with_fixed_kek<P: Plaintext>(
    kek: [u8; 32],
    data: &[u8],
    splits: &[u8],
) -> Result<(Vec<(crate::RecordId, P)>, crate::BackupSummary)> {
    let mut reader = crate::BackupReader::<P>::with_fixed_kek(kek);
    let mut records = Vec::new();
    let mut rest = data;
    for &split in splits.iter().cycle().take(rest.len()) {
        if rest.is_empty() {
            break;
        }
        let (piece, tail) = rest.split_at((usize::from(split) * 97 + 1).min(rest.len()));
        records.extend(reader.push(piece)?);
        rest = tail;
    }
    records.extend(reader.push(rest)?);
    assert!(
        reader.buffered_bytes() <= 2 * crate::BACKUP_CHUNK_LEN + 1024 * 1024,
        "the reader's memory stays bounded"
    );
    let summary = reader.finish()?;
    Ok((records, summary))
}

/// Writes a backup with a fixed key-encryption key (no Argon2), for seeding the corpus
/// and for round trips in the fuzz target.
///
/// # Errors
/// Whatever the writer returns.
pub fn write_backup_with_fixed_kek<P: Plaintext>(
    kek: [u8; 32],
    created_at_ms: u64,
    records: &[(crate::RecordId, P)],
) -> Result<Vec<u8>> {
    let mut writer = crate::BackupWriter::with_fixed_kek(kek, created_at_ms)?;
    let mut out = Vec::new();
    for (id, record) in records {
        out.extend(writer.push(id, record)?);
    }
    out.extend(writer.finish()?);
    Ok(out)
}

/// Feeds `data` to the backup payload parser (the framing inside the chunks, no
/// crypto), in pieces of `piece_len` bytes, the last flagged final.
///
/// # Errors
/// Whatever the parser returns.
pub fn parse_backup_payload(data: &[u8], piece_len: usize) -> Result<u64> {
    let mut parser = crate::backup::format::PayloadParser::new();
    let pieces: Vec<&[u8]> = data.chunks(piece_len.max(1)).collect();
    for (i, piece) in pieces.iter().enumerate() {
        parser.feed::<Zeroizing<Vec<u8>>>(piece, i + 1 == pieces.len())?;
    }
    Ok(parser.record_count())
}
