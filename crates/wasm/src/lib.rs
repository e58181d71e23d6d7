//! The JavaScript surface of Kintsugi's vault and model. Conversion only: hex strings to
//! ids, byte slices to vectors, errors to JS `Error`s. Every rule lives in
//! `kintsugi-model` (records) and `kintsugi-vault` (bytes).

use js_sys::{JsString, Reflect};
use kintsugi_model::{Error, KdfParams, RecordId, RecordVault};
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

// Backup files: streaming writer and reader (see backup.rs).
mod backup;
pub use crate::backup::{BackupReader, BackupWriter, MergePlanner, inspect_backup};

// Raw primitives for the browser benchmark only (`make bench`); never in the app's build.
#[cfg(feature = "bench")]
mod bench;

// The manifest and the failed-attempt log (see manifest.rs).
mod manifest;
pub use crate::manifest::{
    CheckedManifest, Manifest, ManifestCheck, append_failed_attempt, seal_failed_attempt,
};

// The incident log and its hash chain (see incident.rs).
mod incident;
pub use crate::incident::{
    incident_append, incident_draft_invalid_field, incident_rules, incident_verify,
    incident_versions,
};

// The `code` union, made from the vault's one list of errors.
#[wasm_bindgen(typescript_custom_section)]
const KINTSUGI_ERROR_CODE_TS: &'static str = kintsugi_model::ERROR_CODES_TS;

#[wasm_bindgen(typescript_custom_section)]
const KINTSUGI_ERROR_TS: &'static str = r#"
/** Every error thrown by this module: `name` is always 'KintsugiError'. */
export interface KintsugiError extends Error {
  name: 'KintsugiError';
  code: KintsugiErrorCode;
}
"#;

/// The `name` of every error thrown to JavaScript.
pub const ERROR_NAME: &str = "KintsugiError";

/// Turns an error into a JS `Error` with `name = "KintsugiError"`, its plain-words
/// message and a stable `code`.
fn to_js(error: Error) -> JsValue {
    let js_error = js_sys::Error::new(&error.to_string());
    js_error.set_name(ERROR_NAME);
    // Setting a property on a fresh, unfrozen Error object cannot fail; if it somehow
    // did, the Error still carries its name and message.
    let _ = Reflect::set(
        &js_error,
        &JsValue::from_str("code"),
        &JsValue::from_str(error.code()),
    );
    js_error.into()
}

/// The passphrase in Unicode NFC, copied into wasm memory that is wiped on drop.
///
/// The vault is built without its own Unicode tables (they would cost ~64 KiB gzipped);
/// the browser's `String.prototype.normalize` gives the same NFC form, so a passphrase
/// typed on another keyboard still opens the vault.
fn nfc(passphrase: &JsString) -> Zeroizing<String> {
    Zeroizing::new(String::from(passphrase.normalize("NFC")))
}

fn record_id(hex: &str) -> Result<RecordId, JsValue> {
    RecordId::from_hex(hex).map_err(to_js)
}

/// An open vault. Holds the data key while unlocked; `lock()` and `free()` wipe it.
#[wasm_bindgen]
#[derive(Debug)]
pub struct Vault(kintsugi_model::Vault);

/// Creates a vault with the default Argon2id parameters (64 MiB, 3 passes, 1 lane).
#[wasm_bindgen(js_name = createVault)]
pub fn create_vault(passphrase: &JsString) -> Result<Vault, JsValue> {
    let passphrase = nfc(passphrase);
    kintsugi_model::Vault::create(&passphrase)
        .map(Vault)
        .map_err(to_js)
}

/// Creates a vault with explicit Argon2id parameters (those sized to this device, or cheap
/// ones in tests and benchmarks).
#[wasm_bindgen(js_name = createVaultWithParams)]
pub fn create_vault_with_params(
    passphrase: &JsString,
    #[wasm_bindgen(js_name = "memoryKib")] memory_kib: u32,
    iterations: u32,
    parallelism: u32,
) -> Result<Vault, JsValue> {
    let passphrase = nfc(passphrase);
    let params = KdfParams {
        memory_kib,
        iterations,
        parallelism,
    };
    kintsugi_model::Vault::create_with_params(&passphrase, params)
        .map(Vault)
        .map_err(to_js)
}

