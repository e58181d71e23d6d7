//! The incident-log surface, run in Node by wasm-bindgen-test-runner.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use js_sys::Reflect;
use kintsugi_wasm::{
    incident_append, incident_draft_invalid_field, incident_rules, incident_verify,
    incident_versions,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn code(error: JsValue) -> String {
    Reflect::get(&error, &JsValue::from_str("code"))
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn append_verify_and_versions_convert_json() {
    let first = incident_append(
        "[]",
        r#"{"occurredAt":1764000000000,"place":"home"}"#,
        1.0e12,
    )
    .unwrap();
    assert!(first.contains(r#""seq":0"#), "{first}");
    let log = format!("[{first}]");
    let hash = first.split(r#""hash":""#).nth(1).unwrap()[..64].to_owned();
    let edit =
        format!(r#"{{"occurredAt":1764000000000,"place":"the kitchen","supersedes":"{hash}"}}"#);
    let second = incident_append(&log, &edit, 1.0e12 + 1.0).unwrap();
    assert!(
        second.contains(&format!(r#""prevHash":"{hash}""#)),
        "{second}"
    );
    let both = format!("[{first},{second}]");
    let report = incident_verify(&both).unwrap();
    assert!(
        report.starts_with(r#"{"intact":true,"count":2"#),
        "{report}"
    );
    assert_eq!(
        incident_versions(&both).unwrap(),
        r#"[{"current":1,"versions":[0,1]}]"#
    );
    let edited = both.replacen("the kitchen", "the garden", 1);
    assert!(
        incident_verify(&edited)
            .unwrap()
            .contains(r#""intact":false"#)
    );
    assert!(incident_rules().contains(r#""shortChars":500"#));
}

#[wasm_bindgen_test]
fn bad_input_throws_a_coded_error() {
    assert_eq!(
        code(incident_append("[]", "{}", 1.5).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(
        code(incident_append("{}", r#"{"occurredAt":1}"#, 1.0).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(code(incident_verify("[1]").unwrap_err()), "invalid-input");
    let long = format!(r#"{{"occurredAt":1,"place":"{}"}}"#, "p".repeat(501));
    assert_eq!(
        code(incident_append("[]", &long, 1.0).unwrap_err()),
        "invalid-record"
    );
}

#[wasm_bindgen_test]
fn a_draft_names_the_field_that_breaks_a_rule() {
    assert_eq!(
        incident_draft_invalid_field(r#"{"occurredAt":1764000000000,"place":"home"}"#).unwrap(),
        None
    );
    let long_place = format!(
        r#"{{"occurredAt":1764000000000,"place":"{}"}}"#,
        "x".repeat(10_001)
    );
    assert_eq!(
        incident_draft_invalid_field(&long_place)
            .unwrap()
            .as_deref(),
        Some("place")
    );
    // Chain fields are the core's to set: a draft that carries one is not a draft.
    assert_eq!(
        code(incident_draft_invalid_field(r#"{"occurredAt":1,"seq":3}"#).unwrap_err()),
        "invalid-input"
    );
}
