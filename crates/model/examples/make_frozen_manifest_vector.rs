//! Prints the frozen manifest vector as JSON on stdout: the manifest of the first vault of the
//! frozen version-2 header, listing that vault's frozen record, with failed attempts seen until
//! the first of the two in the vector's log.
//!
//! Run ONCE and commit the output; the `frozen` test only reads it. Never regenerate it.
//!
//! `cargo run -p kintsugi-model --example make_frozen_manifest_vector > crates/model/tests/vectors/frozen-manifest-v1.json`

use kintsugi_model::{Manifest, RecordId, Vault};

fn main() -> Result<(), kintsugi_model::Error> {
    let frozen: serde_json::Value =
        serde_json::from_str(include_str!("../tests/vectors/frozen-header-v2.json"))
            .map_err(|_| kintsugi_model::Error::InvalidInput)?;
    let field = |name: &str| frozen[name].as_str().unwrap_or_default().to_owned();
    let bytes = |name: &str| hex_decode(&field(name));
    let vault = Vault::unlock(&bytes("header"), &field("passphrase"))?;
    let record_id = RecordId::from_hex(&field("recordId"))?;
    let mut manifest = Manifest::new();
    manifest.list(&vault, record_id, &bytes("record"))?;
    manifest.see_attempts_until(1_764_700_100_000);
    let blob = manifest.seal(&vault)?;
    let hex: String = blob.iter().map(|b| format!("{b:02x}")).collect();
    println!(
        "{{\n  \"manifestId\": \"{}\",\n  \"manifest\": \"{hex}\",\n  \"listedRecordId\": \"{}\",\n  \"listedKind\": \"journal\",\n  \"attemptsSeenUntil\": 1764700100000\n}}",
        vault.manifest_id()?.to_hex(),
        record_id.to_hex()
    );
    Ok(())
}

fn hex_decode(text: &str) -> Vec<u8> {
    (0..text.len() / 2)
        .filter_map(|i| u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok())
        .collect()
}