/// Runs one Argon2id pass over 64 MiB (the work the app times to size a new vault's
/// parameters) and throws the result away.
#[wasm_bindgen(js_name = kdfCalibrate)]
pub fn kdf_calibrate() -> Result<(), JsValue> {
    kintsugi_model::calibrate().map_err(to_js)
}

/// The Argon2id parameters for this device, given that one calibration pass took
/// `msPerPass` milliseconds, as JSON `{"memoryKib","iterations","parallelism","predictedMs"}`:
/// the strongest that unlock within about a second here, never below the defaults.
#[wasm_bindgen(js_name = kdfParamsForDevice)]
#[must_use]
pub fn kdf_params_for_device(#[wasm_bindgen(js_name = "msPerPass")] ms_per_pass: f64) -> String {
    kintsugi_model::device_kdf_params_json(ms_per_pass)
}

/// Unlocks a stored vault header.
#[wasm_bindgen(js_name = unlockVault)]
pub fn unlock_vault(header: &[u8], passphrase: &JsString) -> Result<Vault, JsValue> {
    let passphrase = nfc(passphrase);
    kintsugi_model::Vault::unlock(header, &passphrase)
        .map(Vault)
        .map_err(to_js)
}

/// A fresh random record id: 32 lowercase hex characters.
#[wasm_bindgen(js_name = newRecordId)]
pub fn new_record_id() -> Result<String, JsValue> {
    RecordId::random().map(|id| id.to_hex()).map_err(to_js)
}

/// Passphrase strength 0..=4; 0 means too short to accept.
#[wasm_bindgen(js_name = passphraseStrength)]
pub fn passphrase_strength(passphrase: &JsString) -> u8 {
    let passphrase = nfc(passphrase);
    kintsugi_model::passphrase_strength(&passphrase)
}

/// The fewest characters a new passphrase may have.
#[wasm_bindgen(js_name = minPassphraseChars)]
pub fn min_passphrase_chars() -> u32 {
    u32::try_from(kintsugi_model::MIN_PASSPHRASE_CHARS)
        .expect("MIN_PASSPHRASE_CHARS is a small constant that fits a u32")
}

#[wasm_bindgen]
impl Vault {
    /// The vault id: 32 lowercase hex characters.
    #[wasm_bindgen(getter, js_name = vaultId)]
    pub fn vault_id(&self) -> String {
        self.0.vault_id().to_hex()
    }

    /// The current vault header, to store.
    #[wasm_bindgen(js_name = headerBytes)]
    pub fn header_bytes(&self) -> Result<Vec<u8>, JsValue> {
        self.0.header_bytes().map_err(to_js)
    }

    /// Seals a record (JSON) under `recordId`.
    #[wasm_bindgen(js_name = sealRecord)]
    pub fn seal_record(
        &self,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
        json: &str,
    ) -> Result<Vec<u8>, JsValue> {
        let id = record_id(record_id_hex)?;
        self.0.seal_record_json(&id, json).map_err(to_js)
    }

    /// Opens the record blob stored under `recordId`; returns canonical JSON.
    #[wasm_bindgen(js_name = openRecord)]
    pub fn open_record(
        &self,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
        blob: &[u8],
    ) -> Result<String, JsValue> {
        let id = record_id(record_id_hex)?;
        self.0.open_record_json(&id, blob).map_err(to_js)
    }

    /// Checks the old passphrase and returns a new vault (new vault id and data key)
    /// under the new passphrase; this vault is unchanged. Re-seal every record with
    /// `resealFrom`, store the new header and records together, then free this one.
    /// This vault's Argon2id parameters, as JSON `{"memoryKib","iterations","parallelism"}`.
    #[wasm_bindgen(js_name = kdfParams)]
    pub fn kdf_params(&self) -> Result<String, JsValue> {
        self.0
            .kdf_params()
            .map(kintsugi_model::kdf_params_json)
            .map_err(to_js)
    }

