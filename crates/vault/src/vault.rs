//! The safe layer: a vault is created from or unlocked with a passphrase, then seals
//! and opens records under its data key until it is locked. What a record holds is the
//! caller's [`Plaintext`]; the vault only pads, seals and binds it to its id.
//!
//! Key hierarchy: passphrase --NFC--> Argon2id(salt, params) = key-encryption key (KEK)
//! --XChaCha20-Poly1305, header as associated data--> wraps a random 256-bit data key,
//! which seals every record.

use core::fmt;

use crate::crypto::{self, KEY_LEN, SecretKey};
use crate::error::{Error, Result};
use crate::format::{
    Header, KDF_ARGON2ID_V13, KdfParams, RecordBlob, WRAPPED_KEY_LEN, record_associated_data,
};
use crate::id::{RecordId, VaultId};
use crate::passphrase::{is_acceptable, normalize};
use crate::plaintext::Plaintext;

/// An open (or locked) vault. Holds the data key only while unlocked; the key is wiped
/// on [`Vault::lock`] and on drop.
pub struct Vault {
    vault_id: VaultId,
    unlocked: Option<Unlocked>,
}

/// What exists only while the vault is unlocked.
struct Unlocked {
    header: Header,
    data_key: SecretKey,
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print key material.
        f.debug_struct("Vault")
            .field("vault_id", &self.vault_id)
            .field("unlocked", &self.unlocked.is_some())
            .finish()
    }
}

/// Runs Argon2id for `passphrase` under the header's salt and parameters. The
/// parameters must already be validated: this allocates `memory_kib`.
fn derive_kek(passphrase: &str, header: &Header) -> Result<SecretKey> {
    let normalized = normalize(passphrase);
    crypto::argon2id_key(
        normalized.as_bytes(),
        &header.salt,
        header.params.memory_kib,
        header.params.iterations,
        header.params.parallelism,
    )
}

/// Builds a header with a fresh salt and nonce, and wraps `data_key` under the KEK
/// derived from `passphrase`.
fn wrap(
    passphrase: &str,
    vault_id: [u8; 16],
    params: KdfParams,
    data_key: &[u8; KEY_LEN],
) -> Result<Header> {
    let mut header = Header {
        vault_id,
        kdf_id: KDF_ARGON2ID_V13,
        params,
        salt: crypto::random_bytes()?,
        nonce: crypto::random_bytes()?,
        wrapped_key: [0; WRAPPED_KEY_LEN],
    };
    let kek = derive_kek(passphrase, &header)?;
    let wrapped = crypto::seal(&kek, &header.nonce, &header.associated_data(), data_key)?;
    header.wrapped_key = wrapped.try_into().map_err(|_| Error::Internal)?;
    Ok(header)
}

/// Unwraps the data key with the KEK derived from `passphrase`. The header's
/// checksum has passed, so a failing tag means the passphrase is wrong.
fn unwrap(passphrase: &str, header: &Header) -> Result<SecretKey> {
    let kek = derive_kek(passphrase, header)?;
    crypto::unwrap_key(
        &kek,
        &header.nonce,
        &header.associated_data(),
        &header.wrapped_key,
    )
    .map_err(|_| Error::WrongPassphrase)
}

impl Vault {
    /// Creates a new vault with the default Argon2id parameters (64 MiB, 3 passes, 1 lane).
    ///
    /// # Errors
    /// [`Error::WeakPassphrase`] if the passphrase is shorter than
    /// [`MIN_PASSPHRASE_CHARS`](crate::MIN_PASSPHRASE_CHARS) after NFC;
    /// [`Error::Internal`] if the random generator fails.
    pub fn create(passphrase: &str) -> Result<Self> {
        Self::create_with_params(passphrase, KdfParams::DEFAULT)
    }

