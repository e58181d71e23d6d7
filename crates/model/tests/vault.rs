//! Behaviour of the safe vault API: errors kept distinct, tampering detected,
//! passphrase change and lock.

mod common;

use common::{CHEAP, PASSPHRASE, journal};
use kintsugi_model::RecordVault;
use kintsugi_model::{Error, KdfParams, RecordId, Vault, padded_len};

#[test]
fn create_unlock_seal_open_round_trip() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let header = vault.header_bytes().unwrap();
    assert_eq!(&header[..6], b"KSVH\x00\x02");
    let id = RecordId::random().unwrap();
    let blob = vault.seal_record(&id, &journal("first words")).unwrap();
    assert_eq!(&blob[..6], b"KSRC\x00\x01");

    let reopened = Vault::unlock(&header, PASSPHRASE).unwrap();
    assert_eq!(reopened.vault_id(), vault.vault_id());
    assert_eq!(reopened.kdf_params().unwrap(), CHEAP);
    assert_eq!(
        reopened.open_record(&id, &blob).unwrap(),
        journal("first words")
    );
}

#[test]
fn default_params_are_64_mib_3_passes_1_lane() {
    assert_eq!(
        KdfParams::default(),
        KdfParams {
            memory_kib: 65_536,
            iterations: 3,
            parallelism: 1
        }
    );
    let vault = Vault::create("a default vault passphrase").unwrap();
    let header = vault.header_bytes().unwrap();
    // m, t, p of both slots (the unused one carries the same), after each slot's KDF id.
    assert_eq!(&header[7..19], &[0, 1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 1]);
    assert_eq!(&header[188..200], &[0, 1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 1]);
    let reopened = Vault::unlock(&header, "a default vault passphrase").unwrap();
    assert_eq!(reopened.kdf_params().unwrap(), KdfParams::DEFAULT);
}

#[test]
fn sealing_twice_gives_different_blobs() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let id = RecordId::random().unwrap();
    let a = vault.seal_record(&id, &journal("same")).unwrap();
    let b = vault.seal_record(&id, &journal("same")).unwrap();
    assert_ne!(a, b, "a fresh nonce per seal");
    assert_ne!(a[6..30], b[6..30]);
}

#[test]
fn wrong_passphrase_corrupt_unsupported_and_invalid_params_are_distinct() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let header = vault.header_bytes().unwrap();

    assert_eq!(
        Vault::unlock(&header, "gold fills the crack").unwrap_err(),
        Error::WrongPassphrase
    );
    assert_eq!(
        Vault::unlock(&header, "").unwrap_err(),
        Error::WrongPassphrase
    );

    let mut damaged = header.clone();
    damaged[60] ^= 0x10;
    assert_eq!(
        Vault::unlock(&damaged, PASSPHRASE).unwrap_err(),
        Error::Corrupt
    );
    assert_eq!(
        Vault::unlock(&header[..100], PASSPHRASE).unwrap_err(),
        Error::Corrupt
    );
    assert_eq!(Vault::unlock(b"", PASSPHRASE).unwrap_err(), Error::Corrupt);
    assert_eq!(
        Vault::unlock(b"not a vault at all", PASSPHRASE).unwrap_err(),
        Error::Corrupt
    );

    let mut future = header.clone();
    future[5] = 3;
    assert_eq!(
        Vault::unlock(&future, PASSPHRASE).unwrap_err(),
        Error::UnsupportedVersion
    );
    // A future header may have any length: the version decides before the length.
    let mut future_longer = future.clone();
    future_longer.extend_from_slice(&[0; 64]);
    assert_eq!(
        Vault::unlock(&future_longer, PASSPHRASE).unwrap_err(),
        Error::UnsupportedVersion
    );

    for params in [
        KdfParams {
            memory_kib: 4096,
            ..CHEAP
        },
        KdfParams {
            memory_kib: 2 * 1024 * 1024,
            ..CHEAP
        },
        KdfParams {
            iterations: 0,
            ..CHEAP
        },
        KdfParams {
            iterations: 21,
            ..CHEAP
        },
        KdfParams {
            parallelism: 0,
            ..CHEAP
        },
        KdfParams {
            parallelism: 9,
            ..CHEAP
        },
    ] {
        assert_eq!(
            Vault::create_with_params(PASSPHRASE, params).unwrap_err(),
            Error::InvalidParameters
        );
    }
    // (Out-of-cap parameters inside a well-formed stored header: see the unit test
    // `out_of_cap_params_in_a_well_formed_header_are_refused_before_argon2`.)
}

