//! Insights over 10,000 entries: the results stay consistent (timings belong to benchmarks).

mod common;

use common::tracker::{D, T0, contact, entry, goal};
use kintsugi_model::{HooverTactic, Phase, Record, UtcOffset, insights};

const REPEATS: u64 = 2_000;

/// A 10-day cycle, five entries each: hoovering (day 0), idealization (2), calm (4),
/// devaluation (7, with a trigger), discard (8); then the next hoovering on day 10.
fn ten_thousand_entries() -> Vec<Record> {
    let pattern = [
        (0, Phase::Hoovering),
        (2, Phase::Idealization),
        (4, Phase::Calm),
        (7, Phase::Devaluation),
        (8, Phase::Discard),
    ];
    let mut records = Vec::new();
    for rep in 0..REPEATS {
        for (day, phase) in pattern {
            let at = T0 + (rep * 10 + day) * D;
            let tag = format!("t{}", rep % 7);
            let triggers: Vec<&str> = if phase == Phase::Devaluation {
                vec![&tag]
            } else {
                vec![]
            };
            let fear = u8::try_from(rep % 6).expect("a remainder of 6 fits a u8");
            records.push(entry(at, Some(phase), &triggers, &[("fear", fear)]));
        }
    }
    records
}

#[test]
fn ten_thousand_entries_are_consistent() {
    let mut records = ten_thousand_entries();
    assert_eq!(records.len(), 10_000);
    // Interleave contacts and a goal so every part runs at scale.
    for i in 0..500u64 {
        records.push(contact(
            T0 + i * 40 * D,
            Some(HooverTactic::ALL[(i % 10) as usize]),
            i % 50 == 49,
        ));
    }
    records.push(goal(T0, None));
    // Newest first, as the app lists them: order must not matter.
    records.reverse();
    let now = T0 + (REPEATS * 10 - 1) * D;
    let result = insights(&records, now, UtcOffset::UTC);

    let cycles = &result.cycles;
    assert_eq!(cycles.count, (REPEATS - 1) as usize);
    assert!(cycles.complete.iter().all(|c| c.length_days == 10));
    assert!(cycles.complete.iter().all(|c| {
        let days = |p| c.phase_days(p).unwrap();
        (
            days(Phase::Hoovering),
            days(Phase::Idealization),
            days(Phase::Calm),
            days(Phase::Devaluation),
            days(Phase::Discard),
        ) == (2, 2, 3, 1, 2)
    }));
    assert_eq!(cycles.in_progress.as_ref().map(|c| c.length_days), Some(9));
    assert_eq!(result.calm_trend.days, [3, 3, 3]);

    // Each devaluation's own tag counts for it and for the discard a day later.
    let triggers = &result.triggers_before_escalation;
    assert_eq!(triggers.onsets, (2 * REPEATS) as usize);
    for top in &triggers.top {
        let k: u64 = top.trigger[1..].parse().unwrap();
        let reps = (0..REPEATS).filter(|r| r % 7 == k).count();
        assert_eq!(top.count, 2 * reps, "{}", top.trigger);
    }
    assert_eq!(triggers.top.len(), 7);

    let entries: u32 = result.emotion_weeks.iter().map(|w| w.entries).sum();
    assert_eq!(entries, 10_000);
    let total: u32 = result
        .emotion_weeks
        .iter()
        .flat_map(|w| &w.averages)
        .map(|a| a.total)
        .sum();
    let expected: u64 = (0..REPEATS).map(|r| 5 * (r % 6)).sum();
    assert_eq!(u64::from(total), expected);

    assert_eq!(
        result.hoover_tactics.iter().map(|t| t.count).sum::<usize>(),
        500
    );
    assert!(result.hoover_tactics.iter().all(|t| t.count == 50));
    // Breaks every 50 contacts (every 2,000 days): ten breaks, eleven streaks.
    assert_eq!(result.no_contact.streaks.len(), 11);
    assert_eq!(result.no_contact.longest_days, Some(2_000));
}
