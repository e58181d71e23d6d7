//! Triggers before devaluation or discard, weekly emotion averages, and hoover tactics.

use std::collections::BTreeMap;

use serde::Serialize;

use super::time::{HOUR_MS, IsoWeek, UtcOffset, iso_week, iso_week_monday, local_day};
use crate::journal::JournalEntry;
use crate::tracker::{ContactLog, HooverTactic, fold};

/// How far back from the start of a devaluation or discard stretch triggers are looked for.
pub const TRIGGER_WINDOW_MS: u64 = 72 * HOUR_MS;
/// How many triggers the structured result lists at most.
pub const TOP_TRIGGERS: usize = 10;

/// Picks one spelling for labels that differ only in case: the one from the earliest
/// entry, and of those the smallest string, so input order never matters.
#[derive(Debug, Default)]
struct Spellings(BTreeMap<String, (u64, String)>);

impl Spellings {
    fn see(&mut self, label: &str, at: u64) -> String {
        let key = fold(label);
        let candidate = (at, label.to_owned());
        self.0
            .entry(key.clone())
            .and_modify(|best| {
                if candidate < *best {
                    best.clone_from(&candidate);
                }
            })
            .or_insert(candidate);
        key
    }

    fn spelling(&self, key: &str) -> String {
        self.0
            .get(key)
            .map_or_else(|| key.to_owned(), |(_, label)| label.clone())
    }
}

/// How often a trigger was noted before a devaluation or discard began.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TriggerCount {
    /// The tag, in its earliest spelling.
    pub trigger: String,
    /// Number of onsets with this tag on an entry in the 72 hours before (inclusive).
    pub count: usize,
}

/// Triggers seen in the 72 hours before each devaluation or discard began.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TriggerSummary {
    /// How many devaluation or discard stretches began (each is one look-back).
    pub onsets: usize,
    /// Most frequent first (ties by tag), at most ten.
    pub top: Vec<TriggerCount>,
}

/// `onsets` sorted; `entries` the journal entries dated up to `now`.
pub(crate) fn triggers_before(onsets: &[u64], entries: &[&JournalEntry]) -> TriggerSummary {
    let mut spellings = Spellings::default();
    let mut times: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for entry in entries {
        let at = entry.occurred_at();
        for tag in &entry.triggers {
            let key = spellings.see(tag, at);
            times.entry(key).or_default().push(at);
        }
    }
    let onsets_in = |from: u64, to: u64| {
        onsets.partition_point(|&t| t <= to) - onsets.partition_point(|&t| t < from)
    };
    let mut top: Vec<TriggerCount> = times
        .into_iter()
        .filter_map(|(key, mut at)| {
            // An onset t counts the tag if an entry at e has t - 72 h <= e <= t, that is
            // t in [e, e + 72 h]: count onsets in the union of those intervals.
            at.sort_unstable();
            let mut count = 0;
            let mut run: Option<(u64, u64)> = None;
            for e in at {
                let end = e.saturating_add(TRIGGER_WINDOW_MS);
                run = match run {
                    Some((from, to)) if e <= to => Some((from, to.max(end))),
                    Some((from, to)) => {
                        count += onsets_in(from, to);
                        Some((e, end))
                    }
                    None => Some((e, end)),
                };
            }
            if let Some((from, to)) = run {
                count += onsets_in(from, to);
            }
            (count > 0).then(|| TriggerCount {
                trigger: spellings.spelling(&key),
                count,
            })
        })
        .collect();
    top.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.trigger.cmp(&b.trigger))
    });
    top.truncate(TOP_TRIGGERS);
    TriggerSummary {
        onsets: onsets.len(),
        top,
    }
}

/// One emotion's average in one week.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EmotionAverage {
    /// The emotion's name, in its earliest spelling.
    pub emotion: String,
    /// How many entries that week rated it.
    pub ratings: u32,
    /// The sum of those ratings.
    pub total: u32,
    /// `total / ratings`.
    pub average: f64,
}

/// Emotion averages of one ISO week (in the person's local time).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EmotionWeek {
    /// The ISO week.
    #[serde(flatten)]
    pub week: IsoWeek,
    /// The week's Monday in the person's local time, `YYYY-MM-DD` (for charts).
    pub week_start: String,
    /// Entries that week with at least one rating.
    pub entries: u32,
    /// One per emotion rated that week, by name.
    pub averages: Vec<EmotionAverage>,
}

/// Weeks oldest first; only weeks with at least one rating.
pub(crate) fn emotion_weeks(entries: &[&JournalEntry], offset: UtcOffset) -> Vec<EmotionWeek> {
    let mut spellings = Spellings::default();
    // week -> (entries with a rating, emotion key -> (ratings, total))
    type Sums = BTreeMap<String, (u32, u32)>;
    let mut weeks: BTreeMap<IsoWeek, (u32, Sums, i64)> = BTreeMap::new();
    for entry in entries.iter().filter(|e| !e.emotions.is_empty()) {
        let at = entry.occurred_at();
        let day = local_day(at, offset);
        let week = weeks.entry(iso_week(day)).or_insert((0, Sums::new(), day));
        week.0 += 1;
        for (name, rating) in &entry.emotions {
            let sums = week.1.entry(spellings.see(name, at)).or_default();
            sums.0 += 1;
            sums.1 += u32::from(*rating);
        }
    }
    weeks
        .into_iter()
        .map(|(week, (count, sums, day))| EmotionWeek {
            week,
            week_start: iso_week_monday(day),
            entries: count,
            averages: sums
                .into_iter()
                .map(|(key, (ratings, total))| EmotionAverage {
                    emotion: spellings.spelling(&key),
                    ratings,
                    total,
                    average: f64::from(total) / f64::from(ratings),
                })
                .collect(),
        })
        .collect()
}

/// How often a hoover tactic was logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TacticCount {
    /// The tactic.
    pub tactic: HooverTactic,
    /// Contacts logged with it.
    pub count: usize,
}

/// Most frequent first; ties in [`HooverTactic::ALL`] order; only tactics seen.
pub(crate) fn hoover_tactics(contacts: &[&ContactLog]) -> Vec<TacticCount> {
    let mut counts: BTreeMap<HooverTactic, usize> = BTreeMap::new();
    for tactic in contacts.iter().filter_map(|c| c.hoover_tactic) {
        *counts.entry(tactic).or_default() += 1;
    }
    let mut out: Vec<TacticCount> = counts
        .into_iter()
        .map(|(tactic, count)| TacticCount { tactic, count })
        .collect();
    // Stable sort: equal counts keep BTreeMap (= declaration) order.
    out.sort_by_key(|t| std::cmp::Reverse(t.count));
    out
}
