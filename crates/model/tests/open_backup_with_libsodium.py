#!/usr/bin/env python3
"""Opens the frozen v1 backup with libsodium alone, following docs/backup-format.md.

Independent of the Rust code: only ctypes and the system libsodium (libsodium23).
Not part of `cargo test`; run by hand: python3 crates/model/tests/open_backup_with_libsodium.py
"""
import ctypes
import ctypes.util
import json
import pathlib
import unicodedata

sodium = ctypes.CDLL(ctypes.util.find_library("sodium") or "libsodium.so.23")
assert sodium.sodium_init() >= 0

here = pathlib.Path(__file__).parent / "vectors"
expected = json.loads((here / "frozen-backup-v1.json").read_text())
data = (here / "frozen-backup-v1.kbak").read_bytes()
passphrase = unicodedata.normalize("NFC", expected["passphrase"]).encode("utf-8")


def blake2b_256(message):
    out = ctypes.create_string_buffer(32)
    sodium.crypto_generichash(out, ctypes.c_size_t(32), message, ctypes.c_ulonglong(len(message)),
                              None, ctypes.c_size_t(0))
    return out.raw


def xchacha_open(key, nonce, ad, sealed):
    out = ctypes.create_string_buffer(len(sealed))
    out_len = ctypes.c_ulonglong(0)
    ok = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        out, ctypes.byref(out_len), None, sealed, ctypes.c_ulonglong(len(sealed)),
        ad, ctypes.c_ulonglong(len(ad)), nonce, key) == 0
    return out.raw[:out_len.value] if ok else None


# Header checks 1-6.
header = data[:139]
assert header[0:4] == b"KSBK", "not a backup"
assert header[4:6] == b"\x00\x01", "newer version"
assert len(header) == 139, "truncated"
assert blake2b_256(header[:107]) == header[107:139], "damaged"
assert header[6] == 1
m, t, p = (int.from_bytes(header[o:o + 4], "big") for o in (7, 11, 15))
assert 8192 <= m <= 262144 and 1 <= t <= 20 and m * t <= 786432 and p == 1, "libsodium's crypto_pwhash uses one lane"

# Step 7: KEK, then unwrap the file key (AD = header[0:59], nonce = header[35:59]).
kek = ctypes.create_string_buffer(32)
ALG_ARGON2ID13 = 2
assert sodium.crypto_pwhash(kek, ctypes.c_ulonglong(32), passphrase, ctypes.c_ulonglong(len(passphrase)),
                            header[19:35], ctypes.c_ulonglong(t), ctypes.c_size_t(m * 1024),
                            ctypes.c_int(ALG_ARGON2ID13)) == 0
file_key = xchacha_open(kek.raw, header[35:59], header[0:59], header[59:107])
assert file_key is not None and len(file_key) == 32, "wrong passphrase"

# Steps 8-9 and 12: every chunk, nonce = index (8, big-endian) || final flag || 15 zeros.
header_hash = blake2b_256(header)
body = data[139:]
assert len(body) > 0 and len(body) % 65552 == 0, "truncated"
count = len(body) // 65552
payload = b""
for i in range(count):
    final = i + 1 == count
    nonce = i.to_bytes(8, "big") + bytes([final]) + bytes(15)
    plain = xchacha_open(file_key, nonce, header_hash, body[65552 * i:65552 * (i + 1)])
    assert plain is not None, f"chunk {i} damaged"
    assert len(plain) == 65536
    payload += plain

# Steps 10-11: the framing.
assert int.from_bytes(payload[0:8], "big") == expected["createdAtMs"]
at, records = 8, []
while payload[at] == 1:
    record_id = payload[at + 1:at + 17].hex()
    length = int.from_bytes(payload[at + 17:at + 21], "big")
    records.append((record_id, json.loads(payload[at + 21:at + 21 + length].decode("utf-8"))))
    at += 21 + length
assert payload[at] == 0, "damaged"
assert int.from_bytes(payload[at + 1:at + 9], "big") == len(records)
assert not any(payload[at + 9:]), "padding must be zero"
assert records == [(r["id"], r["record"]) for r in expected["records"]]
print(f"opened with libsodium: {len(records)} records in {count} chunks")
