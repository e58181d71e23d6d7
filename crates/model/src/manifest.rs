//! The manifest: a vault's sealed list of its own records (each record's id, kind and the
//! BLAKE2b-256 of its stored blob), and when the person last saw the failed unlock attempts.
//!
//! It is sealed like a record, under an id only the vault can compute
//! ([`Vault::manifest_id`]), and the app rewrites it in the same storage transaction as every
//! change. On unlock, [`ManifestCheck`] compares it with what is stored and finds what changed
//! outside the app: a listed record that is gone, one whose blob is another version (put back
//! from an older copy, or from another device), one that no longer opens, and one that opens
//! under this vault but was never listed. A stored record that does not open and is not listed
//! is left alone: it may belong to another vault on the same device.
//!
//! What it cannot see: the whole store (records and manifest together) put back to an older
//! consistent copy, and changes made through the app by someone who has the passphrase.
//!
//! Plaintext (then padded and sealed as a record is; see `docs/vault-format.md`):
//! `"KSML"`, version `u16` BE (1), attempts seen until `u64` BE (ms), entry count `u32` BE,
//! then each entry in ascending id order: id (16 bytes), blob hash (32), kind length (1),
//! kind (ASCII).

use std::collections::BTreeMap;

use serde::Serialize;
use zeroize::Zeroizing;

use kintsugi_vault::blake2b_256;

use crate::{Error, Plaintext, RecordId, RecordVault, Result, Vault};

const MAGIC: &[u8; 4] = b"KSML";
const VERSION: u16 = 1;
/// Bytes before the first entry.
const PREFIX_LEN: usize = 4 + 2 + 8 + 4;
/// The longest kind name an entry may carry (today's longest is 13).
const MAX_KIND_LEN: usize = 32;

/// What the manifest knows of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Listed {
    kind: String,
    hash: [u8; 32],
}

/// A vault's sealed list of its records. See the module documentation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Manifest {
    attempts_seen_until: u64,
    entries: BTreeMap<RecordId, Listed>,
}

/// One record the check found, by id and kind (the JSON kind name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FoundRecord {
    /// The record id, 32 lowercase hex characters.
    pub id: String,
    /// Its kind: what the manifest listed, or what the record opened as.
    pub kind: String,
}

/// What [`ManifestCheck`] found. Empty lists and `listMissing: false` mean nothing changed
/// outside the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IntegrityReport {
    /// The vault had readable records but no manifest (or one that did not open), so nothing
    /// could be compared; the lists below are then empty and a new manifest lists what is stored.
    pub list_missing: bool,
    /// Listed, and no longer stored.
    pub missing: Vec<FoundRecord>,
    /// Listed, stored, opens, but not the version the app last wrote.
    pub replaced: Vec<FoundRecord>,
    /// Listed, stored, and no longer opens.
    pub damaged: Vec<FoundRecord>,
    /// Opens under this vault, but the app never listed it.
    pub added: Vec<FoundRecord>,
}

impl IntegrityReport {
    /// As JSON, for the app.
    #[must_use]
    pub fn to_json(&self) -> String {
        // A struct of strings, booleans and lists of them always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether anything was found.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        !self.list_missing
            && self.missing.is_empty()
            && self.replaced.is_empty()
            && self.damaged.is_empty()
            && self.added.is_empty()
    }
}

impl Manifest {
    /// An empty manifest (a new vault's).
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// How many records it lists.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it lists no record.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The ids it lists, ascending.
    pub fn ids(&self) -> impl Iterator<Item = &RecordId> {
        self.entries.keys()
    }

    /// Whether it lists `id`.
    #[must_use]
    pub fn lists(&self, id: &RecordId) -> bool {
        self.entries.contains_key(id)
    }

    /// Failed unlock attempts at or before this time (ms) have been shown to the person.
    #[must_use]
    pub const fn attempts_seen_until(&self) -> u64 {
        self.attempts_seen_until
    }

    /// Marks the attempts up to `at_ms` as shown; never moves back.
    pub fn see_attempts_until(&mut self, at_ms: u64) {
        self.attempts_seen_until = self.attempts_seen_until.max(at_ms);
    }

