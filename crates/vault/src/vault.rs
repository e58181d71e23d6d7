//! The safe layer: a vault is created from or unlocked with a passphrase, then seals
//! and opens records under its data key until it is locked. What a record holds is the
//! caller's [`Plaintext`]; the vault only pads, seals and binds it to its id.
//!
//! Key hierarchy: passphrase --NFC--> Argon2id(slot salt, slot params) = key-encryption key
//! (KEK) --XChaCha20-Poly1305, the slot's fields as associated data--> wraps the slot's data
//! key, vault id and failed-attempt secret; the data key seals every record. The header has two
//! slots (`slots.rs`): this vault's, and a decoy vault's or an unused one.

use core::fmt;

use zeroize::Zeroizing;

use crate::crypto::{self, SecretKey};
use crate::error::{Error, Result};
use crate::format::{
    Header, KdfParams, RecordBlob, VERSION_1, header_version, record_associated_data,
};
use crate::id::{RecordId, VaultId};
use crate::passphrase::is_acceptable;
use crate::plaintext::Plaintext;
use crate::slots::{HeaderV2, Slot, SlotKeys, derive_kek, random_index};

/// What the manifest's id is derived from, before the data key.
const MANIFEST_ID_LABEL: &[u8] = b"KSMI";

/// An open (or locked) vault. Holds its keys only while unlocked; they are wiped on
/// [`Vault::lock`] and on drop.
pub struct Vault {
    vault_id: VaultId,
    unlocked: Option<Unlocked>,
}

/// What exists only while the vault is unlocked.
struct Unlocked {
    /// The whole stored header, both slots.
    header: HeaderV2,
    /// This vault's slot in it.
    slot: usize,
    data_key: SecretKey,
    /// Opens the failed attempts sealed to this slot's public key.
    attempt_secret: SecretKey,
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print key material (nor which slot is this vault's).
        f.debug_struct("Vault")
            .field("vault_id", &self.vault_id)
            .field("unlocked", &self.unlocked.is_some())
            .finish()
    }
}

/// A slot at `index` for `keys` under `passphrase`: a fresh salt, Argon2id with `params`, a
/// fresh nonce.
fn new_slot(index: usize, passphrase: &str, params: KdfParams, keys: &SlotKeys) -> Result<Slot> {
    let salt = crypto::random_bytes()?;
    let kek = derive_kek(passphrase, &salt, &params)?;
    Slot::wrap(index, &kek, params, salt, keys)
}

impl Vault {
    fn from_keys(header: HeaderV2, slot: usize, keys: SlotKeys) -> Self {
        Self {
            vault_id: VaultId(keys.vault_id),
            unlocked: Some(Unlocked {
                header,
                slot,
                data_key: keys.data_key,
                attempt_secret: keys.attempt_secret,
            }),
        }
    }

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
    /// stronger settings), in a version-2 header: its slot at a random position, the other
    /// slot unused.
    ///
    /// # Errors
    /// As [`Vault::create`], and [`Error::InvalidParameters`] for parameters outside
    /// the caps of [`KdfParams::validate`].
    pub fn create_with_params(passphrase: &str, params: KdfParams) -> Result<Self> {
        params.validate()?;
        if !is_acceptable(passphrase) {
            return Err(Error::WeakPassphrase);
        }
        let index = random_index()?;
        let keys = SlotKeys::random()?;
        let header = HeaderV2::with_one_slot(index, new_slot(index, passphrase, params, &keys)?)?;
        Ok(Self::from_keys(header, index, keys))
    }

