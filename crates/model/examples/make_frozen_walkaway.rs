//! Prints a frozen vector of a kept "When to walk away" check in its first answer shape
//! (`{"kind":"walkAwayCheck","yes":[...],"takenAt":...}` with the first fourteen question ids,
//! no `version` field), sealed in a vault, as JSON on stdout.
//!
//! Run ONCE and commit the output under `tests/vectors/`; the `frozen` test only reads it.
//! Never regenerate the file: it is the proof that checks people kept with the first question
//! set still open.
//!
//! `cargo run -p kintsugi-model --example make_frozen_walkaway > crates/model/tests/vectors/frozen-walkaway-v1.json`

use kintsugi_model::RecordVault;
use kintsugi_model::{KdfParams, Record, RecordId, Vault};

fn main() -> Result<(), kintsugi_model::Error> {
    let passphrase = "kintsugi: gold in the cracks \u{e9}t\u{e9}";
    let params = KdfParams {
        memory_kib: KdfParams::MIN_MEMORY_KIB,
        iterations: 1,
        parallelism: 1,
    };
    let vault = Vault::create_with_params(passphrase, params)?;
    let record_id = RecordId::from_bytes(*b"frozen-walkaway1");
    let record = Record::from_json(
        r#"{"kind":"walkAwayCheck","yes":["hurt","control","twisting","blamesMe"],"takenAt":1764100000000}"#,
    )?;
    let blob = vault.seal_record(&record_id, &record)?;
    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let json = format!(
        concat!(
            "{{\n",
            "  \"formatVersion\": 1,\n",
            "  \"passphrase\": \"{passphrase}\",\n",
            "  \"vaultId\": \"{vault_id}\",\n",
            "  \"header\": \"{header}\",\n",
            "  \"recordId\": \"{record_id}\",\n",
            "  \"record\": \"{record}\",\n",
            "  \"recordJson\": {record_json}\n",
            "}}"
        ),
        passphrase = passphrase,
        vault_id = vault.vault_id().to_hex(),
        header = hex(&vault.header_bytes()?),
        record_id = record_id.to_hex(),
        record = hex(&blob),
        record_json = serde_json::to_string(&record.to_json())
            .map_err(|_| kintsugi_model::Error::InvalidRecord)?,
    );
    println!("{json}");
    Ok(())
}
