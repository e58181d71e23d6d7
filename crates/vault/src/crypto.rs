//! Thin wrappers over the cryptographic primitives. Nothing here knows about
//! vaults or records; `vault.rs` and `backup/` compose these. The calls themselves are in the
//! `kintsugi-primitives` crate, compiled for speed (its documentation says why).
//!
//! - Argon2id: RFC 9106 (version 0x13).
//! - XChaCha20-Poly1305: draft-irtf-cfrg-xchacha-03 (HChaCha20 + the ChaCha20-Poly1305
//!   AEAD of RFC 8439), as libsodium's `crypto_aead_xchacha20poly1305_ietf_*`.
//! - BLAKE2b-256, unkeyed: RFC 7693, as libsodium's `crypto_generichash` with a 32-byte output.
//! - Sealed boxes: libsodium's `crypto_box_seal` (X25519, XSalsa20-Poly1305, the nonce
//!   BLAKE2b-192 of the ephemeral and the recipient's public key), from the `crypto_box` crate,
//!   for what is written while the vault is locked and read only after it is unlocked.
//! - Random bytes: the operating system / browser generator via `getrandom`.

use kintsugi_primitives as hot;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Length of every symmetric key (data key, key-encryption key).
pub(crate) const KEY_LEN: usize = 32;
/// Length of an XChaCha20-Poly1305 nonce.
pub(crate) const NONCE_LEN: usize = 24;
/// Length of a Poly1305 tag.
pub(crate) const TAG_LEN: usize = 16;
/// Length of the BLAKE2b checksum.
pub(crate) const CHECKSUM_LEN: usize = 32;

/// A 256-bit secret key that is wiped from memory when dropped.
pub(crate) type SecretKey = Zeroizing<[u8; KEY_LEN]>;

/// Fills an array from the system's cryptographically secure random generator.
pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    // A failing system generator is not something the person can fix or we can hide.
    getrandom::fill(&mut out).map_err(|_| Error::Internal)?;
    Ok(out)
}

/// A fresh random 256-bit key.
pub(crate) fn random_key() -> Result<SecretKey> {
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    getrandom::fill(key.as_mut_slice()).map_err(|_| Error::Internal)?;
    Ok(key)
}

/// Argon2id (RFC 9106, version 0x13) with an optional secret `K` and associated data `X`.
///
/// `memory_kib`, `passes` and `lanes` are the RFC's `m`, `t` and `p`; the caller
/// bounds them before calling (this allocates `memory_kib` KiB).
#[allow(clippy::too_many_arguments)] // mirrors the RFC's inputs one to one
pub(crate) fn argon2id_raw(
    password: &[u8],
    salt: &[u8],
    secret: &[u8],
    associated_data: &[u8],
    memory_kib: u32,
    passes: u32,
    lanes: u32,
    out: &mut [u8],
) -> Result<()> {
    hot::argon2id(
        password,
        salt,
        secret,
        associated_data,
        memory_kib,
        passes,
        lanes,
        out,
    )
    .map_err(|_| Error::InvalidParameters)
}

/// Derives a 256-bit key from a passphrase with Argon2id (no secret, no associated data).
pub(crate) fn argon2id_key(
    passphrase: &[u8],
    salt: &[u8],
    memory_kib: u32,
    passes: u32,
    lanes: u32,
) -> Result<SecretKey> {
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    argon2id_raw(
        passphrase,
        salt,
        &[],
        &[],
        memory_kib,
        passes,
        lanes,
        key.as_mut_slice(),
    )?;
    Ok(key)
}

/// XChaCha20-Poly1305 encryption: returns `ciphertext || tag` (tag last, as libsodium's
/// combined mode).
pub(crate) fn seal(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    associated_data: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    // Only fails for inputs longer than 256 GiB.
    hot::xchacha_seal(key, nonce, associated_data, plaintext).map_err(|_| Error::Internal)
}

/// The tag did not verify: wrong key, or altered nonce, data or associated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OpenFailed;

