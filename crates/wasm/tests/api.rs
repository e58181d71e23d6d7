//! The JS surface, run in Node by wasm-bindgen-test-runner:
//! `cargo test -p kintsugi-wasm --target wasm32-unknown-unknown --release`.

#![cfg(target_arch = "wasm32")]
// Clippy's allow-unwrap-in-tests only recognises `#[test]`, not `#[wasm_bindgen_test]`.
#![allow(clippy::unwrap_used)]

use js_sys::{JsString, Reflect};
use kintsugi_wasm::{
    Vault, create_vault, create_vault_with_params, min_passphrase_chars, new_record_id,
    passphrase_strength, unlock_vault,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const PASSPHRASE: &str = "gold fills the cracks";
const ENTRY: &str = r#"{"kind":"journal","text":"Today was calm.","createdAt":1764100000000,"updatedAt":1764100000000}"#;

fn js(text: &str) -> JsString {
    JsString::from(text)
}

/// A vault with the cheapest accepted parameters (8 MiB, 1 pass, 1 lane).
fn cheap_vault(passphrase: &str) -> Vault {
    create_vault_with_params(&js(passphrase), 8 * 1024, 1, 1).expect("cheap params are valid")
}

/// The error's `code`, after checking it is a JS Error named KintsugiError.
fn code_of(error: JsValue) -> String {
    let as_error = error
        .dyn_ref::<js_sys::Error>()
        .expect("every thrown value is a JS Error");
    assert_eq!(String::from(as_error.name()), "KintsugiError");
    assert!(!String::from(as_error.message()).is_empty());
    Reflect::get(&error, &JsValue::from_str("code"))
        .expect("Error objects allow property reads")
        .as_string()
        .expect("code is a string")
}

#[wasm_bindgen_test]
fn create_seal_unlock_open() {
    let vault = cheap_vault(PASSPHRASE);
    let vault_id = vault.vault_id();
    assert_eq!(vault_id.len(), 32);
    let header = vault.header_bytes().unwrap();
    assert_eq!(&header[..6], b"KSVH\x00\x02");

    let id = new_record_id().unwrap();
    assert_eq!(id.len(), 32);
    assert!(
        id.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    );
    let blob = vault.seal_record(&id, ENTRY).unwrap();
    assert_eq!(&blob[..6], b"KSRC\x00\x01");

    let reopened = unlock_vault(&header, &js(PASSPHRASE)).unwrap();
    assert_eq!(reopened.vault_id(), vault_id);
    assert_eq!(reopened.open_record(&id, &blob).unwrap(), ENTRY);
}

#[wasm_bindgen_test]
fn default_vault_uses_64_mib_3_passes_1_lane() {
    let vault = create_vault(&js(PASSPHRASE)).unwrap();
    let header = vault.header_bytes().unwrap();
    // m, t, p of both key slots, after each slot's KDF id (docs/vault-format.md).
    assert_eq!(&header[7..19], &[0, 1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 1]);
    assert_eq!(&header[188..200], &[0, 1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 1]);
}

#[wasm_bindgen_test]
fn open_returns_canonical_json() {
    let vault = cheap_vault(PASSPHRASE);
    let id = new_record_id().unwrap();
    let messy = r#"{ "updatedAt": 2, "createdAt": 1, "text": "x", "kind": "journal" }"#;
    let blob = vault.seal_record(&id, messy).unwrap();
    assert_eq!(
        vault.open_record(&id, &blob).unwrap(),
        r#"{"kind":"journal","text":"x","createdAt":1,"updatedAt":2}"#
    );
}

#[wasm_bindgen_test]
fn wrong_passphrase_has_its_code() {
    let header = cheap_vault(PASSPHRASE).header_bytes().unwrap();
    let error = unlock_vault(&header, &js("gold fills the crack")).unwrap_err();
    assert_eq!(code_of(error), "wrong-passphrase");
}

#[wasm_bindgen_test]
fn corrupt_header_and_record_have_their_code() {
    let vault = cheap_vault(PASSPHRASE);
    let mut header = vault.header_bytes().unwrap();
    header[40] ^= 1;
    assert_eq!(
        code_of(unlock_vault(&header, &js(PASSPHRASE)).unwrap_err()),
        "corrupt"
    );

    let id = new_record_id().unwrap();
    let other_id = new_record_id().unwrap();
    let mut blob = vault.seal_record(&id, ENTRY).unwrap();
    assert_eq!(
        code_of(vault.open_record(&other_id, &blob).unwrap_err()),
        "corrupt"
    );
    let last = blob.len() - 1;
    blob[last] ^= 0x80;
    assert_eq!(
        code_of(vault.open_record(&id, &blob).unwrap_err()),
        "corrupt"
    );
}

#[wasm_bindgen_test]
fn unsupported_version_and_invalid_parameters_have_their_codes() {
    let mut header = cheap_vault(PASSPHRASE).header_bytes().unwrap();
    header[5] = 3;
    assert_eq!(
        code_of(unlock_vault(&header, &js(PASSPHRASE)).unwrap_err()),
        "unsupported-version"
    );
    let error = create_vault_with_params(&js(PASSPHRASE), 1024, 1, 1).unwrap_err();
    assert_eq!(code_of(error), "invalid-parameters");
}

#[wasm_bindgen_test]
fn invalid_record_has_its_code() {
    let vault = cheap_vault(PASSPHRASE);
    let id = new_record_id().unwrap();
    for json in [
        "not json",
        r#"{"kind":"unknown","text":"x","createdAt":1,"updatedAt":1}"#,
        r#"{"kind":"journal","text":"x","createdAt":-1,"updatedAt":1}"#,
    ] {
        assert_eq!(
            code_of(vault.seal_record(&id, json).unwrap_err()),
            "invalid-record"
        );
    }
    assert_eq!(
        code_of(vault.seal_record("NOT-AN-ID", ENTRY).unwrap_err()),
        "invalid-record"
    );
}

#[wasm_bindgen_test]
fn weak_passphrase_has_its_code() {
    assert_eq!(min_passphrase_chars(), 8);
    assert_eq!(passphrase_strength(&js("short")), 0);
    assert!(passphrase_strength(&js("correct horse battery staple")) >= 3);
    let error = create_vault_with_params(&js("short"), 8 * 1024, 1, 1).unwrap_err();
    assert_eq!(code_of(error), "weak-passphrase");
    let vault = cheap_vault(PASSPHRASE);
    let error = vault
        .change_passphrase(&js(PASSPHRASE), &js("short"))
        .unwrap_err();
    assert_eq!(code_of(error), "weak-passphrase");
}

#[wasm_bindgen_test]
fn change_passphrase_rotates_and_reseals_records() {
    let vault = cheap_vault(PASSPHRASE);
    let old_header = vault.header_bytes().unwrap();
    let id = new_record_id().unwrap();
    let blob = vault.seal_record(&id, ENTRY).unwrap();

    let error = vault
        .change_passphrase(&js("not it at all"), &js("a new passphrase"))
        .unwrap_err();
    assert_eq!(code_of(error), "wrong-passphrase");

    let rotated = vault
        .change_passphrase(&js(PASSPHRASE), &js("a new passphrase"))
        .unwrap();
    assert_eq!(vault.header_bytes().unwrap(), old_header, "unchanged");
    assert_ne!(rotated.vault_id(), vault.vault_id());
    let resealed = rotated.reseal_from(&vault, &id, &blob).unwrap();
    let new_header = rotated.header_bytes().unwrap();
    let reopened = unlock_vault(&new_header, &js("a new passphrase")).unwrap();
    assert_eq!(reopened.open_record(&id, &resealed).unwrap(), ENTRY);
    assert_eq!(
        code_of(reopened.open_record(&id, &blob).unwrap_err()),
        "corrupt"
    );
    assert_eq!(
        code_of(unlock_vault(&new_header, &js(PASSPHRASE)).unwrap_err()),
        "wrong-passphrase"
    );
}

#[wasm_bindgen_test]
fn lock_makes_every_call_throw_locked() {
    let mut vault = cheap_vault(PASSPHRASE);
    let id = new_record_id().unwrap();
    let blob = vault.seal_record(&id, ENTRY).unwrap();
    vault.lock();
    assert_eq!(code_of(vault.header_bytes().unwrap_err()), "locked");
    assert_eq!(
        code_of(vault.seal_record(&id, ENTRY).unwrap_err()),
        "locked"
    );
    assert_eq!(
        code_of(vault.open_record(&id, &blob).unwrap_err()),
        "locked"
    );
    let error = vault
        .change_passphrase(&js(PASSPHRASE), &js("a new passphrase"))
        .unwrap_err();
    assert_eq!(code_of(error), "locked");
}

#[wasm_bindgen_test]
fn passphrases_are_nfc_normalized_by_the_binding() {
    // "é" as one code point (as iOS types it) and as e + combining accent.
    let composed = "caf\u{e9} au lait le soir";
    let decomposed = "cafe\u{301} au lait le soir";
    let header = cheap_vault(decomposed).header_bytes().unwrap();
    unlock_vault(&header, &js(composed)).unwrap();
    assert_eq!(
        passphrase_strength(&js("cafe\u{301}xyz")),
        0,
        "7 characters after NFC"
    );
}

#[wasm_bindgen_test]
fn frozen_v1_vector_opens_in_wasm() {
    let frozen = js_sys::JSON::parse(include_str!("../../model/tests/vectors/frozen-v1.json"))
        .expect("the frozen vector file is JSON");
    let field = |name: &str| {
        Reflect::get(&frozen, &JsValue::from_str(name))
            .expect("property reads on a parsed object succeed")
            .as_string()
            .expect("the frozen vector fields are strings")
    };
    let unhex = |text: String| -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex fields"))
            .collect()
    };
    let vault = unlock_vault(&unhex(field("header")), &js(&field("passphrase"))).unwrap();
    assert_eq!(vault.vault_id(), field("vaultId"));
    let json = vault
        .open_record(&field("recordId"), &unhex(field("record")))
        .unwrap();
    assert_eq!(json, field("recordJson"));
    // The same passphrase typed with a decomposed "é" opens it too.
    let decomposed = field("passphrase").replace('\u{e9}', "e\u{301}");
    unlock_vault(&unhex(field("header")), &js(&decomposed)).unwrap();
}

