//! Byte layouts of a backup file (version 1): the header, the per-chunk nonce and
//! associated data, and the framing of the plaintext payload. No keys here; the only
//! crypto is the header's unkeyed checksum. `docs/backup-format.md` is the
//! specification; keep the two in step.

use zeroize::Zeroizing;

use crate::crypto::{CHECKSUM_LEN, NONCE_LEN, TAG_LEN};
use crate::error::{Error, Result};
use crate::format::MAX_TIMESTAMP_MS;
use crate::format::{
    ID_LEN, KDF_ARGON2ID_V13, KdfParams, Reader, SALT_LEN, VERSION_1, WRAPPED_KEY_LEN,
    checked_body, finish_header, write_kdf_fields,
};
use crate::id::RecordId;
use crate::plaintext::Plaintext;

/// Magic at the start of a backup file.
pub(crate) const BACKUP_MAGIC: [u8; 4] = *b"KSBK";
/// magic 4 + version 2 + kdf id 1 + m 4 + t 4 + p 4 + salt 16 + nonce 24.
pub(crate) const BACKUP_AD_LEN: usize = 4 + 2 + 1 + 4 + 4 + 4 + SALT_LEN + NONCE_LEN;
/// The associated data, then the wrapped file key, then the checksum.
pub(crate) const BACKUP_HEADER_LEN: usize = BACKUP_AD_LEN + WRAPPED_KEY_LEN + CHECKSUM_LEN;
/// Plaintext bytes in every chunk (the final chunk is padded to this size).
pub(crate) const CHUNK_PLAIN_LEN: usize = 64 * 1024;
/// Bytes of every chunk in the file: the plaintext's ciphertext plus the tag.
pub(crate) const CHUNK_SEALED_LEN: usize = CHUNK_PLAIN_LEN + TAG_LEN;
/// Largest JSON of one record accepted in a backup. A valid record's canonical JSON is
/// far smaller (100,000 characters, each at most 6 bytes escaped, plus a few fields),
/// so this only bounds what a damaged or hostile file can make a reader hold.
pub(crate) const MAX_RECORD_JSON_LEN: usize = 1024 * 1024;

/// Item tag: one record follows.
pub(crate) const ITEM_RECORD: u8 = 0x01;
/// Item tag: the end, with the record count.
pub(crate) const ITEM_END: u8 = 0x00;
/// tag 1 + record id 16 + JSON length 4.
pub(crate) const RECORD_ITEM_PREFIX_LEN: usize = 1 + ID_LEN + 4;
/// tag 1 + record count 8.
pub(crate) const END_ITEM_LEN: usize = 1 + 8;
/// created-at 8.
pub(crate) const PREAMBLE_LEN: usize = 8;

/// A parsed backup header (version 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BackupHeader {
    pub(crate) params: KdfParams,
    pub(crate) salt: [u8; SALT_LEN],
    pub(crate) nonce: [u8; NONCE_LEN],
    pub(crate) wrapped_key: [u8; WRAPPED_KEY_LEN],
}

/// Checks whatever prefix of the header has arrived: the magic ([`Error::NotABackup`]),
/// then the version ([`Error::UnsupportedVersion`]). Fine with fewer than 6 bytes.
pub(crate) fn check_prefix(bytes: &[u8]) -> Result<()> {
    let magic_len = bytes.len().min(BACKUP_MAGIC.len());
    if bytes[..magic_len] != BACKUP_MAGIC[..magic_len] {
        return Err(Error::NotABackup);
    }
    if let Some(version) = bytes.get(4..6) {
        if version != VERSION_1.to_be_bytes() {
            return Err(Error::UnsupportedVersion);
        }
    }
    Ok(())
}

impl BackupHeader {
    /// The bytes authenticated when wrapping the file key (header bytes 0..59).
    pub(crate) fn associated_data(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(BACKUP_AD_LEN);
        out.extend_from_slice(&BACKUP_MAGIC);
        out.extend_from_slice(&VERSION_1.to_be_bytes());
        write_kdf_fields(
            &mut out,
            KDF_ARGON2ID_V13,
            &self.params,
            &self.salt,
            &self.nonce,
        );
        debug_assert_eq!(out.len(), BACKUP_AD_LEN);
        out
    }