    /// Unlocks a stored vault header with a passphrase.
    ///
    /// Checks, in order: magic ([`Error::Corrupt`]), version
    /// ([`Error::UnsupportedVersion`]), length and checksum ([`Error::Corrupt`]), KDF
    /// algorithm ([`Error::UnsupportedVersion`]), parameter caps
    /// ([`Error::InvalidParameters`], before any memory is allocated), then Argon2id and the
    /// unwrap ([`Error::WrongPassphrase`]): for a version-2 header, one run per slot whichever
    /// opens. A version-1 header is upgraded in memory: [`Vault::header_bytes`] is then the
    /// version-2 header holding the same data key and vault id (so every record stays as it
    /// is), which the caller stores in place of the old one.
    ///
    /// # Errors
    /// As listed above.
    pub fn unlock(header: &[u8], passphrase: &str) -> Result<Self> {
        if header_version(header)? == VERSION_1 {
            return Self::unlock_v1(header, passphrase);
        }
        let header = HeaderV2::parse(header)?;
        let (slot, keys) = header.open(passphrase)?;
        Ok(Self::from_keys(header, slot, keys))
    }

    /// Opens a version-1 header and builds its version-2 successor: the same salt, parameters
    /// and key-encryption key (so no second Argon2id run), the same data key and vault id, a new
    /// failed-attempt key, at a random position beside an unused slot.
    fn unlock_v1(bytes: &[u8], passphrase: &str) -> Result<Self> {
        let old = Header::parse(bytes)?;
        old.params.validate()?;
        let kek = derive_kek(passphrase, &old.salt, &old.params)?;
        let data_key =
            crypto::unwrap_key(&kek, &old.nonce, &old.associated_data(), &old.wrapped_key)
                .map_err(|_| Error::WrongPassphrase)?;
        let keys = SlotKeys {
            data_key,
            vault_id: old.vault_id,
            attempt_secret: crypto::random_key()?,
        };
        let index = random_index()?;
        let own = Slot::wrap(index, &kek, old.params, old.salt, &keys)?;
        Ok(Self::from_keys(
            HeaderV2::with_one_slot(index, own)?,
            index,
            keys,
        ))
    }

    /// A vault around a known data key, skipping Argon2: for fuzzing record opening.
    #[cfg(feature = "fuzzing")]
    pub(crate) fn with_fixed_key(vault_id: [u8; 16], data_key: [u8; crypto::KEY_LEN]) -> Self {
        use zeroize::Zeroizing;
        let header = HeaderV2 {
            slots: [
                Slot::unused(KdfParams::DEFAULT).expect("the random generator works"),
                Slot::unused(KdfParams::DEFAULT).expect("the random generator works"),
            ],
        };
        Self {
            vault_id: VaultId(vault_id),
            unlocked: Some(Unlocked {
                header,
                slot: 0,
                data_key: Zeroizing::new(data_key),
                attempt_secret: Zeroizing::new([0; crypto::KEY_LEN]),
            }),
        }
    }

    fn unlocked(&self) -> Result<&Unlocked> {
        self.unlocked.as_ref().ok_or(Error::Locked)
    }

    /// The vault's id (bound into every record). Stays readable after locking: it
    /// identifies nothing the person wrote.
    #[must_use]
    pub const fn vault_id(&self) -> VaultId {
        self.vault_id
    }

    /// The Argon2id parameters of the current header.
    ///
    /// # Errors
    /// [`Error::Locked`] after [`Vault::lock`].
    pub fn kdf_params(&self) -> Result<KdfParams> {
        let unlocked = self.unlocked()?;
        Ok(unlocked.header.slots[unlocked.slot].params)
    }

    /// Whether the vault is unlocked.
    #[must_use]
    pub const fn is_unlocked(&self) -> bool {
        self.unlocked.is_some()
    }

