//! Encrypted backup files: a streaming writer, a streaming reader, and whole-file
//! helpers. The byte layout is in [`format`] and `docs/backup-format.md`.
//!
//! Key hierarchy: passphrase --NFC--> Argon2id(salt, params) = key-encryption key
//! --XChaCha20-Poly1305, header as associated data--> wraps a random 256-bit file key,
//! which seals the payload in chunks of 64 KiB. Each chunk's nonce holds its index and
//! a final flag, and its associated data is the BLAKE2b-256 hash of the header, so a
//! chunk cannot be moved, dropped, repeated or taken from another file unnoticed.
//!
//! Memory: the writer holds at most one chunk of plaintext plus one record; the reader
//! holds at most one sealed chunk plus one partial record, whatever the file's size.

pub(crate) mod format;

use core::fmt;
use core::marker::PhantomData;

use zeroize::Zeroizing;

use self::format::{
    BACKUP_HEADER_LEN, BackupHeader, CHUNK_PLAIN_LEN, CHUNK_SEALED_LEN, PayloadParser,
    check_prefix, chunk_nonce, frame_end, frame_record,
};
use crate::crypto::{self, CHECKSUM_LEN, KEY_LEN, SecretKey};
use crate::error::{Error, Result};
use crate::format::MAX_TIMESTAMP_MS;
use crate::format::{KdfParams, VERSION_1, WRAPPED_KEY_LEN};
use crate::id::RecordId;
use crate::passphrase::{is_acceptable, normalize};
use crate::plaintext::Plaintext;

/// Plaintext bytes in each chunk of a backup file.
pub const BACKUP_CHUNK_PLAIN_LEN: usize = CHUNK_PLAIN_LEN;
/// Bytes of each sealed chunk in a backup file (plaintext length plus the tag).
pub const BACKUP_CHUNK_LEN: usize = CHUNK_SEALED_LEN;
/// Length of a backup file's header in bytes.
pub const BACKUP_HEADER_BYTES: usize = BACKUP_HEADER_LEN;

/// Runs Argon2id for the (already normalized) passphrase under the header's salt and
/// parameters. The parameters must be validated first: this allocates `memory_kib`.
fn derive_kek(normalized: &str, header: &BackupHeader) -> Result<SecretKey> {
    crypto::argon2id_key(
        normalized.as_bytes(),
        &header.salt,
        header.params.memory_kib,
        header.params.iterations,
        header.params.parallelism,
    )
}

/// Unwraps the file key. The header's checksum has passed, so a failing tag means the
/// passphrase is wrong.
fn unwrap_file_key(kek: &[u8; KEY_LEN], header: &BackupHeader) -> Result<SecretKey> {
    crypto::unwrap_key(
        kek,
        &header.nonce,
        &header.associated_data(),
        &header.wrapped_key,
    )
    .map_err(|_| Error::WrongPassphrase)
}

/// The keys a chunk is sealed with: the file key and the header hash (associated data).
struct ChunkKeys {
    file_key: SecretKey,
    header_hash: [u8; CHECKSUM_LEN],
}

/// What `inspect_backup` can tell without a passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupInfo {
    /// The format version (1).
    pub format_version: u16,
    /// The Argon2id parameters a reader must run.
    pub kdf_params: KdfParams,
    /// Whether those parameters are within the caps this build accepts.
    pub params_acceptable: bool,
}

/// Reads the header facts of a backup file from its first bytes, without a passphrase
/// and without running Argon2. Reveals nothing secret: everything here is public.
///
/// # Errors
/// As the header checks of [`BackupReader`]: [`Error::NotABackup`],
/// [`Error::UnsupportedVersion`], [`Error::Truncated`], [`Error::Corrupt`].
pub fn inspect_backup(first_bytes: &[u8]) -> Result<BackupInfo> {
    let header = BackupHeader::parse(first_bytes)?;
    Ok(BackupInfo {
        format_version: VERSION_1,
        kdf_params: header.params,
        params_acceptable: header.params.validate().is_ok(),
    })
}

/// Writes a backup file record by record. Every call returns the bytes that became
/// final (the header with the first call, then whole sealed chunks); concatenated, they
/// are the file.
pub struct BackupWriter {
    keys: ChunkKeys,
    /// The header, until it is handed out.
    pending_out: Vec<u8>,
    /// Plaintext not yet sealed: at most one chunk plus one record.
    plain: Zeroizing<Vec<u8>>,
    next_index: u64,
    record_count: u64,
}

impl fmt::Debug for BackupWriter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print key material or plaintext.
        f.debug_struct("BackupWriter")
            .field("next_index", &self.next_index)
            .field("record_count", &self.record_count)
            .finish_non_exhaustive()
    }
}

