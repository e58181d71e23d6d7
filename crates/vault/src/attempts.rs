//! The failed-attempt log. A failed unlock is written while the vault is locked, so nothing
//! secret is at hand: its time is sealed (libsodium's sealed box) to each slot's public
//! attempt key from the header, one box per slot, so whoever opens either slot reads it and
//! nobody can tell from the log which slot is in use. After unlocking, the vault reads the boxes
//! of its own slot with its secret. The log keeps the newest [`MAX_FAILED_ATTEMPTS`] entries,
//! so failing again and again can never fill the storage.

use crate::crypto::{self, SEALED_BOX_OVERHEAD};
use crate::error::{Error, Result};
use crate::format::{MAX_TIMESTAMP_MS, VERSION_2, header_version};
use crate::slots::{HeaderV2, SLOTS};

/// The most failed attempts the log keeps (the newest).
pub const MAX_FAILED_ATTEMPTS: usize = 50;
/// One sealed box: the attempt's time, milliseconds since the Unix epoch, as a big-endian u64.
pub(crate) const ATTEMPT_BOX_LEN: usize = 8 + SEALED_BOX_OVERHEAD;
/// One entry of the log: a box for each slot, in slot order.
pub const FAILED_ATTEMPT_LEN: usize = SLOTS * ATTEMPT_BOX_LEN;

/// The log entry for a failed unlock of `header` at `at_ms`, written while locked.
///
/// # Errors
/// As reading the header ([`Error::Corrupt`], [`Error::UnsupportedVersion`] (also for a
/// version-1 header, which has no attempt keys: its first unlock upgrades it),
/// [`Error::InvalidParameters`]); [`Error::InvalidInput`] for a time past
/// [`MAX_TIMESTAMP_MS`].
pub fn seal_failed_attempt(header: &[u8], at_ms: u64) -> Result<Vec<u8>> {
    if header_version(header)? != VERSION_2 {
        return Err(Error::UnsupportedVersion);
    }
    let header = HeaderV2::parse(header)?;
    if at_ms > MAX_TIMESTAMP_MS {
        return Err(Error::InvalidInput);
    }
    let mut entry = Vec::with_capacity(FAILED_ATTEMPT_LEN);
    for slot in &header.slots {
        entry.extend(crypto::seal_to(
            &slot.attempt_public_key,
            &at_ms.to_be_bytes(),
        )?);
    }
    debug_assert_eq!(entry.len(), FAILED_ATTEMPT_LEN);
    Ok(entry)
}

/// The log with `entry` added, keeping the newest [`MAX_FAILED_ATTEMPTS`] entries. A log of a
/// length that is not whole entries (damaged) keeps only its whole entries from the start.
///
/// # Errors
/// [`Error::InvalidInput`] for an entry of the wrong length.
pub fn append_failed_attempt(log: &[u8], entry: &[u8]) -> Result<Vec<u8>> {
    if entry.len() != FAILED_ATTEMPT_LEN {
        return Err(Error::InvalidInput);
    }
    let whole = log.len() / FAILED_ATTEMPT_LEN;
    let keep = whole.min(MAX_FAILED_ATTEMPTS - 1);
    let start = (whole - keep) * FAILED_ATTEMPT_LEN;
    let mut out = Vec::with_capacity((keep + 1) * FAILED_ATTEMPT_LEN);
    out.extend_from_slice(&log[start..whole * FAILED_ATTEMPT_LEN]);
    out.extend_from_slice(entry);
    Ok(out)
}

/// The times in `log` that open with `secret` in slot `slot`'s boxes, oldest first; boxes that
/// do not open (damaged, or written for another header) are left out.
pub(crate) fn read_attempts(log: &[u8], slot: usize, secret: &crypto::SecretKey) -> Vec<u64> {
    let mut times: Vec<u64> = log
        .chunks_exact(FAILED_ATTEMPT_LEN)
        .filter_map(|entry| {
            let sealed = entry.get(slot * ATTEMPT_BOX_LEN..(slot + 1) * ATTEMPT_BOX_LEN)?;
            let opened = crypto::open_sealed(secret, sealed).ok()?;
            let bytes: [u8; 8] = opened.as_slice().try_into().ok()?;
            Some(u64::from_be_bytes(bytes)).filter(|t| *t <= MAX_TIMESTAMP_MS)
        })
        .collect();
    times.sort_unstable();
    times
}