    /// The current header, to store: always version 2 (an unlocked version-1 header comes
    /// back upgraded).
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
    /// [`Error::InvalidInput`] if the new passphrase opens the header's other slot (a second
    /// vault's); [`Error::Internal`] if the random generator fails.
    pub fn change_passphrase(&self, old_passphrase: &str, new_passphrase: &str) -> Result<Self> {
        let params = self.kdf_params()?;
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
        self.check_own_passphrase(old_passphrase)?;
        // A new passphrase that opens the other slot would make one passphrase open two vaults,
        // and an unlock would then reach only the first of them.
        self.refuse_if_other_slot_opens(new_passphrase)?;
        let mut vault_id: [u8; 16] = crypto::random_bytes()?;
        while vault_id == self.vault_id.0 {
            vault_id = crypto::random_bytes()?;
        }
        // The failed-attempt key stays, so attempts logged before the change can still be read.
        let keys = SlotKeys {
            data_key: crypto::random_key()?,
            vault_id,
            attempt_secret: unlocked.attempt_secret.clone(),
        };
        let own = new_slot(unlocked.slot, new_passphrase, params, &keys)?;
        // The other slot (a decoy, or unused) is kept exactly as it is.
        let header = unlocked.header.replacing(unlocked.slot, own);
        Ok(Self::from_keys(header, unlocked.slot, keys))
    }

    /// `InvalidInput` if `passphrase` opens the header's other slot (a second vault's).
    fn refuse_if_other_slot_opens(&self, passphrase: &str) -> Result<()> {
        let unlocked = self.unlocked()?;
        let other = 1 - unlocked.slot;
        let slot = &unlocked.header.slots[other];
        match slot.open_with(other, &slot.derive_kek(passphrase)?) {
            Ok(_) => Err(Error::InvalidInput),
            Err(Error::WrongPassphrase) => Ok(()),
            Err(error) => Err(error),
        }
    }

    /// `WrongPassphrase` unless `passphrase` opens this vault's own slot to this vault's keys.
    fn check_own_passphrase(&self, passphrase: &str) -> Result<()> {
        let unlocked = self.unlocked()?;
        let slot = &unlocked.header.slots[unlocked.slot];
        let opened = slot.open_with(unlocked.slot, &slot.derive_kek(passphrase)?)?;
        if *opened.data_key != *unlocked.data_key {
            // The header in memory is the one these keys came from: a mismatch is a bug.
            return Err(Error::Internal);
        }
        Ok(())
    }

    /// Sets a second passphrase that opens a separate, empty vault (a decoy) in the header's
    /// other slot, with its own keys and the given Argon2id parameters; whatever that slot held
    /// is replaced. Returns this vault with the new header (to store) and the decoy, unlocked
    /// (to seed with the records that make it believable, sealed under its keys). Nothing in
    /// storage tells the decoy's slot from an unused one.
    ///
    /// # Errors
    /// [`Error::Locked`]; [`Error::WeakPassphrase`]; [`Error::InvalidParameters`];
    /// [`Error::InvalidInput`] if the second passphrase opens this vault too (it must differ).
    pub fn with_second_passphrase(
        &self,
        passphrase: &str,
        params: KdfParams,
    ) -> Result<(Self, Self)> {
        params.validate()?;
        let unlocked = self.unlocked()?;
        if !is_acceptable(passphrase) {
            return Err(Error::WeakPassphrase);
        }
        match self.check_own_passphrase(passphrase) {
            Err(Error::WrongPassphrase) => {}
            Ok(()) => return Err(Error::InvalidInput),
            Err(other) => return Err(other),
        }
        let other = 1 - unlocked.slot;
        let keys = SlotKeys::random()?;
        let header = unlocked
            .header
            .replacing(other, new_slot(other, passphrase, params, &keys)?);
        Ok((
            self.with_header(unlocked, header.clone()),
            Self::from_keys(header, other, keys),
        ))
    }

    /// Removes the second passphrase and the vault it opens: the other slot becomes unused
    /// (fresh random bytes under this vault's parameters). Its records are left in storage
    /// unreadable; the caller deletes them if it knows their ids.
    ///
    /// # Errors
    /// [`Error::Locked`]; [`Error::Internal`] if the random generator fails.
    pub fn without_second_passphrase(&self) -> Result<Self> {
        let unlocked = self.unlocked()?;
        let unused = Slot::unused(unlocked.header.slots[unlocked.slot].params)?;
        Ok(self.with_header(
            unlocked,
            unlocked.header.replacing(1 - unlocked.slot, unused),
        ))
    }

