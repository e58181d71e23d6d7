#!/usr/bin/env python3
"""Opens the frozen version-2 header vector with libsodium alone, following docs/vault-format.md.

Sections followed: "Vault header, version 2", "Opening a version-2 header", "The failed-attempt
log" and "Record blob". Independent of the Rust code: only ctypes and the system libsodium
(libsodium23). Not part of `cargo test`; run by hand:
python3 crates/model/tests/open_v2_with_libsodium.py

Where the document leaves a byte undetermined for version 2, this script follows the bytes
of the vector (see the comments marked "doc:").
"""
import ctypes
import ctypes.util
import hashlib
import json
import pathlib
import sys
import unicodedata

sodium = ctypes.CDLL(ctypes.util.find_library("sodium") or "libsodium.so.23")
assert sodium.sodium_init() >= 0
sodium.sodium_version_string.restype = ctypes.c_char_p

vector = json.loads((pathlib.Path(__file__).parent / "vectors" / "frozen-header-v2.json").read_text())
assert vector["headerVersion"] == 2
header = bytes.fromhex(vector["header"])
record_id = bytes.fromhex(vector["recordId"])
log = bytes.fromhex(vector["failedAttempts"])

# The two vaults of the vector: (passphrase, vault id, record blob, record JSON).
vaults = [
    ("A", vector["passphrase"], vector["vaultId"], vector["record"], vector["recordJson"]),
    ("B", vector["secondPassphrase"], vector["secondVaultId"], vector["secondRecord"],
     vector["secondRecordJson"]),
]

SLOT_OFFSETS = (6, 187)
SLOT_LEN = 181
ALG_ARGON2ID13 = 2


def blake2b_256(message):
    out = ctypes.create_string_buffer(32)
    sodium.crypto_generichash(out, ctypes.c_size_t(32), message, ctypes.c_ulonglong(len(message)),
                              None, ctypes.c_size_t(0))
    return out.raw


def xchacha_open(key, nonce, ad, sealed):
    """XChaCha20-Poly1305 (combined mode: tag last); None if the tag does not verify."""
    assert len(key) == 32 and len(nonce) == 24 and len(sealed) >= 16
    out = ctypes.create_string_buffer(len(sealed))
    out_len = ctypes.c_ulonglong(0)
    if sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
            out, ctypes.byref(out_len), None, sealed, ctypes.c_ulonglong(len(sealed)),
            ad, ctypes.c_ulonglong(len(ad)), nonce, key) != 0:
        return None
    return out.raw[:out_len.value]


def argon2id(passphrase, salt, m, t, p):
    """KEK = Argon2id(NFC passphrase, salt, m KiB, t passes, p lanes), 32 bytes."""
    if p == 1:
        kek = ctypes.create_string_buffer(32)
        assert sodium.crypto_pwhash(kek, ctypes.c_ulonglong(32), passphrase,
                                    ctypes.c_ulonglong(len(passphrase)), salt, ctypes.c_ulonglong(t),
                                    ctypes.c_size_t(m * 1024), ctypes.c_int(ALG_ARGON2ID13)) == 0
        return kek.raw
    # libsodium's crypto_pwhash fixes parallelism at 1, so a slot with p > 1 needs another
    # Argon2id. The standard library's hashlib has none; argon2-cffi is used only if installed.
    print(f"slot uses p = {p} lanes: libsodium's crypto_pwhash only supports p = 1", file=sys.stderr)
    try:
        from argon2.low_level import Type, hash_secret_raw
    except ImportError:
        sys.exit(f"FAIL: a slot uses Argon2id with p = {p} > 1, which libsodium cannot compute, and no "
                 "other Argon2id implementation (the `argon2` / argon2-cffi module) is installed")
    return hash_secret_raw(passphrase, salt, time_cost=t, memory_cost=m, parallelism=p,
                           hash_len=32, type=Type.ID, version=0x13)


def scalarmult_base(secret):
    public = ctypes.create_string_buffer(32)
    assert sodium.crypto_scalarmult_base(public, secret) == 0
    return public.raw


def seal_open(box, public, secret):
    """libsodium's sealed box; None if it does not open."""
    assert len(box) >= 48
    out = ctypes.create_string_buffer(len(box) - 48)
    if sodium.crypto_box_seal_open(out, box, ctypes.c_ulonglong(len(box)), public, secret) != 0:
        return None
    return out.raw


def bucket(x):
    if x <= 256:
        return 256
    e = x.bit_length() - 1
    s = e.bit_length()  # floor(log2(e)) + 1
    mask = (1 << (e - s)) - 1
    return (x + mask) & ~mask


def open_record(blob, data_key, vault_id):
    """Record blob version 1; AD = "KSRC" 00 01 || vault id || record id. None if it does not open."""
    assert len(blob) >= 46 and blob[0:6] == b"KSRC\x00\x01"
    # doc: "Record blob" says the vault id is "header bytes 6..22", which holds only for a
    # version-1 header; in a version-2 header those bytes are slot 0's KDF id, m, t, p and
    # salt, and the vault id is the one in the opened slot's payload (bytes 32..48).
    ad = b"KSRC\x00\x01" + vault_id + record_id
    assert len(ad) == 38
    padded = xchacha_open(data_key, blob[6:30], ad, blob[30:])
    if padded is None:
        return None
    assert len(padded) >= 4
    length = int.from_bytes(padded[:4], "big")
    assert 4 + length <= len(padded) == bucket(4 + length), "padding length"
    assert not any(padded[4 + length:]), "padding bytes are zero"
    assert len(blob) == 6 + 24 + bucket(4 + length) + 16
    return padded[4:4 + length].decode("utf-8")