#[test]
fn every_bit_flip_of_a_header_is_refused() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let header = vault.header_bytes().unwrap();
    for bit in 0..header.len() * 8 {
        let mut flipped = header.clone();
        flipped[bit / 8] ^= 1 << (bit % 8);
        let error = Vault::unlock(&flipped, PASSPHRASE).unwrap_err();
        // The checksum catches every single flip before Argon2 runs, so this loop costs
        // microseconds per bit; only flips in the magic or version are told apart.
        let expected = if (32..48).contains(&bit) {
            Error::UnsupportedVersion
        } else {
            Error::Corrupt
        };
        assert_eq!(error, expected, "bit {bit}");
    }
}

#[test]
fn every_bit_flip_of_a_record_is_refused() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let id = RecordId::random().unwrap();
    let blob = vault.seal_record(&id, &journal("do not alter me")).unwrap();
    for bit in 0..blob.len() * 8 {
        let mut flipped = blob.clone();
        flipped[bit / 8] ^= 1 << (bit % 8);
        let error = vault.open_record(&id, &flipped).unwrap_err();
        let expected = if (32..48).contains(&bit) {
            Error::UnsupportedVersion
        } else {
            Error::Corrupt
        };
        assert_eq!(error, expected, "bit {bit}");
    }
    // Truncations and extensions too.
    for len in 0..blob.len() {
        assert!(
            vault.open_record(&id, &blob[..len]).is_err(),
            "length {len}"
        );
    }
    let mut longer = blob.clone();
    longer.push(0);
    assert_eq!(vault.open_record(&id, &longer).unwrap_err(), Error::Corrupt);
}

#[test]
fn records_under_another_id_or_vault_do_not_open() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let first = RecordId::random().unwrap();
    let second = RecordId::random().unwrap();
    let blob_first = vault.seal_record(&first, &journal("first")).unwrap();
    let blob_second = vault.seal_record(&second, &journal("second")).unwrap();
    // Swapping the blobs between ids fails both ways.
    assert_eq!(
        vault.open_record(&second, &blob_first).unwrap_err(),
        Error::Corrupt
    );
    assert_eq!(
        vault.open_record(&first, &blob_second).unwrap_err(),
        Error::Corrupt
    );

    // Another vault with the same passphrase has another data key and vault id.
    let other = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    assert_ne!(other.vault_id(), vault.vault_id());
    assert_eq!(
        other.open_record(&first, &blob_first).unwrap_err(),
        Error::Corrupt
    );
}

#[test]
fn weak_passphrases_are_refused() {
    assert_eq!(
        Vault::create_with_params("short", CHEAP).unwrap_err(),
        Error::WeakPassphrase
    );
    assert_eq!(
        Vault::create_with_params("1234567", CHEAP).unwrap_err(),
        Error::WeakPassphrase
    );
    let vault = Vault::create_with_params("12345678", CHEAP).unwrap();
    assert_eq!(
        vault.change_passphrase("12345678", "short").unwrap_err(),
        Error::WeakPassphrase
    );
}

