//! The TypeScript declarations of the JSON surface, generated from the Rust types (ts-rs,
//! behind the `ts` feature, so the wasm build never carries it). The committed file must be
//! what the types generate today: this test regenerates it in memory and compares.
//!
//! Regenerate with `make ts` (`KINTSUGI_WRITE_TS=1 cargo test -p kintsugi-model --features ts
//! --test generated_ts`).
#![cfg(feature = "ts")]

use kintsugi_model::{
    BackupState, BoundaryPlan, ChainEntry, ChainProblem, ChainReport, Channel, ChecklistItem,
    Contact, ContactLog, Cycle, CycleSummary, DiaryAverage, DiaryDay, DiaryEmotion,
    DiarySkillCount, DiarySkillsAndUrges, DiaryUrge, DiaryWeekSummary, Draft, DraftEditor,
    ERROR_CODES, EmotionAverage, EmotionFilter, EmotionWeek, EntryStatus, HooverTactic, Incident,
    IncidentVersions, Initiator, Insights, IsoWeek, JournalEntry, NoContactGoal, NoContactSummary,
    Page, Phase, PhaseTrend, PlanContact, ProblemKind, Query, Record, Row, RowEmotion, SafetyPlan,
    Sentence, SentenceKind, Settings, Streak, TacticCount, TimelineStretch, TrendKind,
    TriggerCount, TriggerSummary, WalkAwayAction, WalkAwayAdvice, WalkAwayCheck, WalkAwayOutcome,
    WalkAwayResult,
};
use ts_rs::{Config, TS};

/// Where the generated file lives, from this crate's folder.
const GENERATED: &str = "../../web/src/worker/generated/model.ts";
const REGENERATE: &str = "make ts";

fn declare<T: TS>(cfg: &Config, out: &mut String) {
    if let Some(docs) = T::docs() {
        out.push_str(&docs);
    }
    out.push_str("export ");
    out.push_str(&T::decl(cfg));
    out.push_str("\n\n");
}

/// The whole file, as the types describe it today.
fn generated() -> String {
    // Every integer of the JSON surface is below 2^53 (the core refuses larger timestamps),
    // and JSON.parse gives numbers, so u64 is `number`, not `bigint`.
    let cfg = Config::new().with_large_int("number");
    let mut out = format!(
        "// Generated from the Rust types (crates/model) by ts-rs: do not edit.\n\
         // Run `{REGENERATE}` after changing a type; `make test` fails while this file is stale.\n\n"
    );
    macro_rules! declare_all {
        ($($t:ty),* $(,)?) => { $( declare::<$t>(&cfg, &mut out); )* };
    }
    declare_all!(
        // Every record kind, and the sealed record (tagged by `kind`).
        Record,
        JournalEntry,
        Settings,
        Contact,
        ContactLog,
        NoContactGoal,
        DiaryDay,
        BoundaryPlan,
        SafetyPlan,
        WalkAwayCheck,
        BackupState,
        Incident,
        Draft,
        // What the kinds are made of.
        Phase,
        Initiator,
        Channel,
        HooverTactic,
        DiaryEmotion,
        DiaryUrge,
        PlanContact,
        ChecklistItem,
        DraftEditor,
        // The journal list's query and page.
        Query,
        EmotionFilter,
        Page,
        Row,
        RowEmotion,
        // Insights and the no-contact streaks.
        Insights,
        CycleSummary,
        Cycle,
        PhaseTrend,
        TrendKind,
        TriggerSummary,
        TriggerCount,
        EmotionWeek,
        IsoWeek,
        EmotionAverage,
        TacticCount,
        NoContactSummary,
        Streak,
        Sentence,
        SentenceKind,
        TimelineStretch,
        // The diary week.
        DiaryWeekSummary,
        DiaryAverage,
        DiarySkillCount,
        DiarySkillsAndUrges,
        // The incident log: which version is current, and the chain check.
        IncidentVersions,
        ChainReport,
        ChainEntry,
        ChainProblem,
        ProblemKind,
        EntryStatus,
        // "When to walk away".
        WalkAwayOutcome,
        WalkAwayResult,
        WalkAwayAdvice,
        WalkAwayAction,
    );
    out.push_str("/** The stable `code` of every error the core throws, in the core's order. */\n");
    out.push_str("export const CORE_ERROR_CODES = [\n");
    for code in ERROR_CODES {
        out.push_str(&format!("  '{code}',\n"));
    }
    out.push_str("] as const;\n\n");
    out.push_str("/** One of the core's error codes. */\n");
    out.push_str("export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];\n");
    out
}

#[test]
fn generated_typescript_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(GENERATED);
    let want = generated();
    if std::env::var_os("KINTSUGI_WRITE_TS").is_some() {
        std::fs::write(&path, &want).expect("the generated folder exists and is writable");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "web/src/worker/generated/model.ts is stale: run `{REGENERATE}` to regenerate it"
    );
}

#[test]
fn large_integers_are_numbers_and_skipped_fields_optional() {
    let cfg = Config::new().with_large_int("number");
    let entry = JournalEntry::decl(&cfg);
    assert!(entry.contains("createdAt: number"), "{entry}");
    assert!(entry.contains("occurredAt?: number"), "{entry}");
    assert!(!entry.contains("bigint"), "{entry}");
    let record = Record::decl(&cfg);
    assert!(record.contains(r#""kind": "journal""#), "{record}");
}