    /// The full header: associated data, wrapped key, then BLAKE2b-256 of all before it.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let out = finish_header(self.associated_data(), &self.wrapped_key);
        debug_assert_eq!(out.len(), BACKUP_HEADER_LEN);
        out
    }

    /// Parses the first [`BACKUP_HEADER_LEN`] bytes of a file, in this order: magic
    /// ([`Error::NotABackup`]), version ([`Error::UnsupportedVersion`]), length
    /// ([`Error::Truncated`]), checksum ([`Error::Corrupt`]), KDF algorithm
    /// ([`Error::UnsupportedVersion`]). Bytes after the header are ignored. The KDF
    /// parameters are returned unchecked; the caller validates them.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Self> {
        check_prefix(bytes)?;
        if bytes.len() < BACKUP_MAGIC.len() {
            return Err(if bytes.is_empty() {
                Error::NotABackup
            } else {
                Error::Truncated
            });
        }
        let header = bytes.get(..BACKUP_HEADER_LEN).ok_or(Error::Truncated)?;
        let body = checked_body(header)?;
        let mut reader = Reader(&body[6..]);
        let [kdf_id] = reader.array()?;
        if kdf_id != KDF_ARGON2ID_V13 {
            return Err(Error::UnsupportedVersion);
        }
        Ok(Self {
            params: reader.kdf_params()?,
            salt: reader.array()?,
            nonce: reader.array()?,
            wrapped_key: reader.array()?,
        })
    }
}

/// The nonce of chunk `index`: index (8 bytes, big-endian), the final flag (1 byte,
/// 0x01 on the last chunk, else 0x00), then 15 zero bytes. The file key is fresh for
/// every file, so counter nonces never repeat under one key.
pub(crate) fn chunk_nonce(index: u64, is_final: bool) -> [u8; NONCE_LEN] {
    let mut nonce = [0u8; NONCE_LEN];
    nonce[..8].copy_from_slice(&index.to_be_bytes());
    nonce[8] = u8::from(is_final);
    nonce
}

/// Appends to a buffer of plaintext without leaving an unwiped copy behind when it
/// grows (a plain `Vec` would free its old allocation as it was).
pub(crate) fn extend_secret(buffer: &mut Zeroizing<Vec<u8>>, bytes: &[u8]) {
    let needed = buffer.len() + bytes.len();
    if needed > buffer.capacity() {
        let mut grown = Zeroizing::new(Vec::with_capacity(needed.max(2 * buffer.capacity())));
        grown.extend_from_slice(buffer);
        // The old buffer is wiped when `grown` (now holding it) drops.
        core::mem::swap(buffer, &mut grown);
    }
    buffer.extend_from_slice(bytes);
}

/// The framing of one record: tag 0x01, id, JSON length (u32 big-endian), JSON.
pub(crate) fn frame_record(out: &mut Zeroizing<Vec<u8>>, id: &RecordId, json: &[u8]) -> Result<()> {
    if json.is_empty() || json.len() > MAX_RECORD_JSON_LEN {
        return Err(Error::InvalidRecord);
    }
    let len = u32::try_from(json.len()).map_err(|_| Error::InvalidRecord)?;
    let mut prefix = [0u8; RECORD_ITEM_PREFIX_LEN];
    prefix[0] = ITEM_RECORD;
    prefix[1..=ID_LEN].copy_from_slice(id.as_bytes());
    prefix[1 + ID_LEN..].copy_from_slice(&len.to_be_bytes());
    extend_secret(out, &prefix);
    extend_secret(out, json);
    Ok(())
}

/// The end item: tag 0x00, then the record count (u64 big-endian).
pub(crate) fn frame_end(out: &mut Zeroizing<Vec<u8>>, record_count: u64) {
    let mut item = [ITEM_END; END_ITEM_LEN];
    item[1..].copy_from_slice(&record_count.to_be_bytes());
    extend_secret(out, &item);
}

/// Where the payload parser is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Expecting the 8-byte created-at.
    Preamble,
    /// Expecting an item tag.
    Items,
    /// The end item was read; only zero padding may follow.
    Done,
}