impl BackupWriter {
    /// Starts a backup with the default Argon2id parameters (64 MiB, 3 passes, 1 lane).
    ///
    /// # Errors
    /// [`Error::WeakPassphrase`] for a passphrase shorter than the minimum;
    /// [`Error::InvalidRecord`] for a `created_at_ms` beyond the timestamp range;
    /// [`Error::Internal`] if the random generator fails.
    pub fn new(passphrase: &str, created_at_ms: u64) -> Result<Self> {
        Self::with_params(passphrase, KdfParams::DEFAULT, created_at_ms)
    }

    /// Starts a backup with the given Argon2id parameters (tests, or stronger settings).
    ///
    /// # Errors
    /// As [`BackupWriter::new`], and [`Error::InvalidParameters`] outside the caps.
    pub fn with_params(passphrase: &str, params: KdfParams, created_at_ms: u64) -> Result<Self> {
        params.validate()?;
        if !is_acceptable(passphrase) {
            return Err(Error::WeakPassphrase);
        }
        let mut header = BackupHeader {
            params,
            salt: crypto::random_bytes()?,
            nonce: crypto::random_bytes()?,
            wrapped_key: [0; WRAPPED_KEY_LEN],
        };
        let kek = derive_kek(&normalize(passphrase), &header)?;
        Self::start(&kek, &mut header, created_at_ms)
    }

    /// Wraps a fresh file key under `kek` into `header` and writes the preamble.
    fn start(kek: &[u8; KEY_LEN], header: &mut BackupHeader, created_at_ms: u64) -> Result<Self> {
        if created_at_ms > MAX_TIMESTAMP_MS {
            return Err(Error::InvalidRecord);
        }
        let file_key = crypto::random_key()?;
        let wrapped = crypto::seal(kek, &header.nonce, &header.associated_data(), &*file_key)?;
        header.wrapped_key = wrapped.try_into().map_err(|_| Error::Internal)?;
        let header_bytes = header.to_bytes();
        let mut plain = Zeroizing::new(Vec::with_capacity(2 * CHUNK_PLAIN_LEN));
        plain.extend_from_slice(&created_at_ms.to_be_bytes());
        Ok(Self {
            keys: ChunkKeys {
                file_key,
                header_hash: crypto::checksum(&header_bytes),
            },
            pending_out: header_bytes,
            plain,
            next_index: 0,
            record_count: 0,
        })
    }

    /// A writer whose key-encryption key is given (no Argon2): for the fuzz crate.
    #[cfg(feature = "fuzzing")]
    pub(crate) fn with_fixed_kek(kek: [u8; KEY_LEN], created_at_ms: u64) -> Result<Self> {
        let mut header = BackupHeader {
            params: KdfParams::DEFAULT,
            salt: [0; 16],
            nonce: [0; 24],
            wrapped_key: [0; WRAPPED_KEY_LEN],
        };
        Self::start(&kek, &mut header, created_at_ms)
    }

    /// Adds one record; returns the bytes now ready (possibly none).
    ///
    /// # Errors
    /// [`Error::InvalidRecord`] if the plaintext refuses to be sealed, is empty or is
    /// over 1 MiB (nothing is added).
    pub fn push<P: Plaintext>(&mut self, id: &RecordId, record: &P) -> Result<Vec<u8>> {
        let bytes = record.to_plaintext()?;
        frame_record(&mut self.plain, id, &bytes)?;
        self.record_count += 1;
        self.seal_full_chunks()
    }

    /// Records added so far.
    #[must_use]
    pub const fn record_count(&self) -> u64 {
        self.record_count
    }

    /// Bytes the writer holds (its plaintext buffer, and output not yet handed out).
    #[must_use]
    pub fn buffered_bytes(&self) -> usize {
        self.plain.capacity() + self.pending_out.len()
    }

    /// Writes the end item and the padded final chunk; returns the last bytes.
    ///
    /// # Errors
    /// [`Error::Internal`] only if sealing fails (it does not for these sizes).
    pub fn finish(mut self) -> Result<Vec<u8>> {
        frame_end(&mut self.plain, self.record_count);
        let mut out = self.seal_full_chunks()?;
        // What is left is 1..=CHUNK_PLAIN_LEN bytes: pad it to a whole chunk.
        self.plain.resize(CHUNK_PLAIN_LEN, 0);
        out.extend(self.seal_chunk(true)?);
        Ok(out)
    }

    /// Seals every chunk that is full and certainly not the last (more bytes follow it).
    fn seal_full_chunks(&mut self) -> Result<Vec<u8>> {
        let mut out = core::mem::take(&mut self.pending_out);
        while self.plain.len() > CHUNK_PLAIN_LEN {
            out.extend(self.seal_chunk(false)?);
        }
        Ok(out)
    }

