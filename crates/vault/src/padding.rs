//! Length hiding for record plaintexts.
//!
//! A framed plaintext is `u32 BE length || content || zero bytes`, padded to a bucket
//! size chosen by Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files
//! and Communication with PURBs", PETS 2019, section 4), with every bucket at least
//! [`MIN_PADDED_LEN`] bytes. Padmé leaks O(log log L) bits of the length and costs at
//! most about 12% overhead.

use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The smallest framed plaintext: short entries all look alike.
pub const MIN_PADDED_LEN: usize = 256;

/// Bytes of the big-endian length prefix.
const LENGTH_PREFIX: usize = 4;

/// Padmé: rounds `len` up so that only its top `floor(log2(floor(log2 len))) + 1` bits
/// can be nonzero.
fn padme(len: u64) -> u64 {
    if len < 2 {
        return len;
    }
    let e = u64::from(len.ilog2());
    let s = u64::from(e.ilog2()) + 1;
    let last_bits = e - s;
    let mask = (1u64 << last_bits) - 1;
    (len + mask) & !mask
}

/// The padded size for `framed_len` bytes (length prefix included): Padmé, at least 256.
///
/// Returns `None` if the result would not fit a `u32` length.
#[must_use]
pub fn padded_len(framed_len: usize) -> Option<usize> {
    if framed_len <= MIN_PADDED_LEN {
        return Some(MIN_PADDED_LEN);
    }
    let padded = padme(u64::try_from(framed_len).ok()?);
    if padded > u64::from(u32::MAX) {
        return None;
    }
    usize::try_from(padded).ok()
}

/// Frames and pads `content`. The result is wiped on drop since it holds plaintext.
pub(crate) fn pad(content: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let content_len = u32::try_from(content.len()).map_err(|_| Error::InvalidRecord)?;
    let framed_len = LENGTH_PREFIX + content.len();
    let total = padded_len(framed_len).ok_or(Error::InvalidRecord)?;
    let mut out = Zeroizing::new(Vec::with_capacity(total));
    out.extend_from_slice(&content_len.to_be_bytes());
    out.extend_from_slice(content);
    out.resize(total, 0);
    Ok(out)
}

/// Checks the framing and returns the content. Anything but the exact output of [`pad`]
/// (a size that is not the bucket for the length, a length past the end, a nonzero
/// padding byte) is [`Error::Corrupt`].
pub(crate) fn unpad(padded: &[u8]) -> Result<&[u8]> {
    let (prefix, rest) = padded
        .split_first_chunk::<LENGTH_PREFIX>()
        .ok_or(Error::Corrupt)?;
    let content_len = usize::try_from(u32::from_be_bytes(*prefix)).map_err(|_| Error::Corrupt)?;
    if content_len > rest.len() {
        return Err(Error::Corrupt);
    }
    if padded_len(LENGTH_PREFIX + content_len) != Some(padded.len()) {
        return Err(Error::Corrupt);
    }
    let (content, padding) = rest.split_at(content_len);
    // Not secret-dependent in a way that matters: the padding is all zeros by construction.
    if padding.iter().any(|&byte| byte != 0) {
        return Err(Error::Corrupt);
    }
    Ok(content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_sizes_match_the_worked_examples() {
        // The same examples as docs/vault-format.md.
        let cases = [
            (0, 256),
            (4, 256),
            (256, 256),
            (257, 272),
            (300, 304),
            (1000, 1024),
            (1025, 1088),
            (5000, 5120),
            (100_000, 100_352),
            (400_004, 401_408),
        ];
        for (framed, padded) in cases {
            assert_eq!(padded_len(framed), Some(padded), "framed length {framed}");
        }
    }

    #[test]
    fn padme_is_monotonic_and_bounded() {
        let mut previous = 0;
        for framed in 0..70_000usize {
            let padded = padded_len(framed).unwrap();
            assert!(padded >= framed);
            assert!(padded >= previous);
            // Padmé's overhead bound: under 12% above 256 bytes.
            if framed > MIN_PADDED_LEN {
                assert!(
                    (padded - framed) * 100 <= framed * 12,
                    "{framed} -> {padded}"
                );
            }
            previous = padded;
        }
    }

    #[test]
    fn pad_round_trips() {
        for len in [0usize, 1, 251, 252, 253, 1000, 70_000] {
            let content: Vec<u8> = (0..len).map(|i| (i % 251) as u8 + 1).collect();
            let padded = pad(&content).unwrap();
            assert_eq!(Some(padded.len()), padded_len(len + 4));
            assert_eq!(unpad(&padded).unwrap(), content.as_slice());
        }
    }

    #[test]
    fn unpad_rejects_anything_but_exact_framing() {
        let padded = pad(b"hello").unwrap();
        // A nonzero padding byte.
        let mut bad = padded.to_vec();
        bad[200] = 1;
        assert_eq!(unpad(&bad), Err(Error::Corrupt));
        // A length past the end.
        let mut bad = padded.to_vec();
        bad[..4].copy_from_slice(&300u32.to_be_bytes());
        assert_eq!(unpad(&bad), Err(Error::Corrupt));
        // A total size that is not the bucket of the length.
        let mut bad = padded.to_vec();
        bad.push(0);
        assert_eq!(unpad(&bad), Err(Error::Corrupt));
        // Too short to hold the prefix.
        assert_eq!(unpad(&[0, 0, 0]), Err(Error::Corrupt));
        assert_eq!(unpad(&[]), Err(Error::Corrupt));
    }
}