    /// Creates a new vault with the given Argon2id parameters (tests, benchmarks, or
    /// stronger settings).
    ///
    /// # Errors
    /// As [`Vault::create`], and [`Error::InvalidParameters`] for parameters outside
    /// the caps of [`KdfParams::validate`].
    pub fn create_with_params(passphrase: &str, params: KdfParams) -> Result<Self> {
        params.validate()?;
        if !is_acceptable(passphrase) {
            return Err(Error::WeakPassphrase);
        }
        let vault_id = crypto::random_bytes()?;
        let data_key = crypto::random_key()?;
        let header = wrap(passphrase, vault_id, params, &data_key)?;
        Ok(Self {
            vault_id: VaultId(vault_id),
            unlocked: Some(Unlocked { header, data_key }),
        })
    }

    /// Unlocks a stored vault header with a passphrase.
    ///
    /// Checks, in order: magic ([`Error::Corrupt`]), version
    /// ([`Error::UnsupportedVersion`]), length and checksum ([`Error::Corrupt`]), KDF
    /// algorithm ([`Error::UnsupportedVersion`]), parameter caps
    /// ([`Error::InvalidParameters`], before any memory is allocated), then one Argon2id
    /// run and the key unwrap ([`Error::WrongPassphrase`]).
    ///
    /// # Errors
    /// As listed above.
    pub fn unlock(header: &[u8], passphrase: &str) -> Result<Self> {
        let header = Header::parse(header)?;
        header.params.validate()?;
        let data_key = unwrap(passphrase, &header)?;
        Ok(Self {
            vault_id: VaultId(header.vault_id),
            unlocked: Some(Unlocked { header, data_key }),
        })
    }

    /// A vault around a known data key, skipping Argon2: for fuzzing record opening.
    #[cfg(feature = "fuzzing")]
    pub(crate) fn with_fixed_key(vault_id: [u8; 16], data_key: [u8; KEY_LEN]) -> Self {
        let header = Header {
            vault_id,
            kdf_id: KDF_ARGON2ID_V13,
            params: KdfParams::DEFAULT,
            salt: [0; 16],
            nonce: [0; 24],
            wrapped_key: [0; WRAPPED_KEY_LEN],
        };
        Self {
            vault_id: VaultId(vault_id),
            unlocked: Some(Unlocked {
                header,
                data_key: zeroize::Zeroizing::new(data_key),
            }),
        }
    }

    fn unlocked(&self) -> Result<&Unlocked> {
        self.unlocked.as_ref().ok_or(Error::Locked)
    }

    /// The vault's id. Stays readable after locking: it is stored in the clear in the
    /// header and identifies nothing the person wrote.
    #[must_use]
    pub const fn vault_id(&self) -> VaultId {
        self.vault_id
    }

    /// The Argon2id parameters of the current header.
    ///
    /// # Errors
    /// [`Error::Locked`] after [`Vault::lock`].
    pub fn kdf_params(&self) -> Result<KdfParams> {
        Ok(self.unlocked()?.header.params)
    }

    /// Whether the vault is unlocked.
    #[must_use]
    pub const fn is_unlocked(&self) -> bool {
        self.unlocked.is_some()
    }

    /// The current header, to store.
    ///
    /// # Errors
    /// [`Error::Locked`] after [`Vault::lock`].
    pub fn header_bytes(&self) -> Result<Vec<u8>> {
        Ok(self.unlocked()?.header.to_bytes())
    }

    /// Seals a record under this vault's data key, bound to `record_id` and this vault.
    ///
    /// # Errors
    /// [`Error::Locked`]; [`Error::InvalidRecord`] if the plaintext refuses to be sealed
    /// ([`Plaintext::to_plaintext`]).
    pub fn seal<P: Plaintext>(&self, record_id: &RecordId, plaintext: &P) -> Result<Vec<u8>> {
        let unlocked = self.unlocked()?;
        let bytes = plaintext.to_plaintext()?;
        let padded = crate::padding::pad(&bytes)?;
        let nonce = crypto::random_bytes()?;
        let ad = record_associated_data(&self.vault_id.0, record_id.as_bytes());
        let ciphertext_and_tag = crypto::seal(&unlocked.data_key, &nonce, &ad, &padded)?;
        Ok(RecordBlob {
            nonce,
            ciphertext_and_tag: &ciphertext_and_tag,
        }
        .to_bytes())
    }