    /// Seals the first `CHUNK_PLAIN_LEN` bytes of `plain` as the next chunk.
    fn seal_chunk(&mut self, is_final: bool) -> Result<Vec<u8>> {
        let nonce = chunk_nonce(self.next_index, is_final);
        let sealed = crypto::seal(
            &self.keys.file_key,
            &nonce,
            &self.keys.header_hash,
            &self.plain[..CHUNK_PLAIN_LEN],
        )?;
        let rest = Zeroizing::new(self.plain[CHUNK_PLAIN_LEN..].to_vec());
        self.plain.clear();
        self.plain.extend_from_slice(&rest);
        self.next_index = self.next_index.checked_add(1).ok_or(Error::Internal)?;
        Ok(sealed)
    }
}

/// How a finished backup was summarised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupSummary {
    /// When the backup was made (milliseconds since the Unix epoch).
    pub created_at_ms: u64,
    /// How many records it holds (checked against the count written at its end).
    pub record_count: u64,
}

/// Where the reader is.
enum Stage {
    /// Collecting the header; the passphrase waits here (normalized, wiped on drop).
    Header(Unlock),
    /// Reading chunks.
    Chunks(ChunkKeys),
    /// The final chunk was read; nothing may follow.
    Ended,
}

/// How the reader gets its key-encryption key.
enum Unlock {
    Passphrase(Zeroizing<String>),
    #[cfg(feature = "fuzzing")]
    FixedKek(SecretKey),
}

/// Reads a backup file from bytes given in any pieces. Records come out only after the
/// chunk that holds their last byte has authenticated; the whole file is verified only
/// when [`BackupReader::finish`] succeeds. To restore atomically, write nothing until
/// then (or use [`read_backup`]).
///
/// After the first error every call returns that error. `P` is what each record is read
/// as ([`Plaintext::from_plaintext`]); plain bytes unless said otherwise.
pub struct BackupReader<P = Zeroizing<Vec<u8>>> {
    stage: Stage,
    /// Bytes of the header or of the current sealed chunk; never more than one chunk.
    input: Vec<u8>,
    parser: PayloadParser,
    next_index: u64,
    failed: Option<Error>,
    reads: PhantomData<fn() -> P>,
}

impl<P> fmt::Debug for BackupReader<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BackupReader")
            .field("next_index", &self.next_index)
            .field("parser", &self.parser)
            .field("failed", &self.failed)
            .finish_non_exhaustive()
    }
}

impl<P: Plaintext> BackupReader<P> {
    /// A reader that will open the file with `passphrase` (normalized to NFC as the
    /// vault's; the vault's own passphrase works when it was used to make the backup).
    #[must_use]
    pub fn new(passphrase: &str) -> Self {
        Self::with_unlock(Unlock::Passphrase(normalize(passphrase)))
    }

    fn with_unlock(unlock: Unlock) -> Self {
        Self {
            stage: Stage::Header(unlock),
            input: Vec::with_capacity(BACKUP_HEADER_LEN),
            parser: PayloadParser::new(),
            next_index: 0,
            failed: None,
            reads: PhantomData,
        }
    }

    /// A reader with a given key-encryption key (no Argon2): for the fuzz crate.
    #[cfg(feature = "fuzzing")]
    pub(crate) fn with_fixed_kek(kek: [u8; KEY_LEN]) -> Self {
        Self::with_unlock(Unlock::FixedKek(Zeroizing::new(kek)))
    }

    /// Bytes the reader holds right now: the partial header or sealed chunk, and a
    /// partial record. Stays near one chunk whatever the file's size.
    #[must_use]
    pub fn buffered_bytes(&self) -> usize {
        self.input.capacity() + self.parser.buffered_bytes()
    }

    /// Records verified so far.
    #[must_use]
    pub const fn record_count(&self) -> u64 {
        self.parser.record_count()
    }

    /// Feeds the next bytes of the file; returns the records they completed, each read
    /// with [`Plaintext::from_plaintext`].
    ///
    /// # Errors
    /// In the order the checks run: [`Error::NotABackup`] (magic),
    /// [`Error::UnsupportedVersion`] (version, KDF algorithm, or a record that
    /// [`Plaintext::from_plaintext`] calls newer), [`Error::Corrupt`] (header checksum),
    /// [`Error::InvalidParameters`] (KDF parameters over the caps, before Argon2 runs),
    /// [`Error::WrongPassphrase`], then [`Error::Corrupt`] for any chunk that does not
    /// authenticate at its place, for bytes after the final chunk, or for bad framing.
    pub fn push(&mut self, bytes: &[u8]) -> Result<Vec<(RecordId, P)>> {
        if let Some(error) = self.failed {
            return Err(error);
        }
        let result = self.push_inner(bytes);
        if let Err(error) = result {
            self.failed = Some(error);
            self.input = Vec::new();
            self.stage = Stage::Ended;
        }
        result
    }

