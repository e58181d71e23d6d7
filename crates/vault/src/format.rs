//! Byte layouts of the vault header and record blobs (version 1). Parsing and
//! serialising only: no keys, no crypto beyond the header checksum's position.
//! docs/vault-format.md is the specification; keep the two in step.

use crate::crypto::{CHECKSUM_LEN, KEY_LEN, NONCE_LEN, TAG_LEN};
use crate::error::{Error, Result};

/// Magic at the start of a vault header.
pub(crate) const HEADER_MAGIC: [u8; 4] = *b"KSVH";
/// Magic at the start of a record blob.
pub(crate) const RECORD_MAGIC: [u8; 4] = *b"KSRC";
/// Version 1: the record blob's and the backup's version, and the one-slot vault header that
/// version 2 (`slots.rs`) replaced (still read, and upgraded on unlock).
pub(crate) const VERSION_1: u16 = 1;
/// Version 2: the two-slot vault header (`slots.rs`).
pub(crate) const VERSION_2: u16 = 2;
/// KDF algorithm id for Argon2id version 0x13 (RFC 9106).
pub(crate) const KDF_ARGON2ID_V13: u8 = 1;

/// Largest timestamp the formats hold: JavaScript's `Number.MAX_SAFE_INTEGER`, so every
/// value survives the trip through a JS number unchanged.
pub const MAX_TIMESTAMP_MS: u64 = (1 << 53) - 1;

/// Length of vault and record ids.
pub(crate) const ID_LEN: usize = 16;
/// Length of the Argon2 salt.
pub(crate) const SALT_LEN: usize = 16;
/// Length of the wrapped data key: the key's ciphertext plus the tag.
pub(crate) const WRAPPED_KEY_LEN: usize = KEY_LEN + TAG_LEN;

/// magic 4 + version 2 + vault id 16 + kdf id 1 + m 4 + t 4 + p 4 + salt 16 + nonce 24.
pub(crate) const HEADER_AD_LEN: usize = 4 + 2 + ID_LEN + 1 + 4 + 4 + 4 + SALT_LEN + NONCE_LEN;
/// The associated data, then the wrapped key, then the checksum.
pub(crate) const HEADER_LEN: usize = HEADER_AD_LEN + WRAPPED_KEY_LEN + CHECKSUM_LEN;
/// magic 4 + version 2 + nonce 24.
pub(crate) const RECORD_PREFIX_LEN: usize = 4 + 2 + NONCE_LEN;
/// magic 4 + version 2 + vault id 16 + record id 16.
pub(crate) const RECORD_AD_LEN: usize = 4 + 2 + ID_LEN + ID_LEN;

/// Argon2id cost parameters as stored in a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KdfParams {
    /// Memory in KiB (Argon2's `m`).
    pub memory_kib: u32,
    /// Passes over memory (Argon2's `t`).
    pub iterations: u32,
    /// Lanes (Argon2's `p`).
    pub parallelism: u32,
}

impl KdfParams {
    /// The defaults for new vaults: 64 MiB, 3 passes, 1 lane.
    pub const DEFAULT: Self = Self {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };
    /// Least memory accepted: 8 MiB.
    pub const MIN_MEMORY_KIB: u32 = 8 * 1024;
    /// Most memory accepted: 256 MiB, what a mid-range phone's browser tab can still
    /// reserve next to the app itself.
    pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
    /// Most passes accepted.
    pub const MAX_ITERATIONS: u32 = 20;
    /// Most lanes accepted. The WASM core runs lanes one after another, so lanes buy no
    /// speed there; 4 leaves room for headers written by a multi-threaded tool.
    pub const MAX_PARALLELISM: u32 = 4;
    /// Most total work accepted, `m × t` in KiB-passes: four times the defaults
    /// (768 MiB of memory passes; about 1 s on a laptop's browser, 3 to 5 s on a
    /// mid-range phone). Argon2's time grows with `m × t` whatever `p` is, because the
    /// core computes the lanes in turn.
    pub const MAX_WORK_KIB_PASSES: u64 = 4 * 64 * 1024 * 3;

