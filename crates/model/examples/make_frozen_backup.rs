//! Writes a frozen backup-format vector: a backup file and a JSON file saying what it
//! holds.
//!
//! Run ONCE per backup format version and commit both files under `tests/vectors/`;
//! the `backup_frozen` test only reads them. Never regenerate an existing file: it is
//! the proof that a backup made by an old build still opens.
//!
//! `cargo run -p kintsugi-model --example make_frozen_backup -- crates/model/tests/vectors`

use std::path::PathBuf;

use kintsugi_model::{JournalEntry, KdfParams, Record, RecordId, write_backup};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: make_frozen_backup DIR")?,
    );
    let passphrase = "kintsugi backup: gold in the cracks \u{e9}t\u{e9}";
    let params = KdfParams {
        memory_kib: KdfParams::MIN_MEMORY_KIB,
        iterations: 1,
        parallelism: 1,
    };
    let entry = |text: String, at: u64| {
        Record::Journal(JournalEntry {
            text,
            created_at: at,
            updated_at: at + 1000,
            ..JournalEntry::default()
        })
    };
    // Three records; the second is larger than a chunk, so the file has two chunks and
    // a record that spans them.
    let records = vec![
        (
            RecordId::from_bytes(*b"frozen-backup-01"),
            entry(
                "He apologised again. Writing it down so I remember. \u{1f331}".to_owned(),
                1_764_100_000_000,
            ),
        ),
        (
            RecordId::from_bytes(*b"frozen-backup-02"),
            entry(
                "A long day, written out in full. ".repeat(2100),
                1_764_200_000_000,
            ),
        ),
        (
            RecordId::from_bytes(*b"frozen-backup-03"),
            entry(
                "Called my sister. She listened.".to_owned(),
                1_764_300_000_000,
            ),
        ),
    ];
    let created_at_ms = 1_764_400_000_000;
    let file = write_backup(passphrase, params, created_at_ms, &records)?;
    std::fs::write(dir.join("frozen-backup-v1.kbak"), &file)?;

    let mut json = String::from("{\n  \"formatVersion\": 1,\n");
    json.push_str(&format!("  \"passphrase\": \"{passphrase}\",\n"));
    json.push_str(&format!("  \"createdAtMs\": {created_at_ms},\n"));
    json.push_str("  \"records\": [\n");
    for (i, (id, record)) in records.iter().enumerate() {
        let comma = if i + 1 == records.len() { "" } else { "," };
        // The record JSON holds no characters JSON needs escaped inside a string except
        // quotes, which it escapes itself; embed it as an object.
        json.push_str(&format!(
            "    {{ \"id\": \"{id}\", \"record\": {} }}{comma}\n",
            record.to_json()
        ));
    }
    json.push_str("  ]\n}\n");
    std::fs::write(dir.join("frozen-backup-v1.json"), json)?;
    Ok(())
}
