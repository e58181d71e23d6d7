//! Record opening with a fixed key: arbitrary blobs must give an error, never a panic.
//! The corpus can start from blobs sealed by the same fixed vault, which let the fuzzer
//! explore past the tag check only if it breaks Poly1305 (it should not).
#![no_main]

use kintsugi_model::{RecordId, Vault};
use kintsugi_model::RecordVault;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static VAULT: LazyLock<Vault> =
    LazyLock::new(|| kintsugi_vault::fuzzing::vault_with_fixed_key([7; 16], [9; 32]));

fuzz_target!(|data: &[u8]| {
    let id = RecordId::from_bytes([1; 16]);
    if VAULT.open_record(&id, data).is_ok() {
        // Only possible for a blob this vault sealed; re-sealing must round-trip.
        let record = VAULT.open_record(&id, data).expect("opened a moment ago");
        let blob = VAULT
            .seal_record(&id, &record)
            .expect("an opened record is valid");
        assert_eq!(VAULT.open_record(&id, &blob).expect("just sealed"), record);
    }
});
