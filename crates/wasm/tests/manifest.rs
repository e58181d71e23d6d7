//! The manifest's and the failed-attempt log's JS surface, run in Node by
//! wasm-bindgen-test-runner (`make test-wasm`): the conversions, not the rules (the model's).

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use js_sys::JsString;
use kintsugi_wasm::{
    Manifest, append_failed_attempt, create_vault_with_params, new_record_id, seal_failed_attempt,
};
use wasm_bindgen_test::wasm_bindgen_test;

const ENTRY: &str = r#"{"kind":"journal","text":"Kept.","createdAt":1,"updatedAt":1}"#;

#[wasm_bindgen_test]
fn a_manifest_round_trips_and_its_check_names_a_missing_record() {
    let vault =
        create_vault_with_params(&JsString::from("gold fills the cracks"), 8 * 1024, 1, 1).unwrap();
    let (kept, gone) = (new_record_id().unwrap(), new_record_id().unwrap());
    let kept_blob = vault.seal_record(&kept, ENTRY).unwrap();
    let gone_blob = vault.seal_record(&gone, ENTRY).unwrap();
    let mut manifest = Manifest::new();
    manifest.list(&vault, &kept, &kept_blob).unwrap();
    manifest.list(&vault, &gone, &gone_blob).unwrap();
    manifest.see_attempts_until(1_764_700_000_000.0).unwrap();
    assert!(manifest.see_attempts_until(1.5).is_err());

    let sealed = manifest.seal(&vault).unwrap();
    let opened = Manifest::open(&vault, &sealed).unwrap();
    assert_eq!(opened.attempts_seen_until(), 1_764_700_000_000.0);
    let mut check = opened.check(&vault).unwrap();
    check
        .see(&vault, &vault.manifest_id().unwrap(), &sealed)
        .unwrap();
    check.see(&vault, &kept, &kept_blob).unwrap();
    let mut done = check.finish();
    assert_eq!(
        done.report_json(),
        format!(
            r#"{{"listMissing":false,"missing":[{{"id":"{gone}","kind":"journal"}}],"replaced":[],"damaged":[],"added":[]}}"#
        )
    );
    let current = done.take_manifest().unwrap();
    assert!(done.take_manifest().is_err(), "taken once");
    let mut current = current;
    assert!(
        !current.unlist(&gone).unwrap(),
        "the missing record is no longer listed"
    );
    assert!(current.unlist(&kept).unwrap());
}

#[wasm_bindgen_test]
fn a_failed_attempt_sealed_while_locked_is_read_after_unlock() {
    let vault =
        create_vault_with_params(&JsString::from("gold fills the cracks"), 8 * 1024, 1, 1).unwrap();
    let header = vault.header_bytes().unwrap();
    let entry = seal_failed_attempt(&header, 1_764_700_100_000.0).unwrap();
    let log = append_failed_attempt(&[], &entry).unwrap();
    assert_eq!(
        vault.failed_attempts(&log).unwrap(),
        vec![1_764_700_100_000.0]
    );
    assert!(seal_failed_attempt(&header, -1.0).is_err());
    assert!(append_failed_attempt(&log, &entry[1..]).is_err());
}

#[wasm_bindgen_test]
fn a_manifest_says_which_ids_it_lists() {
    let vault =
        create_vault_with_params(&JsString::from("gold fills the cracks"), 8 * 1024, 1, 1).unwrap();
    let mut ids = [new_record_id().unwrap(), new_record_id().unwrap()];
    let mut manifest = Manifest::new();
    for id in &ids {
        manifest
            .list(&vault, id, &vault.seal_record(id, ENTRY).unwrap())
            .unwrap();
    }
    ids.sort();
    assert_eq!(manifest.count(), 2);
    assert_eq!(manifest.listed_ids(), ids.to_vec());
    assert!(manifest.lists(&ids[0]).unwrap());
    assert!(!manifest.lists(&new_record_id().unwrap()).unwrap());
    assert!(manifest.lists("not hex").is_err());
}

#[wasm_bindgen_test]
fn a_second_passphrase_opens_its_own_vault_and_removing_it_opens_nothing() {
    let own = JsString::from("gold fills the cracks");
    let second = JsString::from("a pleasant afternoon walk");
    let vault = create_vault_with_params(&own, 8 * 1024, 1, 1).unwrap();
    let before = vault.header_bytes().unwrap();
    assert!(
        vault.with_second_passphrase(&own, 8 * 1024, 1, 1).is_err(),
        "the second passphrase must differ from the first"
    );
    let mut both = vault
        .with_second_passphrase(&second, 8 * 1024, 1, 1)
        .unwrap();
    let (own_vault, decoy) = (both.take_vault().unwrap(), both.take_decoy().unwrap());
    assert!(both.take_decoy().is_err(), "taken once");
    assert_eq!(
        vault.header_bytes().unwrap(),
        before,
        "the vault it was called on is unchanged"
    );
    let header = own_vault.header_bytes().unwrap();
    assert_eq!(header.len(), before.len(), "the header keeps its size");
    assert_eq!(own_vault.vault_id(), vault.vault_id());

    let id = new_record_id().unwrap();
    let decoy_blob = decoy.seal_record(&id, ENTRY).unwrap();
    let opened = kintsugi_wasm::unlock_vault(&header, &second).unwrap();
    assert_eq!(opened.vault_id(), decoy.vault_id());
    assert_ne!(opened.vault_id(), vault.vault_id());
    assert_eq!(opened.open_record(&id, &decoy_blob).unwrap(), ENTRY);
    assert!(
        own_vault.open_record(&id, &decoy_blob).is_err(),
        "the vaults cannot read each other"
    );
    assert_eq!(
        kintsugi_wasm::unlock_vault(&header, &own)
            .unwrap()
            .vault_id(),
        vault.vault_id()
    );

    let removed = own_vault.without_second_passphrase().unwrap();
    let header = removed.header_bytes().unwrap();
    assert!(kintsugi_wasm::unlock_vault(&header, &second).is_err());
    assert_eq!(
        kintsugi_wasm::unlock_vault(&header, &own)
            .unwrap()
            .vault_id(),
        vault.vault_id()
    );
}