#[test]
fn change_passphrase_rotates_the_keys_and_the_old_header_opens_nothing_written_after() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let old_header = vault.header_bytes().unwrap();
    let id = RecordId::random().unwrap();
    let blob = vault
        .seal_record(&id, &journal("before the change"))
        .unwrap();

    assert_eq!(
        vault
            .change_passphrase("not the passphrase", "a brand new passphrase")
            .unwrap_err(),
        Error::WrongPassphrase
    );
    let rotated = vault
        .change_passphrase(PASSPHRASE, "a brand new passphrase")
        .unwrap();
    // The old vault is untouched until the caller drops it (the write may still fail).
    assert_eq!(vault.header_bytes().unwrap(), old_header);
    assert_eq!(
        vault.open_record(&id, &blob).unwrap(),
        journal("before the change")
    );

    let new_header = rotated.header_bytes().unwrap();
    assert_eq!(new_header.len(), old_header.len());
    assert_ne!(rotated.vault_id(), vault.vault_id(), "a new vault id");
    // The vault's own slot is new (salt, nonce, wrapped keys), with the same KDF and
    // parameters; the other slot is kept byte for byte.
    let slot = |h: &[u8], i: usize| h[6 + i * 181..6 + (i + 1) * 181].to_vec();
    let changed: Vec<usize> = (0..2)
        .filter(|&i| slot(&new_header, i) != slot(&old_header, i))
        .collect();
    assert_eq!(changed.len(), 1, "exactly the vault's own slot changes");
    let own = changed[0];
    let (new_slot, old_slot) = (slot(&new_header, own), slot(&old_header, own));
    assert_eq!(new_slot[..13], old_slot[..13], "same KDF and parameters");
    assert_ne!(new_slot[13..29], old_slot[13..29], "new salt");
    assert_ne!(new_slot[29..53], old_slot[29..53], "new nonce");
    assert_eq!(
        new_slot[53..85],
        old_slot[53..85],
        "the same failed-attempt key"
    );
    assert_ne!(new_slot[85..], old_slot[85..], "other wrapped keys");

    // Every record is re-sealed into the new vault: it opens there, not under the old key.
    let resealed = rotated.reseal_from(&vault, &id, &blob).unwrap();
    assert_ne!(resealed, blob);
    let reopened = Vault::unlock(&new_header, "a brand new passphrase").unwrap();
    assert_eq!(
        reopened.open_record(&id, &resealed).unwrap(),
        journal("before the change")
    );
    assert_eq!(
        Vault::unlock(&new_header, PASSPHRASE).unwrap_err(),
        Error::WrongPassphrase
    );
    // A blob of the new vault does not open under the old one, so it cannot be re-sealed
    // back, and the old blob is not one of the new vault's.
    assert_eq!(
        reopened.open_record(&id, &blob).unwrap_err(),
        Error::Corrupt
    );

    // Whoever kept the old header and knows the old passphrase reads none of what is
    // written after the change: not the re-sealed records, not new ones.
    let after = reopened.seal_record(&id, &journal("after")).unwrap();
    let old = Vault::unlock(&old_header, PASSPHRASE).unwrap();
    assert_eq!(old.open_record(&id, &after).unwrap_err(), Error::Corrupt);
    assert_eq!(old.open_record(&id, &resealed).unwrap_err(), Error::Corrupt);
    // Nor can a blob be re-sealed into the new vault under another record id.
    let other = RecordId::random().unwrap();
    assert_eq!(
        rotated.reseal_from(&vault, &other, &blob).unwrap_err(),
        Error::Corrupt
    );
}

#[test]
fn lock_refuses_everything_afterwards() {
    let mut vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let id = RecordId::random().unwrap();
    let blob = vault.seal_record(&id, &journal("x")).unwrap();
    let vault_id = vault.vault_id();
    assert!(vault.is_unlocked());
    vault.lock();
    assert!(!vault.is_unlocked());
    assert_eq!(vault.header_bytes().unwrap_err(), Error::Locked);
    assert_eq!(vault.kdf_params().unwrap_err(), Error::Locked);
    assert_eq!(
        vault.seal_record(&id, &journal("x")).unwrap_err(),
        Error::Locked
    );
    assert_eq!(
        vault
            .seal_record_json(
                &id,
                r#"{"kind":"journal","text":"x","createdAt":1,"updatedAt":1}"#
            )
            .unwrap_err(),
        Error::Locked
    );
    assert_eq!(vault.open_record(&id, &blob).unwrap_err(), Error::Locked);
    assert_eq!(
        vault.open_record_json(&id, &blob).unwrap_err(),
        Error::Locked
    );
    assert_eq!(
        vault
            .change_passphrase(PASSPHRASE, "another passphrase")
            .unwrap_err(),
        Error::Locked
    );
    // Locking twice is harmless; the public id stays readable.
    vault.lock();
    assert_eq!(vault.vault_id(), vault_id);
}

