//! Property test: the streaming merge planner (`MergePlanner`, one record at a time) makes
//! exactly the plan `plan_merge` makes from whole lists, on random vaults and backups with
//! repeated ids, conflicts, identical records, unreadable records and one-per-vault kinds.

use std::collections::BTreeMap;

use kintsugi_model::{
    BackupState, JournalEntry, MergePlan, MergePlanner, MergeStep, Record, RecordId, Result,
    Settings, plan_merge,
};
use proptest::prelude::*;

fn id(n: u8) -> RecordId {
    RecordId::from_bytes([n; 16])
}

/// Copy ids 200, 201, … (the generated records use ids below 200, so none collide).
fn counter() -> impl FnMut() -> Result<RecordId> {
    let mut next = 200u8;
    move || {
        next += 1;
        Ok(id(next - 1))
    }
}

/// Few texts and times, so identical records and ties are common.
fn record() -> impl Strategy<Value = Record> {
    prop_oneof![
        6 => (prop_oneof![Just("a"), Just("b")], 0u64..4).prop_map(|(text, t)| Record::Journal(JournalEntry {
            text: text.to_owned(),
            created_at: 1,
            updated_at: t,
            ..JournalEntry::default()
        })),
        1 => (5u32..7, 0u64..4).prop_map(|(minutes, t)| Record::Settings(Settings {
            auto_lock_minutes: minutes,
            updated_at: t,
            ..Settings::default()
        })),
        1 => (0u64..4).prop_map(|t| Record::BackupState(BackupState { last_backup_at: t, updated_at: t })),
    ]
}

/// Builds the plan the worker would write by doing what each step says.
fn apply_steps(
    existing: &[(RecordId, Option<Record>)],
    backup: Vec<(RecordId, Record)>,
) -> Result<(MergePlan, kintsugi_model::MergeCounts)> {
    let mut planner = MergePlanner::new();
    for (rid, record) in existing {
        planner.add_existing(*rid, record.as_ref())?;
    }
    let vault: BTreeMap<RecordId, Option<Record>> = existing.iter().cloned().collect();
    let mut plan = MergePlan::default();
    // Where each id this merge writes sits in the plan: (is an update, index).
    let mut slots: BTreeMap<RecordId, (bool, usize)> = BTreeMap::new();
    let mut new_id = counter();
    for (rid, record) in backup {
        match planner.plan(rid, &record, &mut new_id)? {
            MergeStep::Skip => {}
            MergeStep::Copy { id } => plan.copies.push((id, record)),
            MergeStep::Put {
                id,
                keep_current_as,
            } => {
                let slot = slots.get(&id).copied();
                if let Some(copy) = keep_current_as {
                    let current = match slot {
                        Some((false, i)) => plan.adds[i].1.clone(),
                        Some((true, i)) => plan.updates[i].1.clone(),
                        None => vault
                            .get(&id)
                            .cloned()
                            .flatten()
                            .expect("a readable vault record"),
                    };
                    plan.copies.push((copy, current));
                }
                match slot {
                    Some((false, i)) => plan.adds[i].1 = record,
                    Some((true, i)) => plan.updates[i].1 = record,
                    None if vault.contains_key(&id) => {
                        slots.insert(id, (true, plan.updates.len()));
                        plan.updates.push((id, record));
                    }
                    None => {
                        slots.insert(id, (false, plan.adds.len()));
                        plan.adds.push((id, record));
                    }
                }
            }
        }
    }
    let counts = planner.counts();
    plan.unchanged = counts.unchanged;
    plan.settings_kept = counts.settings_kept;
    Ok((plan, counts))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn the_streaming_planner_agrees_with_plan_merge(
        vault in proptest::collection::btree_map(0u8..12, proptest::option::weighted(0.85, record()), 0..10),
        backup in proptest::collection::vec((0u8..12, record()), 0..16),
    ) {
        let existing: Vec<(RecordId, Option<Record>)> = vault.into_iter().map(|(n, r)| (id(n), r)).collect();
        let backup: Vec<(RecordId, Record)> = backup.into_iter().map(|(n, r)| (id(n), r)).collect();
        let whole = plan_merge(&existing, backup.clone(), counter()).unwrap();
        let (streamed, counts) = apply_steps(&existing, backup).unwrap();
        prop_assert_eq!(&streamed, &whole);
        prop_assert_eq!(counts.added, whole.adds.len() as u64);
        prop_assert_eq!(counts.updated, whole.updates.len() as u64);
        prop_assert_eq!(counts.copied, whole.copies.len() as u64);
        prop_assert_eq!(counts.unchanged, whole.unchanged);
        prop_assert_eq!(counts.settings_kept, whole.settings_kept);
    }
}

#[test]
fn vault_records_cannot_be_added_once_planning_started() {
    let mut planner = MergePlanner::new();
    let entry = Record::Journal(JournalEntry {
        text: "x".to_owned(),
        ..JournalEntry::default()
    });
    assert!(planner.plan(id(1), &entry, counter()).is_ok());
    assert_eq!(
        planner.add_existing(id(2), Some(&entry)),
        Err(kintsugi_model::Error::Internal)
    );
}
