//! Insights over decrypted records: cycles, phase trends, triggers before devaluation or
//! discard, weekly emotion averages, hoover tactics and no-contact streaks, each as
//! structured data and as plain sentences. Pure functions: the caller passes `now` and
//! the person's UTC offset, so nothing here reads a clock. Definitions, with worked
//! examples, are in `docs/cycle-insights.md`.
//!
//! Every step is a sort or a single pass, so the whole is O(n log n) in the number of
//! records.

mod cycles;
mod patterns;
mod sentences;
mod streaks;
mod time;

use serde::Serialize;

pub use self::cycles::{Cycle, CycleSummary, MAX_GAP_MS, PhaseTrend, TimelineStretch, TrendKind};
pub use self::patterns::{
    EmotionAverage, EmotionWeek, TRIGGER_WINDOW_MS, TacticCount, TriggerCount, TriggerSummary,
};
pub use self::sentences::{Sentence, SentenceKind};
pub use self::streaks::{NoContactSummary, Streak};
pub use self::time::{DAY_MS, IsoWeek, UtcOffset};

use kintsugi_vault::{Error, Result};

use crate::Record;
use crate::journal::JournalEntry;
use crate::limits::MAX_TIMESTAMP_MS;
use crate::tracker::{ContactLog, NoContactGoal, Phase};

/// Everything the insights screen shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Insights {
    /// The cycles.
    pub cycles: CycleSummary,
    /// Calm across the last three complete cycles.
    pub calm_trend: PhaseTrend,
    /// Idealization across the last three complete cycles.
    pub idealization_trend: PhaseTrend,
    /// Triggers noted in the 72 hours before a devaluation or discard began.
    pub triggers_before_escalation: TriggerSummary,
    /// Emotion averages per ISO week, oldest first.
    pub emotion_weeks: Vec<EmotionWeek>,
    /// Hoover tactics, most frequent first.
    pub hoover_tactics: Vec<TacticCount>,
    /// No-contact streaks.
    pub no_contact: NoContactSummary,
    /// The same, told in sentences.
    pub sentences: Vec<Sentence>,
    /// The phase stretches, oldest first: the dated sequence the cycles are found in.
    pub timeline: Vec<TimelineStretch>,
}

/// Computes the insights. Records dated after `now` (a journal entry's `occurredAt`, a
/// contact's `occurredAt`, a goal's `startedAt`) are left out until their time comes.
/// The order of `records` never changes the result.
#[must_use]
pub fn insights(records: &[Record], now: u64, offset: UtcOffset) -> Insights {
    let mut entries: Vec<&JournalEntry> = Vec::new();
    let mut contacts: Vec<&ContactLog> = Vec::new();
    let mut goals: Vec<&NoContactGoal> = Vec::new();
    for record in records {
        match record {
            Record::Journal(entry) if entry.occurred_at() <= now => entries.push(entry),
            Record::ContactLog(contact) if contact.occurred_at <= now => contacts.push(contact),
            Record::NoContactGoal(goal) => goals.push(goal),
            _ => {}
        }
    }

    let mut points: Vec<(u64, Phase)> = entries
        .iter()
        .filter_map(|e| e.phase.map(|p| (e.occurred_at(), p)))
        .filter(|(_, phase)| *phase != Phase::Unsure)
        .collect();
    points.sort_unstable();
    let stretches = cycles::stretches(&points, now);
    let cycle_summary = cycles::cycles(&stretches, points.len());
    let onsets: Vec<u64> = stretches
        .iter()
        .filter(|s| cycles::is_escalation(s.phase))
        .map(|s| s.start)
        .collect();

    let mut insights = Insights {
        calm_trend: cycles::trend(&cycle_summary.complete, Phase::Calm),
        idealization_trend: cycles::trend(&cycle_summary.complete, Phase::Idealization),
        cycles: cycle_summary,
        triggers_before_escalation: patterns::triggers_before(&onsets, &entries),
        emotion_weeks: patterns::emotion_weeks(&entries, offset),
        hoover_tactics: patterns::hoover_tactics(&contacts),
        no_contact: streaks::no_contact(&goals, &contacts, now, offset),
        sentences: Vec::new(),
        timeline: cycles::timeline(&stretches),
    };
    insights.sentences = sentences::sentences(&insights, !records.is_empty());
    insights
}

/// Trigger tags to suggest in the entry editor: those on earlier journal entries, most
/// often used first, ties by most recently used, then alphabetically; tags that differ
/// only in case are one, shown in their most recent spelling. At most `limit`.
#[must_use]
pub fn trigger_suggestions(records: &[Record], limit: usize) -> Vec<String> {
    let entries = records.iter().filter_map(|record| match record {
        Record::Journal(entry) => Some(entry),
        _ => None,
    });
    rank_triggers(entries, limit)
}

