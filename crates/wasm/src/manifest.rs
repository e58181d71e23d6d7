//! The JavaScript surface of the manifest (the vault's sealed list of its records) and of the
//! failed-attempt log. Conversion only: hex ids, byte slices, JSON reports; the rules are
//! `kintsugi_model::manifest`'s and `kintsugi_vault::attempts`'.

use kintsugi_model::Error;
use wasm_bindgen::prelude::*;

use crate::{Vault, record_id, to_js, whole_ms};

/// A vault's sealed list of its records (see `docs/vault-format.md`, "The manifest").
#[wasm_bindgen]
#[derive(Debug, Default)]
pub struct Manifest(kintsugi_model::Manifest);

#[wasm_bindgen]
impl Manifest {
    /// An empty manifest: a new vault's.
    #[wasm_bindgen(constructor)]
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Opens the blob stored under `vault.manifestId`. Throws `corrupt` for anything damaged or
    /// not this vault's manifest, `unsupported-version` for a newer one.
    pub fn open(vault: &Vault, blob: &[u8]) -> Result<Self, JsValue> {
        kintsugi_model::Manifest::open(&vault.0, blob)
            .map(Self)
            .map_err(to_js)
    }

    /// Lists `blob`, just sealed by `vault` under `recordId` (throws if it does not open there).
    pub fn list(
        &mut self,
        vault: &Vault,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
        blob: &[u8],
    ) -> Result<(), JsValue> {
        let id = record_id(record_id_hex)?;
        self.0.list(&vault.0, id, blob).map_err(to_js)
    }

    /// Forgets `recordId`; whether it was listed.
    pub fn unlist(
        &mut self,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
    ) -> Result<bool, JsValue> {
        Ok(self.0.unlist(&record_id(record_id_hex)?))
    }

    /// Whether it lists `recordId` (a record of this vault; one it does not list and cannot
    /// open may be the other slot's vault's).
    pub fn lists(
        &self,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
    ) -> Result<bool, JsValue> {
        Ok(self.0.lists(&record_id(record_id_hex)?))
    }

    /// How many records it lists.
    #[wasm_bindgen(getter)]
    #[must_use]
    pub fn count(&self) -> u32 {
        u32::try_from(self.0.len()).unwrap_or(u32::MAX)
    }

    /// The ids it lists, ascending, as hex.
    #[wasm_bindgen(js_name = listedIds)]
    #[must_use]
    pub fn listed_ids(&self) -> Vec<String> {
        self.0.ids().map(kintsugi_model::RecordId::to_hex).collect()
    }

    /// Failed unlock attempts at or before this time (ms) have been shown.
    #[wasm_bindgen(getter, js_name = attemptsSeenUntil)]
    #[must_use]
    pub fn attempts_seen_until(&self) -> f64 {
        // Times are at most MAX_TIMESTAMP_MS, well inside an f64's exact integers.
        #[allow(clippy::cast_precision_loss)]
        let ms = self.0.attempts_seen_until() as f64;
        ms
    }

    /// Marks the attempts up to `atMs` as shown (never moves back).
    #[wasm_bindgen(js_name = seeAttemptsUntil)]
    pub fn see_attempts_until(
        &mut self,
        #[wasm_bindgen(js_name = "atMs")] at_ms: f64,
    ) -> Result<(), JsValue> {
        let at = whole_ms(at_ms).ok_or_else(|| to_js(Error::InvalidInput))?;
        self.0.see_attempts_until(at);
        Ok(())
    }

    /// The sealed manifest, to store under `vault.manifestId`.
    pub fn seal(&self, vault: &Vault) -> Result<Vec<u8>, JsValue> {
        self.0.seal(&vault.0).map_err(to_js)
    }

    /// Starts comparing this manifest with the stored records.
    pub fn check(&self, vault: &Vault) -> Result<ManifestCheck, JsValue> {
        self.0.check(&vault.0).map(ManifestCheck).map_err(to_js)
    }

