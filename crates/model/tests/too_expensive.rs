//! The "too expensive to open" fixture the end-to-end suite restores
//! (`vectors/too-expensive-v1.kbak`): the frozen v1 backup with its Argon2 memory set to
//! 2^32 − 1 KiB (4 TiB) and its header checksum fixed, as a hostile or broken writer
//! would make it. It must be refused by the caps check, before Argon2 runs.

use blake2::{Blake2b256, Digest};
use kintsugi_model::{Error, inspect_backup, read_backup};

const FROZEN: &[u8] = include_bytes!("vectors/frozen-backup-v1.kbak");
const TOO_EXPENSIVE: &[u8] = include_bytes!("vectors/too-expensive-v1.kbak");

#[test]
fn the_fixture_is_the_frozen_backup_with_only_its_memory_and_checksum_changed() {
    assert_eq!(TOO_EXPENSIVE.len(), FROZEN.len());
    let changed: Vec<usize> = (0..FROZEN.len())
        .filter(|&i| FROZEN[i] != TOO_EXPENSIVE[i])
        .collect();
    assert!(
        changed
            .iter()
            .all(|&i| (7..11).contains(&i) || (107..139).contains(&i)),
        "{changed:?}"
    );
    assert_eq!(&TOO_EXPENSIVE[7..11], &u32::MAX.to_be_bytes());
    // The checksum matches, so the file is not reported as damaged.
    assert_eq!(
        Blake2b256::digest(&TOO_EXPENSIVE[..107]).as_slice(),
        &TOO_EXPENSIVE[107..139]
    );
}

#[test]
fn the_fixture_is_refused_as_too_expensive_with_any_passphrase() {
    let info = inspect_backup(TOO_EXPENSIVE).unwrap();
    assert_eq!(info.kdf_params.memory_kib, u32::MAX);
    assert!(!info.params_acceptable);
    for passphrase in ["", "any passphrase at all, right or wrong"] {
        assert_eq!(
            read_backup(TOO_EXPENSIVE, passphrase).map(|_| ()),
            Err(Error::InvalidParameters)
        );
    }
}
