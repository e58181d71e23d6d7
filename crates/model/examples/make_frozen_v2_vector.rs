//! Prints the frozen version-2 header vector as JSON on stdout: a header with both slots in
//! use (a passphrase and a second one), a record of each vault, and a failed-attempt log.
//!
//! Run ONCE and commit the output; the `frozen` test only reads it. Never regenerate it.
//!
//! `cargo run -p kintsugi-model --example make_frozen_v2_vector > crates/model/tests/vectors/frozen-header-v2.json`

use kintsugi_model::RecordVault;
use kintsugi_model::{
    JournalEntry, KdfParams, Record, RecordId, Vault, append_failed_attempt, seal_failed_attempt,
};

fn main() -> Result<(), kintsugi_model::Error> {
    let passphrase = "kintsugi: gold in the cracks \u{e9}t\u{e9}";
    let second = "a quiet walk by the river";
    let params = KdfParams {
        memory_kib: KdfParams::MIN_MEMORY_KIB,
        iterations: 1,
        parallelism: 1,
    };
    let (vault, decoy) =
        Vault::create_with_params(passphrase, params)?.with_second_passphrase(second, params)?;
    let header = vault.header_bytes()?;
    let entry = |text: &str| {
        Record::Journal(JournalEntry {
            text: text.to_owned(),
            created_at: 1_764_700_000_000,
            updated_at: 1_764_700_000_000,
            ..JournalEntry::default()
        })
    };
    let record_id = RecordId::from_bytes(*b"frozen-record-v2");
    let record = entry("The second time this week. I wrote down what he said.");
    let decoy_record = entry("Groceries: rice, lemons, tea.");
    let blob = vault.seal_record(&record_id, &record)?;
    let decoy_blob = decoy.seal_record(&record_id, &decoy_record)?;
    let mut log = Vec::new();
    for at in [1_764_700_100_000_u64, 1_764_700_160_000] {
        log = append_failed_attempt(&log, &seal_failed_attempt(&header, at)?)?;
    }
    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    println!(
        "{}",
        serde_json_pretty(&[
            ("headerVersion", "2".to_owned()),
            ("passphrase", quoted(passphrase)),
            ("secondPassphrase", quoted(second)),
            ("vaultId", quoted(&vault.vault_id().to_hex())),
            ("secondVaultId", quoted(&decoy.vault_id().to_hex())),
            ("header", quoted(&hex(&header))),
            ("recordId", quoted(&record_id.to_hex())),
            ("record", quoted(&hex(&blob))),
            ("recordJson", quoted(&record.to_json())),
            ("secondRecord", quoted(&hex(&decoy_blob))),
            ("secondRecordJson", quoted(&decoy_record.to_json())),
            ("failedAttempts", quoted(&hex(&log))),
            (
                "failedAttemptTimes",
                "[1764700100000, 1764700160000]".to_owned()
            ),
        ])
    );
    Ok(())
}

/// A JSON string literal.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("a string always serialises")
}

/// An object of already-encoded JSON values, one field a line.
fn serde_json_pretty(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("  \"{name}\": {value}"))
        .collect();
    format!("{{\n{}\n}}", body.join(",\n"))
}
