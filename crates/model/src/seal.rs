//! Records through the vault: the vault seals bytes, these seal and open [`Record`]s
//! (validated on the way in, checked on the way out), and read and write backups of them.

use kintsugi_vault::{BackupWriter, KdfParams, RecordId, Result, Vault};

use crate::Record;

/// A whole backup of records, verified from its first byte to its last.
pub type Backup = kintsugi_vault::Backup<Record>;

/// Reads a backup file of records from bytes given in any pieces (see
/// [`kintsugi_vault::BackupReader`]): each record is checked as it comes out.
pub type BackupReader = kintsugi_vault::BackupReader<Record>;

/// Adding records given as JSON to a backup.
pub trait RecordBackupWriter {
    /// Adds one record given as JSON (validated as [`Record::from_json`]); returns the
    /// bytes now ready. A device-local record (a draft) is left out: nothing is added and
    /// no bytes are returned.
    ///
    /// # Errors
    /// [`Error::InvalidRecord`](kintsugi_vault::Error::InvalidRecord) for JSON that is
    /// not a valid record (nothing is added).
    fn push_json(&mut self, id: &RecordId, json: &str) -> Result<Vec<u8>>;
}

impl RecordBackupWriter for BackupWriter {
    fn push_json(&mut self, id: &RecordId, json: &str) -> Result<Vec<u8>> {
        let record = Record::from_json(json)?;
        if record.is_device_local() {
            return Ok(Vec::new());
        }
        self.push(id, &record)
    }
}

/// Sealing and opening records with a [`Vault`].
pub trait RecordVault {
    /// Seals a record, bound to `record_id` and this vault.
    ///
    /// # Errors
    /// [`Error::Locked`](kintsugi_vault::Error::Locked);
    /// [`Error::InvalidRecord`](kintsugi_vault::Error::InvalidRecord) if the record does
    /// not validate.
    fn seal_record(&self, record_id: &RecordId, record: &Record) -> Result<Vec<u8>>;

    /// Parses, tidies, validates and seals a record given as JSON.
    ///
    /// # Errors
    /// As [`RecordVault::seal_record`] and [`Record::from_json`].
    fn seal_record_json(&self, record_id: &RecordId, json: &str) -> Result<Vec<u8>>;

    /// Opens the record blob stored under `record_id`.
    ///
    /// # Errors
    /// [`Error::Locked`](kintsugi_vault::Error::Locked);
    /// [`Error::UnsupportedVersion`](kintsugi_vault::Error::UnsupportedVersion) for an
    /// unknown blob version or record kind;
    /// [`Error::Corrupt`](kintsugi_vault::Error::Corrupt) for anything altered, truncated,
    /// stored under another id or vault, or not a valid record.
    fn open_record(&self, record_id: &RecordId, blob: &[u8]) -> Result<Record>;

    /// Opens a record and returns its canonical JSON.
    ///
    /// # Errors
    /// As [`RecordVault::open_record`].
    fn open_record_json(&self, record_id: &RecordId, blob: &[u8]) -> Result<String>;
}

impl RecordVault for Vault {
    fn seal_record(&self, record_id: &RecordId, record: &Record) -> Result<Vec<u8>> {
        self.seal(record_id, record)
    }

    fn seal_record_json(&self, record_id: &RecordId, json: &str) -> Result<Vec<u8>> {
        // A locked vault says so before the JSON is looked at.
        self.kdf_params()?;
        self.seal(record_id, &Record::from_json(json)?)
    }

    fn open_record(&self, record_id: &RecordId, blob: &[u8]) -> Result<Record> {
        self.open(record_id, blob)
    }

    fn open_record_json(&self, record_id: &RecordId, blob: &[u8]) -> Result<String> {
        self.open_record(record_id, blob).map(|r| r.to_json())
    }
}

/// Reads and verifies a whole backup of records before returning anything: the helper
/// for an atomic restore.
///
/// # Errors
/// As [`kintsugi_vault::BackupReader::push`] and [`kintsugi_vault::BackupReader::finish`].
pub fn read_backup(bytes: &[u8], passphrase: &str) -> Result<Backup> {
    kintsugi_vault::read_backup(bytes, passphrase)
}

/// Writes a whole backup of records in memory (tests and small backups; the app streams).
/// Device-local records (drafts) are left out, as [`RecordBackupWriter::push_json`] does.
///
/// # Errors
/// As [`kintsugi_vault::BackupWriter::with_params`] and
/// [`kintsugi_vault::BackupWriter::push`].
pub fn write_backup(
    passphrase: &str,
    params: KdfParams,
    created_at_ms: u64,
    records: &[(RecordId, Record)],
) -> Result<Vec<u8>> {
    let kept: Vec<(RecordId, Record)> = records
        .iter()
        .filter(|(_, record)| !record.is_device_local())
        .cloned()
        .collect();
    kintsugi_vault::write_backup(passphrase, params, created_at_ms, &kept)
}
