//! The backup surface in JS terms, run in Node by wasm-bindgen-test-runner:
//! `cargo test -p kintsugi-wasm --target wasm32-unknown-unknown --release`.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use js_sys::{JsString, Reflect};
use kintsugi_wasm::{BackupReader, BackupWriter, MergePlanner, inspect_backup};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const PASSPHRASE: &str = "gold fills the cracks";
const CREATED: f64 = 1_764_400_000_000.0;

fn js(text: &str) -> JsString {
    JsString::from(text)
}

fn code_of(error: JsValue) -> String {
    let as_error = error.dyn_ref::<js_sys::Error>().unwrap();
    assert_eq!(String::from(as_error.name()), "KintsugiError");
    Reflect::get(&error, &JsValue::from_str("code"))
        .unwrap()
        .as_string()
        .unwrap()
}

fn entry(i: usize, text_len: usize) -> String {
    format!(
        r#"{{"kind":"journal","text":"{}","createdAt":{},"updatedAt":{}}}"#,
        "w".repeat(text_len),
        1_764_100_000_000u64 + i as u64,
        1_764_100_000_000u64 + i as u64
    )
}

fn id(i: usize) -> String {
    format!("{i:032x}")
}

/// A backup of `count` entries made with the cheapest accepted parameters.
fn backup(count: usize, text_len: usize) -> Vec<u8> {
    let mut writer = BackupWriter::with_params(&js(PASSPHRASE), CREATED, 8 * 1024, 1, 1).unwrap();
    let mut file = Vec::new();
    for i in 0..count {
        file.extend(writer.push(&id(i), &entry(i, text_len)).unwrap());
    }
    assert_eq!(writer.record_count(), count as f64);
    file.extend(writer.finish().unwrap());
    file
}

/// Reads a file in pieces; returns the concatenated records and the summary JSON.
fn read(file: &[u8], passphrase: &str, piece: usize) -> Result<(Vec<String>, String), String> {
    let mut reader = BackupReader::new(&js(passphrase));
    let mut records = Vec::new();
    for bytes in file.chunks(piece) {
        let json = reader.push(bytes).map_err(code_of)?;
        let parsed = js_sys::JSON::parse(&json).unwrap();
        for item in js_sys::Array::from(&parsed).iter() {
            let id = Reflect::get(&item, &"id".into())
                .unwrap()
                .as_string()
                .unwrap();
            let record = Reflect::get(&item, &"record".into()).unwrap();
            let record = String::from(js_sys::JSON::stringify(&record).unwrap());
            records.push(format!("{id} {record}"));
        }
        assert!(reader.buffered_bytes() <= 2.0 * 65_552.0);
    }
    let summary = reader.finish().map_err(code_of)?;
    Ok((records, summary))
}