    /// Lists `blob`, just sealed by `vault` under `id`, replacing what was listed there.
    ///
    /// # Errors
    /// [`Error::Locked`]; as [`RecordVault::open_record`] when the blob does not open (a
    /// manifest lists only what its vault can read).
    pub fn list(&mut self, vault: &Vault, id: RecordId, blob: &[u8]) -> Result<()> {
        let kind = vault.open_record(&id, blob)?.kind();
        self.entries.insert(
            id,
            Listed {
                kind: kind.to_owned(),
                hash: blake2b_256(blob),
            },
        );
        Ok(())
    }

    /// Forgets `id` (a record the app deleted); whether it was listed.
    pub fn unlist(&mut self, id: &RecordId) -> bool {
        self.entries.remove(id).is_some()
    }

    /// Seals the manifest for `vault`, to store under [`Vault::manifest_id`].
    ///
    /// # Errors
    /// [`Error::Locked`].
    pub fn seal(&self, vault: &Vault) -> Result<Vec<u8>> {
        vault.seal(&vault.manifest_id()?, self)
    }

    /// Opens the blob stored under [`Vault::manifest_id`].
    ///
    /// # Errors
    /// [`Error::Locked`]; [`Error::UnsupportedVersion`] for a newer manifest;
    /// [`Error::Corrupt`] for anything damaged or not this vault's manifest.
    pub fn open(vault: &Vault, blob: &[u8]) -> Result<Self> {
        vault.open(&vault.manifest_id()?, blob)
    }

    /// Starts comparing this manifest with what is stored; see [`ManifestCheck`].
    ///
    /// # Errors
    /// [`Error::Locked`].
    pub fn check(&self, vault: &Vault) -> Result<ManifestCheck> {
        Ok(ManifestCheck {
            own_id: vault.manifest_id()?,
            expected: self.entries.clone(),
            current: Self {
                attempts_seen_until: self.attempts_seen_until,
                entries: BTreeMap::new(),
            },
            report: IntegrityReport::default(),
            rebuilding: false,
        })
    }

    /// A check for a vault whose manifest is missing or does not open: nothing can be
    /// compared, every readable record is listed anew, and the report says only
    /// `listMissing` (when there was any readable record).
    ///
    /// # Errors
    /// [`Error::Locked`].
    pub fn rebuild(vault: &Vault) -> Result<ManifestCheck> {
        let mut check = Self::new().check(vault)?;
        check.rebuilding = true;
        Ok(check)
    }
}

impl Plaintext for Manifest {
    fn to_plaintext(&self) -> Result<Zeroizing<Vec<u8>>> {
        let count = u32::try_from(self.entries.len()).map_err(|_| Error::InvalidRecord)?;
        let mut out = Zeroizing::new(Vec::with_capacity(
            PREFIX_LEN + self.entries.len() * (16 + 32 + 1 + 12),
        ));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_be_bytes());
        out.extend_from_slice(&self.attempts_seen_until.to_be_bytes());
        out.extend_from_slice(&count.to_be_bytes());
        for (id, listed) in &self.entries {
            let kind_len = u8::try_from(listed.kind.len())
                .ok()
                .filter(|&n| n > 0 && usize::from(n) <= MAX_KIND_LEN)
                .ok_or(Error::InvalidRecord)?;
            out.extend_from_slice(id.as_bytes());
            out.extend_from_slice(&listed.hash);
            out.push(kind_len);
            out.extend_from_slice(listed.kind.as_bytes());
        }
        Ok(out)
    }

    fn from_plaintext(bytes: &[u8]) -> Result<Self> {
        let mut reader = Reader(bytes);
        if reader.take::<4>()? != *MAGIC {
            return Err(Error::Corrupt);
        }
        match u16::from_be_bytes(reader.take()?) {
            VERSION => {}
            v if v > VERSION => return Err(Error::UnsupportedVersion),
            _ => return Err(Error::Corrupt),
        }
        let attempts_seen_until = u64::from_be_bytes(reader.take()?);
        let count = u32::from_be_bytes(reader.take()?);
        let mut entries = BTreeMap::new();
        let mut last: Option<RecordId> = None;
        for _ in 0..count {
            let id = RecordId::from_bytes(reader.take()?);
            let hash = reader.take::<32>()?;
            let [kind_len] = reader.take::<1>()?;
            let kind = reader.bytes(usize::from(kind_len))?;
            let kind_ok = (1..=MAX_KIND_LEN).contains(&kind.len())
                && kind.iter().all(u8::is_ascii_alphanumeric);
            // Strictly ascending ids: no entry twice, one canonical encoding.
            if !kind_ok || last.is_some_and(|l| l.as_bytes() >= id.as_bytes()) {
                return Err(Error::Corrupt);
            }
            let kind = String::from_utf8(kind.to_vec()).map_err(|_| Error::Corrupt)?;
            entries.insert(id, Listed { kind, hash });
            last = Some(id);
        }
        if !reader.0.is_empty() {
            return Err(Error::Corrupt);
        }
        Ok(Self {
            attempts_seen_until,
            entries,
        })
    }
}

