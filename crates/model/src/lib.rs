//! Kintsugi's core: the record model, the vault's cryptography and its byte formats.
//!
//! No I/O and no platform code: the wasm crate and tests drive it. The byte layouts are
//! specified in `docs/vault-format.md`.
//!
//! ```
//! use kintsugi_core::{KdfParams, RecordId, Vault};
//!
//! # fn main() -> Result<(), kintsugi_core::Error> {
//! let cheap = KdfParams { memory_kib: 8 * 1024, iterations: 1, parallelism: 1 };
//! let vault = Vault::create_with_params("a long passphrase", cheap)?;
//! let header = vault.header_bytes()?; // store this
//! let id = RecordId::random()?;
//! let json = r#"{"kind":"journal","text":"Today","createdAt":1,"updatedAt":1}"#;
//! let blob = vault.seal_record_json(&id, json)?; // store this under `id`
//!
//! let vault = Vault::unlock(&header, "a long passphrase")?;
//! assert_eq!(vault.open_record_json(&id, &blob)?, json);
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Encrypted backup files (spec: docs/backup-format.md).
mod backup;
// Raw primitives for `make bench` (issue 7); only with the `bench` feature.
#[cfg(feature = "bench")]
#[doc(hidden)]
pub mod benchmarking;
// Day-count calendar arithmetic shared by the insights, the diary card and the CLI.
mod calendar;
// The DEAR MAN script and cope-ahead plan for the next contact (issue 5).
mod boundary;
// The DBT diary card and its week summary (issue 5).
mod diary;
mod error;
mod format;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod id;
// The incident log and its hash chain (issue 4, part 5).
mod incident;
mod insights;
// Merging a backup into a vault by record id (restore).
mod merge;
mod padding;
mod passphrase;
mod plan;
mod primitives;
mod record;
mod safety;
// Search and filters over the decrypted journal (issue 3, the journal list).
mod search;
mod tracker;
mod vault;
mod walkaway;

pub use crate::backup::{
    BACKUP_CHUNK_LEN, BACKUP_CHUNK_PLAIN_LEN, BACKUP_HEADER_BYTES, Backup, BackupInfo,
    BackupReader, BackupSummary, BackupWriter, inspect_backup, read_backup, write_backup,
};
pub use crate::boundary::{BoundaryPlan, MAX_PLAN_FIELD_CHARS};
pub use crate::calendar::format_utc_minute;
pub use crate::diary::{
    CRISIS_URGE_RATING, DIARY_CRISIS_URGES, DIARY_EMOTIONS, DIARY_URGES, DiaryAverage, DiaryDay,
    DiaryEmotion, DiarySkillCount, DiarySkillsAndUrges, DiaryUrge, DiaryWeekSummary,
    MAX_DIARY_ITEMS, MAX_DIARY_NAME_CHARS, MAX_DIARY_NOTE_CHARS, MAX_DIARY_RATING, MAX_SKILLS_USED,
    MIN_DAYS_TO_COMPARE, SKILLS_USED_THRESHOLD, diary_add_days, diary_rules_json, diary_week_start,
    diary_week_summary, diary_week_summary_json, newest_per_date, newest_per_date_indices,
    newest_per_date_indices_json,
};
pub use crate::error::{Error, Result};
pub use crate::format::KdfParams;
pub use crate::id::{RecordId, VaultId};
pub use crate::incident::{
    ChainEntry, ChainProblem, ChainReport, EntryStatus, INCIDENT_HASH_DOMAIN, Incident,
    IncidentVersions, MAX_INCIDENT_SEQ, MAX_INCIDENT_SHORT_CHARS, MAX_INCIDENT_TEXT_CHARS,
    ProblemKind, ZERO_HASH, incident_append, incident_append_json,
    incident_draft_invalid_field_json, incident_rules_json, latest_versions, latest_versions_json,
    verify_chain, verify_chain_json,
};
pub use crate::merge::{MergeCounts, MergePlanner, MergeStep};
pub use crate::merge::{MergePlan, plan_merge, plan_merge_json};
pub use crate::padding::{MIN_PADDED_LEN, padded_len};
pub use crate::passphrase::{MIN_PASSPHRASE_CHARS, passphrase_strength};
pub use crate::plan::newest_plan;
pub use crate::plan::{
    CHECKLIST_ITEMS, ChecklistItem, MAX_OWN_CHECKLIST_ITEMS, MAX_PLAN_CONTACT_CHARS,
    MAX_PLAN_ITEM_CHARS, MAX_PLAN_ITEMS, MAX_PLAN_NAME_CHARS, MAX_PLAN_WHERE_CHARS,
    OWN_CHECKLIST_ITEM, PlanContact, SafetyPlan, TECH_REMINDERS, plan_rules_json,
};
pub use crate::record::{BackupState, JournalEntry, MAX_TEXT_CHARS, MAX_TIMESTAMP_MS, Record};
pub use crate::safety::{
    Contact, DEFAULT_AUTO_LOCK_MINUTES, DEFAULT_HIDDEN_GRACE_SECONDS, DEFAULT_QUICK_EXIT_URL,
    MAX_AUTO_LOCK_MINUTES, MAX_CONTACT_NAME_CHARS, MAX_CONTACT_NOTE_CHARS,
    MAX_CONTACT_NUMBER_CHARS, MAX_HIDDEN_GRACE_SECONDS, MIN_AUTO_LOCK_MINUTES, Settings,
    invalid_field_of_json, settings_rules_json,
};
pub use crate::vault::Vault;

// The cycle tracker (issue 3): its record kinds and the insights over them.
pub use crate::insights::{
    Cycle, CycleSummary, DAY_MS, EmotionAverage, EmotionWeek, Insights, IsoWeek, MAX_GAP_MS,
    NoContactSummary, PhaseTrend, Sentence, SentenceKind, Streak, TRIGGER_WINDOW_MS, TacticCount,
    TrendKind, TriggerCount, TriggerSummary, UtcOffset, insights, insights_json,
    trigger_suggestions, trigger_suggestions_json,
};
// The insights screen's timeline and the contact log's streaks (issue 3, part 3).
pub use crate::insights::{TimelineStretch, no_contact_json, no_contact_summary};
pub use crate::tracker::{
    Channel, ContactLog, DEFAULT_EMOTIONS, Emotions, HooverTactic, Initiator,
    MAX_EMOTION_NAME_CHARS, MAX_EMOTIONS, MAX_NOTE_CHARS, MAX_RATING, MAX_TRIGGER_CHARS,
    MAX_TRIGGERS, NoContactGoal, Phase,
};
pub use crate::walkaway::{
    WALK_AWAY_VERSION, WalkAwayAction, WalkAwayAdvice, WalkAwayCheck, WalkAwayOutcome,
    WalkAwayResult, walk_away_check_json, walk_away_check_result_json, walk_away_outcome,
    walk_away_questions, walk_away_questions_json, walk_away_result, walk_away_result_json,
};

// The journal list (issue 3): search and filters over the decrypted entries.
pub use crate::search::{
    EXCERPT_CHARS, EmotionFilter, JournalIndex, MAX_PAGE_ROWS, MAX_QUERY_CHARS, MAX_QUERY_WORDS,
    Page, Query, ROW_EMOTIONS, ROW_TRIGGERS, Row, RowEmotion,
};