    /// Checks the cost budget. Runs before any memory is allocated, so a hostile header
    /// cannot make the app reserve more than a phone has or compute for minutes.
    ///
    /// # Errors
    /// [`Error::InvalidParameters`] if any value is outside its range or `m × t` is over
    /// [`Self::MAX_WORK_KIB_PASSES`].
    pub fn validate(&self) -> Result<()> {
        let memory_ok = (Self::MIN_MEMORY_KIB..=Self::MAX_MEMORY_KIB).contains(&self.memory_kib);
        let passes_ok = (1..=Self::MAX_ITERATIONS).contains(&self.iterations);
        let lanes_ok = (1..=Self::MAX_PARALLELISM).contains(&self.parallelism);
        let work = u64::from(self.memory_kib) * u64::from(self.iterations);
        if memory_ok && passes_ok && lanes_ok && work <= Self::MAX_WORK_KIB_PASSES {
            Ok(())
        } else {
            Err(Error::InvalidParameters)
        }
    }
}

impl KdfParams {
    /// Appends `m`, `t`, `p` as three big-endian u32, as every header stores them.
    pub(crate) fn write_to(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.memory_kib.to_be_bytes());
        out.extend_from_slice(&self.iterations.to_be_bytes());
        out.extend_from_slice(&self.parallelism.to_be_bytes());
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// A parsed vault header (version 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub(crate) vault_id: [u8; ID_LEN],
    pub(crate) kdf_id: u8,
    pub(crate) params: KdfParams,
    pub(crate) salt: [u8; SALT_LEN],
    pub(crate) nonce: [u8; NONCE_LEN],
    pub(crate) wrapped_key: [u8; WRAPPED_KEY_LEN],
}

/// The version after `magic`: [`Error::Corrupt`] for another magic or fewer than 6 bytes.
fn version_after(bytes: &[u8], magic: [u8; 4]) -> Result<u16> {
    let (found_magic, rest) = bytes.split_first_chunk::<4>().ok_or(Error::Corrupt)?;
    if *found_magic != magic {
        return Err(Error::Corrupt);
    }
    let (version, _) = rest.split_first_chunk::<2>().ok_or(Error::Corrupt)?;
    Ok(u16::from_be_bytes(*version))
}

/// The version of a vault header, after its magic: [`Error::Corrupt`] for a wrong magic or
/// fewer than 6 bytes, [`Error::UnsupportedVersion`] for a version this build does not know.
pub(crate) fn header_version(bytes: &[u8]) -> Result<u16> {
    match version_after(bytes, HEADER_MAGIC)? {
        v @ (VERSION_1 | VERSION_2) => Ok(v),
        _ => Err(Error::UnsupportedVersion),
    }
}

/// Checks magic then version 1; everything else must come after these.
fn check_magic_and_version(bytes: &[u8], magic: [u8; 4]) -> Result<()> {
    if version_after(bytes, magic)? != VERSION_1 {
        return Err(Error::UnsupportedVersion);
    }
    Ok(())
}

/// Reads fixed-size fields front to back (also used by the backup format).
pub(crate) struct Reader<'a>(pub(crate) &'a [u8]);

impl Reader<'_> {
    pub(crate) fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let (head, rest) = self.0.split_first_chunk::<N>().ok_or(Error::Corrupt)?;
        self.0 = rest;
        Ok(*head)
    }

    pub(crate) fn u32(&mut self) -> Result<u32> {
        self.array().map(u32::from_be_bytes)
    }

    /// `m`, `t`, `p` as three big-endian u32 (unchecked; the caller validates them).
    pub(crate) fn kdf_params(&mut self) -> Result<KdfParams> {
        Ok(KdfParams {
            memory_kib: self.u32()?,
            iterations: self.u32()?,
            parallelism: self.u32()?,
        })
    }
}

/// Appends the KDF algorithm, `m`, `t`, `p`, the salt and the wrap nonce: the fields
/// every header (vault or backup) stores in this order.
pub(crate) fn write_kdf_fields(
    out: &mut Vec<u8>,
    kdf_id: u8,
    params: &KdfParams,
    salt: &[u8; SALT_LEN],
    nonce: &[u8; NONCE_LEN],
) {
    out.push(kdf_id);
    params.write_to(out);
    out.extend_from_slice(salt);
    out.extend_from_slice(nonce);
}

/// A header's bytes: its associated data, the wrapped key, then BLAKE2b-256 of both.
pub(crate) fn finish_header(mut associated_data: Vec<u8>, wrapped_key: &[u8]) -> Vec<u8> {
    associated_data.extend_from_slice(wrapped_key);
    let checksum = crate::crypto::checksum(&associated_data);
    associated_data.extend_from_slice(&checksum);
    associated_data
}

/// The header without its trailing checksum, if the checksum matches ([`Error::Corrupt`]
/// otherwise). The checksum is public, so comparing it in variable time reveals nothing.
pub(crate) fn checked_body(header: &[u8]) -> Result<&[u8]> {
    let split = header
        .len()
        .checked_sub(CHECKSUM_LEN)
        .ok_or(Error::Corrupt)?;
    let (body, stored_checksum) = header.split_at(split);
    if crate::crypto::checksum(body).as_slice() == stored_checksum {
        Ok(body)
    } else {
        Err(Error::Corrupt)
    }
}