#[wasm_bindgen_test]
fn round_trip_in_pieces() {
    let file = backup(40, 3000); // about two chunks
    assert_eq!(&file[..6], b"KSBK\x00\x01");
    let (records, summary) = read(&file, PASSPHRASE, 10_000).unwrap();
    assert_eq!(records.len(), 40);
    for (i, record) in records.iter().enumerate() {
        assert_eq!(*record, format!("{} {}", id(i), entry(i, 3000)));
    }
    assert_eq!(summary, r#"{"createdAtMs":1764400000000,"recordCount":40}"#);
    let (empty, summary) = read(&backup(0, 0), PASSPHRASE, 1 << 20).unwrap();
    assert!(empty.is_empty());
    assert!(summary.ends_with(r#""recordCount":0}"#));
}

#[wasm_bindgen_test]
fn every_error_code() {
    let file = backup(3, 10);
    assert_eq!(
        read(&file, "not the passphrase", 4096).unwrap_err(),
        "wrong-passphrase"
    );
    assert_eq!(
        read(&file[..file.len() - 1], PASSPHRASE, 4096).unwrap_err(),
        "truncated"
    );
    let mut damaged = file.clone();
    damaged[1000] ^= 1;
    assert_eq!(read(&damaged, PASSPHRASE, 4096).unwrap_err(), "corrupt");
    let mut longer = file.clone();
    longer.push(0);
    assert_eq!(read(&longer, PASSPHRASE, 4096).unwrap_err(), "corrupt");
    assert_eq!(
        read(b"PK\x03\x04 a zip file", PASSPHRASE, 4096).unwrap_err(),
        "not-a-backup"
    );
    let mut newer = file.clone();
    newer[5] = 2;
    assert_eq!(
        read(&newer, PASSPHRASE, 4096).unwrap_err(),
        "unsupported-version"
    );

    let code = |result: Result<BackupWriter, JsValue>| code_of(result.unwrap_err());
    assert_eq!(
        code(BackupWriter::with_params(&js("short"), CREATED, 8192, 1, 1)),
        "weak-passphrase"
    );
    assert_eq!(
        code(BackupWriter::with_params(
            &js(PASSPHRASE),
            CREATED,
            1024,
            1,
            1
        )),
        "invalid-parameters"
    );
    for bad_time in [-1.0, 0.5, f64::NAN, 9_007_199_254_740_992.0] {
        assert_eq!(
            code(BackupWriter::with_params(
                &js(PASSPHRASE),
                bad_time,
                8192,
                1,
                1
            )),
            "invalid-record"
        );
    }
    let mut writer = BackupWriter::with_params(&js(PASSPHRASE), CREATED, 8192, 1, 1).unwrap();
    assert_eq!(
        code_of(writer.push("nope", &entry(0, 1)).unwrap_err()),
        "invalid-record"
    );
    assert_eq!(
        code_of(writer.push(&id(0), "{}").unwrap_err()),
        "invalid-record"
    );
    writer.finish().unwrap();
    assert_eq!(code_of(writer.finish().unwrap_err()), "internal");
}

#[wasm_bindgen_test]
fn inspect_needs_no_passphrase() {
    let file = backup(1, 10);
    assert_eq!(
        inspect_backup(&file[..139]).unwrap(),
        r#"{"formatVersion":1,"memoryKib":8192,"iterations":1,"parallelism":1,"acceptable":true}"#
    );
    assert_eq!(
        code_of(inspect_backup(&file[..20]).unwrap_err()),
        "truncated"
    );
    assert_eq!(
        code_of(inspect_backup(b"hello").unwrap_err()),
        "not-a-backup"
    );
}

#[wasm_bindgen_test]
fn merge_planner_converts_steps_counts_and_errors() {
    let mut planner = MergePlanner::new();
    planner.add_existing(&id(1), Some(entry(1, 3))).unwrap();
    planner.add_existing(&id(2), None).unwrap();
    // id 1: identical (skip); id 2: unreadable in the vault (copy); id 3: added;
    // id 1 again, newer: takes the id, and the vault's is kept under a fresh id.
    assert_eq!(
        planner.plan(&id(1), &entry(1, 3)).unwrap(),
        r#"{"action":"skip"}"#
    );
    let copy = planner.plan(&id(2), &entry(2, 3)).unwrap();
    assert!(copy.starts_with(r#"{"action":"copy","id":""#), "{copy}");
    assert!(!copy.contains(&id(2)), "{copy}");
    assert_eq!(
        planner.plan(&id(3), &entry(3, 3)).unwrap(),
        format!(
            r#"{{"action":"put","id":"{}","keepCurrentAs":null}}"#,
            id(3)
        )
    );
    let newer = planner.plan(&id(1), &entry(9, 4)).unwrap();
    assert!(
        newer.starts_with(&format!(
            r#"{{"action":"put","id":"{}","keepCurrentAs":""#,
            id(1)
        )),
        "{newer}"
    );
    assert_eq!(
        planner.counts(),
        r#"{"added":1,"updated":1,"copied":2,"unchanged":1,"settingsKept":0}"#
    );
    assert_eq!(
        code_of(planner.plan(&id(4), r#"{"kind":"journal"}"#).unwrap_err()),
        "invalid-record"
    );
    assert_eq!(
        code_of(planner.plan("xyz", &entry(4, 3)).unwrap_err()),
        "invalid-record"
    );
    // Vault records come first.
    assert_eq!(
        code_of(planner.add_existing(&id(5), None).unwrap_err()),
        "internal"
    );
}
