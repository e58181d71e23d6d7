//! Version 2 of the vault header: two key slots of the same size, each wrapping a vault of its
//! own (data key, vault id, failed-attempt key) under its own passphrase, salt and Argon2id
//! parameters. One slot holds the person's vault; the other holds either a decoy vault, opened by
//! a duress passphrase, or bytes made the same way from keys nobody keeps. Nothing in the header
//! says which slot is which or whether the second is in use: every field of an unused slot is
//! drawn as a used one's is (random salt, nonce and ciphertext, a real X25519 public key of a
//! discarded secret, the parameters of the other slot), and unlocking always runs both slots.
//! Bytes only here; `vault.rs` composes it. The layout is specified in docs/vault-format.md.

use zeroize::Zeroizing;

use crate::crypto::{self, CHECKSUM_LEN, KEY_LEN, NONCE_LEN, SecretKey, TAG_LEN};
use crate::error::{Error, Result};
use crate::format::{
    HEADER_MAGIC, ID_LEN, KDF_ARGON2ID_V13, KdfParams, Reader, SALT_LEN, VERSION_2, checked_body,
};
use crate::passphrase::normalize;

/// Key slots in every version-2 header, used or not (an unlock runs Argon2id for each).
pub const SLOTS: usize = 2;
/// Length of an X25519 public key.
pub(crate) const PUBLIC_KEY_LEN: usize = 32;
/// What a slot wraps: the data key, the vault id and the failed-attempt secret key.
pub(crate) const PAYLOAD_LEN: usize = KEY_LEN + ID_LEN + KEY_LEN;
/// The wrapped payload: its ciphertext, then the tag.
pub(crate) const WRAPPED_PAYLOAD_LEN: usize = PAYLOAD_LEN + TAG_LEN;
/// kdf id 1 + m 4 + t 4 + p 4 + salt 16 + nonce 24 + public key 32: the slot's clear fields.
pub(crate) const SLOT_CLEAR_LEN: usize = 1 + 12 + SALT_LEN + NONCE_LEN + PUBLIC_KEY_LEN;
/// A slot: its clear fields, then the wrapped payload.
pub(crate) const SLOT_LEN: usize = SLOT_CLEAR_LEN + WRAPPED_PAYLOAD_LEN;
/// magic 4 + version 2, the slots, then the checksum.
pub(crate) const HEADER_V2_LEN: usize = 6 + SLOTS * SLOT_LEN + CHECKSUM_LEN;

/// One key slot, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Slot {
    pub(crate) kdf_id: u8,
    pub(crate) params: KdfParams,
    pub(crate) salt: [u8; SALT_LEN],
    pub(crate) nonce: [u8; NONCE_LEN],
    /// Failed unlock attempts are sealed to this key while the vault is locked.
    pub(crate) attempt_public_key: [u8; PUBLIC_KEY_LEN],
    pub(crate) wrapped: [u8; WRAPPED_PAYLOAD_LEN],
}

/// What a slot opens to.
pub(crate) struct SlotKeys {
    pub(crate) data_key: SecretKey,
    pub(crate) vault_id: [u8; ID_LEN],
    pub(crate) attempt_secret: SecretKey,
}

/// A parsed version-2 header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeaderV2 {
    pub(crate) slots: [Slot; SLOTS],
}

impl Slot {
    /// The slot's clear fields, in stored order.
    fn clear_fields(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(SLOT_CLEAR_LEN);
        out.push(self.kdf_id);
        self.params.write_to(&mut out);
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&self.attempt_public_key);
        debug_assert_eq!(out.len(), SLOT_CLEAR_LEN);
        out
    }

    /// The associated data of slot `index`'s wrap: magic, version, the slot's index, then its
    /// clear fields. So a slot moved to the other position, or any of its parameters or its
    /// public key changed, no longer opens.
    fn associated_data(&self, index: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(7 + SLOT_CLEAR_LEN);
        out.extend_from_slice(&HEADER_MAGIC);
        out.extend_from_slice(&VERSION_2.to_be_bytes());
        out.push(u8::try_from(index).unwrap_or(u8::MAX));
        out.extend_from_slice(&self.clear_fields());
        out
    }

    /// Runs Argon2id for `passphrase` under this slot's salt and parameters (validated by the
    /// caller: this allocates `memory_kib`).
    pub(crate) fn derive_kek(&self, passphrase: &str) -> Result<SecretKey> {
        derive_kek(passphrase, &self.salt, &self.params)
    }

    /// Opens the slot at `index` with a key-encryption key; `WrongPassphrase` if it does not.
    pub(crate) fn open_with(&self, index: usize, kek: &SecretKey) -> Result<SlotKeys> {
        let payload = crypto::open(
            kek,
            &self.nonce,
            &self.associated_data(index),
            &self.wrapped,
        )
        .map_err(|_| Error::WrongPassphrase)?;
        let (data_key, rest) = payload
            .split_first_chunk::<KEY_LEN>()
            .ok_or(Error::Internal)?;
        let (vault_id, rest) = rest.split_first_chunk::<ID_LEN>().ok_or(Error::Internal)?;
        let attempt_secret: &[u8; KEY_LEN] = rest.try_into().map_err(|_| Error::Internal)?;
        Ok(SlotKeys {
            data_key: Zeroizing::new(*data_key),
            vault_id: *vault_id,
            attempt_secret: Zeroizing::new(*attempt_secret),
        })
    }

    /// A slot at `index` wrapping `keys` under `kek` (derived with `salt` and `params`), with a
    /// fresh nonce.
    pub(crate) fn wrap(
        index: usize,
        kek: &SecretKey,
        params: KdfParams,
        salt: [u8; SALT_LEN],
        keys: &SlotKeys,
    ) -> Result<Self> {
        let mut slot = Self {
            kdf_id: KDF_ARGON2ID_V13,
            params,
            salt,
            nonce: crypto::random_bytes()?,
            attempt_public_key: crypto::attempt_public_key(&keys.attempt_secret),
            wrapped: [0; WRAPPED_PAYLOAD_LEN],
        };
        let mut payload = Zeroizing::new([0u8; PAYLOAD_LEN]);
        payload[..KEY_LEN].copy_from_slice(keys.data_key.as_slice());
        payload[KEY_LEN..KEY_LEN + ID_LEN].copy_from_slice(&keys.vault_id);
        payload[KEY_LEN + ID_LEN..].copy_from_slice(keys.attempt_secret.as_slice());
        let wrapped = crypto::seal(
            kek,
            &slot.nonce,
            &slot.associated_data(index),
            payload.as_slice(),
        )?;
        slot.wrapped = wrapped.try_into().map_err(|_| Error::Internal)?;
        Ok(slot)
    }

    /// A slot nobody can open that looks like a used one: the given parameters, random salt,
    /// nonce and ciphertext, and the public key of a secret that is dropped at once.
    pub(crate) fn unused(params: KdfParams) -> Result<Self> {
        let discarded = crypto::random_key()?;
        Ok(Self {
            kdf_id: KDF_ARGON2ID_V13,
            params,
            salt: crypto::random_bytes()?,
            nonce: crypto::random_bytes()?,
            attempt_public_key: crypto::attempt_public_key(&discarded),
            wrapped: crypto::random_bytes()?,
        })
    }

    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        let [kdf_id] = reader.array()?;
        Ok(Self {
            kdf_id,
            params: reader.kdf_params()?,
            salt: reader.array()?,
            nonce: reader.array()?,
            attempt_public_key: reader.array()?,
            wrapped: reader.array()?,
        })
    }
}

