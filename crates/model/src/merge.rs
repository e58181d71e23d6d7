//! Merging the records of a backup into a vault, by record id. The result is a plan
//! (what to add, what to replace, what to keep as a copy under a new id) that the app
//! applies in one storage transaction, and the counts it tells the person.
//!
//! The rules (also in `docs/architecture.md`, "Restore and merge"):
//!
//! - an id the vault does not have: **add** the backup's record;
//! - the same id with identical content: **skip** (counted as unchanged);
//! - the same id with different content: the **newest** wins the id and the other is
//!   **kept as a copy** under a new id, so no words are ever lost. "Newest" is the larger
//!   `updatedAt`; every kind has one (settings written before it existed read as 0). On
//!   a tie the vault's record keeps the id: a restore never silently changes what is on
//!   screen without a reason;
//! - a vault record that cannot be opened (damaged, or from a newer version) is never
//!   touched: the backup's record goes in as a copy under a new id;
//! - settings are one per vault: **the vault keeps its own** and the backup's are
//!   skipped (counted as `settings_kept`). A vault without settings takes the newest
//!   settings record of the backup (this is what a restore into a fresh vault does).
//! - a device-local record (a draft: this device's scratch; the backup-state record: when
//!   this device last made a backup) is **ignored** and counted nowhere. This app never
//!   writes one into a backup, and a file must not tell the device it was backed up when
//!   it was not: a restore writes its own backup-state record, dated when the file was made.
//!
//! Records in the backup are taken in file order; a later record with an id already
//! seen in the same backup is merged against the result so far, by the same rules.

use std::collections::{BTreeMap, BTreeSet};

use kintsugi_vault::{Error, RecordId, Result, blake2b_256};

use crate::Record;

/// What a merge will do, and the counts to tell the person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergePlan {
    /// Records under ids the vault does not have yet.
    pub adds: Vec<(RecordId, Record)>,
    /// Records that replace the vault's record under the same id (the backup's is newer).
    pub updates: Vec<(RecordId, Record)>,
    /// Records to keep under a fresh id: the older side of each conflict.
    pub copies: Vec<(RecordId, Record)>,
    /// Backup records identical to the vault's: nothing to do.
    pub unchanged: u64,
    /// Backup settings (and backup-state) records skipped because the vault keeps its own.
    pub settings_kept: u64,
}

/// The kind of a one-per-vault record (settings, backup state): the vault keeps its own.
fn singleton(record: &Record) -> Option<&'static str> {
    record.is_one_per_vault().then(|| record.kind())
}

/// One vault record as the merge sees it: `None` when it could not be opened.
type Existing = Option<Record>;

/// Where a planned record will end up, so later backup records with the same id merge
/// against the planned state.
#[derive(Clone, Copy)]
enum Slot {
    Add(usize),
    Update(usize),
}

