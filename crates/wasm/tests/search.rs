//! The journal index surface, run in Node by wasm-bindgen-test-runner.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use js_sys::{JSON, Reflect};
use kintsugi_wasm::{JournalIndex, create_vault_with_params};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn id(n: u8) -> String {
    format!("{n:032x}")
}

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, key| {
        let key = key
            .parse::<u32>()
            .map_or_else(|_| JsValue::from_str(key), JsValue::from);
        Reflect::get(&v, &key).unwrap()
    })
}

#[wasm_bindgen_test]
fn keeps_sealed_entries_and_answers_queries() {
    let vault = create_vault_with_params(&"a long passphrase here".into(), 8 * 1024, 1, 1).unwrap();
    let mut index = JournalIndex::new();
    for (n, (text, at, phase)) in [
        ("Flowers at the door", 3, "hoovering"),
        ("A fight about work", 2, "devaluation"),
        ("Quiet", 1, "calm"),
    ]
    .into_iter()
    .enumerate()
    {
        let n = u8::try_from(n).unwrap();
        let json = format!(
            r#"{{"kind":"journal","text":"{text}","createdAt":{at},"updatedAt":{at},"phase":"{phase}"}}"#
        );
        let blob = vault.seal_record(&id(n), &json).unwrap();
        assert_eq!(
            index.upsert_sealed(&vault, &id(n), &blob).unwrap(),
            "journal"
        );
    }
    let settings = vault
        .seal_record(
            &id(9),
            r#"{"kind":"backupState","lastBackupAt":1,"updatedAt":1}"#,
        )
        .unwrap();
    assert_eq!(
        index.upsert_sealed(&vault, &id(9), &settings).unwrap(),
        "backupState"
    );
    assert_eq!(index.size(), 3);

    let page = JSON::parse(&index.query(r#"{"text":"WORK"}"#, 0, 10).unwrap()).unwrap();
    assert_eq!(get(&page, &["total"]).as_f64(), Some(1.0));
    assert_eq!(get(&page, &["entries"]).as_f64(), Some(3.0));
    assert_eq!(get(&page, &["rows", "0", "id"]).as_string(), Some(id(1)));

    let page = JSON::parse(
        &index
            .query(r#"{"phases":["calm","hoovering"]}"#, 1, 1)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(get(&page, &["total"]).as_f64(), Some(2.0));
    assert_eq!(
        get(&page, &["rows", "0", "excerpt"]).as_string().as_deref(),
        Some("Quiet")
    );

    assert!(index.trigger_suggestions(5).is_empty());

    assert!(index.remove(&id(0)).unwrap());
    assert_eq!(index.size(), 2);
    index.clear();
    assert_eq!(index.size(), 0);
}

#[wasm_bindgen_test]
fn errors_carry_their_codes() {
    let vault = create_vault_with_params(&"a long passphrase here".into(), 8 * 1024, 1, 1).unwrap();
    let mut index = JournalIndex::new();
    let blob = vault
        .seal_record(
            &id(1),
            r#"{"kind":"journal","text":"x","createdAt":1,"updatedAt":1}"#,
        )
        .unwrap();
    let code = |e: JsValue| get(&e, &["code"]).as_string().unwrap();
    // Stored under another id: does not open, and nothing is kept.
    assert_eq!(
        code(index.upsert_sealed(&vault, &id(2), &blob).unwrap_err()),
        "corrupt"
    );
    assert_eq!(index.size(), 0);
    assert_eq!(
        code(
            index
                .query(r#"{"emotion":{"name":"joy","min":6}}"#, 0, 1)
                .unwrap_err()
        ),
        "invalid-input"
    );
    assert_eq!(
        code(index.query("{}", 0, 100_000).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(code(index.remove("not hex").unwrap_err()), "invalid-record");
}