/// Reads the plaintext payload chunk by chunk, handing out each record as soon as its
/// last byte has arrived. Holds at most one partial item between chunks.
pub(crate) struct PayloadParser {
    stage: Stage,
    /// Bytes of an item that continues in the next chunk. Wiped on drop.
    pending: Zeroizing<Vec<u8>>,
    created_at_ms: u64,
    record_count: u64,
}

impl core::fmt::Debug for PayloadParser {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PayloadParser")
            .field("stage", &self.stage)
            .field("pending_len", &self.pending.len())
            .field("record_count", &self.record_count)
            .finish()
    }
}

impl PayloadParser {
    pub(crate) fn new() -> Self {
        Self {
            stage: Stage::Preamble,
            pending: Zeroizing::new(Vec::new()),
            created_at_ms: 0,
            record_count: 0,
        }
    }

    pub(crate) const fn created_at_ms(&self) -> u64 {
        self.created_at_ms
    }

    pub(crate) const fn record_count(&self) -> u64 {
        self.record_count
    }

    /// Bytes held between chunks.
    pub(crate) fn buffered_bytes(&self) -> usize {
        self.pending.capacity()
    }

    /// Feeds the plaintext of one chunk (already authenticated) and returns the records
    /// it completes.
    ///
    /// # Errors
    /// [`Error::Corrupt`] for framing that does not follow the format (a bad tag or
    /// length, a wrong record count, non-zero padding, the end item outside the final
    /// chunk, or a final chunk without it); the error of [`Plaintext::from_plaintext`]
    /// for a record it refuses.
    pub(crate) fn feed<P: Plaintext>(
        &mut self,
        plain: &[u8],
        is_final: bool,
    ) -> Result<Vec<(RecordId, P)>> {
        let mut records = Vec::new();
        let mut input: &[u8] = plain;
        // Items that continue from the previous chunk are completed in `pending` first.
        while !self.pending.is_empty() {
            let needed = self.item_len(&self.pending)?;
            let missing = needed.saturating_sub(self.pending.len());
            if missing == 0 {
                let item = core::mem::take(&mut *self.pending);
                let item = Zeroizing::new(item);
                self.consume(&item, &mut records)?;
                continue;
            }
            let take = missing.min(input.len());
            extend_secret(&mut self.pending, &input[..take]);
            input = &input[take..];
            if take < missing {
                break;
            }
        }
        while !input.is_empty() && self.pending.is_empty() {
            if self.stage == Stage::Done {
                if input.iter().any(|&b| b != 0) {
                    return Err(Error::Corrupt);
                }
                break;
            }
            let needed = self.item_len(input)?;
            if input.len() < needed {
                extend_secret(&mut self.pending, input);
                break;
            }
            let (item, rest) = input.split_at(needed);
            self.consume(item, &mut records)?;
            input = rest;
        }
        let ended = self.stage == Stage::Done && self.pending.is_empty();
        if ended != is_final {
            return Err(Error::Corrupt);
        }
        Ok(records)
    }

    /// The full length of the item starting at `bytes`, or as much of it as is known
    /// (at least one more byte than `bytes` when its length field is incomplete).
    fn item_len(&self, bytes: &[u8]) -> Result<usize> {
        match self.stage {
            Stage::Preamble => Ok(PREAMBLE_LEN),
            Stage::Done => Err(Error::Corrupt),
            Stage::Items => match bytes.first() {
                Some(&ITEM_END) => Ok(END_ITEM_LEN),
                Some(&ITEM_RECORD) => match bytes.get(1 + ID_LEN..RECORD_ITEM_PREFIX_LEN) {
                    None => Ok(RECORD_ITEM_PREFIX_LEN),
                    Some(len) => {
                        let mut reader = Reader(len);
                        let json_len =
                            usize::try_from(reader.u32()?).map_err(|_| Error::Corrupt)?;
                        if json_len == 0 || json_len > MAX_RECORD_JSON_LEN {
                            return Err(Error::Corrupt);
                        }
                        Ok(RECORD_ITEM_PREFIX_LEN + json_len)
                    }
                },
                Some(_) => Err(Error::Corrupt),
                None => Ok(1),
            },
        }
    }

