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
