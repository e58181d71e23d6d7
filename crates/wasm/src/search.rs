//! The journal list's index: the decrypted entries stay in WASM memory and a
//! query returns one page of light rows as JSON. Conversion only; the rules are in
//! `kintsugi_model::JournalIndex`.

use wasm_bindgen::prelude::*;

use crate::{Vault, record_id, to_js};

/// The decrypted journal of the open vault, for search and filters. `clear()` (and
/// `free()`) wipe the texts.
#[wasm_bindgen]
#[derive(Debug, Default)]
pub struct JournalIndex(kintsugi_model::JournalIndex);

#[wasm_bindgen]
impl JournalIndex {
    /// An empty index.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self::default()
    }

    /// How many entries the index holds.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> u32 {
        u32::try_from(self.0.len()).unwrap_or(u32::MAX)
    }

    /// Opens the blob stored under `recordId` with `vault` and keeps it if it is a journal
    /// entry; returns the record's kind (`"journal"`, `"settings"`, ...). Throws the vault's
    /// errors (`corrupt`, `locked`, `unsupported-version`); the index is then unchanged.
    #[wasm_bindgen(js_name = upsertSealed)]
    pub fn upsert_sealed(
        &mut self,
        vault: &Vault,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
        blob: &[u8],
    ) -> Result<String, JsValue> {
        let id = record_id(record_id_hex)?;
        self.0
            .upsert_sealed(&vault.0, &id, blob)
            .map(str::to_owned)
            .map_err(to_js)
    }

    /// Forgets the entry stored under `recordId` (wiping its text); `false` if there was none.
    pub fn remove(
        &mut self,
        #[wasm_bindgen(js_name = "recordId")] record_id_hex: &str,
    ) -> Result<bool, JsValue> {
        let id = record_id(record_id_hex)?;
        Ok(self.0.remove(&id))
    }

    /// Trigger tags from the entries kept here, best first (ranked as `triggerSuggestions`).
    #[wasm_bindgen(js_name = triggerSuggestions)]
    pub fn trigger_suggestions(&self, limit: u32) -> Vec<String> {
        self.0
            .trigger_suggestions(usize::try_from(limit).unwrap_or(usize::MAX))
    }

    /// Forgets every entry, wiping their texts.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// One page of the entries matching `queryJson` (`{"text","phases","emotion":{"name","min"},
    /// "trigger","from","to"}`, all optional), newest first, as JSON
    /// `{"total","entries","rows":[…]}`. Throws `invalid-input` for a query over the caps.
    pub fn query(
        &self,
        #[wasm_bindgen(js_name = "queryJson")] query_json: &str,
        offset: u32,
        limit: u32,
    ) -> Result<String, JsValue> {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX);
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        self.0.query_json(query_json, offset, limit).map_err(to_js)
    }
}
