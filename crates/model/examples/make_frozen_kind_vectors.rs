//! Writes one frozen sealed record per record kind, under the frozen v1 vault
//! (`tests/vectors/frozen-v1.json`), into `tests/vectors/kinds/<kind>-v1.json`.
//!
//! Each record fills every field its kind has, so a field renamed, dropped or retyped
//! later fails the `frozen_kinds` test. The program writes only the files that do not
//! exist yet: run it once when a kind is added and commit the new file. Never regenerate
//! an existing file: it is the proof that records sealed by an old build still open.
//!
//! The records are the kinds' own examples (`RecordKind::example`, beside each kind).
//!
//! `cargo run -p kintsugi-model --features vectors --example make_frozen_kind_vectors`

use std::path::Path;

use kintsugi_model::{Record, RecordId, RecordVault, Vault, record_examples};
use serde_json::{Value, json};

const VECTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let frozen: Value = serde_json::from_str(&std::fs::read_to_string(format!(
        "{VECTORS}/frozen-v1.json"
    ))?)?;
    let passphrase = frozen["passphrase"]
        .as_str()
        .ok_or("frozen-v1.json: passphrase")?;
    let header = hex::decode(frozen["header"].as_str().ok_or("frozen-v1.json: header")?)?;
    let vault = Vault::unlock(&header, passphrase)?;

    let dir = Path::new(VECTORS).join("kinds");
    std::fs::create_dir_all(&dir)?;
    for (n, (kind, example)) in record_examples().into_iter().enumerate() {
        let path = dir.join(format!("{kind}-v1.json"));
        if path.exists() {
            continue;
        }
        let record = Record::from_json(&example.to_string())?;
        assert_eq!(record.kind(), kind, "the example of {kind} is a {kind}");
        let record_id = RecordId::from_bytes(
            *format!("frozen-kind-{n:04}")
                .as_bytes()
                .first_chunk::<16>()
                .ok_or("id")?,
        );
        let blob = vault.seal_record(&record_id, &record)?;
        let vector = json!({
            "formatVersion": 1,
            "kind": kind,
            "recordId": record_id.to_hex(),
            "record": hex::encode(&blob),
            "recordJson": record.to_json(),
        });
        std::fs::write(
            &path,
            format!("{}\n", serde_json::to_string_pretty(&vector)?),
        )?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
