//! Builders for cycle-tracker records, shared by the insights tests.

use kintsugi_model::{
    Channel, ContactLog, DAY_MS, Emotions, HooverTactic, Initiator, JournalEntry, NoContactGoal,
    Phase, Record,
};

pub const D: u64 = DAY_MS;
pub const H: u64 = 3_600_000;
/// 2026-01-01T00:00:00Z, a Thursday.
pub const T0: u64 = 1_767_225_600_000;

pub fn entry(at: u64, phase: Option<Phase>, triggers: &[&str], emotions: &[(&str, u8)]) -> Record {
    Record::Journal(JournalEntry {
        text: String::new(),
        created_at: at,
        updated_at: at,
        occurred_at_ms: Some(at),
        emotions: emotions
            .iter()
            .map(|(name, rating)| ((*name).to_owned(), *rating))
            .collect::<Emotions>(),
        phase,
        triggers: triggers.iter().map(|t| (*t).to_owned()).collect(),
        body_note: None,
    })
}

/// A journal entry at `T0 + day` days with a phase and nothing else.
pub fn phase_at(day: u64, phase: Phase) -> Record {
    entry(T0 + day * D, Some(phase), &[], &[])
}

pub fn contact(at: u64, tactic: Option<HooverTactic>, broke_no_contact: bool) -> Record {
    Record::ContactLog(ContactLog {
        occurred_at: at,
        initiated_by: Initiator::Them,
        channel: Channel::Text,
        hoover_tactic: tactic,
        note: String::new(),
        broke_no_contact,
        created_at: at,
        updated_at: at,
    })
}

pub fn goal(started_at: u64, ended_at: Option<u64>) -> Record {
    Record::NoContactGoal(NoContactGoal {
        started_at,
        ended_at,
        note: String::new(),
        created_at: started_at,
        updated_at: started_at,
    })
}