impl SlotKeys {
    /// Fresh keys for a new vault: a random data key, vault id and failed-attempt secret.
    pub(crate) fn random() -> Result<Self> {
        Ok(Self {
            data_key: crypto::random_key()?,
            vault_id: crypto::random_bytes()?,
            attempt_secret: crypto::random_key()?,
        })
    }
}

impl HeaderV2 {
    /// The full header: magic, version, both slots, then BLAKE2b-256 of all before it.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_V2_LEN);
        out.extend_from_slice(&HEADER_MAGIC);
        out.extend_from_slice(&VERSION_2.to_be_bytes());
        for slot in &self.slots {
            out.extend_from_slice(&slot.clear_fields());
            out.extend_from_slice(&slot.wrapped);
        }
        let checksum = crypto::checksum(&out);
        out.extend_from_slice(&checksum);
        debug_assert_eq!(out.len(), HEADER_V2_LEN);
        out
    }

    /// Parses a header whose magic and version (2) were checked: length (Corrupt), checksum
    /// (Corrupt), each slot's KDF algorithm (UnsupportedVersion), each slot's parameter caps
    /// (InvalidParameters, before any memory is allocated).
    pub(crate) fn parse(bytes: &[u8]) -> Result<Self> {
        if bytes.len() != HEADER_V2_LEN {
            return Err(Error::Corrupt);
        }
        let body = checked_body(bytes)?;
        let mut reader = Reader(&body[6..]);
        let slots = [Slot::read(&mut reader)?, Slot::read(&mut reader)?];
        for slot in &slots {
            if slot.kdf_id != KDF_ARGON2ID_V13 {
                return Err(Error::UnsupportedVersion);
            }
        }
        for slot in &slots {
            slot.params.validate()?;
        }
        Ok(Self { slots })
    }

    /// Opens whichever slot `passphrase` opens, as (its index, its keys). Runs Argon2id for
    /// every slot whatever happens, so the time taken says nothing about which slot opened or
    /// whether the other is used.
    pub(crate) fn open(&self, passphrase: &str) -> Result<(usize, SlotKeys)> {
        let mut found = None;
        for (index, slot) in self.slots.iter().enumerate() {
            let kek = slot.derive_kek(passphrase)?;
            match slot.open_with(index, &kek) {
                Ok(keys) if found.is_none() => found = Some((index, keys)),
                Ok(_) | Err(Error::WrongPassphrase) => {}
                Err(other) => return Err(other),
            }
        }
        found.ok_or(Error::WrongPassphrase)
    }

    /// A header holding `own` at `index` and an unused slot beside it.
    pub(crate) fn with_one_slot(index: usize, own: Slot) -> Result<Self> {
        let unused = Slot::unused(own.params)?;
        Ok(Self {
            slots: if index == 0 {
                [own, unused]
            } else {
                [unused, own]
            },
        })
    }

    /// This header with `slot` at `index` and the other slot as it is.
    pub(crate) fn replacing(&self, index: usize, slot: Slot) -> Self {
        let mut out = self.clone();
        if let Some(place) = out.slots.get_mut(index) {
            *place = slot;
        }
        out
    }
}

/// The key-encryption key: Argon2id of the NFC passphrase under `salt` and `params` (validated
/// by the caller: this allocates `memory_kib`).
pub(crate) fn derive_kek(
    passphrase: &str,
    salt: &[u8; SALT_LEN],
    params: &KdfParams,
) -> Result<SecretKey> {
    let normalized = normalize(passphrase);
    crypto::argon2id_key(
        normalized.as_bytes(),
        salt,
        params.memory_kib,
        params.iterations,
        params.parallelism,
    )
}

/// A random slot index, so the person's vault is as often in either position.
pub(crate) fn random_index() -> Result<usize> {
    let [byte] = crypto::random_bytes::<1>()?;
    Ok(usize::from(byte & 1))
}