# "Opening a version-2 header", checks 1-6 (before any Argon2 run).
assert header[0:4] == b"KSVH", "magic"
assert header[4:6] == b"\x00\x02", "version"
assert len(header) == 400 == 6 + 2 * SLOT_LEN + 32, "length"
checksum = blake2b_256(header[:368])
assert checksum == header[368:400], "checksum"
assert checksum == hashlib.blake2b(header[:368], digest_size=32).digest()

slots = []
for i, s in enumerate(SLOT_OFFSETS):
    slot = header[s:s + SLOT_LEN]
    assert slot[0] == 1, f"slot {i}: KDF algorithm"
    m, t, p = (int.from_bytes(slot[o:o + 4], "big") for o in (1, 5, 9))
    assert 8192 <= m <= 262144 and 1 <= t <= 20 and 1 <= p <= 4 and m * t <= 786432, \
        f"slot {i}: parameters outside the caps"
    slots.append({
        "index": i, "m": m, "t": t, "p": p,
        "salt": slot[13:29], "nonce": slot[29:53], "public": slot[53:85], "wrapped": slot[85:181],
        # Associated data of slot i's wrap (92 bytes) = KSVH || 00 02 || i || slot bytes 0..85.
        "ad": b"KSVH\x00\x02" + bytes([i]) + slot[0:85],
    })
    assert len(slots[-1]["ad"]) == 92

# Check 7, for each passphrase: slot 0 and then slot 1, always both.
opened = {}
for name, passphrase, vault_id_hex, _, _ in vaults:
    pw = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    opens = []
    for slot in slots:
        kek = argon2id(pw, slot["salt"], slot["m"], slot["t"], slot["p"])
        payload = xchacha_open(kek, slot["nonce"], slot["ad"], slot["wrapped"])
        if payload is not None:
            opens.append((slot, payload))
    # Passphrase A (and B) opens exactly one slot.
    assert len(opens) == 1, f"passphrase {name} opens {len(opens)} slots"
    slot, payload = opens[0]
    assert len(payload) == 80
    data_key, vault_id, attempt_secret = payload[0:32], payload[32:48], payload[48:80]
    assert vault_id.hex() == vault_id_hex, f"vault {name}: vault id"
    # The attempt secret's X25519 public key is the one at slot offset 53.
    assert scalarmult_base(attempt_secret) == slot["public"], f"vault {name}: attempt public key"
    opened[name] = {"slot": slot, "data_key": data_key, "vault_id": vault_id, "secret": attempt_secret}
assert opened["A"]["slot"]["index"] != opened["B"]["slot"]["index"], "the two vaults share a slot"

# Each vault's record, under its own data key and vault id; and not under the other vault's.
for name, _, _, blob_hex, record_json in vaults:
    other = "B" if name == "A" else "A"
    blob = bytes.fromhex(blob_hex)
    own = opened[name]
    content = open_record(blob, own["data_key"], own["vault_id"])
    assert content == record_json, content
    assert json.loads(content) == json.loads(record_json)
    theirs = opened[other]
    assert open_record(blob, theirs["data_key"], theirs["vault_id"]) is None, \
        f"record {name} opens under vault {other}"
    assert open_record(blob, theirs["data_key"], own["vault_id"]) is None
    assert open_record(blob, own["data_key"], theirs["vault_id"]) is None

# The failed-attempt log: 112-byte entries, each a 56-byte sealed box of T for slot 0 then slot 1.
assert len(log) % 112 == 0 and len(log) // 112 == len(vector["failedAttemptTimes"])
entries = [log[k:k + 112] for k in range(0, len(log), 112)]
for name in ("A", "B"):
    own = opened[name]
    i = own["slot"]["index"]
    times = []
    for entry in entries:
        box = entry[56 * i:56 * (i + 1)]
        plain = seal_open(box, own["slot"]["public"], own["secret"])
        assert plain is not None and len(plain) == 8, f"vault {name}: log entry"
        times.append(int.from_bytes(plain, "big"))
        # The other slot's box is not this vault's.
        assert seal_open(entry[56 * (1 - i):56 * (2 - i)], own["slot"]["public"], own["secret"]) is None
        # doc: the sealed box is ephemeral public key (32) || Poly1305 tag (16) || XSalsa20
        # ciphertext (8), as crypto_box_easy lays it out (tag first), not ciphertext then tag.
        shared = ctypes.create_string_buffer(32)
        assert sodium.crypto_box_beforenm(shared, box[:32], own["secret"]) == 0
        nonce = hashlib.blake2b(box[:32] + own["slot"]["public"], digest_size=24).digest()
        inner = ctypes.create_string_buffer(8)
        assert sodium.crypto_secretbox_open_easy(inner, box[32:], ctypes.c_ulonglong(24), nonce,
                                                 shared.raw) == 0 and inner.raw == plain
    assert times == vector["failedAttemptTimes"], f"vault {name}: {times}"

version = sodium.sodium_version_string().decode()
a, b = opened["A"]["slot"]["index"], opened["B"]["slot"]["index"]
print(f"opened the v2 header with libsodium {version}: passphrase A -> slot {a} only, "
      f"passphrase B -> slot {b} only")
for name, _, _, _, record_json in vaults:
    print(f"  vault {name} ({opened[name]['vault_id'].hex()}): record {record_json}")
print(f"  failed-attempt log: {len(entries)} entries, times {vector['failedAttemptTimes']} for both vaults;"
      " records do not open under the other vault's key")
