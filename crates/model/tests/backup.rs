//! Backup files: round trips, the streaming bounds, and the right error for every kind
//! of damage (docs/backup-format.md, "Checks, in order").

// Test helpers outside `#[test]` functions: a panic is the failure report.
#![allow(clippy::unwrap_used)]

mod common;

use common::{CHEAP, PASSPHRASE, journal};
use kintsugi_model::RecordBackupWriter;
use kintsugi_model::{
    BACKUP_CHUNK_LEN, BACKUP_HEADER_BYTES, BackupReader, BackupWriter, Error, JournalEntry,
    KdfParams, Record, RecordId, inspect_backup, read_backup, write_backup,
};
use serde::Deserialize;

const CREATED: u64 = 1_764_400_000_000;

fn records(count: usize, text_len: usize) -> Vec<(RecordId, Record)> {
    (0..count)
        .map(|i| {
            let mut id = [0u8; 16];
            id[..8].copy_from_slice(&(i as u64).to_be_bytes());
            let text: String = format!("entry {i} ")
                .chars()
                .cycle()
                .take(text_len)
                .collect();
            (RecordId::from_bytes(id), journal(&text))
        })
        .collect()
}

fn write(records: &[(RecordId, Record)]) -> Vec<u8> {
    write_backup(PASSPHRASE, CHEAP, CREATED, records).unwrap()
}

fn chunk_count(file: &[u8]) -> usize {
    assert_eq!((file.len() - BACKUP_HEADER_BYTES) % BACKUP_CHUNK_LEN, 0);
    (file.len() - BACKUP_HEADER_BYTES) / BACKUP_CHUNK_LEN
}

fn chunk(file: &[u8], index: usize) -> &[u8] {
    let start = BACKUP_HEADER_BYTES + index * BACKUP_CHUNK_LEN;
    &file[start..start + BACKUP_CHUNK_LEN]
}

/// The file with its chunks in the given order.
fn with_chunks(file: &[u8], order: &[usize]) -> Vec<u8> {
    let mut out = file[..BACKUP_HEADER_BYTES].to_vec();
    for &i in order {
        out.extend_from_slice(chunk(file, i));
    }
    out
}

fn read_err(file: &[u8]) -> Error {
    read_backup(file, PASSPHRASE).unwrap_err()
}

#[test]
fn round_trips_of_every_shape() {
    let big_text = "a long entry that fills pages. ".repeat(2300); // ~70 KB, more than a chunk
    let mut spanning = records(40, 3000); // ~120 KB: records cross chunk boundaries
    spanning.push((RecordId::from_bytes([0xee; 16]), journal(&big_text)));
    let cases: Vec<Vec<(RecordId, Record)>> = vec![
        Vec::new(),
        records(1, 20),
        records(200, 300),
        spanning,
        vec![(RecordId::from_bytes([1; 16]), journal(&big_text))],
    ];
    for case in cases {
        let file = write(&case);
        let backup = read_backup(&file, PASSPHRASE).unwrap();
        assert_eq!(backup.records, case);
        assert_eq!(backup.created_at_ms, CREATED);
        // The file is the header plus whole chunks, at least one.
        assert!(chunk_count(&file) >= 1);
    }
}

#[test]
fn a_record_exactly_filling_the_last_chunk_round_trips() {
    // Search record sizes near the chunk size so the end item lands on every offset
    // around a chunk boundary.
    for text_len in (65_400..65_560).step_by(7) {
        let case = records(1, text_len);
        let file = write(&case);
        assert_eq!(read_backup(&file, PASSPHRASE).unwrap().records, case);
    }
}