#[test]
fn invalid_records_and_ids_are_refused_on_seal() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let id = RecordId::random().unwrap();
    for json in [
        "",
        "{}",
        r#"{"kind":"cycle","text":"x","createdAt":1,"updatedAt":1}"#,
        r#"{"kind":"journal","text":"x","createdAt":-5,"updatedAt":1}"#,
    ] {
        assert_eq!(
            vault.seal_record_json(&id, json).unwrap_err(),
            Error::InvalidRecord,
            "{json}"
        );
    }
    assert_eq!(RecordId::from_hex("xyz").unwrap_err(), Error::InvalidRecord);
}

#[test]
fn blob_sizes_reveal_only_the_bucket() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let id = RecordId::random().unwrap();
    let overhead = 4 + 2 + 24 + 16;
    let short = vault.seal_record(&id, &journal("")).unwrap();
    let longer = vault.seal_record(&id, &journal(&"a".repeat(150))).unwrap();
    assert_eq!(short.len(), overhead + 256);
    assert_eq!(longer.len(), overhead + 256);
    let text = "b".repeat(5000);
    let json_len = journal(&text).to_json().len();
    let big = vault.seal_record(&id, &journal(&text)).unwrap();
    assert_eq!(big.len(), overhead + padded_len(4 + json_len).unwrap());
    assert_eq!(vault.open_record(&id, &big).unwrap(), journal(&text));
}

#[cfg(feature = "nfc")]
#[test]
fn passphrase_forms_from_different_keyboards_open_the_same_vault() {
    let composed = "caf\u{e9} au lait, s'il vous pla\u{ee}t";
    let decomposed = "cafe\u{301} au lait, s'il vous plai\u{302}t";
    assert_ne!(composed, decomposed);
    let vault = Vault::create_with_params(decomposed, CHEAP).unwrap();
    Vault::unlock(&vault.header_bytes().unwrap(), composed).unwrap();
}

#[test]
fn a_passphrase_change_can_carry_new_kdf_params_and_keeps_them_otherwise() {
    let vault = Vault::create_with_params(PASSPHRASE, CHEAP).unwrap();
    let kept = vault.change_passphrase(PASSPHRASE, PASSPHRASE).unwrap();
    assert_eq!(kept.kdf_params().unwrap(), CHEAP);

    let stronger = KdfParams {
        memory_kib: CHEAP.memory_kib * 2,
        iterations: 2,
        parallelism: 1,
    };
    // The same passphrase, measured again: a new header with the new parameters.
    let resized = vault
        .change_passphrase_with_params(PASSPHRASE, PASSPHRASE, stronger)
        .unwrap();
    assert_eq!(resized.kdf_params().unwrap(), stronger);
    let reopened = Vault::unlock(&resized.header_bytes().unwrap(), PASSPHRASE).unwrap();
    assert_eq!(reopened.kdf_params().unwrap(), stronger);
    assert_ne!(reopened.vault_id(), vault.vault_id());

    let too_much = KdfParams {
        memory_kib: KdfParams::MAX_MEMORY_KIB,
        iterations: KdfParams::MAX_ITERATIONS,
        parallelism: 1,
    };
    assert_eq!(
        vault
            .change_passphrase_with_params(PASSPHRASE, PASSPHRASE, too_much)
            .unwrap_err(),
        Error::InvalidParameters
    );
}
