//! The JavaScript surface of backup files: a streaming writer and reader. Conversion
//! only (numbers, hex ids, JSON text); every rule is in `kintsugi-model`.
//!
//! Writing: `new BackupWriter(passphrase, createdAtMs)`, then `push(recordId, json)` for
//! each record (returns the bytes now ready, often empty), then `finish()`; the
//! concatenated outputs are the file.
//!
//! Reading: `new BackupReader(passphrase)`, then `push(bytes)` with each piece of the
//! file (returns a JSON array `[{"id":"…","record":{…}}]` of the records verified so
//! far), then `finish()` (returns `{"createdAtMs":…,"recordCount":…}`). The first push
//! that completes the header runs Argon2. Nothing is verified as a whole until
//! `finish()` succeeds: a restore must write nothing before then.

use js_sys::JsString;
use kintsugi_model::{Error, KdfParams, MAX_TIMESTAMP_MS, RecordBackupWriter, RecordId};
use wasm_bindgen::prelude::*;

use crate::{nfc, record_id, to_js};

/// A JS number as a millisecond timestamp: a whole number in 0..=2^53-1.
fn timestamp(ms: f64) -> Result<u64, JsValue> {
    #[allow(clippy::cast_precision_loss)] // 2^53-1 is exact in an f64
    let in_range =
        ms.is_finite() && ms.fract() == 0.0 && (0.0..=MAX_TIMESTAMP_MS as f64).contains(&ms);
    if in_range {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // checked above
        Ok(ms as u64)
    } else {
        Err(to_js(Error::InvalidRecord))
    }
}

/// A count as a JS number (exact below 2^53; a backup never holds that many records).
#[allow(clippy::cast_precision_loss)]
const fn count(value: u64) -> f64 {
    value as f64
}

/// Calls after `finish()` are a bug in the caller.
fn finished() -> JsValue {
    to_js(Error::Internal)
}

/// Writes a backup file record by record. `free()` wipes the keys.
#[wasm_bindgen(js_name = BackupWriter)]
#[derive(Debug)]
pub struct BackupWriter(Option<kintsugi_model::BackupWriter>);

#[wasm_bindgen(js_class = BackupWriter)]
impl BackupWriter {
    /// Starts a backup with the default Argon2id parameters (runs Argon2 once).
    #[wasm_bindgen(constructor)]
    pub fn new(
        passphrase: &JsString,
        #[wasm_bindgen(js_name = "createdAtMs")] created_at_ms: f64,
    ) -> Result<Self, JsValue> {
        Self::with_params(
            passphrase,
            created_at_ms,
            KdfParams::DEFAULT.memory_kib,
            KdfParams::DEFAULT.iterations,
            KdfParams::DEFAULT.parallelism,
        )
    }

    /// Starts a backup with explicit Argon2id parameters (tests and benchmarks).
    #[wasm_bindgen(js_name = withParams)]
    pub fn with_params(
        passphrase: &JsString,
        #[wasm_bindgen(js_name = "createdAtMs")] created_at_ms: f64,
        #[wasm_bindgen(js_name = "memoryKib")] memory_kib: u32,
        iterations: u32,
        parallelism: u32,
    ) -> Result<Self, JsValue> {
        let passphrase = nfc(passphrase);
        let params = KdfParams {
            memory_kib,
            iterations,
            parallelism,
        };
        kintsugi_model::BackupWriter::with_params(&passphrase, params, timestamp(created_at_ms)?)
            .map(|writer| Self(Some(writer)))
            .map_err(to_js)
    }

    /// Adds one record (JSON) under `recordId`; returns the bytes now ready.
    pub fn push(
        &mut self,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
        json: &str,
    ) -> Result<Vec<u8>, JsValue> {
        let id = record_id(record_id_hex)?;
        let writer = self.0.as_mut().ok_or_else(finished)?;
        writer.push_json(&id, json).map_err(to_js)
    }

    /// Records added so far.
    #[wasm_bindgen(getter, js_name = recordCount)]
    pub fn record_count(&self) -> f64 {
        count(
            self.0
                .as_ref()
                .map_or(0, kintsugi_model::BackupWriter::record_count),
        )
    }

    /// Ends the file; returns its last bytes. The writer cannot be used afterwards.
    pub fn finish(&mut self) -> Result<Vec<u8>, JsValue> {
        let writer = self.0.take().ok_or_else(finished)?;
        writer.finish().map_err(to_js)
    }
}

/// Reads a backup file from pieces of any size. `free()` wipes the keys.
#[wasm_bindgen(js_name = BackupReader)]
#[derive(Debug)]
pub struct BackupReader(Option<kintsugi_model::BackupReader>);

#[wasm_bindgen(js_class = BackupReader)]
impl BackupReader {
    /// A reader for a backup made with `passphrase`.
    #[wasm_bindgen(constructor)]
    pub fn new(passphrase: &JsString) -> Self {
        let passphrase = nfc(passphrase);
        Self(Some(kintsugi_model::BackupReader::new(&passphrase)))
    }

