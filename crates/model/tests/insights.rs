//! Insights against hand-built sequences with known answers. The worked examples in
//! docs/cycle-insights.md are these tests.

mod common;

use Phase::{Calm, Devaluation, Discard, Hoovering, Idealization, Unsure};
use common::tracker::{D, H, T0, contact, entry, goal, phase_at};
use kintsugi_model::{
    Cycle, HooverTactic, Insights, Phase, Record, Sentence, SentenceKind, TrendKind, UtcOffset,
    insights, insights_json, trigger_suggestions,
};

fn utc(records: &[Record], now: u64) -> Insights {
    insights(records, now, UtcOffset::UTC)
}

/// The one complete cycle the records hold at `now`, in UTC.
fn only_cycle(records: &[Record], now: u64) -> Cycle {
    let cycles = utc(records, now).cycles;
    assert_eq!(cycles.count, 1, "{cycles:#?}");
    cycles.complete[0].clone()
}

fn find(insights: &Insights, kind: SentenceKind) -> Vec<&Sentence> {
    insights
        .sentences
        .iter()
        .filter(|s| s.kind == kind)
        .collect()
}

fn text(insights: &Insights, kind: SentenceKind) -> String {
    let found = find(insights, kind);
    assert_eq!(
        found.len(),
        1,
        "one {kind:?} sentence in {:#?}",
        insights.sentences
    );
    found[0].text.clone()
}

/// Words the sentences must never use: no diagnosis, no blame, no advice.
const NEVER: [&str; 10] = [
    "should",
    "must",
    "fault",
    "disorder",
    "narciss",
    "borderline",
    "toxic",
    "abuser",
    "blame",
    "failed",
];

fn assert_gentle(insights: &Insights) {
    for sentence in &insights.sentences {
        let lower = sentence.text.to_lowercase();
        for word in NEVER {
            assert!(!lower.contains(word), "{word:?} in {:?}", sentence.text);
        }
        assert!(sentence.text.ends_with('.'), "{:?}", sentence.text);
        assert!(
            sentence.text.chars().next().is_some_and(char::is_uppercase),
            "{:?}",
            sentence.text
        );
    }
}

/// The scripted six weeks of the docs' worked example: three complete cycles whose calm
/// lasts 12, 8 and 5 days, and a fourth in progress.
fn six_weeks() -> Vec<Record> {
    vec![
        // Cycle 1: days 0 .. 18.
        phase_at(0, Idealization),
        phase_at(2, Calm),
        entry(T0 + 12 * D, None, &["Work"], &[]),
        entry(T0 + 14 * D, Some(Devaluation), &["work"], &[]),
        phase_at(16, Discard),
        // Cycle 2: days 18 .. 33.
        phase_at(18, Hoovering),
        phase_at(20, Idealization),
        phase_at(23, Calm),
        entry(T0 + 29 * D, Some(Calm), &["money", "work"], &[]),
        phase_at(31, Devaluation),
        // Cycle 3: days 33 .. 41.
        phase_at(33, Idealization),
        phase_at(35, Calm),
        entry(T0 + 38 * D, Some(Calm), &["money"], &[]),
        phase_at(40, Discard),
        // Cycle 4, in progress.
        phase_at(41, Hoovering),
    ]
}