    /// As `changePassphrase`, writing the new header with these Argon2id parameters (sized to
    /// this device); the new passphrase may be the old one.
    #[wasm_bindgen(js_name = changePassphraseWithParams)]
    pub fn change_passphrase_with_params(
        &self,
        #[wasm_bindgen(js_name = "oldPassphrase")] old_passphrase: &JsString,
        #[wasm_bindgen(js_name = "newPassphrase")] new_passphrase: &JsString,
        #[wasm_bindgen(js_name = "memoryKib")] memory_kib: u32,
        iterations: u32,
        parallelism: u32,
    ) -> Result<Vault, JsValue> {
        let params = KdfParams {
            memory_kib,
            iterations,
            parallelism,
        };
        self.0
            .change_passphrase_with_params(&nfc(old_passphrase), &nfc(new_passphrase), params)
            .map(Vault)
            .map_err(to_js)
    }

    #[wasm_bindgen(js_name = changePassphrase)]
    pub fn change_passphrase(
        &self,
        #[wasm_bindgen(js_name = "oldPassphrase")] old_passphrase: &JsString,
        #[wasm_bindgen(js_name = "newPassphrase")] new_passphrase: &JsString,
    ) -> Result<Vault, JsValue> {
        let old_passphrase = nfc(old_passphrase);
        let new_passphrase = nfc(new_passphrase);
        self.0
            .change_passphrase(&old_passphrase, &new_passphrase)
            .map(Vault)
            .map_err(to_js)
    }

    /// Sets a second passphrase that opens a new, empty vault (a decoy) in the header's other
    /// slot, under these Argon2id parameters (pass this vault's own, so the two slots look alike);
    /// whatever that slot held is replaced. This vault is unchanged: take this vault under the new
    /// header and the decoy from the result, store the header with the decoy's first records, then
    /// free this one. Throws `weak-passphrase`, `invalid-parameters`, or `invalid-input` when the
    /// second passphrase opens this vault too.
    #[wasm_bindgen(js_name = withSecondPassphrase)]
    pub fn with_second_passphrase(
        &self,
        passphrase: &JsString,
        #[wasm_bindgen(js_name = "memoryKib")] memory_kib: u32,
        iterations: u32,
        parallelism: u32,
    ) -> Result<SecondPassphrase, JsValue> {
        let params = KdfParams {
            memory_kib,
            iterations,
            parallelism,
        };
        let (own, decoy) = self
            .0
            .with_second_passphrase(&nfc(passphrase), params)
            .map_err(to_js)?;
        Ok(SecondPassphrase {
            vault: Some(Self(own)),
            decoy: Some(Self(decoy)),
        })
    }

    /// This vault under a header whose other slot is unused again (fresh random bytes): the
    /// second passphrase opens nothing any more. This vault is unchanged.
    #[wasm_bindgen(js_name = withoutSecondPassphrase)]
    pub fn without_second_passphrase(&self) -> Result<Vault, JsValue> {
        self.0.without_second_passphrase().map(Vault).map_err(to_js)
    }

    /// The failed-attempt public key of the header's other slot, as hex: the same while that slot
    /// holds the same vault, new whenever it is written anew (see `Vault::other_slot_key`).
    #[wasm_bindgen(getter, js_name = otherSlotKey)]
    pub fn other_slot_key(&self) -> Result<String, JsValue> {
        self.0
            .other_slot_key()
            .map(|key| kintsugi_model::to_hex(&key))
            .map_err(to_js)
    }

    /// Re-seals a blob of vault `from`, stored under `recordId`, into this vault.
    #[wasm_bindgen(js_name = resealFrom)]
    pub fn reseal_from(
        &self,
        from: &Vault,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
        blob: &[u8],
    ) -> Result<Vec<u8>, JsValue> {
        let id = record_id(record_id_hex)?;
        self.0.reseal_from(&from.0, &id, blob).map_err(to_js)
    }

    /// Wipes the keys; every later call throws with code `locked`.
    pub fn lock(&mut self) {
        self.0.lock();
    }
}

/// What `Vault.withSecondPassphrase` returns: this vault under the new header, and the decoy.
/// Each can be taken once; what is not taken is wiped when this is freed.
#[wasm_bindgen]
#[derive(Debug)]
pub struct SecondPassphrase {
    vault: Option<Vault>,
    decoy: Option<Vault>,
}