/// [`trigger_suggestions`] over journal entries (the journal index keeps them decrypted).
pub(crate) fn rank_triggers<'a>(
    entries: impl IntoIterator<Item = &'a JournalEntry>,
    limit: usize,
) -> Vec<String> {
    // folded tag -> (uses, latest (time, spelling))
    let mut tags: std::collections::BTreeMap<String, (usize, (u64, String))> =
        std::collections::BTreeMap::new();
    for entry in entries {
        let at = entry.occurred_at();
        for tag in &entry.triggers {
            let seen = (at, tag.clone());
            let slot = tags
                .entry(crate::tracker::fold(tag))
                .or_insert((0, seen.clone()));
            slot.0 += 1;
            // Latest use wins; at the same instant, the smaller string (order-free).
            if seen.0 > slot.1.0 || (seen.0 == slot.1.0 && seen.1 < slot.1.1) {
                slot.1 = seen;
            }
        }
    }
    let mut ranked: Vec<(usize, (u64, String))> = tags.into_values().collect();
    ranked.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| b.1.0.cmp(&a.1.0))
            .then_with(|| a.1.1.cmp(&b.1.1))
    });
    ranked
        .into_iter()
        .take(limit)
        .map(|(_, (_, tag))| tag)
        .collect()
}

/// [`trigger_suggestions`] from a JSON array of records.
///
/// # Errors
/// [`Error::InvalidInput`] if `records_json` is not an array of valid records.
pub fn trigger_suggestions_json(records_json: &str, limit: usize) -> Result<Vec<String>> {
    Ok(trigger_suggestions(&parse_records(records_json)?, limit))
}

fn parse_records(records_json: &str) -> Result<Vec<Record>> {
    let records: Vec<Record> =
        serde_json::from_str(records_json).map_err(|_| Error::InvalidInput)?;
    if records.iter().any(|r| r.validate().is_err()) {
        return Err(Error::InvalidInput);
    }
    Ok(records)
}

/// [`insights`] from JSON: `records_json` is an array of record JSON values (as
/// [`Record::to_json`] writes them); returns the insights as JSON (camelCase).
///
/// # Errors
/// [`Error::InvalidInput`] if `records_json` is not an array of valid records, `now_ms`
/// is beyond [`MAX_TIMESTAMP_MS`], or the offset is more than 18 hours.
pub fn insights_json(records_json: &str, now_ms: u64, utc_offset_minutes: i32) -> Result<String> {
    let (records, offset) = json_inputs(records_json, now_ms, utc_offset_minutes)?;
    serde_json::to_string(&insights(&records, now_ms, offset)).map_err(|_| Error::Internal)
}

/// The checked inputs of the JSON surface: the records, `now` within range, the offset.
fn json_inputs(
    records_json: &str,
    now_ms: u64,
    utc_offset_minutes: i32,
) -> Result<(Vec<Record>, UtcOffset)> {
    let offset = UtcOffset::from_minutes(utc_offset_minutes)?;
    if now_ms > MAX_TIMESTAMP_MS {
        return Err(Error::InvalidInput);
    }
    Ok((parse_records(records_json)?, offset))
}

/// The no-contact streaks alone (the same rules as [`insights`]'s `noContact`), for the
/// contact-log screen: only goals and contacts are read.
#[must_use]
pub fn no_contact_summary(records: &[Record], now: u64, offset: UtcOffset) -> NoContactSummary {
    let mut contacts: Vec<&ContactLog> = Vec::new();
    let mut goals: Vec<&NoContactGoal> = Vec::new();
    for record in records {
        match record {
            Record::ContactLog(contact) if contact.occurred_at <= now => contacts.push(contact),
            Record::NoContactGoal(goal) => goals.push(goal),
            _ => {}
        }
    }
    streaks::no_contact(&goals, &contacts, now, offset)
}

/// [`no_contact_summary`] from JSON, with the same inputs and errors as [`insights_json`].
///
/// # Errors
/// [`Error::InvalidInput`] as for [`insights_json`].
pub fn no_contact_json(records_json: &str, now_ms: u64, utc_offset_minutes: i32) -> Result<String> {
    let (records, offset) = json_inputs(records_json, now_ms, utc_offset_minutes)?;
    serde_json::to_string(&no_contact_summary(&records, now_ms, offset))
        .map_err(|_| Error::Internal)
}
