//! Tracker fields: whatever the core accepts, it accepts again in canonical form and
//! unchanged (tidying is idempotent), and what it writes passes its own validation.

use kintsugi_model::{Error, MAX_RATING, Record};
use proptest::prelude::*;

fn journal_json(
    triggers: &[String],
    emotions: &[(String, u8)],
    phase: Option<&str>,
    body: Option<&str>,
) -> String {
    let mut fields = vec![r#""kind":"journal","text":"t","createdAt":1,"updatedAt":2"#.to_owned()];
    fields.push(format!(
        r#""triggers":{}"#,
        serde_json::to_string(triggers).expect("strings serialise")
    ));
    let emotions: serde_json::Map<String, serde_json::Value> = emotions
        .iter()
        .map(|(name, rating)| (name.clone(), (*rating).into()))
        .collect();
    fields.push(format!(
        r#""emotions":{}"#,
        serde_json::Value::Object(emotions)
    ));
    if let Some(phase) = phase {
        fields.push(format!(r#""phase":"{phase}""#));
    }
    if let Some(body) = body {
        fields.push(format!(
            r#""bodyNote":{}"#,
            serde_json::to_string(body).expect("a string serialises")
        ));
    }
    format!("{{{}}}", fields.join(","))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn tidying_is_idempotent(
        triggers in proptest::collection::vec(
            prop_oneof![20 => "[ \\tA-Za-zé\u{85}]{0,8}", 1 => "[a\u{1}]{1,3}"],
            0..22,
        ),
        emotions in proptest::collection::vec(("[ A-Za-z]{1,6}", prop_oneof![9 => 0u8..=5, 1 => 6u8..=7]), 0..4),
        phase in proptest::option::of(proptest::sample::select(vec!["idealization", "calm", "unsure", "angry"])),
        body in proptest::option::of("[ a-z]{0,5}"),
    ) {
        let json = journal_json(&triggers, &emotions, phase, body.as_deref());
        match Record::from_json(&json) {
            Ok(record) => {
                let canonical = record.to_json();
                prop_assert_eq!(Record::from_json(&canonical), Ok(record.clone()));
                prop_assert!(record.validate().is_ok());
                if let Record::Journal(entry) = &record {
                    prop_assert!(entry.emotions.values().all(|r| *r <= MAX_RATING));
                    prop_assert!(entry.triggers.iter().all(|t| !t.is_empty() && t.trim() == t));
                }
            }
            Err(error) => prop_assert_eq!(error, Error::InvalidRecord),
        }
    }
}
