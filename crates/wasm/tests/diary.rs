//! The diary-card surface, run in Node by wasm-bindgen-test-runner.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use js_sys::Reflect;
use kintsugi_wasm::{
    diary_add_days, diary_newest_indices, diary_rules, diary_week_start, diary_week_summary,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const TUESDAY: &str = r#"{"kind":"diaryDay","date":"2026-11-24","urges":[{"name":"suicide","rating":3,"actedOn":true}],"skillsUsed":5,"skills":["stop"],"createdAt":1,"updatedAt":2}"#;

fn code(error: JsValue) -> String {
    Reflect::get(&error, &JsValue::from_str("code"))
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn week_summary_converts_json_and_errors() {
    let json = diary_week_summary(&format!("[{TUESDAY}]"), "2026-11-23").unwrap();
    assert!(json.contains(r#""daysRecorded":1"#), "{json}");
    assert!(json.contains(r#"{"id":"stop","days":1}"#), "{json}");
    assert!(
        json.contains("You filled in the card on 1 day of 7."),
        "{json}"
    );
    assert_eq!(
        code(diary_week_summary("[]", "2026-11-24").unwrap_err()),
        "invalid-record"
    );
    assert_eq!(
        code(diary_week_summary("[1]", "2026-11-23").unwrap_err()),
        "invalid-record"
    );
}

#[wasm_bindgen_test]
fn dates_and_rules() {
    assert_eq!(diary_week_start("2026-11-29").unwrap(), "2026-11-23");
    assert_eq!(diary_add_days("2026-11-23", -1).unwrap(), "2026-11-22");
    assert_eq!(
        code(diary_week_start("2026-02-30").unwrap_err()),
        "invalid-record"
    );
    assert!(diary_rules().contains(r#""crisisUrges":["self-harm","suicide"]"#));
}

#[wasm_bindgen_test]
fn newest_indices() {
    let older = TUESDAY.replace(r#""updatedAt":2"#, r#""updatedAt":1"#);
    assert_eq!(
        diary_newest_indices(&format!("[{older},{TUESDAY}]")).unwrap(),
        vec![1]
    );
    assert_eq!(
        code(diary_newest_indices("nope").unwrap_err()),
        "invalid-record"
    );
}