impl Header {
    /// The bytes authenticated as associated data when wrapping the data key.
    pub(crate) fn associated_data(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_AD_LEN);
        out.extend_from_slice(&HEADER_MAGIC);
        out.extend_from_slice(&VERSION_1.to_be_bytes());
        out.extend_from_slice(&self.vault_id);
        write_kdf_fields(&mut out, self.kdf_id, &self.params, &self.salt, &self.nonce);
        debug_assert_eq!(out.len(), HEADER_AD_LEN);
        out
    }

    /// The full header: associated data, wrapped key, then BLAKE2b-256 of all before it.
    /// Only the tests and the fuzzer write version-1 headers now (to check that they still open
    /// and upgrade, and that parsing round-trips).
    #[cfg(any(test, feature = "fuzzing"))]
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let out = finish_header(self.associated_data(), &self.wrapped_key);
        debug_assert_eq!(out.len(), HEADER_LEN);
        out
    }

    /// Parses a header, in this order: magic (Corrupt), version (UnsupportedVersion),
    /// length (Corrupt), checksum (Corrupt), KDF algorithm (UnsupportedVersion).
    /// The KDF parameters are returned unchecked; the caller validates them.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Self> {
        check_magic_and_version(bytes, HEADER_MAGIC)?;
        if bytes.len() != HEADER_LEN {
            return Err(Error::Corrupt);
        }
        let body = checked_body(bytes)?;
        let mut reader = Reader(&body[6..]);
        let vault_id = reader.array()?;
        let [kdf_id] = reader.array()?;
        if kdf_id != KDF_ARGON2ID_V13 {
            return Err(Error::UnsupportedVersion);
        }
        let params = reader.kdf_params()?;
        Ok(Self {
            vault_id,
            kdf_id,
            params,
            salt: reader.array()?,
            nonce: reader.array()?,
            wrapped_key: reader.array()?,
        })
    }
}

/// The associated data of a record: magic, version, vault id, record id.
pub(crate) fn record_associated_data(
    vault_id: &[u8; ID_LEN],
    record_id: &[u8; ID_LEN],
) -> [u8; RECORD_AD_LEN] {
    let mut out = [0u8; RECORD_AD_LEN];
    out[..4].copy_from_slice(&RECORD_MAGIC);
    out[4..6].copy_from_slice(&VERSION_1.to_be_bytes());
    out[6..22].copy_from_slice(vault_id);
    out[22..].copy_from_slice(record_id);
    out
}

/// A record blob split into its parts (version 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RecordBlob<'a> {
    pub(crate) nonce: [u8; NONCE_LEN],
    pub(crate) ciphertext_and_tag: &'a [u8],
}

impl<'a> RecordBlob<'a> {
    /// Splits a blob: magic (Corrupt), version (UnsupportedVersion), then at least a
    /// nonce and a tag must follow (Corrupt).
    pub(crate) fn parse(bytes: &'a [u8]) -> Result<Self> {
        check_magic_and_version(bytes, RECORD_MAGIC)?;
        let mut reader = Reader(&bytes[6..]);
        let nonce = reader.array()?;
        if reader.0.len() < TAG_LEN {
            return Err(Error::Corrupt);
        }
        Ok(Self {
            nonce,
            ciphertext_and_tag: reader.0,
        })
    }

