//! Backup reading with a fixed key-encryption key (no Argon2). The first byte picks a
//! mode:
//! - 0: the rest is a whole file, read in pieces: any bytes give records or an error,
//!   never a panic, and the reader's memory stays bounded;
//! - 1: the rest is plaintext payload for the framing parser (no crypto), in pieces
//!   of the size given by the next byte;
//! - otherwise: the rest becomes records; a backup of them must read back equal, and
//!   with one byte changed (position from the input) must give an error.
#![no_main]

use kintsugi_vault::fuzzing::{parse_backup_payload, read_backup_with_fixed_kek, write_backup_with_fixed_kek};
use kintsugi_model::{JournalEntry, Record, RecordId};
use libfuzzer_sys::fuzz_target;

const KEK: [u8; 32] = [9; 32];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode {
        0 => {
            let (splits, file) = rest.split_at(rest.len().min(4));
            let _ = read_backup_with_fixed_kek::<Record>(KEK, file, splits);
        }
        1 => {
            let Some((&piece, payload)) = rest.split_first() else {
                return;
            };
            let _ = parse_backup_payload(payload, usize::from(piece));
        }
        _ => {
            let records: Vec<(RecordId, Record)> = rest
                .split(|&b| b == b'\n')
                .enumerate()
                .map(|(i, text)| {
                    let mut id = [0u8; 16];
                    id[..8].copy_from_slice(&(i as u64).to_be_bytes());
                    let record = Record::Journal(JournalEntry {
                        text: String::from_utf8_lossy(text).repeat(usize::from(mode)),
                        created_at: i as u64,
                        updated_at: u64::from(mode),
                        ..JournalEntry::default()
                    });
                    (RecordId::from_bytes(id), record)
                })
                .collect();
            let file = write_backup_with_fixed_kek(KEK, 1, &records).expect("valid records");
            let (read, summary) =
                read_backup_with_fixed_kek::<Record>(KEK, &file, &[mode]).expect("a fresh backup reads");
            assert_eq!(read, records);
            assert_eq!(summary.record_count, records.len() as u64);
            let mut damaged = file.clone();
            let at = (usize::from(mode) * 7919 + rest.len()) % damaged.len();
            damaged[at] ^= 0x01;
            assert!(read_backup_with_fixed_kek::<Record>(KEK, &damaged, &[mode]).is_err());
        }
    }
});