#[test]
fn streaming_in_small_pieces_gives_the_same_records() {
    let case = records(30, 5000);
    let mut writer = BackupWriter::with_params(PASSPHRASE, CHEAP, CREATED).unwrap();
    let mut file = Vec::new();
    for (id, record) in &case {
        file.extend(writer.push_json(id, &record.to_json()).unwrap());
    }
    assert_eq!(writer.record_count(), 30);
    file.extend(writer.finish().unwrap());

    for piece in [1usize, 13, 4096, BACKUP_CHUNK_LEN, BACKUP_CHUNK_LEN + 1] {
        let mut reader = BackupReader::new(PASSPHRASE);
        let mut got = Vec::new();
        for bytes in file.chunks(piece) {
            got.extend(reader.push(bytes).unwrap());
        }
        let summary = reader.finish().unwrap();
        assert_eq!(got, case, "piece {piece}");
        assert_eq!(summary.record_count, 30);
        assert_eq!(summary.created_at_ms, CREATED);
    }
}

#[test]
fn drafts_are_left_out_of_backup_files() {
    let draft =
        r#"{"kind":"draft","editor":"journal","form":{"text":"DRAFT-MARKER"},"updatedAt":1}"#;
    let draft_id = RecordId::from_bytes([9; 16]);
    let case = records(2, 10);

    let mut writer = BackupWriter::with_params(PASSPHRASE, CHEAP, CREATED).unwrap();
    let mut file = Vec::new();
    file.extend(writer.push_json(&case[0].0, &case[0].1.to_json()).unwrap());
    assert!(writer.push_json(&draft_id, draft).unwrap().is_empty());
    file.extend(writer.push_json(&case[1].0, &case[1].1.to_json()).unwrap());
    assert_eq!(writer.record_count(), 2, "the draft is not counted");
    file.extend(writer.finish().unwrap());
    assert_eq!(read_backup(&file, PASSPHRASE).unwrap().records, case);

    let mut with_draft = case.clone();
    with_draft.insert(1, (draft_id, Record::from_json(draft).unwrap()));
    let whole = write(&with_draft);
    assert_eq!(read_backup(&whole, PASSPHRASE).unwrap().records, case);
}

#[test]
fn records_come_out_only_when_their_chunk_has_authenticated() {
    let case = records(30, 3000); // two chunks
    let file = write(&case);
    assert_eq!(chunk_count(&file), 2);
    let mut reader = BackupReader::new(PASSPHRASE);
    let mut released_at = Vec::new();
    let mut total = 0;
    for (offset, byte) in file.iter().enumerate() {
        let got = reader.push(&[*byte]).unwrap();
        if !got.is_empty() {
            released_at.push(offset + 1);
            total += got.len();
        }
    }
    reader.finish().unwrap();
    assert_eq!(total, 30);
    // Only at the last byte of each chunk, never in between.
    let chunk_ends: Vec<usize> = (1..=2)
        .map(|k| BACKUP_HEADER_BYTES + k * BACKUP_CHUNK_LEN)
        .collect();
    assert_eq!(released_at, chunk_ends);

    // A damaged second chunk: what the first chunk held came out, nothing more.
    let mut damaged = file.clone();
    damaged[BACKUP_HEADER_BYTES + BACKUP_CHUNK_LEN + 5] ^= 1;
    let mut reader = BackupReader::new(PASSPHRASE);
    let first = reader
        .push(&damaged[..BACKUP_HEADER_BYTES + BACKUP_CHUNK_LEN])
        .unwrap();
    assert!(!first.is_empty() && first.len() < 30);
    assert_eq!(
        reader
            .push(&damaged[BACKUP_HEADER_BYTES + BACKUP_CHUNK_LEN..])
            .unwrap_err(),
        Error::Corrupt
    );
}