/// Reads fixed-size fields off the front of a byte string; running out is damage.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.0.len() < n {
            return Err(Error::Corrupt);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn take<const N: usize>(&mut self) -> Result<[u8; N]> {
        self.bytes(N)?.try_into().map_err(|_| Error::Corrupt)
    }
}

/// A comparison of a manifest with the stored records, fed one stored record at a time
/// (the app reads the store a page at a time) and finished once every record was seen.
#[derive(Debug)]
pub struct ManifestCheck {
    own_id: RecordId,
    /// Listed and not yet seen.
    expected: BTreeMap<RecordId, Listed>,
    /// The manifest that describes what was seen: the one to store once the person has
    /// been told what changed.
    current: Manifest,
    report: IntegrityReport,
    rebuilding: bool,
}

impl ManifestCheck {
    /// Looks at one stored record. A listed record whose blob hash matches is not opened.
    ///
    /// # Errors
    /// [`Error::Locked`] (a record that does not open is a finding, not an error).
    pub fn see(&mut self, vault: &Vault, id: &RecordId, blob: &[u8]) -> Result<()> {
        if *id == self.own_id {
            return Ok(());
        }
        let found = |kind: &str| FoundRecord {
            id: id.to_hex(),
            kind: kind.to_owned(),
        };
        let hash = blake2b_256(blob);
        let opened = |vault: &Vault| match vault.open_record(id, blob) {
            Ok(record) => Ok(Some(record.kind())),
            Err(Error::Locked) => Err(Error::Locked),
            Err(_) => Ok(None),
        };
        match self.expected.remove(id) {
            Some(listed) if listed.hash == hash => {
                self.current.entries.insert(*id, listed);
            }
            Some(listed) => match opened(vault)? {
                Some(kind) => {
                    self.report.replaced.push(found(kind));
                    let kind = kind.to_owned();
                    self.current.entries.insert(*id, Listed { kind, hash });
                }
                None => {
                    // Still listed as it was, so it is reported until it opens or is deleted.
                    self.report.damaged.push(found(&listed.kind));
                    self.current.entries.insert(*id, listed);
                }
            },
            None => {
                if let Some(kind) = opened(vault)? {
                    if !self.rebuilding {
                        self.report.added.push(found(kind));
                    }
                    let kind = kind.to_owned();
                    self.current.entries.insert(*id, Listed { kind, hash });
                }
            }
        }
        Ok(())
    }