    /// The failed-attempt public key of the header's other slot: a second vault's, or one made
    /// for an unused slot. It stays the same while that slot is used by the same vault (its
    /// passphrase changes keep it) and changes whenever the slot is written anew (a second
    /// passphrase set or removed, a version-1 upgrade, a restore), so a vault that set a second
    /// passphrase can keep it to tell, later, whether the header still holds that vault. It is in
    /// the clear in the header: it names nothing secret.
    ///
    /// # Errors
    /// [`Error::Locked`].
    pub fn other_slot_key(&self) -> Result<[u8; 32]> {
        let unlocked = self.unlocked()?;
        Ok(unlocked.header.slots[1 - unlocked.slot].attempt_public_key)
    }

    /// This vault's keys (`unlocked`, its own) under another header whose own slot holds them.
    fn with_header(&self, unlocked: &Unlocked, header: HeaderV2) -> Self {
        Self {
            vault_id: self.vault_id,
            unlocked: Some(Unlocked {
                header,
                slot: unlocked.slot,
                data_key: unlocked.data_key.clone(),
                attempt_secret: unlocked.attempt_secret.clone(),
            }),
        }
    }

    /// The id of this vault's own sealed list of its records (the model's manifest): the first
    /// 16 bytes of BLAKE2b-256 of `"KSMI"` followed by the data key. It looks like any random
    /// record id, only this vault can find it, and every vault on the device (a second vault, the
    /// vault after a passphrase change) has its own.
    ///
    /// # Errors
    /// [`Error::Locked`].
    pub fn manifest_id(&self) -> Result<RecordId> {
        let unlocked = self.unlocked()?;
        let mut input = Zeroizing::new(Vec::with_capacity(
            MANIFEST_ID_LABEL.len() + crypto::KEY_LEN,
        ));
        input.extend_from_slice(MANIFEST_ID_LABEL);
        input.extend_from_slice(unlocked.data_key.as_ref());
        let digest = crypto::blake2b_256(&input);
        let mut id = [0_u8; 16];
        id.copy_from_slice(&digest[..16]);
        Ok(RecordId::from_bytes(id))
    }

