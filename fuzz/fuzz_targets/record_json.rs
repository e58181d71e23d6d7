//! Record JSON validation: arbitrary text gives a record or InvalidRecord, and every
//! accepted record survives its canonical form.
#![no_main]

use kintsugi_model::Record;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(record) = Record::from_json(text) {
            let canonical = record.to_json();
            assert_eq!(
                Record::from_json(&canonical).expect("canonical JSON parses"),
                record
            );
        }
    }
});