#[wasm_bindgen]
impl SecondPassphrase {
    /// The vault the call was made on, under the header that holds both slots.
    #[wasm_bindgen(js_name = takeVault)]
    pub fn take_vault(&mut self) -> Result<Vault, JsValue> {
        self.vault.take().ok_or_else(taken)
    }

    /// The decoy vault, unlocked, empty: seal its first records with it.
    #[wasm_bindgen(js_name = takeDecoy)]
    pub fn take_decoy(&mut self) -> Result<Vault, JsValue> {
        self.decoy.take().ok_or_else(taken)
    }
}

fn taken() -> JsValue {
    to_js(Error::InvalidInput)
}

// ---- Safety settings and contacts: the rules live in the model; these only convert.

/// The settings defaults and accepted ranges as JSON (see `kintsugi_model::settings_rules_json`).
/// Needs no unlocked vault: quick exit uses the default address while locked.
#[wasm_bindgen(js_name = settingsRules)]
pub fn settings_rules() -> String {
    kintsugi_model::settings_rules_json()
}

/// Whether `failedInARow` wrong passphrases since the last unlock reach `eraseAfter`, the count
/// the person chose (see `kintsugi_model::erases_after`: a count not offered never erases).
#[wasm_bindgen(js_name = erasesAfter)]
#[must_use]
pub fn erases_after(
    #[wasm_bindgen(js_name = "failedInARow")] failed_in_a_row: u32,
    #[wasm_bindgen(js_name = "eraseAfter")] erase_after: u32,
) -> bool {
    kintsugi_model::erases_after(failed_in_a_row, erase_after)
}

/// The JSON name of the first invalid field of a record (`"record"` when the JSON is not
/// a record at all), or `undefined` when the model would accept it.
#[wasm_bindgen(js_name = invalidField)]
pub fn invalid_field(json: &str) -> Option<String> {
    kintsugi_model::invalid_field_of_json(json).map(str::to_owned)
}

// ---------------------------------------------------------------- cycle tracker

/// The insights over decrypted records (see `docs/cycle-insights.md`).
///
/// `recordsJson` is a JSON array of record objects (as `openRecord` returns them);
/// `nowMs` the current time in milliseconds since the Unix epoch (a whole number);
/// `utcOffsetMinutes` the person's offset from UTC (UTC+2 is 120: the negated
/// `Date.prototype.getTimezoneOffset()`). Returns the insights as JSON, with their
/// English sentences. Throws `invalid-input` for anything else.
#[wasm_bindgen(js_name = insights)]
pub fn insights(
    #[wasm_bindgen(js_name = "recordsJson")] records_json: &str,
    #[wasm_bindgen(js_name = "nowMs")] now_ms: f64,
    #[wasm_bindgen(js_name = "utcOffsetMinutes")] utc_offset_minutes: i32,
) -> Result<String, JsValue> {
    let now = whole_ms(now_ms).ok_or_else(|| to_js(Error::InvalidInput))?;
    kintsugi_model::insights_json(records_json, now, utc_offset_minutes).map_err(to_js)
}

/// Trigger tags from earlier journal entries to suggest in the editor, best first (see
/// `kintsugi_model::trigger_suggestions`). Throws `invalid-input` for invalid records.
#[wasm_bindgen(js_name = triggerSuggestions)]
pub fn trigger_suggestions(
    #[wasm_bindgen(js_name = "recordsJson")] records_json: &str,
    limit: u32,
) -> Result<Vec<String>, JsValue> {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    kintsugi_model::trigger_suggestions_json(records_json, limit).map_err(to_js)
}

/// The no-contact streaks alone, for the contact-log screen (see
/// `kintsugi_model::no_contact_summary`): the same inputs and errors as [`insights`].
#[wasm_bindgen(js_name = noContact)]
pub fn no_contact(
    #[wasm_bindgen(js_name = "recordsJson")] records_json: &str,
    #[wasm_bindgen(js_name = "nowMs")] now_ms: f64,
    #[wasm_bindgen(js_name = "utcOffsetMinutes")] utc_offset_minutes: i32,
) -> Result<String, JsValue> {
    let now = whole_ms(now_ms).ok_or_else(|| to_js(Error::InvalidInput))?;
    kintsugi_model::no_contact_json(records_json, now, utc_offset_minutes).map_err(to_js)
}

