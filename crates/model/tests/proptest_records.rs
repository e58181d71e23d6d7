//! Property tests: any valid record seals and opens to itself, and any JSON the core
//! accepts comes back in canonical form.

mod common;

use std::sync::LazyLock;

use common::{CHEAP, PASSPHRASE};
use kintsugi_model::RecordVault;
use kintsugi_model::{JournalEntry, MAX_TIMESTAMP_MS, Record, RecordId, Vault};
use proptest::prelude::*;

static VAULT: LazyLock<Vault> = LazyLock::new(|| {
    Vault::create_with_params(PASSPHRASE, CHEAP)
        .expect("cheap params and a long passphrase are valid")
});

fn journal_entry() -> impl Strategy<Value = Record> {
    (any::<String>(), 0..=MAX_TIMESTAMP_MS, 0..=MAX_TIMESTAMP_MS).prop_map(
        |(text, created_at, updated_at)| {
            Record::Journal(JournalEntry {
                text,
                created_at,
                updated_at,
                ..JournalEntry::default()
            })
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_record_round_trips(record in journal_entry(), id in any::<[u8; 16]>()) {
        let id = RecordId::from_bytes(id);
        let blob = VAULT.seal_record(&id, &record).unwrap();
        prop_assert_eq!(VAULT.open_record(&id, &blob).unwrap(), record.clone());
        let json = record.to_json();
        prop_assert_eq!(VAULT.open_record_json(&id, &VAULT.seal_record_json(&id, &json).unwrap()).unwrap(), json);
    }

    #[test]
    fn long_texts_round_trip(text in "\\PC{1000,3000}") {
        let id = RecordId::random().unwrap();
        let record = Record::Journal(JournalEntry { text, created_at: 0, updated_at: MAX_TIMESTAMP_MS, ..JournalEntry::default() });
        let blob = VAULT.seal_record(&id, &record).unwrap();
        prop_assert_eq!(VAULT.open_record(&id, &blob).unwrap(), record);
    }

    #[test]
    fn random_bytes_never_open(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let id = RecordId::random().unwrap();
        let mut blob = b"KSRC\x00\x01".to_vec();
        blob.extend_from_slice(&bytes);
        prop_assert!(VAULT.open_record(&id, &blob).is_err());
        prop_assert!(VAULT.open_record(&id, &bytes).is_err());
    }
}