#[test]
fn ten_thousand_entries_stream_with_bounded_memory() {
    let mut writer = BackupWriter::with_params(PASSPHRASE, CHEAP, CREATED).unwrap();
    let mut file = Vec::new();
    let mut writer_peak = 0;
    for (id, record) in records(10_000, 600) {
        file.extend(writer.push(&id, &record).unwrap());
        writer_peak = writer_peak.max(writer.buffered_bytes());
    }
    file.extend(writer.finish().unwrap());
    assert!(
        writer_peak <= 2 * BACKUP_CHUNK_LEN,
        "writer held {writer_peak}"
    );
    assert!(chunk_count(&file) > 90, "the file spans many chunks");

    let mut reader = BackupReader::new(PASSPHRASE);
    let mut reader_peak = 0;
    let mut count = 0;
    for bytes in file.chunks(10_000) {
        count += reader.push(bytes).unwrap().len();
        reader_peak = reader_peak.max(reader.buffered_bytes());
    }
    assert_eq!(count, 10_000);
    assert_eq!(reader.finish().unwrap().record_count, 10_000);
    assert!(
        reader_peak <= 2 * BACKUP_CHUNK_LEN,
        "reader held {reader_peak}"
    );
}

#[test]
fn truncation_anywhere_is_truncated() {
    let file = write(&records(50, 3000)); // three chunks
    let chunks = chunk_count(&file);
    assert_eq!(chunks, 3);
    // At every chunk boundary, including right after the header.
    for kept in 0..chunks {
        let end = BACKUP_HEADER_BYTES + kept * BACKUP_CHUNK_LEN;
        assert_eq!(
            read_err(&file[..end]),
            Error::Truncated,
            "{kept} chunks kept"
        );
    }
    // Mid-chunk and mid-header.
    for end in [
        1,
        5,
        100,
        BACKUP_HEADER_BYTES - 1,
        BACKUP_HEADER_BYTES + 1,
        BACKUP_HEADER_BYTES + BACKUP_CHUNK_LEN / 2,
        file.len() - 1,
    ] {
        assert_eq!(read_err(&file[..end]), Error::Truncated, "cut at {end}");
    }
    assert_eq!(read_err(&[]), Error::NotABackup);
}

#[test]
fn moved_dropped_and_added_chunks_are_detected() {
    let file = write(&records(50, 3000));
    assert_eq!(chunk_count(&file), 3);
    assert_eq!(read_err(&with_chunks(&file, &[1, 0, 2])), Error::Corrupt);
    assert_eq!(read_err(&with_chunks(&file, &[0, 2, 1])), Error::Corrupt);
    assert_eq!(read_err(&with_chunks(&file, &[0, 2])), Error::Corrupt);
    // The last chunk dropped: what remains is a valid prefix that ends early.
    assert_eq!(read_err(&with_chunks(&file, &[0, 1])), Error::Truncated);
    // A chunk appended, or repeated.
    assert_eq!(read_err(&with_chunks(&file, &[0, 1, 2, 2])), Error::Corrupt);
    assert_eq!(read_err(&with_chunks(&file, &[0, 0, 1, 2])), Error::Corrupt);
    // Trailing bytes, one or many.
    for extra in [&[0u8][..], b"\n", &[0; 100]] {
        let mut longer = file.clone();
        longer.extend_from_slice(extra);
        assert_eq!(read_err(&longer), Error::Corrupt);
    }
    // A chunk from another backup with the same passphrase (another file key).
    let other = write(&records(50, 3000));
    let mut mixed = with_chunks(&file, &[0]);
    mixed.extend_from_slice(chunk(&other, 1));
    mixed.extend_from_slice(chunk(&file, 2));
    assert_eq!(read_err(&mixed), Error::Corrupt);
    // A flipped bit in a chunk.
    let mut flipped = file.clone();
    let at = BACKUP_HEADER_BYTES + BACKUP_CHUNK_LEN + 77;
    flipped[at] ^= 0x10;
    assert_eq!(read_err(&flipped), Error::Corrupt);
}

#[test]
fn every_header_bit_flipped_gives_the_right_error() {
    let file = write(&records(2, 50));
    for byte in 0..BACKUP_HEADER_BYTES {
        for bit in 0..8 {
            let mut bad = file.clone();
            bad[byte] ^= 1 << bit;
            let expected = match byte {
                0..=3 => Error::NotABackup,
                4 | 5 => Error::UnsupportedVersion,
                _ => Error::Corrupt,
            };
            // Header checks come before Argon2, so this loop is fast.
            assert_eq!(read_err(&bad), expected, "byte {byte} bit {bit}");
        }
    }
}