    /// Opens a record blob stored under `record_id`.
    ///
    /// # Errors
    /// [`Error::Locked`]; [`Error::UnsupportedVersion`] for an unknown blob version (or
    /// what [`Plaintext::from_plaintext`] calls newer); [`Error::Corrupt`] for anything
    /// altered, truncated, or stored under another id or vault.
    pub fn open<P: Plaintext>(&self, record_id: &RecordId, blob: &[u8]) -> Result<P> {
        let unlocked = self.unlocked()?;
        let blob = RecordBlob::parse(blob)?;
        let ad = record_associated_data(&self.vault_id.0, record_id.as_bytes());
        let padded = crypto::open(
            &unlocked.data_key,
            &blob.nonce,
            &ad,
            blob.ciphertext_and_tag,
        )
        .map_err(|_| Error::Corrupt)?;
        P::from_plaintext(crate::padding::unpad(&padded)?)
    }

    /// Changes the passphrase and rotates the keys: checks the old passphrase, then
    /// returns a new vault with a fresh vault id and data key, wrapped under the new
    /// passphrase (same KDF parameters, fresh salt and nonce). `self` is unchanged: the
    /// caller re-seals every record into the new vault with [`Vault::reseal_from`],
    /// stores the new header and records together, and only then drops the old vault,
    /// so a failed write leaves the old passphrase working. A copy of the old header,
    /// with the old passphrase, opens nothing written after the change.
    ///
    /// # Errors
    /// [`Error::Locked`]; [`Error::WeakPassphrase`] for a too-short new passphrase;
    /// [`Error::WrongPassphrase`] if the old passphrase does not open this vault;
    /// [`Error::Internal`] if the random generator fails.
    pub fn change_passphrase(&self, old_passphrase: &str, new_passphrase: &str) -> Result<Self> {
        let params = self.unlocked()?.header.params;
        self.change_passphrase_with_params(old_passphrase, new_passphrase, params)
    }

    /// As [`Vault::change_passphrase`], with new Argon2id parameters for the new header (the
    /// ones sized to this device; the new passphrase may be the old one).
    ///
    /// # Errors
    /// As [`Vault::change_passphrase`]; [`Error::InvalidParameters`] for parameters outside
    /// the caps of [`KdfParams::validate`], before anything else is computed.
    pub fn change_passphrase_with_params(
        &self,
        old_passphrase: &str,
        new_passphrase: &str,
        params: KdfParams,
    ) -> Result<Self> {
        params.validate()?;
        let unlocked = self.unlocked()?;
        if !is_acceptable(new_passphrase) {
            return Err(Error::WeakPassphrase);
        }
        // Unlocking proved the old passphrase once; asking again stops someone who finds
        // the app unlocked from locking the owner out.
        let old_key = unwrap(old_passphrase, &unlocked.header)?;
        if *old_key != *unlocked.data_key {
            // The header in memory is the one this data key came from: a mismatch is a bug.
            return Err(Error::Internal);
        }
        let mut vault_id: [u8; 16] = crypto::random_bytes()?;
        while vault_id == self.vault_id.0 {
            vault_id = crypto::random_bytes()?;
        }
        let data_key = crypto::random_key()?;
        let header = wrap(new_passphrase, vault_id, params, &data_key)?;
        Ok(Self {
            vault_id: VaultId(vault_id),
            unlocked: Some(Unlocked { header, data_key }),
        })
    }