/// Plans the merge of `backup` into a vault holding `existing`. `new_id` makes the ids
/// of copies (random in the app, counted in tests); it must not return an id in use.
///
/// # Errors
/// Whatever `new_id` returns (e.g. [`Error::Internal`] when the random generator fails),
/// and [`Error::Internal`] if it returns an id that is already taken.
pub fn plan_merge(
    existing: &[(RecordId, Existing)],
    backup: Vec<(RecordId, Record)>,
    mut new_id: impl FnMut() -> Result<RecordId>,
) -> Result<MergePlan> {
    let mut plan = MergePlan::default();
    let vault: BTreeMap<RecordId, &Existing> = existing.iter().map(|(id, r)| (*id, r)).collect();
    // Every id in use or planned, so a copy never lands on one.
    let mut taken: BTreeSet<RecordId> = vault.keys().copied().collect();
    let in_vault: BTreeSet<&'static str> = existing
        .iter()
        .filter_map(|(_, record)| record.as_ref().and_then(singleton))
        .collect();
    let mut planned: BTreeMap<RecordId, Slot> = BTreeMap::new();
    // A singleton kind the vault lacks: only the newest of the backup's is added.
    let mut singleton_slots: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut fresh = |taken: &mut BTreeSet<RecordId>| {
        let id = new_id()?;
        if !taken.insert(id) {
            return Err(Error::Internal);
        }
        Ok(id)
    };

    for (id, record) in backup {
        if record.is_device_local() {
            continue;
        }
        if let Some(kind) = singleton(&record) {
            if in_vault.contains(&kind) {
                plan.settings_kept += 1;
                continue;
            }
            match singleton_slots.get(&kind).copied() {
                Some(i) if plan.adds[i].1.updated_at() >= record.updated_at() => {
                    plan.settings_kept += 1;
                }
                Some(i) => {
                    plan.adds[i].1 = record;
                    plan.settings_kept += 1;
                }
                None => {
                    // Under its own id, unless another record holds it.
                    let id = if taken.insert(id) {
                        id
                    } else {
                        fresh(&mut taken)?
                    };
                    singleton_slots.insert(kind, plan.adds.len());
                    planned.insert(id, Slot::Add(plan.adds.len()));
                    plan.adds.push((id, record));
                }
            }
            continue;
        }

        // The record this id holds now: planned by this merge, or in the vault.
        let current: Option<Existing> = match planned.get(&id) {
            Some(Slot::Add(i)) => Some(Some(plan.adds[*i].1.clone())),
            Some(Slot::Update(i)) => Some(Some(plan.updates[*i].1.clone())),
            None => vault.get(&id).map(|r| (*r).clone()),
        };
        match current {
            None => {
                taken.insert(id);
                planned.insert(id, Slot::Add(plan.adds.len()));
                plan.adds.push((id, record));
            }
            Some(Some(ours)) if ours == record => plan.unchanged += 1,
            // Unreadable, or a settings (one-per-vault) record under the same id: never replaced.
            Some(ours) if ours.as_ref().is_none_or(Record::is_one_per_vault) => {
                let copy = fresh(&mut taken)?;
                plan.copies.push((copy, record));
            }
            Some(None) => {}
            Some(Some(ours)) => {
                let copy = fresh(&mut taken)?;
                if record.updated_at() > ours.updated_at() {
                    // The backup's is newer: it takes the id; the vault's is kept as a copy.
                    plan.copies.push((copy, ours));
                    match planned.get(&id) {
                        Some(Slot::Add(i)) => plan.adds[*i].1 = record,
                        Some(Slot::Update(i)) => plan.updates[*i].1 = record,
                        None => {
                            planned.insert(id, Slot::Update(plan.updates.len()));
                            plan.updates.push((id, record));
                        }
                    }
                } else {
                    plan.copies.push((copy, record));
                }
            }
        }
    }
    Ok(plan)
}

// The streaming planner: the same rule as `plan_merge`, one backup
// record at a time, keeping only a few bytes per record (id, kind, `updatedAt` and a
// fingerprint of the content) instead of the records themselves, so a merge of a large
// backup seals each record at once and never holds all plaintext in memory.

/// What the streaming planner keeps of one record: enough to apply the rule.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Meta {
    singleton: Option<&'static str>,
    updated_at: u64,
    /// BLAKE2b-256 of the canonical JSON: equal records have equal fingerprints.
    fingerprint: [u8; 32],
}

impl Meta {
    fn of(record: &Record) -> Self {
        Self {
            singleton: singleton(record),
            updated_at: record.updated_at(),
            fingerprint: blake2b_256(record.to_json().as_bytes()),
        }
    }
}

/// What to do with the backup record just planned by [`MergePlanner::plan`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeStep {
    /// Write the backup record under `id`. When `keep_current_as` is set, first keep the
    /// record `id` holds now (the vault's, or one this merge put there earlier) as a copy
    /// under that fresh id.
    Put {
        /// Where the backup record goes.
        id: RecordId,
        /// A fresh id for the record it replaces, which is kept (never lost).
        keep_current_as: Option<RecordId>,
    },
    /// Write the backup record as a copy under the fresh `id`.
    Copy {
        /// The fresh id.
        id: RecordId,
    },
    /// Write nothing: identical to the vault's, or a one-per-vault record the vault keeps.
    Skip,
}

/// The numbers for "12 added, 2 updated, 1 kept as a copy" (as [`MergePlan`] counts them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeCounts {
    /// Records under ids the vault did not have.
    pub added: u64,
    /// Vault records replaced by a newer backup record.
    pub updated: u64,
    /// Records kept under a fresh id.
    pub copied: u64,
    /// Backup records identical to the vault's.
    pub unchanged: u64,
    /// One-per-vault backup records skipped.
    pub settings_kept: u64,
}

/// [`plan_merge`] one record at a time, for merging a backup as it is read: feed every
/// vault record with [`MergePlanner::add_existing`] first, then each backup record in
/// file order with [`MergePlanner::plan`], and do what each [`MergeStep`] says. The
/// steps and [`MergePlanner::counts`] match [`plan_merge`] exactly (property-tested).
#[derive(Default)]
pub struct MergePlanner {
    vault: BTreeMap<RecordId, Option<Meta>>,
    in_vault: BTreeSet<&'static str>,
    taken: BTreeSet<RecordId>,
    /// What each id this merge writes will hold.
    planned: BTreeMap<RecordId, Meta>,
    /// A singleton kind the vault lacks: the id of the one this merge adds.
    singleton_slots: BTreeMap<&'static str, RecordId>,
    counts: MergeCounts,
    started: bool,
}