    /// The failed unlock attempts in `log` (see [`seal_failed_attempt`](crate::seal_failed_attempt)),
    /// as milliseconds since the Unix epoch, oldest first. Entries that do not open with this
    /// vault's attempt key (damaged, or for another header) are left out.
    ///
    /// # Errors
    /// [`Error::Locked`].
    pub fn failed_attempts(&self, log: &[u8]) -> Result<Vec<u64>> {
        let unlocked = self.unlocked()?;
        Ok(crate::attempts::read_attempts(
            log,
            unlocked.slot,
            &unlocked.attempt_secret,
        ))
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

    const PASSPHRASE: &str = "correct horse battery";
    const DURESS: &str = "a pleasant afternoon walk";

    /// A version-1 header as the app wrote them before version 2, and its data key.
    fn v1_header(passphrase: &str, params: KdfParams) -> (Vec<u8>, SecretKey, [u8; 16]) {
        let mut header = Header {
            vault_id: crypto::random_bytes().unwrap(),
            kdf_id: crate::format::KDF_ARGON2ID_V13,
            params,
            salt: crypto::random_bytes().unwrap(),
            nonce: crypto::random_bytes().unwrap(),
            wrapped_key: [0; crate::format::WRAPPED_KEY_LEN],
        };
        let data_key = crypto::random_key().unwrap();
        let kek = derive_kek(passphrase, &header.salt, &header.params).unwrap();
        let wrapped = crypto::seal(
            &kek,
            &header.nonce,
            &header.associated_data(),
            data_key.as_slice(),
        )
        .unwrap();
        header.wrapped_key = wrapped.try_into().unwrap();
        (header.to_bytes(), data_key, header.vault_id)
    }

    /// `header` with slot `index`'s parameters replaced and a fresh checksum.
    fn with_params(header: &[u8], index: usize, params: KdfParams) -> Vec<u8> {
        let mut parsed = HeaderV2::parse(header).unwrap();
        parsed.slots[index].params = params;
        parsed.to_bytes()
    }

    fn record(vault: &Vault, id: &RecordId, text: &[u8]) -> Vec<u8> {
        vault.seal(id, &Zeroizing::new(text.to_vec())).unwrap()
    }

    fn opens(vault: &Vault, id: &RecordId, blob: &[u8]) -> Option<Vec<u8>> {
        vault
            .open::<Zeroizing<Vec<u8>>>(id, blob)
            .ok()
            .map(|p| p.to_vec())
    }

    use zeroize::Zeroizing;

    #[test]
    fn a_new_vault_has_a_two_slot_header_that_opens_with_its_passphrase_only() {
        let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
        let header = vault.header_bytes().unwrap();
        assert_eq!(header.len(), crate::slots::HEADER_V2_LEN);
        assert_eq!(&header[..6], b"KSVH\x00\x02");
        let again = Vault::unlock(&header, PASSPHRASE).unwrap();
        assert_eq!(again.vault_id(), vault.vault_id());
        assert_eq!(again.header_bytes().unwrap(), header);
        let id = RecordId::random().unwrap();
        assert_eq!(
            opens(&again, &id, &record(&vault, &id, b"kept")).as_deref(),
            Some(&b"kept"[..])
        );
        assert_eq!(
            Vault::unlock(&header, "not the passphrase").unwrap_err(),
            Error::WrongPassphrase
        );
    }

    #[test]
    fn a_version_1_header_opens_and_comes_back_upgraded_with_the_same_keys() {
        let (old, data_key, vault_id) = v1_header(PASSPHRASE, CHEAP);
        assert_eq!(old.len(), crate::format::HEADER_LEN);
        // A record sealed under the version-1 vault (same data key and vault id).
        let id = RecordId::random().unwrap();
        let nonce = crypto::random_bytes().unwrap();
        let padded = crate::padding::pad(b"written before").unwrap();
        let sealed = crypto::seal(
            &data_key,
            &nonce,
            &record_associated_data(&vault_id, id.as_bytes()),
            &padded,
        )
        .unwrap();
        let blob = RecordBlob {
            nonce,
            ciphertext_and_tag: &sealed,
        }
        .to_bytes();
        assert_eq!(
            Vault::unlock(&old, "not the passphrase").unwrap_err(),
            Error::WrongPassphrase
        );
        let vault = Vault::unlock(&old, PASSPHRASE).unwrap();
        assert_eq!(vault.vault_id().0, vault_id);
        assert_eq!(vault.kdf_params().unwrap(), CHEAP);
        let upgraded = vault.header_bytes().unwrap();
        assert_eq!(upgraded.len(), crate::slots::HEADER_V2_LEN);
        // The upgraded header opens with the same passphrase, and the old record still opens.
        let reopened = Vault::unlock(&upgraded, PASSPHRASE).unwrap();
        assert_eq!(reopened.vault_id().0, vault_id);
        assert_eq!(
            opens(&reopened, &id, &blob).as_deref(),
            Some(&b"written before"[..])
        );
        assert_eq!(
            Vault::unlock(&upgraded, "not the passphrase").unwrap_err(),
            Error::WrongPassphrase
        );
    }

    #[test]
    fn out_of_cap_params_in_a_well_formed_header_are_refused_before_argon2() {
        let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
        let good_v2 = vault.header_bytes().unwrap();
        let (v1, _, _) = v1_header(PASSPHRASE, CHEAP);
        let good_v1 = Header::parse(&v1).unwrap();
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
            let forged_v1 = Header {
                params,
                ..good_v1.clone()
            }
            .to_bytes();
            // Either slot: the used one, or the other (an unused slot is checked the same way).
            for forged in [
                forged_v1,
                with_params(&good_v2, 0, params),
                with_params(&good_v2, 1, params),
            ] {
                let started = std::time::Instant::now();
                assert_eq!(
                    Vault::unlock(&forged, PASSPHRASE).unwrap_err(),
                    Error::InvalidParameters,
                    "{params:?}"
                );
                // Generous for a loaded CI machine; Argon2 at these values would take far
                // longer or fail differently.
                assert!(
                    started.elapsed().as_millis() < 500,
                    "Argon2 ran for {params:?}"
                );
            }
        }
    }

