//! Kintsugi's model: the record kinds and their rules, the incident chain, the diary
//! week, insights, search, merge and walk-away, and the JSON surface the bindings call.
//!
//! The bytes (ids, padding, sealing, the header, record and backup formats) are
//! `kintsugi-vault`'s, re-exported here so the bindings and the CLI need one crate. A record
//! is sealed as its canonical JSON: [`Record`] implements the vault's [`Plaintext`], and
//! [`RecordVault`] adds `seal_record` and `open_record` to the [`Vault`]. No I/O.
//!
//! ```
//! use kintsugi_model::{KdfParams, RecordId, RecordVault, Vault};
//!
//! # fn main() -> Result<(), kintsugi_model::Error> {
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

// When the vault was last backed up.
mod backup_state;
// The DEAR MAN script and cope-ahead plan for the next contact.
mod boundary;
// Day-count calendar arithmetic shared by the insights, the diary card and the CLI.
mod calendar;
// The DBT diary card and its week summary.
mod diary;
// What the person was typing, kept until they save or discard it (device-local).
mod draft;
// The incident log and its hash chain.
mod incident;
mod insights;
mod journal;
mod kdf;
// What every kind provides (a leaf: no kind, no `Record`).
mod kind;
// Limits and text checks every kind shares (a leaf).
mod limits;
// The vault's sealed list of its records, checked on unlock.
mod manifest;
// Merging a backup into a vault by record id (restore).
mod merge;
mod plan;
// What every `Record` shares, and the macro that makes it from the list of kinds below.
mod record;
mod safety;
// Records through the vault: sealing, opening, whole backups.
mod seal;
// Search and filters over the decrypted journal.
mod search;
mod tracker;
mod walkaway;

#[cfg(test)]
mod module_graph;

// The one list of record kinds: each line is `"json kind" => Variant(payload): kind type`, and
// makes the `Record` variant, `KNOWN_KINDS`, validation, tidying, merge's per-kind rules and the
// example that becomes the kind's frozen vector. Adding a kind: its module above, its line here.
record::record_kinds! {
    /// A journal entry.
    "journal" => Journal(JournalEntry): JournalEntry,
    /// The person's settings (one per vault; see `docs/architecture.md`).
    "settings" => Settings(Settings): Settings,
    /// One of the person's own crisis contacts ("Help now").
    "contact" => Contact(Contact): Contact,
    /// A contact with the partner (cycle tracker).
    "contactLog" => ContactLog(ContactLog): ContactLog,
    /// A no-contact commitment (cycle tracker).
    "noContactGoal" => NoContactGoal(NoContactGoal): NoContactGoal,
    /// One day of the DBT diary card (see `diary.rs`).
    "diaryDay" => DiaryDay(DiaryDay): DiaryDay,
    /// The plan for the next contact: a DEAR MAN script and a cope-ahead plan.
    "boundaryPlan" => BoundaryPlan(BoundaryPlan): BoundaryPlan,
    /// The person's safety plan (one per vault; the newest `updatedAt` wins). Boxed: it is
    /// far larger than the other kinds.
    "safetyPlan" => SafetyPlan(Box<SafetyPlan>): SafetyPlan,
    /// A "When to walk away" check the person chose to keep.
    "walkAwayCheck" => WalkAwayCheck(WalkAwayCheck): WalkAwayCheck,
    /// When this vault was last backed up (one per vault).
    "backupState" => BackupState(BackupState): BackupState,
    /// One saved version of an incident in the incident log (see `incident.rs`).
    "incident" => Incident(Incident): Incident,
    /// What the person was typing in an editor, kept sealed until they save or discard it.
    "draft" => Draft(Draft): Draft,
}

pub use crate::kdf::{device_kdf_params_json, kdf_params_json};
pub use kintsugi_vault::{
    BACKUP_CHUNK_LEN, BACKUP_CHUNK_PLAIN_LEN, BACKUP_HEADER_BYTES, BackupInfo, BackupSummary,
    BackupWriter, ERROR_CODES, ERROR_CODES_TS, Error, FAILED_ATTEMPT_LEN, KEY_SLOTS, KdfParams,
    MAX_FAILED_ATTEMPTS, MIN_PADDED_LEN, MIN_PASSPHRASE_CHARS, Plaintext, RecordId, Result,
    SIZED_MAX_MEMORY_KIB, TARGET_UNLOCK_MS, Vault, VaultId, append_failed_attempt, calibrate,
    inspect_backup, padded_len, params_for_device, passphrase_strength, predicted_ms,
    seal_failed_attempt, to_hex,
};

