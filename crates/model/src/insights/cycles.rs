//! Stretches and cycles from the dated phase sequence. The definition, with worked
//! examples, is in `docs/cycle-insights.md`; this file implements it exactly.

use std::collections::BTreeMap;

use serde::Serialize;

use super::time::{DAY_MS, rounded_days};
use crate::tracker::Phase;

/// Entries with a phase more than this far apart break the sequence: what happened in
/// between is unknown, so no stretch or cycle is carried across.
pub const MAX_GAP_MS: u64 = 28 * DAY_MS;

/// How many recent cycles a trend looks at.
pub const TREND_CYCLES: usize = 3;

/// A run of entries with the same phase (unsure entries left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stretch {
    pub phase: Phase,
    /// Time of its first entry.
    pub start: u64,
    /// Time of its last entry.
    pub last: u64,
    /// The next stretch's start; its own last entry before a long gap; `now` if ongoing.
    pub end: u64,
    /// Which unbroken part of the sequence it belongs to.
    pub segment: usize,
    /// Still going at `now`.
    pub ongoing: bool,
}

/// Builds the stretches. `points` holds (time, phase) of every entry with a phase other
/// than unsure, dated no later than `now`, sorted by time then [`Phase::ALL`] order.
pub(crate) fn stretches(points: &[(u64, Phase)], now: u64) -> Vec<Stretch> {
    let mut out = Vec::new();
    let Some(&(first_at, first_phase)) = points.first() else {
        return out;
    };
    let start = |at, phase, segment| Stretch {
        phase,
        start: at,
        last: at,
        end: at,
        segment,
        ongoing: false,
    };
    let mut current = start(first_at, first_phase, 0);
    for &(at, phase) in &points[1..] {
        if at - current.last > MAX_GAP_MS {
            let segment = current.segment + 1;
            current.end = current.last;
            out.push(std::mem::replace(&mut current, start(at, phase, segment)));
        } else if phase == current.phase {
            current.last = at;
        } else {
            let segment = current.segment;
            current.end = at;
            out.push(std::mem::replace(&mut current, start(at, phase, segment)));
        }
    }
    if now - current.last > MAX_GAP_MS {
        current.end = current.last;
    } else {
        current.end = now;
        current.ongoing = true;
    }
    out.push(current);
    out
}

/// One stretch on the phase timeline, for the chart of phases over time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TimelineStretch {
    /// The phase (never unsure: unsure entries are left out of stretches).
    pub phase: Phase,
    /// Milliseconds since the Unix epoch: its first entry.
    pub start: u64,
    /// Where the next stretch starts; its own last entry before a long gap; `now` if ongoing.
    pub end: u64,
    /// `end - start` in whole days, rounded to the nearest day.
    pub length_days: u64,
    /// Which unbroken part of the sequence it belongs to (0 first; a gap of more than
    /// 28 days starts the next).
    pub segment: usize,
    /// Still going at `now`.
    pub ongoing: bool,
}

/// The stretches as the timeline shows them, oldest first.
pub(crate) fn timeline(stretches: &[Stretch]) -> Vec<TimelineStretch> {
    stretches
        .iter()
        .map(|s| TimelineStretch {
            phase: s.phase,
            start: s.start,
            end: s.end,
            length_days: rounded_days(s.end - s.start),
            segment: s.segment,
            ongoing: s.ongoing,
        })
        .collect()
}

/// One cycle: from a return (idealization or hoovering) through devaluation or discard
/// to the next return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Cycle {
    /// Milliseconds since the Unix epoch: the first entry of the opening return.
    pub start: u64,
    /// The first entry of the next return; `now` for the cycle in progress.
    pub end: u64,
    /// `end - start` in milliseconds.
    pub length_ms: u64,
    /// The length in whole days, rounded to the nearest day.
    pub length_days: u64,
    /// Milliseconds spent in each phase that occurs in the cycle (unsure never does).
    pub phase_ms: BTreeMap<Phase, u64>,
    /// The same in whole days, each rounded to the nearest day (so they may not add up
    /// to `length_days` exactly).
    pub phase_days: BTreeMap<Phase, u64>,
}

impl Cycle {
    fn from_stretches(stretches: &[Stretch], end: u64) -> Self {
        let start = stretches.first().map_or(end, |s| s.start);
        let mut phase_ms = BTreeMap::new();
        for stretch in stretches {
            *phase_ms.entry(stretch.phase).or_insert(0) += stretch.end - stretch.start;
        }
        let phase_days = phase_ms
            .iter()
            .map(|(phase, ms)| (*phase, rounded_days(*ms)))
            .collect();
        Self {
            start,
            end,
            length_ms: end - start,
            length_days: rounded_days(end - start),
            phase_ms,
            phase_days,
        }
    }

    /// Days spent in `phase`, rounded; `None` if the cycle has no stretch of it.
    #[must_use]
    pub fn phase_days(&self, phase: Phase) -> Option<u64> {
        self.phase_days.get(&phase).copied()
    }
}

/// The cycles found in the phase sequence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CycleSummary {
    /// Entries that carry a phase other than unsure (dated up to `now`).
    pub phase_entries: usize,
    /// Number of complete cycles.
    pub count: usize,
    /// Complete cycles, oldest first.
    pub complete: Vec<Cycle>,
    /// The cycle still going at `now`, if one has begun.
    pub in_progress: Option<Cycle>,
    /// Cycles that began but were cut off by a gap of more than 28 days (not counted).
    pub interrupted: usize,
}

const fn is_return(phase: Phase) -> bool {
    matches!(phase, Phase::Idealization | Phase::Hoovering)
}

