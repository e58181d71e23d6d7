//! Prints a frozen vault-format vector as JSON on stdout.
//!
//! Run ONCE per format version and commit the output under `tests/vectors/`; the
//! `frozen` test only reads it. Never regenerate an existing file: it is the proof
//! that data written by an old build still opens.
//!
//! `cargo run -p kintsugi-model --example make_frozen_vectors > crates/model/tests/vectors/frozen-v1.json`

use kintsugi_model::RecordVault;
use kintsugi_model::{JournalEntry, KdfParams, Record, RecordId, Vault};

fn main() -> Result<(), kintsugi_model::Error> {
    let passphrase = "kintsugi: gold in the cracks \u{e9}t\u{e9}";
    let params = KdfParams {
        memory_kib: KdfParams::MIN_MEMORY_KIB,
        iterations: 1,
        parallelism: 1,
    };
    let vault = Vault::create_with_params(passphrase, params)?;
    let record_id = RecordId::from_bytes(*b"frozen-record-01");
    let record = Record::Journal(JournalEntry {
        text: "He said sorry again. Writing it down so I remember the pattern. \u{1f331}"
            .to_owned(),
        created_at: 1_764_100_000_000,
        updated_at: 1_764_100_123_456,
        ..JournalEntry::default()
    });
    let blob = vault.seal_record(&record_id, &record)?;
    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let json = format!(
        concat!(
            "{{\n",
            "  \"formatVersion\": 1,\n",
            "  \"passphrase\": {passphrase},\n",
            "  \"vaultId\": \"{vault_id}\",\n",
            "  \"header\": \"{header}\",\n",
            "  \"recordId\": \"{record_id}\",\n",
            "  \"record\": \"{record}\",\n",
            "  \"recordJson\": {record_json}\n",
            "}}"
        ),
        passphrase = serde_json_string(passphrase),
        vault_id = vault.vault_id().to_hex(),
        header = hex(&vault.header_bytes()?),
        record_id = record_id.to_hex(),
        record = hex(&blob),
        record_json = serde_json_string(&record.to_json()),
    );
    println!("{json}");
    Ok(())
}

/// A JSON string literal, escaping only what JSON requires (the inputs are known).
fn serde_json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