    #[test]
    fn a_rewritten_header_with_a_fresh_checksum_is_a_wrong_passphrase() {
        // The checksum is unkeyed: it catches damage, not forgery. A forged header fails
        // the authenticated unwrap instead, which cannot tell forgery from a wrong
        // passphrase; it never opens.
        let (v1, _, _) = v1_header(PASSPHRASE, CHEAP);
        let mut header = Header::parse(&v1).unwrap();
        header.vault_id[0] ^= 1;
        assert_eq!(
            Vault::unlock(&header.to_bytes(), PASSPHRASE).unwrap_err(),
            Error::WrongPassphrase
        );
        // Version 2: every clear field of the slot is bound, and so is its position.
        let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
        let good = HeaderV2::parse(&vault.header_bytes().unwrap()).unwrap();
        let own = good
            .slots
            .iter()
            .position(|slot| {
                slot.open_with(0, &slot.derive_kek(PASSPHRASE).unwrap())
                    .is_ok()
                    || slot
                        .open_with(1, &slot.derive_kek(PASSPHRASE).unwrap())
                        .is_ok()
            })
            .unwrap();
        let edits: [fn(&mut crate::slots::Slot); 5] = [
            |s| s.salt[0] ^= 1,
            |s| s.nonce[0] ^= 1,
            |s| s.attempt_public_key[0] ^= 1,
            |s| s.wrapped[0] ^= 1,
            |s| s.params.iterations += 1,
        ];
        for edit in edits {
            let mut forged = good.clone();
            edit(&mut forged.slots[own]);
            assert_eq!(
                Vault::unlock(&forged.to_bytes(), PASSPHRASE).unwrap_err(),
                Error::WrongPassphrase
            );
        }
        let swapped = HeaderV2 {
            slots: [good.slots[1].clone(), good.slots[0].clone()],
        };
        assert_eq!(
            Vault::unlock(&swapped.to_bytes(), PASSPHRASE).unwrap_err(),
            Error::WrongPassphrase
        );
        // Any flipped bit without a fresh checksum is damage.
        let bytes = good.to_bytes();
        for at in [0, 5, 6, 100, 200, 300, bytes.len() - 1] {
            let mut damaged = bytes.clone();
            damaged[at] ^= 1;
            assert!(
                matches!(
                    Vault::unlock(&damaged, PASSPHRASE).unwrap_err(),
                    Error::Corrupt | Error::UnsupportedVersion
                ),
                "byte {at}"
            );
        }
        assert_eq!(
            Vault::unlock(&bytes[..bytes.len() - 1], PASSPHRASE).unwrap_err(),
            Error::Corrupt
        );
    }

