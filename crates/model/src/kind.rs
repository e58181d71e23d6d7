//! What every record kind provides, and the JSON helpers a kind's own functions use to
//! read and write records of that kind without naming the [`Record`](crate::Record) enum
//! (which would make a module cycle: the enum names every kind).

use kintsugi_vault::{Error, Result};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The name a kind has in JSON (`"kind": ...`). Given once, by the list of kinds in
/// `record.rs`.
pub trait KindName {
    /// The `kind` value of records of this kind.
    const KIND: &'static str;
}

/// The rules of one record kind. Each kind implements it beside its type; the list in
/// `record.rs` turns these into the [`Record`](crate::Record) enum's validation,
/// tidying and merge rules.
pub trait RecordKind: KindName + Serialize + DeserializeOwned {
    /// A vault holds one of this kind (settings): a merge keeps the vault's own.
    const ONE_PER_VAULT: bool = false;

    /// A record of this kind belongs to this device alone: the device's scratch (drafts),
    /// or a fact about the device rather than the person's words (when it last made a
    /// backup). It is left out of backup files, and one found in a backup is ignored on
    /// restore and merge, so a file can neither bring back scratch nor tell the device it
    /// was backed up when it was not.
    const DEVICE_LOCAL: bool = false;

    /// The JSON name of the first field that breaks a rule, or `None` when valid.
    fn invalid_field(&self) -> Option<&'static str>;

    /// Tidies what the person typed before sealing; never shortens text.
    ///
    /// # Errors
    /// [`Error::InvalidRecord`] when tidying would make the record ambiguous.
    fn normalize(&mut self) -> Result<()> {
        Ok(())
    }

    /// What "newest" compares in a merge: when this record was last written.
    fn updated_at(&self) -> u64;

    /// A record of this kind with every field set, as the app would write it (`kind`
    /// included): sealed once as the kind's frozen vector (`make_frozen_kind_vectors`), so a
    /// field renamed, dropped or retyped later fails `tests/frozen.rs`; the unit tests check
    /// that it is valid and already tidy.
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value;
}

/// The canonical JSON of one record of kind `K`: `{"kind":K::KIND, ...fields}`, the same
/// bytes as `Record::to_json`.
pub(crate) fn record_json<K: RecordKind>(record: &K) -> String {
    #[derive(Serialize)]
    struct Tagged<'a, K> {
        kind: &'static str,
        #[serde(flatten)]
        record: &'a K,
    }
    serde_json::to_string(&Tagged {
        kind: K::KIND,
        record,
    })
    .expect("a record has string keys and plain values (no floats), so it serialises")
}

/// A record of kind `K` from a JSON value, unchecked: `None` for another kind or a shape
/// that is not `K`'s.
fn from_value<K: RecordKind>(mut value: Value) -> Option<K> {
    let object = value.as_object_mut()?;
    if object.remove("kind")? != Value::String(K::KIND.to_owned()) {
        return None;
    }
    serde_json::from_value(value).ok()
}

/// Parses, tidies and validates one record of kind `K` given by the app, as
/// `Record::from_json` does for any kind.
///
/// # Errors
/// [`Error::InvalidRecord`] for JSON that is not a valid record of kind `K`.
pub(crate) fn from_record_json<K: RecordKind>(json: &str) -> Result<K> {
    let value: Value = serde_json::from_str(json).map_err(|_| Error::InvalidRecord)?;
    let mut record: K = from_value(value).ok_or(Error::InvalidRecord)?;
    record.normalize()?;
    match record.invalid_field() {
        None => Ok(record),
        Some(_) => Err(Error::InvalidRecord),
    }
}

/// A JSON array of records that must all be valid records of kind `K` (as opened).
///
/// # Errors
/// [`Error::InvalidRecord`] if it is not an array or any item is not a valid `K`.
pub(crate) fn list_from_json<K: RecordKind>(json: &str) -> Result<Vec<K>> {
    let values: Vec<Value> = serde_json::from_str(json).map_err(|_| Error::InvalidRecord)?;
    values
        .into_iter()
        .map(|value| match from_value::<K>(value) {
            Some(record) if record.invalid_field().is_none() => Ok(record),
            _ => Err(Error::InvalidRecord),
        })
        .collect()
}