#[test]
fn wrong_passphrase_and_the_vault_passphrase_rules() {
    let case = records(3, 40);
    let file = write(&case);
    assert_eq!(
        read_backup(&file, "gold fills the crack").unwrap_err(),
        Error::WrongPassphrase
    );
    assert_eq!(
        BackupWriter::with_params("short", CHEAP, CREATED).unwrap_err(),
        Error::WeakPassphrase
    );
    // NFC: a backup made with a composed "é" opens with the decomposed form.
    #[cfg(feature = "nfc")]
    {
        let file = write_backup("caf\u{e9} au lait", CHEAP, CREATED, &case).unwrap();
        assert_eq!(
            read_backup(&file, "cafe\u{301} au lait").unwrap().records,
            case
        );
    }
    // After an error the reader keeps returning it.
    let mut reader = BackupReader::new("not the passphrase");
    assert_eq!(reader.push(&file).unwrap_err(), Error::WrongPassphrase);
    assert_eq!(reader.push(b"more").unwrap_err(), Error::WrongPassphrase);
    assert_eq!(reader.finish().unwrap_err(), Error::WrongPassphrase);
}

/// Rewrites the KDF parameters of a header and fixes its checksum, as a hostile file would.
fn with_params(file: &[u8], memory_kib: u32, iterations: u32, parallelism: u32) -> Vec<u8> {
    use blake2::{Blake2b256, Digest};
    let mut bad = file.to_vec();
    bad[7..11].copy_from_slice(&memory_kib.to_be_bytes());
    bad[11..15].copy_from_slice(&iterations.to_be_bytes());
    bad[15..19].copy_from_slice(&parallelism.to_be_bytes());
    let checksum = Blake2b256::digest(&bad[..107]);
    bad[107..139].copy_from_slice(&checksum);
    bad
}

#[test]
fn params_over_the_caps_are_refused_before_argon2() {
    let file = write(&records(1, 10));
    let started = std::time::Instant::now();
    // 4 GiB and 2^32-1 passes: running Argon2 on these would take minutes or fail to
    // allocate; the refusal is immediate.
    for (m, t, p) in [
        (u32::MAX, 1, 1),
        (8192, u32::MAX, 1),
        (8192, 1, 1000),
        (1, 1, 1),
        // Each value within the old caps, together 34 s and 1 GiB natively.
        (1024 * 1024, 20, 8),
        (256 * 1024, 4, 1),
    ] {
        let bad = with_params(&file, m, t, p);
        assert_eq!(read_err(&bad), Error::InvalidParameters, "{m} {t} {p}");
        let info = inspect_backup(&bad).unwrap();
        assert!(!info.params_acceptable);
    }
    assert!(started.elapsed().as_secs() < 5);
    // Within the caps but not what the file was made with: the key does not unwrap.
    assert_eq!(
        read_err(&with_params(&file, 8193, 1, 1)),
        Error::WrongPassphrase
    );
}

#[test]
fn inspect_reports_header_facts_only() {
    let file = write(&records(1, 10));
    let info = inspect_backup(&file[..BACKUP_HEADER_BYTES]).unwrap();
    assert_eq!(info.format_version, 1);
    assert_eq!(info.kdf_params, CHEAP);
    assert!(info.params_acceptable);
    assert_eq!(
        inspect_backup(b"KSVH\x00\x01").unwrap_err(),
        Error::NotABackup
    );
    assert_eq!(inspect_backup(&file[..50]).unwrap_err(), Error::Truncated);
}

