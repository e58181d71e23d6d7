//! The contact log's streak surface (`noContact`), run in Node by wasm-bindgen-test-runner.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use js_sys::Reflect;
use kintsugi_wasm::no_contact;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const DAY: u64 = 86_400_000;
/// 2026-01-01T00:00:00Z.
const T0: u64 = 1_767_225_600_000;

fn code_of(error: JsValue) -> String {
    Reflect::get(&error, &JsValue::from_str("code"))
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn no_contact_round_trips_json() {
    let broke = T0 + 4 * DAY;
    let records = format!(
        r#"[{{"kind":"noContactGoal","startedAt":{T0},"note":"","createdAt":1,"updatedAt":1}},
           {{"kind":"contactLog","occurredAt":{broke},"initiatedBy":"them","channel":"text","hooverTactic":"apology","brokeNoContact":true,"createdAt":1,"updatedAt":1}}]"#
    );
    #[allow(clippy::cast_precision_loss)]
    let now = (T0 + 10 * DAY) as f64;
    let out = no_contact(&records, now, 0).unwrap();
    assert!(out.contains(r#""longestDays":6"#), "{out}");
    assert!(out.contains(r#""days":4,"ongoing":false"#), "{out}");
    assert!(out.contains(r#""current":{"start":"#), "{out}");
}

#[wasm_bindgen_test]
fn no_contact_refuses_bad_input() {
    assert_eq!(
        code_of(no_contact("not json", 0.0, 0).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(
        code_of(no_contact("[]", 0.5, 0).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(
        code_of(no_contact("[]", 0.0, 19 * 60).unwrap_err()),
        "invalid-input"
    );
    assert!(no_contact("[]", 0.0, 0).unwrap().contains(r#""goals":0"#));
}