pub(crate) const fn is_escalation(phase: Phase) -> bool {
    matches!(phase, Phase::Devaluation | Phase::Discard)
}

/// Finds the cycles in the stretches (see the module docs).
pub(crate) fn cycles(stretches: &[Stretch], phase_entries: usize) -> CycleSummary {
    let mut complete = Vec::new();
    let mut interrupted = 0;
    // Index of the opening stretch of the cycle being followed, and whether it has
    // reached devaluation or discard yet.
    let mut open: Option<usize> = None;
    let mut escalated = false;
    for (i, stretch) in stretches.iter().enumerate() {
        if open.is_some_and(|o| stretches[o].segment != stretch.segment) {
            interrupted += 1;
            open = None;
            escalated = false;
        }
        if is_return(stretch.phase) {
            match open {
                Some(o) if escalated => {
                    complete.push(Cycle::from_stretches(&stretches[o..i], stretch.start));
                    open = Some(i);
                    escalated = false;
                }
                Some(_) => {}
                None => open = Some(i),
            }
        } else if is_escalation(stretch.phase) && open.is_some() {
            escalated = true;
        }
    }
    let mut in_progress = None;
    if let Some(o) = open {
        match stretches.last() {
            Some(last) if last.ongoing => {
                in_progress = Some(Cycle::from_stretches(&stretches[o..], last.end));
            }
            _ => interrupted += 1,
        }
    }
    CycleSummary {
        phase_entries,
        count: complete.len(),
        complete,
        in_progress,
        interrupted,
    }
}

/// Whether a phase's stretches are getting shorter across recent cycles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum TrendKind {
    /// Each of the last three is shorter (in whole days) than the one before.
    Shorter,
    /// Each of the last three is longer than the one before.
    Longer,
    /// Neither.
    Mixed,
    /// Fewer than three complete cycles hold this phase.
    TooLittleData,
}

/// A phase's time in the last three complete cycles that hold it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PhaseTrend {
    /// The phase looked at (calm or idealization).
    pub phase: Phase,
    /// What the days show.
    pub kind: TrendKind,
    /// Days in that phase, oldest first: the last three cycles that hold it (fewer if
    /// there are fewer).
    pub days: Vec<u64>,
}

/// The trend of `phase` over the complete cycles.
pub(crate) fn trend(complete: &[Cycle], phase: Phase) -> PhaseTrend {
    let all: Vec<u64> = complete
        .iter()
        .filter_map(|c| c.phase_days(phase))
        .collect();
    let days = all[all.len().saturating_sub(TREND_CYCLES)..].to_vec();
    let kind = if days.len() < TREND_CYCLES {
        TrendKind::TooLittleData
    } else if days.windows(2).all(|w| w[0] > w[1]) {
        TrendKind::Shorter
    } else if days.windows(2).all(|w| w[0] < w[1]) {
        TrendKind::Longer
    } else {
        TrendKind::Mixed
    };
    PhaseTrend { phase, kind, days }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Phase::{Calm, Devaluation, Discard, Hoovering, Idealization};

    const D: u64 = DAY_MS;

    #[test]
    fn stretches_merge_runs_and_break_at_gaps() {
        let points = [
            (0, Idealization),
            (D, Idealization),
            (2 * D, Calm),
            (40 * D, Devaluation),
        ];
        let s = stretches(&points, 41 * D);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].phase, s[0].start, s[0].end), (Idealization, 0, 2 * D));
        // 38 days to the next entry: the calm stretch ends at its own last entry.
        assert_eq!((s[1].phase, s[1].start, s[1].end), (Calm, 2 * D, 2 * D));
        assert_eq!(s[2].segment, 1);
        assert!(s[2].ongoing);
        assert_eq!(s[2].end, 41 * D);
    }

    #[test]
    fn a_gap_of_exactly_28_days_does_not_break() {
        let s = stretches(&[(0, Calm), (28 * D, Devaluation)], 28 * D);
        assert_eq!(s[0].end, 28 * D);
        assert_eq!(s[1].segment, 0);
        let s = stretches(&[(0, Calm), (28 * D + 1, Devaluation)], 28 * D + 1);
        assert_eq!(s[1].segment, 1);
    }

    #[test]
    fn trend_needs_three_cycles_and_strict_order() {
        let cycle = |calm_days: u64| {
            Cycle::from_stretches(
                &[Stretch {
                    phase: Calm,
                    start: 0,
                    last: 0,
                    end: calm_days * D,
                    segment: 0,
                    ongoing: false,
                }],
                calm_days * D,
            )
        };
        let t = trend(&[cycle(12), cycle(8), cycle(5)], Calm);
        assert_eq!(
            (t.kind, t.days.clone()),
            (TrendKind::Shorter, vec![12, 8, 5])
        );
        assert_eq!(
            trend(&[cycle(5), cycle(8), cycle(12)], Calm).kind,
            TrendKind::Longer
        );
        assert_eq!(
            trend(&[cycle(8), cycle(8), cycle(5)], Calm).kind,
            TrendKind::Mixed
        );
        assert_eq!(
            trend(&[cycle(8), cycle(5)], Calm).kind,
            TrendKind::TooLittleData
        );
        let t = trend(&[cycle(1), cycle(12), cycle(8), cycle(5)], Calm);
        assert_eq!(t.days, vec![12, 8, 5]);
        assert_eq!(trend(&[cycle(12)], Discard).days, Vec::<u64>::new());
        assert_eq!(trend(&[cycle(3)], Hoovering).kind, TrendKind::TooLittleData);
    }
}