// ---- Safety settings and contacts

#[wasm_bindgen_test]
fn settings_rules_and_invalid_field_reach_js() {
    let rules = kintsugi_wasm::settings_rules();
    assert!(rules.contains(r#""autoLockMinutes":[1,60]"#), "{rules}");
    assert!(
        rules.contains(r#""quickExitUrl":"https://www.wikipedia.org/""#),
        "{rules}"
    );
    assert_eq!(
        kintsugi_wasm::invalid_field(r#"{"kind":"settings","hiddenGraceSeconds":900}"#).as_deref(),
        Some("hiddenGraceSeconds")
    );
    assert_eq!(kintsugi_wasm::invalid_field(r#"{"kind":"settings"}"#), None);
    assert_eq!(
        kintsugi_wasm::invalid_field("[]").as_deref(),
        Some("record")
    );
}

#[wasm_bindgen_test]
fn settings_and_contacts_seal_and_open() {
    let vault = cheap_vault(PASSPHRASE);
    let id = new_record_id().unwrap();
    let contact = r#"{"kind":"contact","name":"Jo","number":"+1 555 0100","note":"","createdAt":1,"updatedAt":2}"#;
    let blob = vault.seal_record(&id, contact).unwrap();
    assert_eq!(vault.open_record(&id, &blob).unwrap(), contact);
    let bad = r#"{"kind":"settings","quickExitUrl":"javascript:alert(1)"}"#;
    assert_eq!(
        code_of(vault.seal_record(&id, bad).unwrap_err()),
        "invalid-record"
    );
}

// ---- Safety plan

#[wasm_bindgen_test]
fn safety_plan_seals_normalized_and_rules_reach_js() {
    let rules = kintsugi_wasm::plan_rules();
    assert!(rules.contains(r#""maxItems":30"#), "{rules}");
    let vault = cheap_vault(PASSPHRASE);
    let id = new_record_id().unwrap();
    let typed = r#"{"kind":"safetyPlan","warningSigns":[" not sleeping ",""],"updatedAt":5}"#;
    let blob = vault.seal_record(&id, typed).unwrap();
    let opened = vault.open_record(&id, &blob).unwrap();
    assert!(
        opened.contains(r#""warningSigns":["not sleeping"],"copingAlone":[]"#),
        "{opened}"
    );
    assert_eq!(
        kintsugi_wasm::invalid_field(r#"{"kind":"safetyPlan","techDone":["x"]}"#).as_deref(),
        Some("techDone")
    );
}

#[wasm_bindgen_test]
fn walk_away_rules_reach_js() {
    assert!(kintsugi_wasm::walk_away_questions().starts_with(r#"["strangled","#));
    assert_eq!(
        kintsugi_wasm::walk_away_result(r#"["strangled"]"#).as_deref(),
        Some(
            r#"{"result":"safetyFirst","urgent":true,"advice":["strangulation"],"actions":["helpNow","safetyPlan"]}"#
        )
    );
    assert_eq!(kintsugi_wasm::walk_away_result(r#"["nope"]"#), None);
    let json =
        kintsugi_wasm::walk_away_check_json(r#"["promisesBroken"]"#, 1_764_100_000_000.0).unwrap();
    assert_eq!(
        json,
        r#"{"kind":"walkAwayCheck","version":2,"yes":["promisesBroken"],"takenAt":1764100000000}"#
    );
    assert_eq!(kintsugi_wasm::walk_away_check_json("[]", 0.5), None);
    assert!(
        kintsugi_wasm::walk_away_check_result(&json)
            .unwrap()
            .starts_with(r#"{"result":"refusesChange","urgent":false"#)
    );
    // A check kept before versions opens with the first question set.
    assert!(
        kintsugi_wasm::walk_away_check_result(
            r#"{"kind":"walkAwayCheck","yes":["twisting"],"takenAt":1}"#
        )
        .unwrap()
        .starts_with(r#"{"result":"abuseSigns""#)
    );
}