    #[test]
    fn a_second_passphrase_opens_a_separate_vault_and_the_header_keeps_its_shape() {
        let real = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
        let before = real.header_bytes().unwrap();
        let (real, decoy) = real.with_second_passphrase(DURESS, CHEAP).unwrap();
        let header = real.header_bytes().unwrap();
        assert_eq!(decoy.header_bytes().unwrap(), header);
        assert_eq!(header.len(), before.len());
        assert_ne!(real.vault_id(), decoy.vault_id());
        // Each passphrase opens its own vault; records of one never open in the other.
        let id = RecordId::random().unwrap();
        let real_blob = record(&real, &id, b"the truth");
        let decoy_blob = record(&decoy, &id, b"groceries");
        let opened_real = Vault::unlock(&header, PASSPHRASE).unwrap();
        let opened_decoy = Vault::unlock(&header, DURESS).unwrap();
        assert_eq!(opened_real.vault_id(), real.vault_id());
        assert_eq!(opened_decoy.vault_id(), decoy.vault_id());
        assert_eq!(
            opens(&opened_real, &id, &real_blob).as_deref(),
            Some(&b"the truth"[..])
        );
        assert_eq!(
            opens(&opened_decoy, &id, &decoy_blob).as_deref(),
            Some(&b"groceries"[..])
        );
        assert_eq!(opens(&opened_decoy, &id, &real_blob), None);
        assert_eq!(opens(&opened_real, &id, &decoy_blob), None);
        // The same passphrase twice is refused: it could only ever open one of them.
        assert_eq!(
            real.with_second_passphrase(PASSPHRASE, CHEAP).unwrap_err(),
            Error::InvalidInput
        );
        // Neither vault may take the other's passphrase as its new one: it would then open both.
        assert_eq!(
            opened_real
                .change_passphrase(PASSPHRASE, DURESS)
                .unwrap_err(),
            Error::InvalidInput
        );
        assert_eq!(
            opened_decoy
                .change_passphrase(DURESS, PASSPHRASE)
                .unwrap_err(),
            Error::InvalidInput
        );
        // The real vault knows the second vault's slot by its key, through the decoy's own
        // passphrase change, until the slot is written anew.
        let second_key = real.other_slot_key().unwrap();
        assert_ne!(
            second_key,
            Vault::create_with_params(PASSPHRASE, CHEAP)
                .unwrap()
                .other_slot_key()
                .unwrap()
        );
        // The decoy changes its passphrase: the real slot is untouched.
        let decoy2 = opened_decoy
            .change_passphrase(DURESS, "another ordinary phrase")
            .unwrap();
        let after = decoy2.header_bytes().unwrap();
        let real_index = opened_real.unlocked.as_ref().unwrap().slot;
        assert_eq!(
            HeaderV2::parse(&after).unwrap().slots[real_index],
            HeaderV2::parse(&header).unwrap().slots[real_index]
        );
        assert_eq!(
            Vault::unlock(&after, PASSPHRASE).unwrap().vault_id(),
            real.vault_id()
        );
        assert_eq!(
            Vault::unlock(&after, PASSPHRASE)
                .unwrap()
                .other_slot_key()
                .unwrap(),
            second_key
        );
        // Removing it: the duress passphrase opens nothing, the real one still opens.
        let removed = Vault::unlock(&after, PASSPHRASE)
            .unwrap()
            .without_second_passphrase()
            .unwrap()
            .header_bytes()
            .unwrap();
        assert_eq!(removed.len(), before.len());
        assert_eq!(
            Vault::unlock(&removed, "another ordinary phrase").unwrap_err(),
            Error::WrongPassphrase
        );
        assert_eq!(
            Vault::unlock(&removed, PASSPHRASE).unwrap().vault_id(),
            real.vault_id()
        );
        assert_ne!(
            Vault::unlock(&removed, PASSPHRASE)
                .unwrap()
                .other_slot_key()
                .unwrap(),
            second_key,
            "an emptied slot no longer has the second vault's key"
        );
    }

    #[test]
    fn an_unused_slot_is_made_like_a_used_one() {
        // Storage alone: the same length, the same parameters in both slots, fresh salts,
        // nonces and public keys, whether or not a second passphrase is set.
        let alone = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
        let (with_decoy, _) = alone.with_second_passphrase(DURESS, CHEAP).unwrap();
        for bytes in [
            alone.header_bytes().unwrap(),
            with_decoy.header_bytes().unwrap(),
        ] {
            let header = HeaderV2::parse(&bytes).unwrap();
            let [a, b] = &header.slots;
            assert_eq!(a.params, b.params);
            assert_eq!(a.kdf_id, b.kdf_id);
            assert_ne!(a.salt, b.salt);
            assert_ne!(a.nonce, b.nonce);
            assert_ne!(a.attempt_public_key, b.attempt_public_key);
            assert_ne!(a.wrapped, b.wrapped);
        }
        // The person's slot is at either position, as often.
        let positions: std::collections::BTreeSet<usize> =
            (0..24).map(|_| random_index().unwrap()).collect();
        assert_eq!(positions.len(), 2);
    }

