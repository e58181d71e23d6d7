//! Raw XChaCha20-Poly1305 for the browser benchmark (`make bench`), compiled
//! only with the `bench` feature into a separate module (`tests/bench/pkg`); the app's
//! module never has these. Conversion only: the sealing is the vault's.

use kintsugi_vault::Error;
use kintsugi_vault::benchmarking::{xchacha20poly1305_open, xchacha20poly1305_seal};
use wasm_bindgen::prelude::*;

use crate::to_js;

fn key(bytes: &[u8]) -> Result<[u8; 32], JsValue> {
    bytes.try_into().map_err(|_| to_js(Error::InvalidInput))
}

fn nonce(bytes: &[u8]) -> Result<[u8; 24], JsValue> {
    bytes.try_into().map_err(|_| to_js(Error::InvalidInput))
}

/// `ciphertext || tag` of `plaintext` (libsodium's combined mode).
#[wasm_bindgen(js_name = benchSeal)]
pub fn bench_seal(
    key_bytes: &[u8],
    nonce_bytes: &[u8],
    associated_data: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, JsValue> {
    xchacha20poly1305_seal(
        &key(key_bytes)?,
        &nonce(nonce_bytes)?,
        associated_data,
        plaintext,
    )
    .map_err(to_js)
}

/// The plaintext of `ciphertext || tag`, or a `corrupt` error.
#[wasm_bindgen(js_name = benchOpen)]
pub fn bench_open(
    key_bytes: &[u8],
    nonce_bytes: &[u8],
    associated_data: &[u8],
    sealed: &[u8],
) -> Result<Vec<u8>, JsValue> {
    xchacha20poly1305_open(
        &key(key_bytes)?,
        &nonce(nonce_bytes)?,
        associated_data,
        sealed,
    )
    .map(|plain| plain.to_vec())
    .map_err(to_js)
}

/// Opens `count` sealed messages of `sealed_len` bytes each, laid end to end in
/// `sealed`, with the nonces end to end in `nonces`: one call across the JS boundary
/// instead of `count`. Returns the plaintexts end to end.
#[wasm_bindgen(js_name = benchOpenBatch)]
pub fn bench_open_batch(
    key_bytes: &[u8],
    nonces: &[u8],
    associated_data: &[u8],
    sealed: &[u8],
    sealed_len: usize,
) -> Result<Vec<u8>, JsValue> {
    let key = key(key_bytes)?;
    if sealed_len == 0 || sealed.len() % sealed_len != 0 {
        return Err(to_js(Error::InvalidInput));
    }
    let count = sealed.len() / sealed_len;
    if nonces.len() != count * 24 {
        return Err(to_js(Error::InvalidInput));
    }
    let mut out = Vec::with_capacity(sealed.len());
    for (message, nonce_bytes) in sealed.chunks_exact(sealed_len).zip(nonces.chunks_exact(24)) {
        let plain = xchacha20poly1305_open(&key, &nonce(nonce_bytes)?, associated_data, message)
            .map_err(to_js)?;
        out.extend_from_slice(&plain);
    }
    Ok(out)
}

/// A key and associated data kept in WASM memory, as the app's `Vault` keeps its data key:
/// each `open` then copies in only the nonce and the sealed bytes.
#[wasm_bindgen(js_name = BenchCipher)]
#[derive(Debug)]
pub struct BenchCipher {
    key: [u8; 32],
    associated_data: Vec<u8>,
}

#[wasm_bindgen(js_class = BenchCipher)]
impl BenchCipher {
    /// Keeps `key` and `associated_data` for the calls that follow.
    #[wasm_bindgen(constructor)]
    pub fn new(key_bytes: &[u8], associated_data: &[u8]) -> Result<BenchCipher, JsValue> {
        Ok(Self {
            key: key(key_bytes)?,
            associated_data: associated_data.to_vec(),
        })
    }

    /// The plaintext of `ciphertext || tag`, or a `corrupt` error.
    pub fn open(&self, nonce_bytes: &[u8], sealed: &[u8]) -> Result<Vec<u8>, JsValue> {
        xchacha20poly1305_open(
            &self.key,
            &nonce(nonce_bytes)?,
            &self.associated_data,
            sealed,
        )
        .map(|plain| plain.to_vec())
        .map_err(to_js)
    }
}