#[test]
fn invalid_input_to_the_writer_is_refused_and_adds_nothing() {
    let mut writer = BackupWriter::with_params(PASSPHRASE, CHEAP, CREATED).unwrap();
    let id = RecordId::from_bytes([3; 16]);
    assert_eq!(
        writer.push_json(&id, "{}").unwrap_err(),
        Error::InvalidRecord
    );
    let too_late = Record::Journal(JournalEntry {
        text: "x".to_owned(),
        created_at: u64::MAX,
        updated_at: 1,
        ..JournalEntry::default()
    });
    assert_eq!(
        writer.push(&id, &too_late).unwrap_err(),
        Error::InvalidRecord
    );
    assert_eq!(writer.record_count(), 0);
    let mut file = writer.push(&id, &journal("kept")).unwrap();
    file.extend(writer.finish().unwrap());
    assert_eq!(
        read_backup(&file, PASSPHRASE).unwrap().records,
        vec![(id, journal("kept"))]
    );
    assert_eq!(
        BackupWriter::with_params(PASSPHRASE, CHEAP, u64::MAX).unwrap_err(),
        Error::InvalidRecord
    );
    let too_cheap = KdfParams {
        memory_kib: 1024,
        ..CHEAP
    };
    assert_eq!(
        BackupWriter::with_params(PASSPHRASE, too_cheap, CREATED).unwrap_err(),
        Error::InvalidParameters
    );
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Frozen {
    format_version: u16,
    passphrase: String,
    created_at_ms: u64,
    records: Vec<FrozenRecord>,
}

#[derive(Deserialize)]
struct FrozenRecord {
    id: String,
    record: serde_json::Value,
}

#[test]
fn frozen_v1_backup_still_opens() {
    let frozen: Frozen =
        serde_json::from_str(include_str!("vectors/frozen-backup-v1.json")).unwrap();
    assert_eq!(frozen.format_version, 1);
    let file = include_bytes!("vectors/frozen-backup-v1.kbak");
    assert_eq!(chunk_count(file), 2);
    let backup = read_backup(file, &frozen.passphrase).unwrap();
    assert_eq!(backup.created_at_ms, frozen.created_at_ms);
    assert_eq!(backup.records.len(), frozen.records.len());
    for ((id, record), expected) in backup.records.iter().zip(&frozen.records) {
        assert_eq!(id.to_hex(), expected.id);
        let json: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
        assert_eq!(json, expected.record);
    }
    assert_eq!(read_err(file), Error::WrongPassphrase);
}

/// Opens the frozen backup with the primitives alone, following docs/backup-format.md
/// step by step. If this fails while the test above passes, the document and the code
/// disagree.
#[test]
fn frozen_v1_backup_opens_by_following_the_spec_alone() {
    use argon2::{Algorithm, Argon2, Params, Version};
    use blake2::{Blake2b256, Digest};
    use chacha20poly1305::aead::{Aead, KeyInit, Payload};
    use chacha20poly1305::{XChaCha20Poly1305, XNonce};

    let frozen: Frozen =
        serde_json::from_str(include_str!("vectors/frozen-backup-v1.json")).unwrap();
    let file = include_bytes!("vectors/frozen-backup-v1.kbak");
    let header = &file[..139];
    assert_eq!(&header[..4], b"KSBK");
    assert_eq!(u16::from_be_bytes([header[4], header[5]]), 1);
    assert_eq!(
        Blake2b256::digest(&header[..107]).as_slice(),
        &header[107..139]
    );
    assert_eq!(header[6], 1, "Argon2id v0x13");
    let be32 = |at: usize| u32::from_be_bytes(header[at..at + 4].try_into().unwrap());
    let mut kek = [0u8; 32];
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(be32(7), be32(11), be32(15), Some(32)).unwrap(),
    )
    .hash_password_into(frozen.passphrase.as_bytes(), &header[19..35], &mut kek)
    .unwrap();
    let file_key: [u8; 32] = XChaCha20Poly1305::new(&kek.into())
        .decrypt(
            &XNonce::try_from(&header[35..59]).unwrap(),
            Payload {
                msg: &header[59..107],
                aad: &header[..59],
            },
        )
        .unwrap()
        .try_into()
        .unwrap();
    let header_hash = Blake2b256::digest(header);
    let cipher = XChaCha20Poly1305::new(&file_key.into());
    let mut payload = Vec::new();
    let chunks: Vec<&[u8]> = file[139..].chunks(65_552).collect();
    for (index, sealed) in chunks.iter().enumerate() {
        let mut nonce = [0u8; 24];
        nonce[..8].copy_from_slice(&(index as u64).to_be_bytes());
        nonce[8] = u8::from(index + 1 == chunks.len());
        let plain = cipher
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: sealed,
                    aad: &header_hash,
                },
            )
            .unwrap();
        assert_eq!(plain.len(), 65_536);
        payload.extend(plain);
    }
    assert_eq!(
        u64::from_be_bytes(payload[..8].try_into().unwrap()),
        frozen.created_at_ms
    );
    let mut at = 8;
    for expected in &frozen.records {
        assert_eq!(payload[at], 0x01);
        assert_eq!(hex::encode(&payload[at + 1..at + 17]), expected.id);
        let len = u32::from_be_bytes(payload[at + 17..at + 21].try_into().unwrap()) as usize;
        let json: serde_json::Value =
            serde_json::from_slice(&payload[at + 21..at + 21 + len]).unwrap();
        assert_eq!(json, expected.record);
        at += 21 + len;
    }
    assert_eq!(payload[at], 0x00);
    assert_eq!(
        u64::from_be_bytes(payload[at + 1..at + 9].try_into().unwrap()),
        frozen.records.len() as u64
    );
    assert!(payload[at + 9..].iter().all(|&b| b == 0));
}

