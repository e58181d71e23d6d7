//! The JavaScript surface of the incident log. Conversion only: JSON text
//! in and out, numbers checked; the chain and its rules are `kintsugi_model::incident`'s.

use kintsugi_model::Error;
use wasm_bindgen::prelude::*;

use crate::{to_js, whole_ms};

/// The field limits as JSON: `{"shortChars":…,"textChars":…}`.
#[wasm_bindgen(js_name = incidentRules)]
pub fn incident_rules() -> String {
    kintsugi_model::incident_rules_json()
}

/// The JSON name of the first field of a draft that breaks a rule, or `undefined` when the
/// model would accept it. Throws `invalid-input` for JSON that is not a draft.
#[wasm_bindgen(js_name = incidentDraftInvalidField)]
pub fn incident_draft_invalid_field(
    #[wasm_bindgen(js_name = "draftJson")] draft_json: &str,
) -> Result<Option<String>, JsValue> {
    kintsugi_model::incident_draft_invalid_field_json(draft_json)
        .map(|field| field.map(str::to_owned))
        .map_err(to_js)
}

/// The next version of the log, as record JSON ready to seal: `draftJson` (what the person
/// typed, with `supersedes` for an edit) chained after the log's `recordsJson` (a JSON array
/// of its `incident` records), saved at `nowMs`. Throws `invalid-input` for JSON that is not
/// a log or a draft, or an edit of a version that is not the newest; `invalid-record` when a
/// field is too long.
#[wasm_bindgen(js_name = incidentAppend)]
pub fn incident_append(
    #[wasm_bindgen(js_name = "recordsJson")] records_json: &str,
    #[wasm_bindgen(js_name = "draftJson")] draft_json: &str,
    #[wasm_bindgen(js_name = "nowMs")] now_ms: f64,
) -> Result<String, JsValue> {
    let now = whole_ms(now_ms).ok_or_else(|| to_js(Error::InvalidInput))?;
    kintsugi_model::incident_append_json(records_json, draft_json, now).map_err(to_js)
}

/// The chain check of a JSON array of `incident` records, as JSON (`ChainReport`: `intact`,
/// `count`, `head`, `entries`, `problems`, `sentences`).
#[wasm_bindgen(js_name = incidentVerify)]
pub fn incident_verify(
    #[wasm_bindgen(js_name = "recordsJson")] records_json: &str,
) -> Result<String, JsValue> {
    kintsugi_model::verify_chain_json(records_json).map_err(to_js)
}

/// The incidents of a JSON array of `incident` records, newest first, as JSON:
/// `[{"current":i,"versions":[i,…]}]` (positions in the array, oldest version first).
#[wasm_bindgen(js_name = incidentVersions)]
pub fn incident_versions(
    #[wasm_bindgen(js_name = "recordsJson")] records_json: &str,
) -> Result<String, JsValue> {
    kintsugi_model::latest_versions_json(records_json).map_err(to_js)
}