/// A JS number that is a whole, non-negative, safe integer, as a u64.
fn whole_ms(ms: f64) -> Option<u64> {
    // The range check makes the cast exact: 0 ..= 2^53 - 1 are all integers in an f64.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    (ms.is_finite() && ms.fract() == 0.0 && (0.0..=9_007_199_254_740_991.0).contains(&ms))
        .then_some(ms as u64)
}

// ---- DBT diary card: the rules and the summary live in the model; these only convert.

/// The diary card's usual emotions and urges, scales and crisis-note rule, as JSON.
#[wasm_bindgen(js_name = diaryRules)]
pub fn diary_rules() -> String {
    kintsugi_model::diary_rules_json()
}

/// The week summary (data and sentences) as JSON, from a JSON array of `diaryDay` records
/// and the week's Monday (`YYYY-MM-DD`).
#[wasm_bindgen(js_name = diaryWeekSummary)]
pub fn diary_week_summary(
    #[wasm_bindgen(js_name = "daysJson")] days_json: &str,
    #[wasm_bindgen(js_name = "weekStart")] week_start: &str,
) -> Result<String, JsValue> {
    kintsugi_model::diary_week_summary_json(days_json, week_start).map_err(to_js)
}

/// The Monday on or before `date` (`YYYY-MM-DD`).
#[wasm_bindgen(js_name = diaryWeekStart)]
pub fn diary_week_start(date: &str) -> Result<String, JsValue> {
    kintsugi_model::diary_week_start(date).map_err(to_js)
}

/// `date` moved by `days` (negative goes back).
#[wasm_bindgen(js_name = diaryAddDays)]
pub fn diary_add_days(date: &str, days: i32) -> Result<String, JsValue> {
    kintsugi_model::diary_add_days(date, days).map_err(to_js)
}

/// Which of the given `diaryDay` records (a JSON array) count: the newest copy of each date,
/// as positions in the array, in date order.
#[wasm_bindgen(js_name = diaryNewestIndices)]
pub fn diary_newest_indices(
    #[wasm_bindgen(js_name = "daysJson")] days_json: &str,
) -> Result<Vec<u32>, JsValue> {
    kintsugi_model::newest_per_date_indices_json(days_json).map_err(to_js)
}

// ---- Safety plan: the rules live in the model; this only converts.

/// The plan's limits and suggested ids as JSON (see `kintsugi_model::plan_rules_json`).
#[wasm_bindgen(js_name = planRules)]
pub fn plan_rules() -> String {
    kintsugi_model::plan_rules_json()
}

/// The "When to walk away" question ids, in order, as a JSON array.
#[wasm_bindgen(js_name = walkAwayQuestions)]
pub fn walk_away_questions() -> String {
    kintsugi_model::walk_away_questions_json()
}

/// The outcome (result, urgency, advice, actions in order) as JSON for a JSON array of
/// question ids answered "yes"; `undefined` if the array is not valid (see
/// `kintsugi_model::walk_away_result_json`).
#[wasm_bindgen(js_name = walkAwayResult)]
pub fn walk_away_result(yes_json: &str) -> Option<String> {
    kintsugi_model::walk_away_result_json(yes_json)
}

/// The outcome JSON for a kept check's record JSON, read with its own question set;
/// `undefined` if it is not a valid check (see `kintsugi_model::walk_away_check_result_json`).
#[wasm_bindgen(js_name = walkAwayCheckResult)]
pub fn walk_away_check_result(
    #[wasm_bindgen(js_name = "recordJson")] record_json: &str,
) -> Option<String> {
    kintsugi_model::walk_away_check_result_json(record_json)
}

/// The record JSON of a new check of the current question set, taken at `taken_at`
/// (milliseconds); `undefined` if `yes_json` is not an array of strings.
#[wasm_bindgen(js_name = walkAwayCheckJson)]
pub fn walk_away_check_json(
    #[wasm_bindgen(js_name = "yesJson")] yes_json: &str,
    #[wasm_bindgen(js_name = "takenAt")] taken_at: f64,
) -> Option<String> {
    kintsugi_model::walk_away_check_json(yes_json, whole_ms(taken_at)?)
}

// ---- The journal list: search and filters over entries kept in WASM memory.
mod search;
pub use crate::search::JournalIndex;
