//! The TypeScript declarations of the JSON surface, generated from the Rust types (ts-rs,
//! behind the `ts` feature, so the wasm build never carries it). The committed file must be
//! what the types generate today: this test regenerates it in memory and compares.
//!
//! Regenerate with `make ts` (`KINTSUGI_WRITE_TS=1 cargo test -p kintsugi-model --features ts
//! --test generated_ts`).
#![cfg(feature = "ts")]

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use kintsugi_model::{
    ChainReport, Channel, DEFAULT_EMOTIONS, DiaryRules, DiaryWeekSummary, ERROR_CODES,
    HooverTactic, IncidentRules, IncidentVersions, Initiator, Insights, IntegrityReport,
    JournalEntry, MAX_EMOTION_NAME_CHARS, MAX_EMOTIONS, MAX_NOTE_CHARS, MAX_RATING, MAX_TEXT_CHARS,
    MAX_TRIGGER_CHARS, MAX_TRIGGERS, Page, Phase, PlanRules, Query, Record, SettingsRules,
    WalkAwayOutcome,
};
use serde::Serialize;
use ts_rs::{Config, TS, TypeVisitor};

/// Where the generated file lives, from this crate's folder.
const GENERATED: &str = "../../web/src/worker/generated/model.ts";
const REGENERATE: &str = "make ts";

/// Declares each type it visits once, then every type that one is made of (a struct's fields, an
/// enum's variants), so a root brings in all its parts: `Record` declares every record kind.
struct Declare<'a> {
    cfg: &'a Config,
    seen: HashSet<TypeId>,
    /// By TypeScript name: ts-rs visits a type's parts in an order that can change between
    /// builds, so the file lists declarations by name.
    declared: BTreeMap<String, String>,
}

impl TypeVisitor for Declare<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Built-ins (strings, numbers, arrays, options) have no declaration of their own.
        if T::output_path().is_none() || !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        let mut text = T::docs().unwrap_or_default();
        text.push_str("export ");
        text.push_str(&T::decl(self.cfg));
        text.push_str("\n\n");
        self.declared.insert(T::ident(self.cfg), text);
        T::visit_dependencies(self);
    }
}

/// The whole file, as the types describe it today.
fn generated() -> String {
    // Every integer of the JSON surface is below 2^53 (the core refuses larger timestamps),
    // and JSON.parse gives numbers, so u64 is `number`, not `bigint`.
    let cfg = Config::new().with_large_int("number");
    let mut declare = Declare {
        cfg: &cfg,
        seen: HashSet::new(),
        declared: BTreeMap::new(),
    };
    // The roots of the JSON surface; each brings the types it is made of. A new record kind
    // needs nothing here: it is a variant of `Record`.
    declare.visit::<Record>();
    // The journal list's query and page.
    declare.visit::<Query>();
    declare.visit::<Page>();
    // Insights and the no-contact streaks.
    declare.visit::<Insights>();
    // The diary week.
    declare.visit::<DiaryWeekSummary>();
    // The incident log: which version is current, and the chain check.
    declare.visit::<IncidentVersions>();
    declare.visit::<ChainReport>();
    // What the manifest check found on unlock.
    declare.visit::<IntegrityReport>();
    // "When to walk away".
    declare.visit::<WalkAwayOutcome>();
    // The limits and fixed lists the worker hands the screens.
    declare.visit::<SettingsRules>();
    declare.visit::<DiaryRules>();
    declare.visit::<PlanRules>();
    declare.visit::<IncidentRules>();
    let mut out = format!(
        "// Generated from the Rust types (crates/model) by ts-rs: do not edit.\n\
         // Run `{REGENERATE}` after changing a type; `make test` fails while this file is stale.\n\n"
    );
    out.extend(declare.declared.into_values());
    out.push_str("/** The stable `code` of every error the core throws, in the core's order. */\n");
    out.push_str("export const CORE_ERROR_CODES = [\n");
    for code in ERROR_CODES {
        out.push_str(&format!("  '{code}',\n"));
    }
    out.push_str("] as const;\n\n");
    out.push_str("/** One of the core's error codes. */\n");
    out.push_str("export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];\n\n");
    out.push_str(&journal_values());
    out
}

/// The journal's and the contact log's caps and fixed lists, as constants: the editors stop input
/// at them early (the core checks them again on every seal).
fn journal_values() -> String {
    fn list<T: Serialize>(values: &[T]) -> String {
        serde_json::to_string(values)
            .expect("names serialise")
            .replace('"', "'")
            .replace(',', ", ")
    }
    let mut out = String::from(
        "/** The journal's and the contact log's caps and fixed lists (the core checks them on every seal). */\n",
    );
    for (name, value) in [
        ("MAX_ENTRY_CHARS", MAX_TEXT_CHARS),
        ("MAX_NOTE_CHARS", MAX_NOTE_CHARS),
        ("MAX_EMOTIONS", MAX_EMOTIONS),
        ("MAX_EMOTION_NAME_CHARS", MAX_EMOTION_NAME_CHARS),
        ("MAX_RATING", usize::from(MAX_RATING)),
        ("MAX_TRIGGERS", MAX_TRIGGERS),
        ("MAX_TRIGGER_CHARS", MAX_TRIGGER_CHARS),
    ] {
        out.push_str(&format!("export const {name} = {value};\n"));
    }
    for (name, ty, values) in [
        ("DEFAULT_EMOTIONS", "string", list(&DEFAULT_EMOTIONS)),
        ("PHASES", "Phase", list(&Phase::ALL)),
        ("INITIATORS", "Initiator", list(&Initiator::ALL)),
        ("CHANNELS", "Channel", list(&Channel::ALL)),
        ("HOOVER_TACTICS", "HooverTactic", list(&HooverTactic::ALL)),
    ] {
        out.push_str(&format!(
            "export const {name}: readonly {ty}[] = {values};\n"
        ));
    }
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
