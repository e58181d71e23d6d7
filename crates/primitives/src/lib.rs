//! The hot cryptographic calls of Kintsugi's core, and nothing else: XChaCha20-Poly1305,
//! BLAKE2b-256 and Argon2id, each behind one non-generic function.
//!
//! Why a crate of its own: the WASM build is compiled for size (`opt-level = "z"`), which is
//! right for the JSON rules that make up most of the code, but makes the cipher several times
//! slower. Generic code is compiled in the crate that uses it, so the RustCrypto crates' own
//! opt-level does not reach their generic AEAD and hash code; these functions are where it is
//! instantiated, and this crate is compiled with `opt-level = 3` (the workspace `Cargo.toml`).
//! The rules, errors and tests stay in `kintsugi-model` (`primitives.rs`).
//!
//! - Argon2id: RFC 9106 (version 0x13).
//! - XChaCha20-Poly1305: draft-irtf-cfrg-xchacha-03, as libsodium's
//!   `crypto_aead_xchacha20poly1305_ietf_*` (combined mode: the tag follows the ciphertext).
//! - BLAKE2b-256, unkeyed: RFC 7693.

#![no_std]

extern crate alloc;

use alloc::vec::Vec;

use argon2::{Algorithm, Argon2, AssociatedData, Block, ParamsBuilder, Version};
use blake2::{Blake2b256, Digest};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

/// The inputs were refused: parameters out of the algorithm's range, a tag that does not
/// verify, or memory that could not be had. The caller says which in its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

/// XChaCha20-Poly1305 encryption: `ciphertext || tag`.
///
/// # Errors
/// [`Refused`] only for inputs longer than 256 GiB.
pub fn xchacha_seal(
    key: &[u8; 32],
    nonce: &[u8; 24],
    associated_data: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, Refused> {
    XChaCha20Poly1305::new(key.into())
        .encrypt(
            &XNonce::from(*nonce),
            Payload {
                msg: plaintext,
                aad: associated_data,
            },
        )
        .map_err(|_| Refused)
}

/// XChaCha20-Poly1305 decryption of `ciphertext || tag`; the plaintext is wiped on drop.
///
/// # Errors
/// [`Refused`] when the tag does not verify.
pub fn xchacha_open(
    key: &[u8; 32],
    nonce: &[u8; 24],
    associated_data: &[u8],
    ciphertext_and_tag: &[u8],
) -> Result<Zeroizing<Vec<u8>>, Refused> {
    XChaCha20Poly1305::new(key.into())
        .decrypt(
            &XNonce::from(*nonce),
            Payload {
                msg: ciphertext_and_tag,
                aad: associated_data,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| Refused)
}

/// Unkeyed BLAKE2b with a 32-byte output.
#[must_use]
pub fn blake2b_256(data: &[u8]) -> [u8; 32] {
    Blake2b256::digest(data).into()
}

/// Argon2id (RFC 9106, version 0x13) with an optional secret `K` and associated data `X`,
/// writing `out.len()` bytes. `memory_kib`, `passes` and `lanes` are the RFC's `m`, `t` and
/// `p`; the caller bounds them first (this allocates `memory_kib` KiB).
///
/// The working memory is ours and wiped when dropped: the argon2 crate frees its own
/// allocation without wiping it, which would leave passphrase-derived blocks in (WASM)
/// memory until reused.
///
/// # Errors
/// [`Refused`] for parameters out of the algorithm's range, or memory that cannot be had.
#[allow(clippy::too_many_arguments)] // mirrors the RFC's inputs one to one
pub fn argon2id(
    password: &[u8],
    salt: &[u8],
    secret: &[u8],
    associated_data: &[u8],
    memory_kib: u32,
    passes: u32,
    lanes: u32,
    out: &mut [u8],
) -> Result<(), Refused> {
    let data = AssociatedData::new(associated_data).map_err(|_| Refused)?;
    let params = ParamsBuilder::new()
        .m_cost(memory_kib)
        .t_cost(passes)
        .p_cost(lanes)
        .data(data)
        .output_len(out.len())
        .build()
        .map_err(|_| Refused)?;
    let argon2 = if secret.is_empty() {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    } else {
        Argon2::new_with_secret(secret, Algorithm::Argon2id, Version::V0x13, params)
            .map_err(|_| Refused)?
    };
    let block_count = argon2.params().block_count();
    let mut memory: Zeroizing<Vec<Block>> = Zeroizing::new(Vec::new());
    memory.try_reserve_exact(block_count).map_err(|_| Refused)?;
    memory.resize(block_count, Block::new());
    argon2
        .hash_password_into_with_memory(password, salt, out, memory.as_mut_slice())
        .map_err(|_| Refused)
}
