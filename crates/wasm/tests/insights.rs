//! The insights surface, run in Node by wasm-bindgen-test-runner.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use js_sys::Reflect;
use kintsugi_wasm::{insights, no_contact, trigger_suggestions};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const DAY: u64 = 86_400_000;
/// 2026-01-01T00:00:00Z.
const T0: u64 = 1_767_225_600_000;

fn phase(day: u64, phase: &str) -> String {
    let at = T0 + day * DAY;
    format!(r#"{{"kind":"journal","text":"","createdAt":{at},"updatedAt":{at},"phase":"{phase}"}}"#)
}

fn code_of(error: JsValue) -> String {
    Reflect::get(&error, &JsValue::from_str("code"))
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn insights_round_trip_json() {
    let records = [
        phase(0, "idealization"),
        phase(3, "devaluation"),
        phase(5, "hoovering"),
        r#"{"kind":"noContactGoal","startedAt":1767225600000,"note":"","createdAt":1,"updatedAt":1}"#.to_owned(),
    ];
    let json = format!("[{}]", records.join(","));
    #[allow(clippy::cast_precision_loss)]
    let now = (T0 + 6 * DAY) as f64;
    let out = insights(&json, now, 60).unwrap();
    assert!(out.contains(r#""count":1"#), "{out}");
    assert!(
        out.contains(r#""text":"Your entries show 1 full cycle.""#),
        "{out}"
    );
    assert!(out.contains(r#""text":"It lasted 5 days.""#), "{out}");
    assert!(
        out.contains(r#""text":"Your current no-contact streak is 6 days.""#),
        "{out}"
    );
}

#[wasm_bindgen_test]
fn bad_input_throws_invalid_input() {
    assert_eq!(
        code_of(insights("not json", 0.0, 0).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(
        code_of(insights("[]", 1.5, 0).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(
        code_of(insights("[]", -1.0, 0).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(
        code_of(insights("[]", f64::NAN, 0).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(
        code_of(insights("[]", 9_007_199_254_740_992.0, 0).unwrap_err()),
        "invalid-input"
    );
    assert_eq!(
        code_of(insights("[]", 0.0, 24 * 60).unwrap_err()),
        "invalid-input"
    );
    assert!(
        insights("[]", 9_007_199_254_740_991.0, -18 * 60)
            .unwrap()
            .contains("noEntries")
    );
}

#[wasm_bindgen_test]
fn suggestions_come_from_earlier_entries() {
    let json = r#"[{"kind":"journal","text":"","createdAt":1,"updatedAt":1,"triggers":["work","money"]},
        {"kind":"journal","text":"","createdAt":2,"updatedAt":2,"triggers":["Work"]}]"#;
    assert_eq!(trigger_suggestions(json, 5).unwrap(), ["Work", "money"]);
    assert_eq!(
        code_of(trigger_suggestions("[1]", 5).unwrap_err()),
        "invalid-input"
    );
}

// The contact log's streak surface (`noContact`).

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