#[test]
fn worked_example_three_cycles_and_one_in_progress() {
    let result = utc(&six_weeks(), T0 + 43 * D);
    let cycles = &result.cycles;
    assert_eq!(cycles.count, 3);
    let lengths: Vec<u64> = cycles.complete.iter().map(|c| c.length_days).collect();
    assert_eq!(lengths, [18, 15, 8]);
    let first = &cycles.complete[0];
    assert_eq!(first.start, T0);
    assert_eq!(first.end, T0 + 18 * D);
    assert_eq!(first.phase_days(Idealization), Some(2));
    assert_eq!(first.phase_days(Calm), Some(12));
    assert_eq!(first.phase_days(Devaluation), Some(2));
    assert_eq!(first.phase_days(Discard), Some(2));
    assert_eq!(first.phase_days(Hoovering), None);
    let second = &cycles.complete[1];
    assert_eq!(second.phase_days(Hoovering), Some(2));
    assert_eq!(second.phase_days(Idealization), Some(3));
    assert_eq!(second.phase_days(Calm), Some(8));
    let current = cycles
        .in_progress
        .as_ref()
        .expect("a cycle began on day 41");
    assert_eq!(
        (current.start, current.end, current.length_days),
        (T0 + 41 * D, T0 + 43 * D, 2)
    );
    assert_eq!(cycles.interrupted, 0);
    assert_eq!(cycles.phase_entries, 14);

    assert_eq!(result.calm_trend.kind, TrendKind::Shorter);
    assert_eq!(result.calm_trend.days, [12, 8, 5]);
    assert_eq!(result.idealization_trend.kind, TrendKind::Mixed);
    assert_eq!(result.idealization_trend.days, [2, 3, 2]);

    let triggers = &result.triggers_before_escalation;
    assert_eq!(triggers.onsets, 4);
    let top: Vec<(&str, usize)> = triggers
        .top
        .iter()
        .map(|t| (t.trigger.as_str(), t.count))
        .collect();
    assert_eq!(top, [("Work", 3), ("money", 2)]);

    assert_eq!(
        text(&result, SentenceKind::CycleCount),
        "Your entries show 3 full cycles."
    );
    assert_eq!(
        text(&result, SentenceKind::CycleLengths),
        "The last three lasted 18, 15 and 8 days."
    );
    assert_eq!(
        find(&result, SentenceKind::CycleLengths)[0].numbers,
        [18.0, 15.0, 8.0]
    );
    assert_eq!(
        text(&result, SentenceKind::CycleInProgress),
        "The cycle you are in now began 2 days ago."
    );
    let trends = find(&result, SentenceKind::PhaseTrend);
    assert_eq!(
        trends[0].text,
        "In your last three cycles, calm lasted 12, 8 and 5 days: each time shorter than the time before."
    );
    assert_eq!(trends[0].labels, ["calm", "shorter"]);
    assert_eq!(
        trends[1].text,
        "In your last three cycles, idealization lasted 2, 3 and 2 days."
    );
    assert_eq!(
        text(&result, SentenceKind::TriggersBefore),
        "In the 72 hours before a devaluation or discard began, the triggers you noted most often were Work (3 of 4) and money (2 of 4)."
    );
    assert_gentle(&result);
}

#[test]
fn no_records_says_so_once() {
    let result = utc(&[], T0);
    assert_eq!(result.cycles.count, 0);
    assert!(result.cycles.in_progress.is_none());
    assert_eq!(result.sentences.len(), 1);
    assert_eq!(result.sentences[0].kind, SentenceKind::NoEntries);
    assert!(result.no_contact.current.is_none());
    assert_gentle(&result);
}

#[test]
fn one_entry_starts_a_cycle_in_progress() {
    let result = utc(&[phase_at(0, Idealization)], T0 + 2 * D + 13 * H);
    assert_eq!(result.cycles.count, 0);
    assert_eq!(
        result.cycles.in_progress.as_ref().map(|c| c.length_days),
        Some(3)
    );
    assert!(find(&result, SentenceKind::CycleCount).is_empty());
    assert!(find(&result, SentenceKind::CyclesTooFew).is_empty());
    assert_eq!(
        text(&result, SentenceKind::CycleInProgress),
        "The cycle you are in now began 3 days ago."
    );
    // One devaluation alone is no cycle at all: nothing opened one.
    let result = utc(&[phase_at(0, Devaluation)], T0 + D);
    assert!(result.cycles.in_progress.is_none());
    assert_eq!(find(&result, SentenceKind::CyclesTooFew)[0].numbers, [1.0]);
    assert_gentle(&result);
}