    /// Re-seals a record blob of vault `from` into this vault under the same record id,
    /// with a fresh nonce, without looking at what it holds (its padded plaintext moves
    /// as it is). For the re-sealing after [`Vault::change_passphrase`].
    ///
    /// # Errors
    /// [`Error::Locked`] if either vault is locked; as [`Vault::open`] for a blob that
    /// does not open under `from`.
    pub fn reseal_from(&self, from: &Self, record_id: &RecordId, blob: &[u8]) -> Result<Vec<u8>> {
        let old = from.unlocked()?;
        let new = self.unlocked()?;
        let parsed = RecordBlob::parse(blob)?;
        let old_ad = record_associated_data(&from.vault_id.0, record_id.as_bytes());
        let padded = crypto::open(
            &old.data_key,
            &parsed.nonce,
            &old_ad,
            parsed.ciphertext_and_tag,
        )
        .map_err(|_| Error::Corrupt)?;
        // Only a blob that unpads is carried over, so damage never moves silently.
        crate::padding::unpad(&padded)?;
        let nonce = crypto::random_bytes()?;
        let ad = record_associated_data(&self.vault_id.0, record_id.as_bytes());
        let ciphertext_and_tag = crypto::seal(&new.data_key, &nonce, &ad, &padded)?;
        Ok(RecordBlob {
            nonce,
            ciphertext_and_tag: &ciphertext_and_tag,
        }
        .to_bytes())
    }

    /// Wipes the keys. Every later operation fails with [`Error::Locked`].
    pub fn lock(&mut self) {
        // Dropping the `Zeroizing` key overwrites it.
        self.unlocked = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: KdfParams = KdfParams {
        memory_kib: KdfParams::MIN_MEMORY_KIB,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn out_of_cap_params_in_a_well_formed_header_are_refused_before_argon2() {
        let vault = Vault::create_with_params("correct horse battery", CHEAP).unwrap();
        let good = Header::parse(&vault.header_bytes().unwrap()).unwrap();
        for params in [
            // Argon2 would try to allocate 4 TiB here, or loop for hours.
            KdfParams {
                memory_kib: u32::MAX,
                ..CHEAP
            },
            KdfParams {
                memory_kib: 1024,
                ..CHEAP
            },
            KdfParams {
                iterations: u32::MAX,
                ..CHEAP
            },
            KdfParams {
                iterations: 0,
                ..CHEAP
            },
            KdfParams {
                parallelism: 0,
                ..CHEAP
            },
            KdfParams {
                parallelism: 64,
                ..CHEAP
            },
            // Within the old per-value caps (1 GiB, 20 passes, 8 lanes), over the budget.
            KdfParams {
                memory_kib: 1024 * 1024,
                iterations: 20,
                parallelism: 8,
            },
        ] {
            let forged = Header {
                params,
                ..good.clone()
            }
            .to_bytes();
            let started = std::time::Instant::now();
            assert_eq!(
                Vault::unlock(&forged, "correct horse battery").unwrap_err(),
                Error::InvalidParameters,
                "{params:?}"
            );
            // Generous for a loaded CI machine; Argon2 at these values would take far longer
            // or fail differently.
            assert!(
                started.elapsed().as_millis() < 500,
                "Argon2 ran for {params:?}"
            );
        }
    }

    #[test]
    fn a_rewritten_header_with_a_fresh_checksum_is_a_wrong_passphrase() {
        // The checksum is unkeyed: it catches damage, not forgery. A forged header fails
        // the authenticated unwrap instead, which cannot tell forgery from a wrong
        // passphrase; it never opens.
        let vault = Vault::create_with_params("correct horse battery", CHEAP).unwrap();
        let mut header = Header::parse(&vault.header_bytes().unwrap()).unwrap();
        header.vault_id[0] ^= 1;
        assert_eq!(
            Vault::unlock(&header.to_bytes(), "correct horse battery").unwrap_err(),
            Error::WrongPassphrase
        );
    }

    #[test]
    fn debug_shows_no_key() {
        let vault = Vault::create_with_params("correct horse battery", CHEAP).unwrap();
        let shown = format!("{vault:?}");
        assert!(shown.contains("unlocked: true"));
        assert!(!shown.contains("data_key"));
    }
}
