//! No-contact streaks from goals and the contacts that broke them.

use serde::Serialize;

use super::time::{UtcOffset, local_day};
use crate::tracker::{ContactLog, NoContactGoal};

/// One unbroken stretch of no contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Streak {
    /// Milliseconds since the Unix epoch: the goal's start, or the contact that began it.
    pub start: u64,
    /// When it ended (a breaking contact, or the goal's end); `now` while ongoing.
    pub end: u64,
    /// Local calendar days from start to end: `local_day(end) - local_day(start)`, so a
    /// streak begun today is 0 days, and one begun yesterday evening is 1 day.
    pub days: u64,
    /// Still going at `now`.
    pub ongoing: bool,
}

/// The person's no-contact history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NoContactSummary {
    /// Goals recorded (including ones that start after `now`).
    pub goals: usize,
    /// The streak going on now, if a goal is active.
    pub current: Option<Streak>,
    /// The longest streak in days, current one included; `None` without any streak.
    pub longest_days: Option<u64>,
    /// Every streak, oldest first.
    pub streaks: Vec<Streak>,
}

/// Streaks: the union of the goals' time spans (an active goal runs to `now`; goals
/// starting after `now` are left out), split at each contact that broke no contact.
pub(crate) fn no_contact(
    goals: &[&NoContactGoal],
    contacts: &[&ContactLog],
    now: u64,
    offset: UtcOffset,
) -> NoContactSummary {
    let mut spans: Vec<(u64, u64, bool)> = goals
        .iter()
        .filter(|g| g.started_at <= now)
        .map(|g| match g.ended_at {
            Some(end) => (g.started_at, end.min(now), false),
            None => (g.started_at, now, true),
        })
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(u64, u64, bool)> = Vec::with_capacity(spans.len());
    for (start, end, active) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 => {
                last.1 = last.1.max(end);
                last.2 |= active;
            }
            _ => merged.push((start, end, active)),
        }
    }
    let mut breaks: Vec<u64> = contacts
        .iter()
        .filter(|c| c.broke_no_contact && c.occurred_at <= now)
        .map(|c| c.occurred_at)
        .collect();
    breaks.sort_unstable();
    breaks.dedup();

    let streak = |start: u64, end: u64, ongoing: bool| Streak {
        start,
        end,
        days: u64::try_from(local_day(end, offset) - local_day(start, offset))
            .expect("end >= start, so its local day is not earlier"),
        ongoing,
    };
    let mut streaks = Vec::new();
    let mut next_break = 0;
    for (start, end, active) in merged {
        while next_break < breaks.len() && breaks[next_break] <= start {
            next_break += 1;
        }
        let mut from = start;
        while next_break < breaks.len() && breaks[next_break] <= end {
            let at = breaks[next_break];
            streaks.push(streak(from, at, false));
            from = at;
            next_break += 1;
        }
        // An active goal always has a current streak (from its start or the last break);
        // an ended goal keeps its last piece unless a break fell exactly on its end.
        if active || from < end {
            streaks.push(streak(from, end, active));
        }
    }
    NoContactSummary {
        goals: goals.len(),
        current: streaks.last().filter(|s| s.ongoing).cloned(),
        longest_days: streaks.iter().map(|s| s.days).max(),
        streaks,
    }
}