#[test]
fn only_unsure_entries_show_no_cycle() {
    let records: Vec<Record> = (0..5).map(|d| phase_at(d, Unsure)).collect();
    let result = utc(&records, T0 + 5 * D);
    assert_eq!(result.cycles.phase_entries, 0);
    assert_eq!(result.cycles.count, 0);
    assert!(result.cycles.in_progress.is_none());
    assert_eq!(find(&result, SentenceKind::CyclesTooFew).len(), 1);
    assert_eq!(result.calm_trend.kind, TrendKind::TooLittleData);
    assert_eq!(
        find(&result, SentenceKind::PhaseTrend)[0].text,
        "There are not yet three full cycles with calm, so no trend is shown for it."
    );
    assert_eq!(
        text(&result, SentenceKind::NoEscalationYet),
        "No devaluation or discard has been logged yet, so there are no triggers to look back on."
    );
}

#[test]
fn unsure_entries_neither_start_nor_end_a_stretch() {
    let with_unsure = [
        phase_at(0, Idealization),
        phase_at(1, Unsure),
        phase_at(2, Devaluation),
        phase_at(3, Unsure),
        phase_at(4, Hoovering),
    ];
    let without: Vec<Record> = [0, 2, 4].iter().map(|&i| with_unsure[i].clone()).collect();
    let now = T0 + 5 * D;
    assert_eq!(utc(&with_unsure, now).cycles, utc(&without, now).cycles);
    let cycle = only_cycle(&with_unsure, now);
    assert_eq!(cycle.phase_days(Idealization), Some(2));
    assert_eq!(cycle.phase_days(Unsure), None);
}

#[test]
fn consecutive_same_phase_entries_are_one_stretch() {
    let records = [
        phase_at(0, Idealization),
        phase_at(1, Idealization),
        phase_at(2, Idealization),
        phase_at(3, Devaluation),
        phase_at(5, Idealization),
    ];
    let cycle = only_cycle(&records, T0 + 6 * D);
    assert_eq!(
        (
            cycle.phase_days(Idealization),
            cycle.phase_days(Devaluation)
        ),
        (Some(3), Some(2))
    );
    // A second idealization after calm, with no devaluation between, stays in the cycle.
    let records = [
        phase_at(0, Idealization),
        phase_at(2, Calm),
        phase_at(4, Idealization),
        phase_at(6, Discard),
        phase_at(7, Hoovering),
    ];
    let cycle = only_cycle(&records, T0 + 8 * D);
    assert_eq!(cycle.length_days, 7);
    assert_eq!(cycle.phase_days(Idealization), Some(4));
}

#[test]
fn input_order_and_edits_that_reorder_dates() {
    let records = six_weeks();
    let now = T0 + 43 * D;
    let mut reversed = records.clone();
    reversed.reverse();
    assert_eq!(utc(&reversed, now), utc(&records, now));
    // Editing the day-31 devaluation to day 34 (after the next idealization) merges
    // cycles 2 and 3: the devaluation now falls inside the stretch that opened on day 33.
    let mut edited = records.clone();
    let at = edited
        .iter()
        .position(|r| *r == phase_at(31, Devaluation))
        .unwrap();
    edited[at] = phase_at(34, Devaluation);
    let result = utc(&edited, now);
    assert_eq!(result.cycles.count, 2);
    let lengths: Vec<u64> = result
        .cycles
        .complete
        .iter()
        .map(|c| c.length_days)
        .collect();
    assert_eq!(lengths, [18, 23]);
}

#[test]
fn duplicate_timestamps_sort_by_phase_order() {
    let records = [
        phase_at(0, Devaluation),
        phase_at(0, Idealization),
        phase_at(0, Idealization),
        phase_at(1, Hoovering),
    ];
    // Idealization sorts before devaluation at the same instant: a zero-length
    // idealization, a one-day devaluation, then the return.
    let cycle = only_cycle(&records, T0 + 2 * D);
    assert_eq!(cycle.length_days, 1);
    assert_eq!(cycle.phase_ms.get(&Idealization), Some(&0));
    assert_eq!(cycle.phase_ms.get(&Devaluation), Some(&D));
}