    /// A check for a vault whose manifest is missing or does not open: it lists every readable
    /// record anew and reports only `listMissing`.
    pub fn rebuild(vault: &Vault) -> Result<ManifestCheck, JsValue> {
        kintsugi_model::Manifest::rebuild(&vault.0)
            .map(ManifestCheck)
            .map_err(to_js)
    }
}

/// A comparison of a manifest with the stored records, fed one record at a time.
#[wasm_bindgen]
#[derive(Debug)]
pub struct ManifestCheck(kintsugi_model::ManifestCheck);

#[wasm_bindgen]
impl ManifestCheck {
    /// Looks at one stored record (throws only `locked`).
    pub fn see(
        &mut self,
        vault: &Vault,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
        blob: &[u8],
    ) -> Result<(), JsValue> {
        let id = record_id(record_id_hex)?;
        self.0.see(&vault.0, &id, blob).map_err(to_js)
    }

    /// Ends the check: the report, and the manifest that lists what is stored now.
    #[must_use]
    pub fn finish(self) -> CheckedManifest {
        let (report, manifest) = self.0.finish();
        CheckedManifest {
            report: report.to_json(),
            manifest: Some(Manifest(manifest)),
        }
    }
}

/// What a finished check found, and the manifest to store once the person has seen it.
#[wasm_bindgen]
#[derive(Debug)]
pub struct CheckedManifest {
    report: String,
    manifest: Option<Manifest>,
}

#[wasm_bindgen]
impl CheckedManifest {
    /// The report as JSON (`IntegrityReport`).
    #[wasm_bindgen(getter, js_name = reportJson)]
    #[must_use]
    pub fn report_json(&self) -> String {
        self.report.clone()
    }

    /// The manifest of what is stored now; throws `invalid-input` when taken twice.
    #[wasm_bindgen(js_name = takeManifest)]
    pub fn take_manifest(&mut self) -> Result<Manifest, JsValue> {
        self.manifest
            .take()
            .ok_or_else(|| to_js(Error::InvalidInput))
    }
}

/// The failed-attempt log entry for a wrong passphrase on `header` at `atMs`, written while
/// locked. Throws as reading the header does (`unsupported-version` for a version-1 header).
#[wasm_bindgen(js_name = sealFailedAttempt)]
pub fn seal_failed_attempt(
    header: &[u8],
    #[wasm_bindgen(js_name = "atMs")] at_ms: f64,
) -> Result<Vec<u8>, JsValue> {
    let at = whole_ms(at_ms).ok_or_else(|| to_js(Error::InvalidInput))?;
    kintsugi_model::seal_failed_attempt(header, at).map_err(to_js)
}

/// `log` with `entry` added, keeping the newest fifty.
#[wasm_bindgen(js_name = appendFailedAttempt)]
pub fn append_failed_attempt(log: &[u8], entry: &[u8]) -> Result<Vec<u8>, JsValue> {
    kintsugi_model::append_failed_attempt(log, entry).map_err(to_js)
}

#[wasm_bindgen]
impl Vault {
    /// The id this vault's manifest is stored under (32 hex characters).
    #[wasm_bindgen(getter, js_name = manifestId)]
    pub fn manifest_id(&self) -> Result<String, JsValue> {
        self.0.manifest_id().map(|id| id.to_hex()).map_err(to_js)
    }

    /// The failed unlock attempts in `log` this vault can read, in ms, oldest first.
    #[wasm_bindgen(js_name = failedAttempts)]
    pub fn failed_attempts(&self, log: &[u8]) -> Result<Vec<f64>, JsValue> {
        // Times are at most MAX_TIMESTAMP_MS, well inside an f64's exact integers.
        #[allow(clippy::cast_precision_loss)]
        self.0
            .failed_attempts(log)
            .map(|times| times.into_iter().map(|t| t as f64).collect())
            .map_err(to_js)
    }
}