/// XChaCha20-Poly1305 decryption of `ciphertext || tag`. The plaintext is wiped on drop.
pub(crate) fn open(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    associated_data: &[u8],
    ciphertext_and_tag: &[u8],
) -> Result<Zeroizing<Vec<u8>>, OpenFailed> {
    hot::xchacha_open(key, nonce, associated_data, ciphertext_and_tag).map_err(|_| OpenFailed)
}

/// Opens a wrapped 32-byte key (`ciphertext || tag`, 48 bytes) into memory wiped on drop.
/// A tag that fails, or a plaintext of another length, is [`OpenFailed`].
pub(crate) fn unwrap_key(
    kek: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    associated_data: &[u8],
    wrapped: &[u8],
) -> Result<SecretKey, OpenFailed> {
    let plain = open(kek, nonce, associated_data, wrapped)?;
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    if plain.len() != KEY_LEN {
        return Err(OpenFailed);
    }
    key.copy_from_slice(&plain);
    Ok(key)
}

/// Extra bytes a sealed box adds to its message: the ephemeral public key and the tag.
pub(crate) const SEALED_BOX_OVERHEAD: usize = crypto_box::KEY_SIZE + TAG_LEN;

/// The system generator, for the ephemeral key of a sealed box.
struct SystemRandom;

impl crypto_box::aead::rand_core::RngCore for SystemRandom {
    fn next_u32(&mut self) -> u32 {
        let mut bytes = [0u8; 4];
        self.fill_bytes(&mut bytes);
        u32::from_le_bytes(bytes)
    }

    fn next_u64(&mut self) -> u64 {
        let mut bytes = [0u8; 8];
        self.fill_bytes(&mut bytes);
        u64::from_le_bytes(bytes)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        // The trait has no way to report a failure; a generator that fails cannot be used.
        #[allow(clippy::expect_used)]
        getrandom::fill(dest).expect("the system random generator works");
    }

    fn try_fill_bytes(
        &mut self,
        dest: &mut [u8],
    ) -> core::result::Result<(), crypto_box::aead::rand_core::Error> {
        getrandom::fill(dest).map_err(|_| core::num::NonZeroU32::MIN.into())
    }
}

impl crypto_box::aead::rand_core::CryptoRng for SystemRandom {}

/// The X25519 public key of `secret` (a failed-attempt key).
pub(crate) fn attempt_public_key(secret: &SecretKey) -> [u8; crypto_box::KEY_SIZE] {
    crypto_box::SecretKey::from_bytes(**secret)
        .public_key()
        .to_bytes()
}

/// libsodium's `crypto_box_seal`: `message` sealed to `public_key`, readable only with its secret.
pub(crate) fn seal_to(public_key: &[u8; crypto_box::KEY_SIZE], message: &[u8]) -> Result<Vec<u8>> {
    crypto_box::PublicKey::from_bytes(*public_key)
        .seal(&mut SystemRandom, message)
        .map_err(|_| Error::Internal)
}