mod properties {
    use super::*;
    use kintsugi_model::MAX_TIMESTAMP_MS;
    use proptest::prelude::*;

    fn record() -> impl Strategy<Value = (RecordId, Record)> {
        (
            any::<[u8; 16]>(),
            prop_oneof![".{0,40}", "[a-z ]{60000,70000}"],
            0..=MAX_TIMESTAMP_MS,
        )
            .prop_map(|(id, text, at)| {
                let record = Record::Journal(JournalEntry {
                    text,
                    created_at: at,
                    updated_at: at,
                    ..JournalEntry::default()
                });
                (RecordId::from_bytes(id), record)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Any records, any created-at, read back in pieces of any size.
        #[test]
        fn any_backup_round_trips(
            case in proptest::collection::vec(record(), 0..6),
            created in 0..=MAX_TIMESTAMP_MS,
            piece in 1usize..200_000,
        ) {
            let file = write_backup(PASSPHRASE, CHEAP, created, &case).unwrap();
            let mut reader = BackupReader::new(PASSPHRASE);
            let mut got = Vec::new();
            for bytes in file.chunks(piece) {
                got.extend(reader.push(bytes).unwrap());
            }
            let summary = reader.finish().unwrap();
            prop_assert_eq!(got, case.clone());
            prop_assert_eq!(summary.created_at_ms, created);
            prop_assert_eq!(summary.record_count, case.len() as u64);
        }
    }
}

#[test]
fn a_backup_record_of_a_kind_from_a_newer_app_is_unsupported_not_corrupt() {
    // The vault writes any bytes; the model reads them as records.
    let mut writer = BackupWriter::with_params(PASSPHRASE, CHEAP, CREATED).unwrap();
    let mut file = writer
        .push(
            &RecordId::from_bytes([1; 16]),
            &zeroize::Zeroizing::new(br#"{"kind":"futureKind"}"#.to_vec()),
        )
        .unwrap();
    file.extend(writer.finish().unwrap());
    assert_eq!(
        read_backup(&file, PASSPHRASE).unwrap_err(),
        Error::UnsupportedVersion
    );
    let mut reader = BackupReader::new(PASSPHRASE);
    assert_eq!(reader.push(&file).unwrap_err(), Error::UnsupportedVersion);
}