    /// `KSRC || version || nonce || ciphertext || tag`.
    pub(crate) fn to_bytes(self) -> Vec<u8> {
        let mut out = Vec::with_capacity(RECORD_PREFIX_LEN + self.ciphertext_and_tag.len());
        out.extend_from_slice(&RECORD_MAGIC);
        out.extend_from_slice(&VERSION_1.to_be_bytes());
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(self.ciphertext_and_tag);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_header() -> Header {
        Header {
            vault_id: [1; ID_LEN],
            kdf_id: KDF_ARGON2ID_V13,
            params: KdfParams::DEFAULT,
            salt: [2; SALT_LEN],
            nonce: [3; NONCE_LEN],
            wrapped_key: [4; WRAPPED_KEY_LEN],
        }
    }

    #[test]
    fn header_layout_is_as_documented() {
        assert_eq!(HEADER_AD_LEN, 75);
        assert_eq!(HEADER_LEN, 155);
        let bytes = sample_header().to_bytes();
        assert_eq!(&bytes[..4], b"KSVH");
        assert_eq!(&bytes[4..6], &[0, 1]);
        assert_eq!(&bytes[6..22], &[1; 16]);
        assert_eq!(bytes[22], 1);
        assert_eq!(&bytes[23..27], &65536u32.to_be_bytes());
        assert_eq!(&bytes[27..31], &3u32.to_be_bytes());
        assert_eq!(&bytes[31..35], &1u32.to_be_bytes());
        assert_eq!(&bytes[35..51], &[2; 16]);
        assert_eq!(&bytes[51..75], &[3; 24]);
        assert_eq!(&bytes[75..123], &[4; 48]);
        assert_eq!(&bytes[123..], &crate::crypto::checksum(&bytes[..123]));
        assert_eq!(Header::parse(&bytes).unwrap(), sample_header());
    }

    #[test]
    fn header_checks_run_in_order() {
        let good = sample_header().to_bytes();
        // Wrong magic wins over a wrong version.
        let mut bad = good.clone();
        bad[0] = b'X';
        bad[5] = 9;
        assert_eq!(Header::parse(&bad), Err(Error::Corrupt));
        // A wrong version wins over a wrong length and checksum.
        let mut bad = good.clone();
        bad[5] = 2;
        bad.truncate(40);
        assert_eq!(Header::parse(&bad), Err(Error::UnsupportedVersion));
        // Truncated.
        assert_eq!(Header::parse(&good[..good.len() - 1]), Err(Error::Corrupt));
        assert_eq!(Header::parse(&good[..5]), Err(Error::Corrupt));
        assert_eq!(Header::parse(&[]), Err(Error::Corrupt));
        // Unknown KDF with a valid checksum.
        let mut header = sample_header();
        header.kdf_id = 2;
        assert_eq!(
            Header::parse(&header.to_bytes()),
            Err(Error::UnsupportedVersion)
        );
    }

    #[test]
    fn record_layout_is_as_documented() {
        let blob = RecordBlob {
            nonce: [7; NONCE_LEN],
            ciphertext_and_tag: &[9; 20],
        };
        let bytes = blob.to_bytes();
        assert_eq!(&bytes[..6], b"KSRC\x00\x01");
        assert_eq!(&bytes[6..30], &[7; 24]);
        assert_eq!(RecordBlob::parse(&bytes).unwrap(), blob);
        assert_eq!(RecordBlob::parse(&bytes[..45]), Err(Error::Corrupt));
        let ad = record_associated_data(&[1; 16], &[2; 16]);
        assert_eq!(&ad[..6], b"KSRC\x00\x01");
        assert_eq!(&ad[6..22], &[1; 16]);
        assert_eq!(&ad[22..], &[2; 16]);
    }

    #[test]
    fn params_caps() {
        assert!(KdfParams::DEFAULT.validate().is_ok());
        let ok = KdfParams {
            memory_kib: 8192,
            iterations: 1,
            parallelism: 1,
        };
        assert!(ok.validate().is_ok());
        for bad in [
            KdfParams {
                memory_kib: 8191,
                ..ok
            },
            KdfParams {
                memory_kib: 256 * 1024 + 1,
                ..ok
            },
            KdfParams {
                iterations: 0,
                ..ok
            },
            KdfParams {
                iterations: 21,
                ..ok
            },
            KdfParams {
                parallelism: 0,
                ..ok
            },
            KdfParams {
                parallelism: 5,
                ..ok
            },
            // Each value within its range, the product over the budget.
            KdfParams {
                memory_kib: 256 * 1024,
                iterations: 4,
                parallelism: 1,
            },
            KdfParams {
                memory_kib: 64 * 1024,
                iterations: 13,
                parallelism: 1,
            },
            // What passed the old caps: 1 GiB, 20 passes, 8 lanes (34 s natively).
            KdfParams {
                memory_kib: 1024 * 1024,
                iterations: 20,
                parallelism: 8,
            },
        ] {
            assert_eq!(bad.validate(), Err(Error::InvalidParameters), "{bad:?}");
        }
        // The edges of the budget.
        for edge in [
            KdfParams {
                memory_kib: 256 * 1024,
                iterations: 3,
                parallelism: 4,
            },
            KdfParams {
                memory_kib: 64 * 1024,
                iterations: 12,
                parallelism: 1,
            },
            KdfParams {
                memory_kib: 8 * 1024,
                iterations: 20,
                parallelism: 4,
            },
        ] {
            assert!(edge.validate().is_ok(), "{edge:?}");
        }
    }
}