/// libsodium's `crypto_box_seal_open` with `secret`; the plaintext is wiped on drop.
pub(crate) fn open_sealed(
    secret: &SecretKey,
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, OpenFailed> {
    crypto_box::SecretKey::from_bytes(**secret)
        .unseal(sealed)
        .map(Zeroizing::new)
        .map_err(|_| OpenFailed)
}

/// Unkeyed BLAKE2b with a 32-byte output (libsodium `crypto_generichash(out, 32, data, NULL, 0)`).
/// Detects accidental damage only: anyone can recompute it.
pub(crate) fn checksum(data: &[u8]) -> [u8; CHECKSUM_LEN] {
    hot::blake2b_256(data)
}

/// Unkeyed BLAKE2b-256 (RFC 7693; libsodium's `crypto_generichash` with a 32-byte output),
/// for the model's hash chain and fingerprints: a digest anyone can recompute, never a MAC.
#[must_use]
pub fn blake2b_256(data: &[u8]) -> [u8; 32] {
    checksum(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Argon2Vector {
        password: String,
        salt: String,
        secret: String,
        #[serde(rename = "associatedData")]
        associated_data: String,
        #[serde(rename = "memoryKib")]
        memory_kib: u32,
        passes: u32,
        lanes: u32,
        tag: String,
    }

    #[derive(Deserialize)]
    struct KdfVector {
        password: String,
        salt: String,
        #[serde(rename = "memoryKib")]
        memory_kib: u32,
        passes: u32,
        lanes: u32,
        key: String,
    }

    #[derive(Deserialize)]
    struct AeadVector {
        key: String,
        nonce: String,
        #[serde(rename = "associatedData")]
        associated_data: String,
        plaintext: String,
        ciphertext: String,
        tag: String,
    }

    #[derive(Deserialize)]
    struct Blake2bVector {
        input: String,
        digest: String,
    }

    fn unhex(text: &str) -> Vec<u8> {
        hex::decode(text).expect("test vector fields are hex")
    }

    #[test]
    fn argon2id_rfc9106_section_5_3() {
        let vector: Argon2Vector =
            serde_json::from_str(include_str!("../tests/vectors/argon2id-rfc9106.json")).unwrap();
        let mut out = vec![0u8; unhex(&vector.tag).len()];
        argon2id_raw(
            &unhex(&vector.password),
            &unhex(&vector.salt),
            &unhex(&vector.secret),
            &unhex(&vector.associated_data),
            vector.memory_kib,
            vector.passes,
            vector.lanes,
            &mut out,
        )
        .unwrap();
        assert_eq!(hex::encode(out), vector.tag);
    }

    #[test]
    fn argon2id_key_matches_libsodium_crypto_pwhash() {
        let vectors: Vec<KdfVector> =
            serde_json::from_str(include_str!("../tests/vectors/argon2id-libsodium.json")).unwrap();
        assert!(!vectors.is_empty());
        for vector in vectors {
            let key = argon2id_key(
                &unhex(&vector.password),
                &unhex(&vector.salt),
                vector.memory_kib,
                vector.passes,
                vector.lanes,
            )
            .unwrap();
            assert_eq!(hex::encode(*key), vector.key);
        }
    }

    #[test]
    fn xchacha20poly1305_known_answers() {
        let vectors: Vec<AeadVector> =
            serde_json::from_str(include_str!("../tests/vectors/xchacha20poly1305.json")).unwrap();
        assert!(!vectors.is_empty());
        for vector in vectors {
            let key: [u8; KEY_LEN] = unhex(&vector.key).try_into().unwrap();
            let nonce: [u8; NONCE_LEN] = unhex(&vector.nonce).try_into().unwrap();
            let ad = unhex(&vector.associated_data);
            let plaintext = unhex(&vector.plaintext);
            let mut expected = unhex(&vector.ciphertext);
            expected.extend_from_slice(&unhex(&vector.tag));

            let sealed = seal(&key, &nonce, &ad, &plaintext).unwrap();
            assert_eq!(hex::encode(&sealed), hex::encode(&expected));
            let opened = open(&key, &nonce, &ad, &sealed).unwrap();
            assert_eq!(opened.as_slice(), plaintext.as_slice());

            let mut wrong_ad = ad.clone();
            wrong_ad.push(0);
            assert_eq!(open(&key, &nonce, &wrong_ad, &sealed), Err(OpenFailed));
        }
    }

    #[test]
    fn blake2b_256_known_answers() {
        let vectors: Vec<Blake2bVector> =
            serde_json::from_str(include_str!("../tests/vectors/blake2b-256.json")).unwrap();
        assert!(!vectors.is_empty());
        for vector in vectors {
            assert_eq!(hex::encode(checksum(&unhex(&vector.input))), vector.digest);
        }
    }

    #[test]
    fn random_bytes_are_not_constant() {
        let a: [u8; 32] = random_bytes().unwrap();
        let b: [u8; 32] = random_bytes().unwrap();
        assert_ne!(a, b);
        assert_ne!(*random_key().unwrap(), *random_key().unwrap());
    }
}
