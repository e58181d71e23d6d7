//! Properties of the insights over random records: the order of input never matters,
//! cycles tile the span they come from, and streaks never exceed the time they cover.

mod common;

use common::tracker::{D, H, T0, contact, entry, goal};
use kintsugi_model::{HooverTactic, Phase, Record, UtcOffset, insights};
use proptest::prelude::*;

const SPAN_DAYS: u64 = 200;
const TRIGGERS: [&str; 4] = ["work", "Work", "money", "family"];
const EMOTIONS: [&str; 3] = ["fear", "joy", "Numb"];

fn journal() -> impl Strategy<Value = Record> {
    (
        0..SPAN_DAYS * 24,
        proptest::option::of(proptest::sample::select(Phase::ALL.to_vec())),
        proptest::sample::subsequence(TRIGGERS.to_vec(), 0..=2),
        proptest::collection::vec(
            (proptest::sample::select(EMOTIONS.to_vec()), 0u8..=5),
            0..=2,
        ),
    )
        .prop_map(|(hour, phase, triggers, emotions)| {
            // Pairs may repeat a name; keep the first of each (as a person's form would).
            let mut seen = std::collections::BTreeSet::new();
            let emotions: Vec<(&str, u8)> = emotions
                .into_iter()
                .filter(|(n, _)| seen.insert(n.to_lowercase()))
                .collect();
            // "work" and "Work" are one tag: an entry holds only one spelling.
            let triggers: Vec<&str> = if triggers.contains(&"work") {
                triggers.into_iter().filter(|t| *t != "Work").collect()
            } else {
                triggers
            };
            entry(T0 + hour * H, phase, &triggers, &emotions)
        })
}

fn other() -> impl Strategy<Value = Record> {
    prop_oneof![
        (
            0..SPAN_DAYS * 24,
            proptest::option::of(proptest::sample::select(HooverTactic::ALL.to_vec())),
            any::<bool>()
        )
            .prop_map(|(hour, tactic, broke)| contact(T0 + hour * H, tactic, broke)),
        (0..SPAN_DAYS * 24, proptest::option::of(0..60 * 24u64))
            .prop_map(|(hour, length)| goal(T0 + hour * H, length.map(|l| T0 + (hour + l) * H))),
    ]
}

fn records() -> impl Strategy<Value = Vec<Record>> {
    (
        proptest::collection::vec(journal(), 0..80),
        proptest::collection::vec(other(), 0..12),
    )
        .prop_map(|(mut a, b)| {
            a.extend(b);
            a
        })
}

fn local_day(ms: u64, offset_minutes: i32) -> i64 {
    (ms as i64 + i64::from(offset_minutes) * 60_000).div_euclid(D as i64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn input_order_does_not_matter(
        (original, shuffled) in records().prop_flat_map(|r| (Just(r.clone()), Just(r).prop_shuffle())),
        now_hour in 0..(SPAN_DAYS + 40) * 24,
        offset in -720i32..=840,
    ) {
        let offset = UtcOffset::from_minutes(offset).unwrap();
        let now = T0 + now_hour * H;
        prop_assert_eq!(insights(&original, now, offset), insights(&shuffled, now, offset));
    }

    #[test]
    fn cycles_tile_the_span(records in records(), now_hour in 0..(SPAN_DAYS + 40) * 24) {
        let now = T0 + now_hour * H;
        let result = insights(&records, now, UtcOffset::UTC);
        let times: Vec<u64> = records
            .iter()
            .filter_map(|r| match r {
                Record::Journal(e) if e.occurred_at() <= now && e.phase.is_some_and(|p| p != Phase::Unsure) => Some(e.occurred_at()),
                _ => None,
            })
            .collect();
        let cycles = &result.cycles;
        prop_assert_eq!(cycles.count, cycles.complete.len());
        prop_assert_eq!(cycles.phase_entries, times.len());
        if let (Some(first), Some(last)) = (times.iter().min(), times.iter().max()) {
            let total: u64 = cycles.complete.iter().map(|c| c.length_ms).sum();
            prop_assert!(total <= last - first);
        } else {
            prop_assert!(cycles.complete.is_empty() && cycles.in_progress.is_none());
        }
        for pair in cycles.complete.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start);
        }
        for cycle in &cycles.complete {
            prop_assert_eq!(cycle.phase_ms.values().sum::<u64>(), cycle.length_ms);
            prop_assert!(cycle.phase_ms.contains_key(&Phase::Devaluation) || cycle.phase_ms.contains_key(&Phase::Discard));
            prop_assert!(!cycle.phase_ms.contains_key(&Phase::Unsure));
        }
        if let Some(current) = &cycles.in_progress {
            prop_assert_eq!(current.end, now);
            prop_assert!(cycles.complete.last().is_none_or(|c| c.end <= current.start));
        }
        for top in &result.triggers_before_escalation.top {
            prop_assert!(top.count >= 1 && top.count <= result.triggers_before_escalation.onsets);
        }
        for week in &result.emotion_weeks {
            for average in &week.averages {
                prop_assert!((0.0..=5.0).contains(&average.average));
                prop_assert!(average.ratings <= week.entries);
            }
        }
        let rated = records.iter().filter(|r| matches!(r, Record::Journal(e) if e.occurred_at() <= now && !e.emotions.is_empty())).count();
        prop_assert_eq!(result.emotion_weeks.iter().map(|w| w.entries as usize).sum::<usize>(), rated);
    }

    #[test]
    fn streaks_never_exceed_their_span(
        records in records(),
        now_hour in 0..(SPAN_DAYS + 40) * 24,
        offset in -720i32..=840,
    ) {
        let now = T0 + now_hour * H;
        let result = insights(&records, now, UtcOffset::from_minutes(offset).unwrap());
        let first_start = records
            .iter()
            .filter_map(|r| match r {
                Record::NoContactGoal(g) if g.started_at <= now => Some(g.started_at),
                _ => None,
            })
            .min();
        let summary = &result.no_contact;
        match first_start {
            None => prop_assert!(summary.streaks.is_empty()),
            Some(start) => {
                let span = (local_day(now, offset) - local_day(start, offset)) as u64;
                for streak in &summary.streaks {
                    prop_assert!(streak.days <= span);
                    prop_assert!(streak.start <= streak.end && streak.end <= now);
                }
                // A goal ended the moment it began holds no streak, so there may be no longest.
                prop_assert!(summary.longest_days.is_none_or(|l| l <= span));
                prop_assert_eq!(summary.longest_days.is_some(), !summary.streaks.is_empty());
            }
        }
        for pair in summary.streaks.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start);
        }
        if let Some(current) = &summary.current {
            prop_assert!(current.ongoing && current.end == now);
            prop_assert!(summary.longest_days.is_some_and(|l| l >= current.days));
        }
    }
}