#[test]
fn gaps_of_months_break_the_sequence() {
    let records = [
        phase_at(0, Idealization),
        phase_at(2, Devaluation),
        // 68 days without an entry with a phase.
        phase_at(70, Idealization),
        phase_at(72, Discard),
        phase_at(74, Hoovering),
    ];
    let result = utc(&records, T0 + 75 * D);
    assert_eq!(
        result.cycles.count, 1,
        "only the cycle after the gap is whole"
    );
    assert_eq!(result.cycles.complete[0].start, T0 + 70 * D);
    assert_eq!(result.cycles.interrupted, 1);
    assert_eq!(
        text(&result, SentenceKind::CyclesInterrupted),
        "1 cycle stopped at a gap of more than four weeks without entries, so it is not counted."
    );
    // Months after the last entry, nothing is in progress any more.
    let result = utc(&records, T0 + 200 * D);
    assert!(result.cycles.in_progress.is_none());
    assert_eq!(result.cycles.interrupted, 2);
    // But within 28 days it is.
    assert!(utc(&records, T0 + 102 * D).cycles.in_progress.is_some());
}

#[test]
fn entries_dated_after_now_wait_their_turn() {
    let mut records = six_weeks();
    records.push(phase_at(50, Devaluation));
    records.push(contact(T0 + 50 * D, Some(HooverTactic::Gift), false));
    records.push(goal(T0 + 50 * D, None));
    let now = T0 + 43 * D;
    let result = utc(&records, now);
    assert_eq!(result.cycles, utc(&six_weeks(), now).cycles);
    assert!(result.hoover_tactics.is_empty());
    assert!(result.no_contact.current.is_none());
    assert_eq!(result.no_contact.goals, 1);
}

#[test]
fn trigger_window_is_72_hours_inclusive() {
    let onset = T0 + 10 * D;
    let records = [
        phase_at(0, Idealization),
        entry(onset - 72 * H, None, &["edge"], &[]),
        entry(onset - 72 * H - 1, None, &["outside"], &[]),
        entry(onset, Some(Devaluation), &["same time"], &[]),
        entry(onset + 1, None, &["after"], &[]),
    ];
    let result = utc(&records, onset + D);
    let names: Vec<&str> = result
        .triggers_before_escalation
        .top
        .iter()
        .map(|t| t.trigger.as_str())
        .collect();
    assert_eq!(names, ["edge", "same time"]);
    // Entries without triggers before an onset: said plainly.
    let result = utc(
        &[phase_at(0, Idealization), phase_at(1, Discard)],
        T0 + 2 * D,
    );
    assert_eq!(result.triggers_before_escalation.onsets, 1);
    assert_eq!(
        text(&result, SentenceKind::NoTriggersBefore),
        "No triggers were noted in the 72 hours before a devaluation or discard began."
    );
}

#[test]
fn emotion_averages_per_iso_week_in_local_time() {
    // 2026-01-04 is a Sunday (ISO week 1); 23:30 UTC is Monday 00:30 at UTC+1 (week 2).
    let sunday_late = T0 + 3 * D + 23 * H + 30 * 60_000;
    let records = [
        entry(T0, None, &[], &[("fear", 4), ("Numb", 1)]),
        entry(T0 + D, None, &[], &[("fear", 2), ("numb", 2)]),
        entry(sunday_late, None, &[], &[("joy", 5)]),
        entry(T0 + 2 * D, None, &[], &[]),
    ];
    let now = T0 + 10 * D;
    let result = utc(&records, now);
    assert_eq!(result.emotion_weeks.len(), 1);
    let week = &result.emotion_weeks[0];
    assert_eq!((week.week.year, week.week.week, week.entries), (2026, 1, 3));
    let averages: Vec<(&str, u32, f64)> = week
        .averages
        .iter()
        .map(|a| (a.emotion.as_str(), a.ratings, a.average))
        .collect();
    assert_eq!(
        averages,
        [("fear", 2, 3.0), ("joy", 1, 5.0), ("Numb", 2, 1.5)]
    );

    let plus_one = insights(&records, now, UtcOffset::from_minutes(60).unwrap());
    let weeks: Vec<(u32, u32)> = plus_one
        .emotion_weeks
        .iter()
        .map(|w| (w.week.week, w.entries))
        .collect();
    assert_eq!(weeks, [(1, 2), (2, 1)]);
    assert_eq!(
        text(&plus_one, SentenceKind::EmotionWeek),
        "In the week of 5 to 11 January 2026, the feeling you rated strongest on average was joy (5)."
    );
    assert_eq!(
        text(&result, SentenceKind::EmotionWeek),
        "In the week of 29 December 2025 to 4 January 2026, the feelings you rated strongest on average were joy (5) and fear (3)."
    );
    let none = utc(&[phase_at(0, Calm)], now);
    assert_eq!(
        text(&none, SentenceKind::NoEmotions),
        "No feelings have been rated yet, so there are no weekly averages."
    );
}