    /// Interprets one complete item.
    fn consume<P: Plaintext>(
        &mut self,
        item: &[u8],
        records: &mut Vec<(RecordId, P)>,
    ) -> Result<()> {
        let mut reader = Reader(item);
        match self.stage {
            Stage::Preamble => {
                let created_at_ms = u64::from_be_bytes(reader.array()?);
                if created_at_ms > MAX_TIMESTAMP_MS {
                    return Err(Error::Corrupt);
                }
                self.created_at_ms = created_at_ms;
                self.stage = Stage::Items;
            }
            Stage::Items => {
                let [tag] = reader.array()?;
                if tag == ITEM_END {
                    let count = u64::from_be_bytes(reader.array()?);
                    if count != self.record_count {
                        return Err(Error::Corrupt);
                    }
                    self.stage = Stage::Done;
                } else {
                    let id = RecordId::from_bytes(reader.array()?);
                    let _len: [u8; 4] = reader.array()?;
                    let record = P::from_plaintext(reader.0)?;
                    self.record_count = self.record_count.checked_add(1).ok_or(Error::Corrupt)?;
                    records.push((id, record));
                }
            }
            Stage::Done => return Err(Error::Corrupt),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    /// Bytes as they are, except a marker a newer build would have written.
    #[derive(Debug, PartialEq, Eq)]
    struct Json(Vec<u8>);

    impl Plaintext for Json {
        fn to_plaintext(&self) -> Result<Zeroizing<Vec<u8>>> {
            Ok(Zeroizing::new(self.0.clone()))
        }

        fn from_plaintext(bytes: &[u8]) -> Result<Self> {
            if bytes.starts_with(br#"{"kind":"futureKind""#) {
                return Err(Error::UnsupportedVersion);
            }
            Ok(Self(bytes.to_vec()))
        }
    }

    fn sample_header() -> BackupHeader {
        BackupHeader {
            params: KdfParams::DEFAULT,
            salt: [2; SALT_LEN],
            nonce: [3; NONCE_LEN],
            wrapped_key: [4; WRAPPED_KEY_LEN],
        }
    }

    fn entry(text: &str) -> Json {
        Json(
            format!(r#"{{"kind":"journal","text":"{text}","createdAt":5,"updatedAt":6}}"#)
                .into_bytes(),
        )
    }

    #[test]
    fn header_layout_is_as_documented() {
        assert_eq!(BACKUP_AD_LEN, 59);
        assert_eq!(BACKUP_HEADER_LEN, 139);
        assert_eq!(CHUNK_SEALED_LEN, 65_552);
        let bytes = sample_header().to_bytes();
        assert_eq!(&bytes[..6], b"KSBK\x00\x01");
        assert_eq!(bytes[6], 1);
        assert_eq!(&bytes[7..11], &65536u32.to_be_bytes());
        assert_eq!(&bytes[11..15], &3u32.to_be_bytes());
        assert_eq!(&bytes[15..19], &1u32.to_be_bytes());
        assert_eq!(&bytes[19..35], &[2; 16]);
        assert_eq!(&bytes[35..59], &[3; 24]);
        assert_eq!(&bytes[59..107], &[4; 48]);
        assert_eq!(&bytes[107..], &crate::crypto::checksum(&bytes[..107]));
        assert_eq!(BackupHeader::parse(&bytes).unwrap(), sample_header());
    }

    #[test]
    fn header_checks_run_in_order() {
        let good = sample_header().to_bytes();
        assert_eq!(BackupHeader::parse(&[]), Err(Error::NotABackup));
        assert_eq!(BackupHeader::parse(b"KS"), Err(Error::Truncated));
        assert_eq!(BackupHeader::parse(b"KX"), Err(Error::NotABackup));
        assert_eq!(BackupHeader::parse(b"KSVH\x00\x01"), Err(Error::NotABackup));
        let mut bad = good.clone();
        bad[5] = 2;
        bad.truncate(10);
        assert_eq!(BackupHeader::parse(&bad), Err(Error::UnsupportedVersion));
        assert_eq!(BackupHeader::parse(&good[..138]), Err(Error::Truncated));
        let mut bad = good.clone();
        bad[30] ^= 1;
        assert_eq!(BackupHeader::parse(&bad), Err(Error::Corrupt));
        // An unknown KDF with a valid checksum.
        let mut body = good[..107].to_vec();
        body[6] = 2;
        let checksum = crate::crypto::checksum(&body);
        body.extend_from_slice(&checksum);
        assert_eq!(BackupHeader::parse(&body), Err(Error::UnsupportedVersion));
    }

    #[test]
    fn nonce_layout() {
        let nonce = chunk_nonce(0x0102_0304_0506_0708, true);
        assert_eq!(&nonce[..9], &[1, 2, 3, 4, 5, 6, 7, 8, 1]);
        assert_eq!(&nonce[9..], &[0; 15]);
        assert_eq!(chunk_nonce(0, false), [0; 24]);
    }

    fn payload(records: &[(RecordId, Json)], count: u64) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(42u64.to_be_bytes().to_vec());
        for (id, record) in records {
            frame_record(&mut out, id, &record.0).unwrap();
        }
        frame_end(&mut out, count);
        out
    }

    #[test]
    fn parser_reads_items_split_anywhere() {
        let records: Vec<_> = (0..5u8)
            .map(|i| {
                (
                    RecordId::from_bytes([i; 16]),
                    entry(&"x".repeat(usize::from(i) * 7)),
                )
            })
            .collect();
        let bytes = payload(&records, 5);
        for split in 1..bytes.len() {
            let mut parser = PayloadParser::new();
            let mut got = parser.feed::<Json>(&bytes[..split], false).unwrap();
            let mut last = bytes[split..].to_vec();
            last.extend_from_slice(&[0; 3]);
            got.extend(parser.feed::<Json>(&last, true).unwrap());
            assert_eq!(got, records, "split at {split}");
            assert_eq!(parser.created_at_ms(), 42);
            assert_eq!(parser.record_count(), 5);
        }
    }

    #[test]
    fn parser_refuses_bad_framing() {
        let one = [(RecordId::from_bytes([1; 16]), entry("hi"))];
        let good = payload(&one, 1);
        assert!(PayloadParser::new().feed::<Json>(&good, true).is_ok());
        // Wrong count, non-zero padding, end in a non-final chunk, no end in the final.
        assert_eq!(
            PayloadParser::new().feed::<Json>(&payload(&one, 2), true),
            Err(Error::Corrupt)
        );
        let mut padded = good.to_vec();
        padded.extend_from_slice(&[0, 0, 1]);
        assert_eq!(
            PayloadParser::new().feed::<Json>(&padded, true),
            Err(Error::Corrupt)
        );
        assert_eq!(
            PayloadParser::new().feed::<Json>(&good, false),
            Err(Error::Corrupt)
        );
        assert_eq!(
            PayloadParser::new().feed::<Json>(&good[..good.len() - 1], true),
            Err(Error::Corrupt)
        );
        // Unknown tag, zero and oversized lengths, a timestamp out of range.
        let mut bad = good.to_vec();
        bad[8] = 7;
        assert_eq!(
            PayloadParser::new().feed::<Json>(&bad, true),
            Err(Error::Corrupt)
        );
        for len in [0u32, u32::try_from(MAX_RECORD_JSON_LEN).unwrap() + 1] {
            let mut bad = good.to_vec();
            bad[25..29].copy_from_slice(&len.to_be_bytes());
            assert_eq!(
                PayloadParser::new().feed::<Json>(&bad, true),
                Err(Error::Corrupt)
            );
        }
        let mut bad = good.to_vec();
        bad[..8].copy_from_slice(&u64::MAX.to_be_bytes());
        assert_eq!(
            PayloadParser::new().feed::<Json>(&bad, true),
            Err(Error::Corrupt)
        );
        // A record the plaintext type calls newer: its error, unchanged.
        let mut newer = Zeroizing::new(1u64.to_be_bytes().to_vec());
        frame_record(&mut newer, &one[0].0, br#"{"kind":"futureKind"}"#).unwrap();
        frame_end(&mut newer, 1);
        assert_eq!(
            PayloadParser::new().feed::<Json>(&newer, true),
            Err(Error::UnsupportedVersion)
        );
    }
}
