//! The data behind the insights screen's charts (the dated phase timeline and the weekly
//! emotion averages' Mondays) and the contact log's streak summary. Worked examples are in
//! docs/cycle-insights.md.

mod common;

use Phase::{Calm, Devaluation, Discard, Hoovering, Idealization, Unsure};
use common::tracker::{D, H, T0, contact, entry, goal, phase_at};
use kintsugi_model::{
    HooverTactic, Phase, Record, UtcOffset, insights, no_contact_json, no_contact_summary,
};

/// The records as the JSON array the wasm surface receives.
fn records_json(records: &[Record]) -> String {
    let all: Vec<String> = records.iter().map(Record::to_json).collect();
    format!("[{}]", all.join(","))
}

#[test]
fn timeline_lists_every_stretch_with_its_dates() {
    let records = [
        phase_at(0, Idealization),
        phase_at(1, Idealization),
        phase_at(3, Unsure),
        phase_at(4, Calm),
        phase_at(10, Devaluation),
        phase_at(12, Discard),
        // A 40-day gap: the discard stretch ends at its own entry.
        phase_at(52, Hoovering),
    ];
    let now = T0 + 55 * D;
    let result = insights(&records, now, UtcOffset::UTC);
    let got: Vec<(Phase, u64, u64, u64, usize, bool)> = result
        .timeline
        .iter()
        .map(|s| {
            (
                s.phase,
                (s.start - T0) / D,
                (s.end - T0) / D,
                s.length_days,
                s.segment,
                s.ongoing,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (Idealization, 0, 4, 4, 0, false),
            (Calm, 4, 10, 6, 0, false),
            (Devaluation, 10, 12, 2, 0, false),
            (Discard, 12, 12, 0, 0, false),
            (Hoovering, 52, 55, 3, 1, true),
        ]
    );
    // Each complete cycle's length is the sum of its stretches on the timeline.
    assert_eq!(result.cycles.count, 0);
    assert_eq!(result.cycles.interrupted, 1);
    assert!(insights(&[], now, UtcOffset::UTC).timeline.is_empty());
}

#[test]
fn timeline_in_json_is_camel_case() {
    let records = [phase_at(0, Idealization), phase_at(2, Devaluation)];
    let json = records_json(&records);
    let out = kintsugi_model::insights_json(&json, T0 + 3 * D, 0).unwrap();
    assert!(
        out.contains(&format!(
            r#""timeline":[{{"phase":"idealization","start":{T0},"end":{},"lengthDays":2,"segment":0,"ongoing":false}}"#,
            T0 + 2 * D
        )),
        "{out}"
    );
}

#[test]
fn emotion_weeks_name_their_local_monday() {
    // 2026-01-01 is a Thursday: its ISO week began on Monday 29 December 2025.
    // Sunday 4 January 23:30 UTC is Monday 5 January at UTC+1.
    let sunday_late = T0 + 3 * D + 23 * H + 30 * 60_000;
    let records = [
        entry(T0, None, &[], &[("fear", 4)]),
        entry(sunday_late, None, &[], &[("joy", 5)]),
    ];
    let now = T0 + 10 * D;
    let utc = insights(&records, now, UtcOffset::UTC);
    let mondays: Vec<&str> = utc
        .emotion_weeks
        .iter()
        .map(|w| w.week_start.as_str())
        .collect();
    assert_eq!(mondays, ["2025-12-29"]);
    let plus_one = insights(&records, now, UtcOffset::from_minutes(60).unwrap());
    let mondays: Vec<(&str, u32)> = plus_one
        .emotion_weeks
        .iter()
        .map(|w| (w.week_start.as_str(), w.week.week))
        .collect();
    assert_eq!(mondays, [("2025-12-29", 1), ("2026-01-05", 2)]);
}

#[test]
fn no_contact_summary_matches_the_insights() {
    let records = [
        goal(T0 + 22 * H, None),
        contact(T0 + 4 * D + 12 * H, Some(HooverTactic::Crisis), true),
        contact(T0 + 6 * D, None, false),
        // Journal entries are ignored here.
        phase_at(1, Calm),
    ];
    let now = T0 + 10 * D + H;
    let summary = no_contact_summary(&records, now, UtcOffset::UTC);
    assert_eq!(summary, insights(&records, now, UtcOffset::UTC).no_contact);
    let days: Vec<u64> = summary.streaks.iter().map(|s| s.days).collect();
    assert_eq!(days, [4, 6]);
    assert_eq!(summary.current.as_ref().map(|s| s.days), Some(6));
    assert_eq!(summary.longest_days, Some(6));

    let json = records_json(&records);
    let out = no_contact_json(&json, now, 0).unwrap();
    assert!(out.contains(r#""longestDays":6"#), "{out}");
    assert!(out.contains(r#""goals":1"#), "{out}");
    assert!(no_contact_json("[{}]", now, 0).is_err());
    assert!(no_contact_json(&json, now, 19 * 60).is_err());
    assert!(no_contact_json(&json, u64::MAX, 0).is_err());
}

#[test]
fn cycles_carry_their_days_per_phase_in_json() {
    let records = [
        phase_at(0, Idealization),
        phase_at(2, Calm),
        phase_at(14, Devaluation),
        phase_at(16, Discard),
        phase_at(18, Hoovering),
    ];
    let result = insights(&records, T0 + 19 * D, UtcOffset::UTC);
    let cycle = &result.cycles.complete[0];
    let days: Vec<(Phase, u64)> = cycle.phase_days.iter().map(|(p, d)| (*p, *d)).collect();
    assert_eq!(
        days,
        [
            (Idealization, 2),
            (Devaluation, 2),
            (Discard, 2),
            (Calm, 12)
        ]
    );
    let json = records_json(&records);
    let out = kintsugi_model::insights_json(&json, T0 + 19 * D, 0).unwrap();
    assert!(
        out.contains(r#""phaseDays":{"idealization":2,"devaluation":2,"discard":2,"calm":12}"#),
        "{out}"
    );
}