#[test]
fn hoover_tactics_by_frequency() {
    use HooverTactic::{Apology, Gift, PromiseToChange};
    let at = T0;
    let records = [
        contact(at, Some(PromiseToChange), false),
        contact(at, Some(Gift), false),
        contact(at, Some(Apology), false),
        contact(at, Some(PromiseToChange), false),
        contact(at, Some(Apology), false),
        contact(at, Some(Apology), false),
        contact(at, Some(PromiseToChange), false),
        contact(at, None, false),
    ];
    let result = utc(&records, T0 + D);
    let counts: Vec<(HooverTactic, usize)> = result
        .hoover_tactics
        .iter()
        .map(|t| (t.tactic, t.count))
        .collect();
    assert_eq!(counts, [(Apology, 3), (PromiseToChange, 3), (Gift, 1)]);
    let sentence = find(&result, SentenceKind::HooverTactics)[0];
    assert_eq!(
        sentence.text,
        "Across 7 contacts with a hoover tactic noted, the most frequent were an apology (3 times), a promise to change (3 times) and a gift (once)."
    );
    assert_eq!(sentence.labels, ["apology", "promiseToChange", "gift"]);
    assert_eq!(sentence.numbers, [7.0, 3.0, 3.0, 1.0]);
    let none = utc(&[contact(at, None, false)], T0 + D);
    assert_eq!(
        text(&none, SentenceKind::NoHooverTactics),
        "No hoover tactics have been logged yet."
    );
    assert_gentle(&result);
}

#[test]
fn no_contact_streaks_count_local_days() {
    // Goal from 2026-01-01 22:00 UTC; now 2026-01-11 01:00 UTC.
    let start = T0 + 22 * H;
    let now = T0 + 10 * D + H;
    let records = [goal(start, None)];
    let days_at = |minutes: i32| {
        insights(&records, now, UtcOffset::from_minutes(minutes).unwrap())
            .no_contact
            .current
            .map(|s| s.days)
    };
    assert_eq!(days_at(0), Some(10));
    assert_eq!(days_at(180), Some(9), "UTC+3: 2 Jan 01:00 to 11 Jan 04:00");
    assert_eq!(days_at(-300), Some(9), "UTC-5: 1 Jan 17:00 to 10 Jan 20:00");
    assert_eq!(days_at(120), Some(9), "UTC+2: 2 Jan 00:00 to 11 Jan 03:00");
    assert_eq!(days_at(-60), Some(10), "UTC-1: 1 Jan 21:00 to 11 Jan 00:00");
}