    /// What was found, and the manifest that lists what is stored now (to seal and store
    /// once the person has seen the report; at once when rebuilding).
    #[must_use]
    pub fn finish(self) -> (IntegrityReport, Manifest) {
        let mut report = self.report;
        report.missing = self
            .expected
            .iter()
            .map(|(id, listed)| FoundRecord {
                id: id.to_hex(),
                kind: listed.kind.clone(),
            })
            .collect();
        report.list_missing = self.rebuilding && !self.current.is_empty();
        (report, self.current)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::KdfParams;

    const CHEAP: KdfParams = KdfParams {
        memory_kib: 8 * 1024,
        iterations: 1,
        parallelism: 1,
    };

    fn vault() -> Vault {
        Vault::create_with_params("a long passphrase here", CHEAP).unwrap()
    }

    fn entry(vault: &Vault, text: &str) -> (RecordId, Vec<u8>) {
        let id = RecordId::random().unwrap();
        let json = format!(r#"{{"kind":"journal","text":"{text}","createdAt":1,"updatedAt":2}}"#);
        (id, vault.seal_record_json(&id, &json).unwrap())
    }

    fn settings(vault: &Vault) -> (RecordId, Vec<u8>) {
        let id = RecordId::random().unwrap();
        let json = r#"{"kind":"settings","autoLockMinutes":5,"hiddenGraceSeconds":30,"quickExitUrl":"https://www.bbc.com/weather","updatedAt":3}"#;
        (id, vault.seal_record_json(&id, json).unwrap())
    }

    /// A vault with two entries and its settings, listed and stored.
    fn stored(vault: &Vault) -> (Manifest, Vec<(RecordId, Vec<u8>)>) {
        let records = vec![entry(vault, "one"), entry(vault, "two"), settings(vault)];
        let mut manifest = Manifest::new();
        for (id, blob) in &records {
            manifest.list(vault, *id, blob).unwrap();
        }
        (manifest, records)
    }

    fn check(
        vault: &Vault,
        manifest: &Manifest,
        records: &[(RecordId, Vec<u8>)],
    ) -> (IntegrityReport, Manifest) {
        let mut check = manifest.check(vault).unwrap();
        for (id, blob) in records {
            check.see(vault, id, blob).unwrap();
        }
        check.finish()
    }

    fn found(id: &RecordId, kind: &str) -> FoundRecord {
        FoundRecord {
            id: id.to_hex(),
            kind: kind.into(),
        }
    }

    #[test]
    fn an_unchanged_store_is_clean_and_its_manifest_comes_back_the_same() {
        let v = vault();
        let (manifest, records) = stored(&v);
        let (report, current) = check(&v, &manifest, &records);
        assert!(report.is_clean(), "{report:?}");
        assert_eq!(current, manifest);
    }

    #[test]
    fn a_deleted_record_is_missing_with_its_kind() {
        let v = vault();
        let (manifest, records) = stored(&v);
        let (report, current) = check(&v, &manifest, &records[..2]);
        assert_eq!(report.missing, vec![found(&records[2].0, "settings")]);
        assert!(report.replaced.is_empty() && report.added.is_empty() && !report.list_missing);
        assert!(!current.lists(&records[2].0) && current.len() == 2);
    }

    #[test]
    fn an_older_version_put_back_is_replaced() {
        let v = vault();
        let (mut manifest, mut records) = stored(&v);
        let (id, old_blob) = records[0].clone();
        let newer = v
            .seal_record_json(
                &id,
                r#"{"kind":"journal","text":"edited","createdAt":1,"updatedAt":9}"#,
            )
            .unwrap();
        manifest.list(&v, id, &newer).unwrap();
        // The store holds the older blob again.
        records[0].1 = old_blob;
        let (report, current) = check(&v, &manifest, &records);
        assert_eq!(report.replaced, vec![found(&id, "journal")]);
        assert!(report.missing.is_empty() && report.damaged.is_empty());
        // The manifest to store after the person was told lists what is there now.
        let (again, _) = check(&v, &current, &records);
        assert!(again.is_clean());
    }

    #[test]
    fn a_listed_record_that_no_longer_opens_is_damaged_and_stays_listed() {
        let v = vault();
        let (manifest, mut records) = stored(&v);
        let last = records[1].1.len() - 1;
        records[1].1[last] ^= 1;
        let (report, current) = check(&v, &manifest, &records);
        assert_eq!(report.damaged, vec![found(&records[1].0, "journal")]);
        let (again, _) = check(&v, &current, &records);
        assert_eq!(
            again.damaged.len(),
            1,
            "reported until it opens or is deleted"
        );
    }

    #[test]
    fn a_record_of_this_vault_never_listed_is_added_and_one_of_another_vault_is_ignored() {
        let v = vault();
        let other = vault();
        let (manifest, mut records) = stored(&v);
        let foreign = entry(&v, "from another copy");
        let decoy = entry(&other, "another vault's");
        records.push(foreign.clone());
        records.push(decoy.clone());
        let (report, current) = check(&v, &manifest, &records);
        assert_eq!(report.added, vec![found(&foreign.0, "journal")]);
        assert!(report.damaged.is_empty() && report.missing.is_empty());
        assert!(current.lists(&foreign.0) && !current.lists(&decoy.0));
    }

    #[test]
    fn the_manifests_own_blob_is_not_a_finding() {
        let v = vault();
        let (manifest, mut records) = stored(&v);
        records.push((v.manifest_id().unwrap(), manifest.seal(&v).unwrap()));
        let (report, _) = check(&v, &manifest, &records);
        assert!(report.is_clean(), "{report:?}");
    }

    #[test]
    fn a_rebuild_lists_every_readable_record_and_says_only_that_the_list_was_missing() {
        let v = vault();
        let other = vault();
        let (manifest, mut records) = stored(&v);
        records.push(entry(&other, "another vault's"));
        let mut rebuild = Manifest::rebuild(&v).unwrap();
        for (id, blob) in &records {
            rebuild.see(&v, id, blob).unwrap();
        }
        let (report, current) = rebuild.finish();
        assert!(report.list_missing);
        assert!(report.added.is_empty() && report.missing.is_empty());
        assert_eq!(current, manifest);
        // An empty vault has nothing to report.
        let (empty, _) = Manifest::rebuild(&v).unwrap().finish();
        assert!(empty.is_clean());
    }

    #[test]
    fn it_seals_under_an_id_only_its_vault_finds_and_opens_only_there() {
        let v = vault();
        let other = vault();
        let (mut manifest, _) = stored(&v);
        manifest.see_attempts_until(1_764_700_000_000);
        manifest.see_attempts_until(5);
        assert_eq!(manifest.attempts_seen_until(), 1_764_700_000_000);
        let blob = manifest.seal(&v).unwrap();
        assert_eq!(Manifest::open(&v, &blob).unwrap(), manifest);
        assert_ne!(v.manifest_id().unwrap(), other.manifest_id().unwrap());
        assert_eq!(Manifest::open(&other, &blob), Err(Error::Corrupt));
        // A manifest is not a record, and a record is not a manifest.
        let id = v.manifest_id().unwrap();
        assert!(v.open_record(&id, &blob).is_err());
        let record = v
            .seal_record_json(
                &id,
                r#"{"kind":"journal","text":"x","createdAt":1,"updatedAt":1}"#,
            )
            .unwrap();
        assert_eq!(Manifest::open(&v, &record), Err(Error::Corrupt));
    }

    #[test]
    fn the_manifest_id_follows_the_data_key() {
        let v = vault();
        let rotated = v
            .change_passphrase("a long passphrase here", "another long passphrase")
            .unwrap();
        assert_ne!(v.manifest_id().unwrap(), rotated.manifest_id().unwrap());
        let header = v.header_bytes().unwrap();
        let again = Vault::unlock(&header, "a long passphrase here").unwrap();
        assert_eq!(v.manifest_id().unwrap(), again.manifest_id().unwrap());
    }

    #[test]
    fn damaged_or_newer_plaintext_is_refused() {
        let v = vault();
        let (manifest, _) = stored(&v);
        let good = manifest.to_plaintext().unwrap();
        assert_eq!(Manifest::from_plaintext(&good).unwrap(), manifest);
        for cut in 0..good.len() {
            assert_eq!(
                Manifest::from_plaintext(&good[..cut]),
                Err(Error::Corrupt),
                "cut at {cut}"
            );
        }
        let mut longer = good.to_vec();
        longer.push(0);
        assert_eq!(Manifest::from_plaintext(&longer), Err(Error::Corrupt));
        let mut newer = good.to_vec();
        newer[5] = 2;
        assert_eq!(
            Manifest::from_plaintext(&newer),
            Err(Error::UnsupportedVersion)
        );
        // The same id twice, or out of order.
        let first = PREFIX_LEN;
        let entry_len = |at: usize| 16 + 32 + 1 + usize::from(good[at + 48]);
        let second = first + entry_len(first);
        let mut swapped = good.to_vec();
        let (a, b) = (entry_len(first), entry_len(second));
        let mut reordered = good[second..second + b].to_vec();
        reordered.extend_from_slice(&good[first..first + a]);
        swapped[first..first + a + b].copy_from_slice(&reordered);
        assert_eq!(Manifest::from_plaintext(&swapped), Err(Error::Corrupt));
        let mut twice = good.to_vec();
        twice[second..second + 16].copy_from_slice(&good[first..first + 16]);
        assert_eq!(Manifest::from_plaintext(&twice), Err(Error::Corrupt));
        // A kind that is not a name.
        let mut bad_kind = good.to_vec();
        bad_kind[first + 49] = b' ';
        assert_eq!(Manifest::from_plaintext(&bad_kind), Err(Error::Corrupt));
    }
}