    #[test]
    fn failed_attempts_are_sealed_while_locked_and_read_by_whichever_vault_opens() {
        let real = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
        let (real, decoy) = real.with_second_passphrase(DURESS, CHEAP).unwrap();
        let header = real.header_bytes().unwrap();
        let mut log = Vec::new();
        for at in [1_764_000_000_000_u64, 1_764_000_060_000, 1_764_000_120_000] {
            let entry = crate::seal_failed_attempt(&header, at).unwrap();
            assert_eq!(entry.len(), crate::FAILED_ATTEMPT_LEN);
            log = crate::append_failed_attempt(&log, &entry).unwrap();
        }
        let want = vec![1_764_000_000_000, 1_764_000_060_000, 1_764_000_120_000];
        assert_eq!(real.failed_attempts(&log).unwrap(), want);
        assert_eq!(decoy.failed_attempts(&log).unwrap(), want);
        // A passphrase change keeps the attempt key: the log stays readable.
        let changed = real
            .change_passphrase(PASSPHRASE, "a new long passphrase")
            .unwrap();
        assert_eq!(changed.failed_attempts(&log).unwrap(), want);
        // Entries for another vault's header, and damaged ones, are left out.
        let stranger = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
        let foreign = crate::seal_failed_attempt(&stranger.header_bytes().unwrap(), 5).unwrap();
        let mut damaged = crate::seal_failed_attempt(&header, 7).unwrap();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        damaged[crate::attempts::ATTEMPT_BOX_LEN - 1] ^= 1;
        let mixed = crate::append_failed_attempt(
            &crate::append_failed_attempt(&log, &foreign).unwrap(),
            &damaged,
        )
        .unwrap();
        assert_eq!(real.failed_attempts(&mixed).unwrap(), want);
        assert_eq!(stranger.failed_attempts(&mixed).unwrap(), vec![5]);
        // A version-1 header has no attempt keys; a time past the cap is refused.
        let (v1, _, _) = v1_header(PASSPHRASE, CHEAP);
        assert_eq!(
            crate::seal_failed_attempt(&v1, 1).unwrap_err(),
            Error::UnsupportedVersion
        );
        assert_eq!(
            crate::seal_failed_attempt(&header, crate::MAX_TIMESTAMP_MS + 1).unwrap_err(),
            Error::InvalidInput
        );
        let mut locked = real;
        locked.lock();
        assert_eq!(locked.failed_attempts(&log).unwrap_err(), Error::Locked);
    }

    #[test]
    fn the_failed_attempt_log_keeps_the_newest_fifty() {
        let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
        let header = vault.header_bytes().unwrap();
        let mut log = Vec::new();
        for at in 0..60_u64 {
            log = crate::append_failed_attempt(
                &log,
                &crate::seal_failed_attempt(&header, at).unwrap(),
            )
            .unwrap();
            assert!(log.len() <= crate::MAX_FAILED_ATTEMPTS * crate::FAILED_ATTEMPT_LEN);
        }
        let kept = vault.failed_attempts(&log).unwrap();
        assert_eq!(kept, (10..60).collect::<Vec<u64>>());
        // A damaged log (not whole entries) keeps its whole entries; a wrong-size entry is refused.
        let cut = &log[..log.len() - 3];
        let appended =
            crate::append_failed_attempt(cut, &crate::seal_failed_attempt(&header, 99).unwrap())
                .unwrap();
        assert_eq!(appended.len() % crate::FAILED_ATTEMPT_LEN, 0);
        assert_eq!(vault.failed_attempts(&appended).unwrap().last(), Some(&99));
        assert_eq!(
            crate::append_failed_attempt(&log, &[0; 3]).unwrap_err(),
            Error::InvalidInput
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