#[test]
fn a_broken_streak_restarts_without_losing_the_history() {
    let december = T0 - 31 * D;
    let records = [
        goal(december, Some(december + 20 * D)),
        goal(T0 + 22 * H, None),
        contact(T0 + 4 * D + 12 * H, Some(HooverTactic::Crisis), true),
        // A breaking contact outside any goal changes nothing.
        contact(december + 25 * D, None, true),
        // Nor does one that did not break it.
        contact(T0 + 6 * D, Some(HooverTactic::Apology), false),
    ];
    let now = T0 + 10 * D + H;
    let result = utc(&records, now);
    let summary = &result.no_contact;
    let days: Vec<(u64, bool)> = summary
        .streaks
        .iter()
        .map(|s| (s.days, s.ongoing))
        .collect();
    assert_eq!(days, [(20, false), (4, false), (6, true)]);
    assert_eq!(
        summary.current.as_ref().map(|s| s.start),
        Some(T0 + 4 * D + 12 * H)
    );
    assert_eq!(summary.longest_days, Some(20));
    assert_eq!(
        text(&result, SentenceKind::NoContactCurrent),
        "Your current no-contact streak is 6 days."
    );
    assert_eq!(
        text(&result, SentenceKind::NoContactLongest),
        "Your longest streak so far is 20 days."
    );
    assert_gentle(&result);

    // Ended goals only: said plainly, with the longest.
    let ended = utc(&records[..1], now);
    assert_eq!(
        text(&ended, SentenceKind::NoContactInactive),
        "No no-contact goal is active right now."
    );
    assert_eq!(ended.no_contact.longest_days, Some(20));
    // No goal at all.
    let none = utc(&[phase_at(0, Calm)], now);
    assert_eq!(
        text(&none, SentenceKind::NoContactNone),
        "No no-contact goal has been recorded."
    );
    // Begun today, and the only streak: no "longest" sentence repeating it.
    let today = utc(&[goal(now - H, None)], now);
    assert_eq!(
        text(&today, SentenceKind::NoContactCurrent),
        "Your current no-contact streak began today."
    );
    assert!(find(&today, SentenceKind::NoContactLongest).is_empty());
}

#[test]
fn overlapping_goals_merge() {
    let records = [goal(T0, Some(T0 + 10 * D)), goal(T0 + 5 * D, None)];
    let result = utc(&records, T0 + 20 * D);
    assert_eq!(result.no_contact.streaks.len(), 1);
    assert_eq!(result.no_contact.current.as_ref().map(|s| s.days), Some(20));
}

#[test]
fn json_surface() {
    let records: Vec<String> = six_weeks().iter().map(Record::to_json).collect();
    let json = format!("[{}]", records.join(","));
    let out = insights_json(&json, T0 + 43 * D, 0).unwrap();
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["cycles"]["count"], 3);
    assert_eq!(value["cycles"]["complete"][0]["lengthDays"], 18);
    assert_eq!(value["cycles"]["complete"][0]["phaseMs"]["calm"], 12 * D);
    assert_eq!(value["calmTrend"]["kind"], "shorter");
    assert_eq!(value["sentences"][0]["kind"], "cycleCount");
    assert_eq!(
        value["sentences"][0]["text"],
        "Your entries show 3 full cycles."
    );
    assert_eq!(value["noContact"]["current"], serde_json::Value::Null);

    use kintsugi_model::Error;
    assert_eq!(insights_json("{}", 0, 0), Err(Error::InvalidInput));
    assert_eq!(
        insights_json("[{\"kind\":\"journal\"}]", 0, 0),
        Err(Error::InvalidInput)
    );
    let too_high =
        r#"[{"kind":"journal","text":"","createdAt":1,"updatedAt":1,"emotions":{"fear":9}}]"#;
    assert_eq!(insights_json(too_high, 0, 0), Err(Error::InvalidInput));
    assert_eq!(
        insights_json("[]", 0, 18 * 60 + 1),
        Err(Error::InvalidInput)
    );
    assert_eq!(insights_json("[]", 1 << 53, 0), Err(Error::InvalidInput));
    assert!(insights_json("[]", (1 << 53) - 1, -18 * 60).is_ok());
}

#[test]
fn trigger_suggestions_rank_by_use_then_recency() {
    let records = [
        entry(T0, None, &["work", "Money"], &[]),
        entry(T0 + D, None, &["WORK", "family"], &[]),
        entry(T0 + 2 * D, None, &["money", "sleep"], &[]),
        entry(T0 + 3 * D, None, &["Work"], &[]),
        contact(T0, None, false),
    ];
    assert_eq!(
        trigger_suggestions(&records, 10),
        ["Work", "money", "sleep", "family"]
    );
    assert_eq!(trigger_suggestions(&records, 2), ["Work", "money"]);
    let mut reversed = records.to_vec();
    reversed.reverse();
    assert_eq!(
        trigger_suggestions(&reversed, 10),
        trigger_suggestions(&records, 10)
    );
    assert!(trigger_suggestions(&[], 10).is_empty());
}