impl std::fmt::Debug for MergePlanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MergePlanner")
            .field("vault_records", &self.vault.len())
            .field("counts", &self.counts)
            .finish_non_exhaustive()
    }
}

impl MergePlanner {
    /// A planner for an empty vault (a fresh restore needs nothing more).
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Tells the planner about one vault record: `None` when it could not be opened.
    ///
    /// # Errors
    /// [`Error::Internal`] after [`MergePlanner::plan`] was called.
    pub fn add_existing(&mut self, id: RecordId, record: Option<&Record>) -> Result<()> {
        if self.started {
            return Err(Error::Internal);
        }
        let meta = record.map(Meta::of);
        if let Some(kind) = meta.and_then(|m| m.singleton) {
            self.in_vault.insert(kind);
        }
        self.vault.insert(id, meta);
        self.taken.insert(id);
        Ok(())
    }

    /// The counts so far (final once every backup record was planned).
    #[must_use]
    pub const fn counts(&self) -> MergeCounts {
        self.counts
    }

    /// Decides what to do with the next backup record. `new_id` makes copy ids, as for
    /// [`plan_merge`].
    ///
    /// # Errors
    /// Whatever `new_id` returns, and [`Error::Internal`] if it returns an id in use.
    pub fn plan(
        &mut self,
        id: RecordId,
        record: &Record,
        mut new_id: impl FnMut() -> Result<RecordId>,
    ) -> Result<MergeStep> {
        self.started = true;
        if record.is_device_local() {
            return Ok(MergeStep::Skip);
        }
        let meta = Meta::of(record);
        let mut fresh = |taken: &mut BTreeSet<RecordId>| {
            let id = new_id()?;
            if !taken.insert(id) {
                return Err(Error::Internal);
            }
            Ok(id)
        };

        if let Some(kind) = meta.singleton {
            if self.in_vault.contains(&kind) {
                self.counts.settings_kept += 1;
                return Ok(MergeStep::Skip);
            }
            if let Some(slot) = self.singleton_slots.get(&kind).copied() {
                self.counts.settings_kept += 1;
                let held = self.planned.get(&slot).map_or(0, |m| m.updated_at);
                if held >= meta.updated_at {
                    return Ok(MergeStep::Skip);
                }
                self.planned.insert(slot, meta);
                return Ok(MergeStep::Put {
                    id: slot,
                    keep_current_as: None,
                });
            }
            let id = if self.taken.insert(id) {
                id
            } else {
                fresh(&mut self.taken)?
            };
            self.singleton_slots.insert(kind, id);
            self.planned.insert(id, meta);
            self.counts.added += 1;
            return Ok(MergeStep::Put {
                id,
                keep_current_as: None,
            });
        }

        let current: Option<Option<Meta>> = match self.planned.get(&id) {
            Some(planned) => Some(Some(*planned)),
            None => self.vault.get(&id).copied(),
        };
        match current {
            None => {
                self.taken.insert(id);
                self.planned.insert(id, meta);
                self.counts.added += 1;
                Ok(MergeStep::Put {
                    id,
                    keep_current_as: None,
                })
            }
            Some(Some(ours)) if ours.fingerprint == meta.fingerprint => {
                self.counts.unchanged += 1;
                Ok(MergeStep::Skip)
            }
            Some(ours) if ours.is_none_or(|m| m.singleton.is_some()) => {
                let copy = fresh(&mut self.taken)?;
                self.counts.copied += 1;
                Ok(MergeStep::Copy { id: copy })
            }
            Some(None) => Ok(MergeStep::Skip),
            Some(Some(ours)) => {
                let copy = fresh(&mut self.taken)?;
                self.counts.copied += 1;
                if meta.updated_at > ours.updated_at {
                    if !self.planned.contains_key(&id) {
                        self.counts.updated += 1;
                    }
                    self.planned.insert(id, meta);
                    Ok(MergeStep::Put {
                        id,
                        keep_current_as: Some(copy),
                    })
                } else {
                    Ok(MergeStep::Copy { id: copy })
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::JournalEntry;
    use crate::safety::{Contact, Settings};

    fn id(n: u8) -> RecordId {
        RecordId::from_bytes([n; 16])
    }

    fn entry(text: &str, updated_at: u64) -> Record {
        Record::Journal(JournalEntry {
            text: text.to_owned(),
            created_at: 1,
            updated_at,
            ..JournalEntry::default()
        })
    }

    fn settings(minutes: u32, updated_at: u64) -> Record {
        Record::Settings(Settings {
            auto_lock_minutes: minutes,
            updated_at,
            ..Settings::default()
        })
    }

    /// Copy ids 200, 201, … so tests can name them.
    fn counter() -> impl FnMut() -> Result<RecordId> {
        let mut next = 200u8;
        move || {
            next += 1;
            Ok(id(next - 1))
        }
    }

    fn draft(text: &str) -> Record {
        Record::from_json(&format!(
            r#"{{"kind":"draft","editor":"journal","form":{{"text":"{text}"}},"updatedAt":9}}"#
        ))
        .unwrap()
    }

    #[test]
    fn drafts_in_a_backup_are_ignored_by_both_planners() {
        let existing = vec![(id(1), Some(draft("mine")))];
        let backup = vec![
            (id(1), draft("theirs")),
            (id(2), draft("new")),
            (id(3), entry("kept", 1)),
        ];
        let plan = plan_merge(&existing, backup.clone(), counter()).unwrap();
        assert_eq!(plan.adds, vec![(id(3), entry("kept", 1))]);
        assert!(plan.updates.is_empty() && plan.copies.is_empty());
        assert_eq!((plan.unchanged, plan.settings_kept), (0, 0));

        let mut planner = MergePlanner::new();
        planner.add_existing(id(1), Some(&draft("mine"))).unwrap();
        let mut next = counter();
        let steps: Vec<MergeStep> = backup
            .iter()
            .map(|(i, r)| planner.plan(*i, r, &mut next).unwrap())
            .collect();
        assert_eq!(steps[0], MergeStep::Skip);
        assert_eq!(steps[1], MergeStep::Skip);
        assert_eq!(
            steps[2],
            MergeStep::Put {
                id: id(3),
                keep_current_as: None
            }
        );
        assert_eq!(
            planner.counts(),
            MergeCounts {
                added: 1,
                ..MergeCounts::default()
            }
        );
    }

    #[test]
    fn absent_ids_are_added_and_identical_ones_skipped() {
        let existing = vec![(id(1), Some(entry("same", 5)))];
        let backup = vec![(id(1), entry("same", 5)), (id(2), entry("new", 3))];
        let plan = plan_merge(&existing, backup, counter()).unwrap();
        assert_eq!(plan.adds, vec![(id(2), entry("new", 3))]);
        assert!(plan.updates.is_empty());
        assert!(plan.copies.is_empty());
        assert_eq!(plan.unchanged, 1);
    }

    #[test]
    fn a_newer_backup_record_wins_the_id_and_the_vault_one_is_kept_as_a_copy() {
        let existing = vec![(id(1), Some(entry("old words", 5)))];
        let backup = vec![(id(1), entry("newer words", 9))];
        let plan = plan_merge(&existing, backup, counter()).unwrap();
        assert_eq!(plan.updates, vec![(id(1), entry("newer words", 9))]);
        assert_eq!(plan.copies, vec![(id(200), entry("old words", 5))]);
        assert!(plan.adds.is_empty());
    }

    #[test]
    fn an_older_or_equally_old_backup_record_is_kept_as_a_copy() {
        for backup_time in [4, 5] {
            let existing = vec![(id(1), Some(entry("vault words", 5)))];
            let backup = vec![(id(1), entry("backup words", backup_time))];
            let plan = plan_merge(&existing, backup, counter()).unwrap();
            assert!(plan.updates.is_empty(), "at {backup_time}");
            assert_eq!(
                plan.copies,
                vec![(id(200), entry("backup words", backup_time))]
            );
        }
    }

    #[test]
    fn unreadable_vault_records_are_never_replaced() {
        let existing = vec![(id(1), None)];
        let plan = plan_merge(&existing, vec![(id(1), entry("x", 99))], counter()).unwrap();
        assert!(plan.updates.is_empty() && plan.adds.is_empty());
        assert_eq!(plan.copies, vec![(id(200), entry("x", 99))]);
    }

    #[test]
    fn the_vault_keeps_its_own_settings() {
        let existing = vec![(id(1), Some(settings(5, 1)))];
        let backup = vec![(id(1), settings(9, 100)), (id(2), settings(10, 200))];
        let plan = plan_merge(&existing, backup, counter()).unwrap();
        assert_eq!(
            plan,
            MergePlan {
                settings_kept: 2,
                ..MergePlan::default()
            }
        );
    }

    #[test]
    fn a_vault_without_settings_takes_the_newest_of_the_backup() {
        let backup = vec![
            (id(1), settings(7, 10)),
            (id(2), settings(9, 30)),
            (id(3), settings(8, 20)),
        ];
        let plan = plan_merge(&[], backup, counter()).unwrap();
        assert_eq!(plan.adds, vec![(id(1), settings(9, 30))]);
        assert_eq!(plan.settings_kept, 2);
    }

    #[test]
    fn one_per_vault_kinds_are_kept_per_kind() {
        let state = |at: u64| {
            Record::BackupState(crate::backup_state::BackupState {
                last_backup_at: at,
                updated_at: at,
            })
        };
        let existing = vec![(id(1), Some(settings(5, 1)))];
        let backup = vec![(id(2), settings(6, 9)), (id(3), state(10))];
        let plan = plan_merge(&existing, backup, counter()).unwrap();
        // The vault's settings stay.
        assert!(plan.adds.is_empty());
        assert_eq!(plan.settings_kept, 1);
    }

    #[test]
    fn a_backups_backup_state_is_ignored_on_restore_and_merge() {
        // A far-future "last backed up" would silence the reminder for ever.
        let state = Record::BackupState(crate::backup_state::BackupState {
            last_backup_at: 9_000_000_000_000,
            updated_at: 9_000_000_000_000,
        });
        let mine = Record::BackupState(crate::backup_state::BackupState {
            last_backup_at: 1,
            updated_at: 1,
        });
        let backup = vec![(id(3), state.clone()), (id(4), entry("words", 2))];
        for existing in [vec![], vec![(id(1), Some(mine.clone()))]] {
            let plan = plan_merge(&existing, backup.clone(), counter()).unwrap();
            assert_eq!(plan.adds, vec![(id(4), entry("words", 2))]);
            assert!(plan.updates.is_empty() && plan.copies.is_empty());
            assert_eq!((plan.unchanged, plan.settings_kept), (0, 0));

            let mut planner = MergePlanner::new();
            for (i, r) in &existing {
                planner.add_existing(*i, r.as_ref()).unwrap();
            }
            assert_eq!(
                planner.plan(id(3), &state, counter()).unwrap(),
                MergeStep::Skip
            );
            // Not even over the vault's own record under the same id.
            assert_eq!(
                planner.plan(id(1), &state, counter()).unwrap(),
                MergeStep::Skip
            );
            assert_eq!(planner.counts(), MergeCounts::default());
        }
    }

    #[test]
    fn backup_settings_never_take_the_id_of_another_record() {
        let existing = vec![(id(1), Some(entry("mine", 1)))];
        let plan = plan_merge(&existing, vec![(id(1), settings(9, 1))], counter()).unwrap();
        assert_eq!(plan.adds, vec![(id(200), settings(9, 1))]);
        assert!(plan.updates.is_empty() && plan.copies.is_empty());
    }

    #[test]
    fn contacts_merge_like_entries() {
        let contact = |name: &str, t: u64| {
            Record::Contact(Contact {
                name: name.to_owned(),
                number: "123".to_owned(),
                note: String::new(),
                created_at: 1,
                updated_at: t,
            })
        };
        let existing = vec![(id(1), Some(contact("Sam", 1)))];
        let plan = plan_merge(&existing, vec![(id(1), contact("Sam B", 2))], counter()).unwrap();
        assert_eq!(plan.updates, vec![(id(1), contact("Sam B", 2))]);
        assert_eq!(plan.copies, vec![(id(200), contact("Sam", 1))]);
    }

    #[test]
    fn repeated_ids_in_one_backup_merge_against_the_plan() {
        let backup = vec![
            (id(1), entry("a", 1)),
            (id(1), entry("b", 2)),
            (id(1), entry("b", 2)),
        ];
        let plan = plan_merge(&[], backup, counter()).unwrap();
        assert_eq!(plan.adds, vec![(id(1), entry("b", 2))]);
        assert_eq!(plan.copies, vec![(id(200), entry("a", 1))]);
        assert_eq!(plan.unchanged, 1);
    }

    #[test]
    fn a_copy_id_that_is_taken_is_an_error_not_an_overwrite() {
        let existing = vec![(id(1), Some(entry("a", 1))), (id(200), Some(entry("b", 1)))];
        assert_eq!(
            plan_merge(&existing, vec![(id(1), entry("c", 2))], counter()),
            Err(Error::Internal)
        );
    }
}