    fn push_inner(&mut self, mut bytes: &[u8]) -> Result<Vec<(RecordId, P)>> {
        let mut records = Vec::new();
        while !bytes.is_empty() {
            let want = match self.stage {
                Stage::Header(_) => BACKUP_HEADER_LEN,
                Stage::Chunks(_) => CHUNK_SEALED_LEN,
                // Anything after the final chunk: appended or damaged.
                Stage::Ended => return Err(Error::Corrupt),
            };
            let take = (want - self.input.len()).min(bytes.len());
            self.input.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
            if let Stage::Header(_) = self.stage {
                check_prefix(&self.input)?;
            }
            if self.input.len() == want {
                records.extend(self.process()?);
            }
        }
        Ok(records)
    }

    /// Handles a complete header or sealed chunk in `input`.
    fn process(&mut self) -> Result<Vec<(RecordId, P)>> {
        match &self.stage {
            Stage::Header(unlock) => {
                let header = BackupHeader::parse(&self.input)?;
                header.params.validate()?;
                let file_key = match unlock {
                    Unlock::Passphrase(passphrase) => {
                        let kek = derive_kek(passphrase, &header)?;
                        unwrap_file_key(&kek, &header)?
                    }
                    #[cfg(feature = "fuzzing")]
                    Unlock::FixedKek(kek) => unwrap_file_key(kek, &header)?,
                };
                let header_hash = crypto::checksum(&self.input);
                self.stage = Stage::Chunks(ChunkKeys {
                    file_key,
                    header_hash,
                });
                self.input = Vec::with_capacity(CHUNK_SEALED_LEN);
                Ok(Vec::new())
            }
            Stage::Chunks(keys) => {
                let open = |is_final| {
                    crypto::open(
                        &keys.file_key,
                        &chunk_nonce(self.next_index, is_final),
                        &keys.header_hash,
                        &self.input,
                    )
                    .ok()
                    .map(|plain| (plain, is_final))
                };
                let (plain, is_final) = open(false).or_else(|| open(true)).ok_or(Error::Corrupt)?;
                self.input.clear();
                self.next_index = self.next_index.checked_add(1).ok_or(Error::Corrupt)?;
                if is_final {
                    self.stage = Stage::Ended;
                }
                self.parser.feed(&plain, is_final)
            }
            Stage::Ended => Err(Error::Corrupt),
        }
    }

    /// Ends the file: succeeds only if the final chunk was read and nothing followed.
    ///
    /// # Errors
    /// The error of an earlier call; [`Error::NotABackup`] for an empty file;
    /// [`Error::Truncated`] if the file ended before its final chunk (inside the header,
    /// inside a chunk, or between chunks).
    pub fn finish(self) -> Result<BackupSummary> {
        if let Some(error) = self.failed {
            return Err(error);
        }
        match self.stage {
            Stage::Ended => Ok(BackupSummary {
                created_at_ms: self.parser.created_at_ms(),
                record_count: self.parser.record_count(),
            }),
            Stage::Header(_) if self.input.is_empty() => Err(Error::NotABackup),
            Stage::Header(_) | Stage::Chunks(_) => Err(Error::Truncated),
        }
    }
}

/// A whole backup, verified from its first byte to its last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup<P> {
    /// When the backup was made (milliseconds since the Unix epoch).
    pub created_at_ms: u64,
    /// Every record with its id, in file order.
    pub records: Vec<(RecordId, P)>,
}

/// Reads and verifies a whole backup file before returning anything: the helper for
/// an atomic restore (nothing to write unless this succeeds).
///
/// # Errors
/// As [`BackupReader::push`] and [`BackupReader::finish`].
pub fn read_backup<P: Plaintext>(bytes: &[u8], passphrase: &str) -> Result<Backup<P>> {
    let mut reader = BackupReader::<P>::new(passphrase);
    let records = reader.push(bytes)?;
    let summary = reader.finish()?;
    Ok(Backup {
        created_at_ms: summary.created_at_ms,
        records,
    })
}

/// Writes a whole backup file in memory (tests and small backups; the app streams).
///
/// # Errors
/// As [`BackupWriter::with_params`] and [`BackupWriter::push`].
pub fn write_backup<P: Plaintext>(
    passphrase: &str,
    params: KdfParams,
    created_at_ms: u64,
    records: &[(RecordId, P)],
) -> Result<Vec<u8>> {
    let mut writer = BackupWriter::with_params(passphrase, params, created_at_ms)?;
    let mut out = Vec::new();
    for (id, record) in records {
        out.extend(writer.push(id, record)?);
    }
    out.extend(writer.finish()?);
    Ok(out)
}