pub use crate::backup_state::BackupState;
pub use crate::boundary::{BoundaryPlan, MAX_PLAN_FIELD_CHARS};
pub use crate::calendar::format_utc_minute;
pub use crate::diary::{
    CRISIS_URGE_RATING, DIARY_CRISIS_URGES, DIARY_EMOTIONS, DIARY_URGES, DiaryAverage, DiaryDay,
    DiaryEmotion, DiaryRules, DiarySkillCount, DiarySkillsAndUrges, DiaryUrge, DiaryWeekSummary,
    MAX_DIARY_ITEMS, MAX_DIARY_NAME_CHARS, MAX_DIARY_NOTE_CHARS, MAX_DIARY_RATING, MAX_SKILLS_USED,
    MIN_DAYS_TO_COMPARE, SKILLS_USED_THRESHOLD, diary_add_days, diary_rules_json, diary_week_start,
    diary_week_summary, diary_week_summary_json, newest_per_date, newest_per_date_indices,
    newest_per_date_indices_json,
};
pub use crate::draft::{
    Draft, DraftEditor, MAX_DRAFT_FORM_CHARS, MAX_DRAFT_FORM_DEPTH, MAX_DRAFT_SUBJECT_CHARS,
};
pub use crate::incident::{
    ChainEntry, ChainProblem, ChainReport, EntryStatus, INCIDENT_HASH_DOMAIN, Incident,
    IncidentRules, IncidentVersions, MAX_INCIDENT_SEQ, MAX_INCIDENT_SHORT_CHARS,
    MAX_INCIDENT_TEXT_CHARS, ProblemKind, ZERO_HASH, incident_append, incident_append_json,
    incident_draft_invalid_field_json, incident_rules_json, latest_versions, latest_versions_json,
    verify_chain, verify_chain_json,
};
pub use crate::journal::{JournalEntry, MAX_TEXT_CHARS};
pub use crate::kind::{KindName, RecordKind};
pub use crate::limits::MAX_TIMESTAMP_MS;
pub use crate::manifest::{FoundRecord, IntegrityReport, Manifest, ManifestCheck};
pub use crate::merge::{MergeCounts, MergePlan, MergePlanner, MergeStep, plan_merge};
pub use crate::plan::newest_plan;
pub use crate::plan::{
    CHECKLIST_ITEMS, ChecklistItem, MAX_OWN_CHECKLIST_ITEMS, MAX_PLAN_CONTACT_CHARS,
    MAX_PLAN_ITEM_CHARS, MAX_PLAN_ITEMS, MAX_PLAN_NAME_CHARS, MAX_PLAN_WHERE_CHARS,
    OWN_CHECKLIST_ITEM, PlanContact, PlanRules, SafetyPlan, TECH_REMINDERS, plan_rules_json,
};
pub use crate::record::invalid_field_of_json;
pub use crate::safety::{
    Contact, DEFAULT_AUTO_LOCK_MINUTES, DEFAULT_HIDDEN_GRACE_SECONDS, DEFAULT_QUICK_EXIT_URL,
    ERASE_AFTER_FAILED_ATTEMPTS, MAX_AUTO_LOCK_MINUTES, MAX_CONTACT_NAME_CHARS,
    MAX_CONTACT_NOTE_CHARS, MAX_CONTACT_NUMBER_CHARS, MAX_HIDDEN_GRACE_SECONDS,
    MIN_AUTO_LOCK_MINUTES, Settings, SettingsRules, erases_after, settings_rules_json,
};
pub use crate::seal::{
    Backup, BackupReader, RecordBackupWriter, RecordVault, read_backup, write_backup,
};

// The cycle tracker: its record kinds and the insights over them.
pub use crate::insights::{
    Cycle, CycleSummary, DAY_MS, EmotionAverage, EmotionWeek, Insights, IsoWeek, MAX_GAP_MS,
    NoContactSummary, PhaseTrend, Sentence, SentenceKind, Streak, TRIGGER_WINDOW_MS, TacticCount,
    TrendKind, TriggerCount, TriggerSummary, UtcOffset, insights, insights_json,
    trigger_suggestions, trigger_suggestions_json,
};
// The insights screen's timeline and the contact log's streaks.
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

// The journal list: search and filters over the decrypted entries.
pub use crate::search::{
    EXCERPT_CHARS, EmotionFilter, JournalIndex, MAX_PAGE_ROWS, MAX_QUERY_CHARS, MAX_QUERY_WORDS,
    Page, Query, ROW_EMOTIONS, ROW_TRIGGERS, Row, RowEmotion,
};