    /// Feeds the next bytes; returns a JSON array of the records they completed, each
    /// `{"id":"<32 hex>","record":<record JSON>}`.
    pub fn push(&mut self, bytes: &[u8]) -> Result<String, JsValue> {
        let reader = self.0.as_mut().ok_or_else(finished)?;
        let records = reader.push(bytes).map_err(to_js)?;
        Ok(records_json(&records))
    }

    /// Bytes the reader holds now (about one 64 KiB chunk at most, plus a partial record).
    #[wasm_bindgen(getter, js_name = bufferedBytes)]
    pub fn buffered_bytes(&self) -> f64 {
        count(
            self.0
                .as_ref()
                .map_or(0, |reader| reader.buffered_bytes() as u64),
        )
    }

    /// Ends the file: succeeds only if every byte was verified and nothing is missing.
    /// Returns `{"createdAtMs":…,"recordCount":…}`.
    pub fn finish(&mut self) -> Result<String, JsValue> {
        let reader = self.0.take().ok_or_else(finished)?;
        let summary = reader.finish().map_err(to_js)?;
        Ok(format!(
            r#"{{"createdAtMs":{},"recordCount":{}}}"#,
            summary.created_at_ms, summary.record_count
        ))
    }
}

/// `[{"id":"…","record":{…}},…]`: the ids are hex and the records canonical JSON, so
/// plain concatenation is valid JSON.
fn records_json(records: &[(RecordId, kintsugi_model::Record)]) -> String {
    let mut out = String::from("[");
    for (i, (id, record)) in records.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(r#"{"id":""#);
        out.push_str(&id.to_hex());
        out.push_str(r#"","record":"#);
        out.push_str(&record.to_json());
        out.push('}');
    }
    out.push(']');
    out
}

/// The public facts of a backup's header, without a passphrase or Argon2: JSON
/// `{"formatVersion":1,"memoryKib":…,"iterations":…,"parallelism":…,"acceptable":true}`.
/// `acceptable` is false when opening would be refused as too expensive.
#[wasm_bindgen(js_name = inspectBackup)]
pub fn inspect_backup(header: &[u8]) -> Result<String, JsValue> {
    let info = kintsugi_model::inspect_backup(header).map_err(to_js)?;
    let params = info.kdf_params;
    Ok(format!(
        r#"{{"formatVersion":{},"memoryKib":{},"iterations":{},"parallelism":{},"acceptable":{}}}"#,
        info.format_version,
        params.memory_kib,
        params.iterations,
        params.parallelism,
        info.params_acceptable
    ))
}

/// A vault record's JSON as the model's record, or a JS `KintsugiError`.
fn parse_record(json: &str) -> Result<kintsugi_model::Record, JsValue> {
    kintsugi_model::Record::from_json(json).map_err(to_js)
}

/// Plans a merge one record at a time (rules in `kintsugi_model::MergePlanner`), so a
/// restore seals each backup record as soon as it is verified. First `addExisting(id,
/// json|null)` for every vault record (null: could not be opened), then `plan(id, json)`
/// for each backup record in file order; it returns `{"action":"put","id":"…",
/// "keepCurrentAs":"…"|null}`, `{"action":"copy","id":"…"}` or `{"action":"skip"}`.
/// `counts()` returns `{"added","updated","copied","unchanged","settingsKept"}`.
#[wasm_bindgen(js_name = MergePlanner)]
#[derive(Debug, Default)]
pub struct MergePlanner(kintsugi_model::MergePlanner);

#[wasm_bindgen(js_class = MergePlanner)]
impl MergePlanner {
    /// A planner for an empty vault.
    #[wasm_bindgen(constructor)]
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// One vault record: its JSON, or null when it could not be opened.
    #[wasm_bindgen(js_name = addExisting)]
    pub fn add_existing(
        &mut self,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
        json: Option<String>,
    ) -> Result<(), JsValue> {
        let id = record_id(record_id_hex)?;
        let record = json.as_deref().map(parse_record).transpose()?;
        self.0.add_existing(id, record.as_ref()).map_err(to_js)
    }

    /// The next backup record (JSON); returns the step to take.
    pub fn plan(
        &mut self,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
        json: &str,
    ) -> Result<String, JsValue> {
        let id = record_id(record_id_hex)?;
        let record = parse_record(json)?;
        let step = self.0.plan(id, &record, RecordId::random).map_err(to_js)?;
        Ok(match step {
            kintsugi_model::MergeStep::Put {
                id,
                keep_current_as,
            } => format!(
                r#"{{"action":"put","id":"{}","keepCurrentAs":{}}}"#,
                id.to_hex(),
                keep_current_as
                    .map_or_else(|| "null".to_owned(), |c| format!(r#""{}""#, c.to_hex()))
            ),
            kintsugi_model::MergeStep::Copy { id } => {
                format!(r#"{{"action":"copy","id":"{}"}}"#, id.to_hex())
            }
            kintsugi_model::MergeStep::Skip => r#"{"action":"skip"}"#.to_owned(),
        })
    }

    /// The counts so far: `{"added","updated","copied","unchanged","settingsKept"}`.
    pub fn counts(&self) -> String {
        let c = self.0.counts();
        format!(
            r#"{{"added":{},"updated":{},"copied":{},"unchanged":{},"settingsKept":{}}}"#,
            c.added, c.updated, c.copied, c.unchanged, c.settings_kept
        )
    }
}
