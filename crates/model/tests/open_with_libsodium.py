#!/usr/bin/env python3
"""Opens the frozen v1 vector with libsodium alone, following docs/vault-format.md.

Independent of the Rust code: only ctypes and the system libsodium (libsodium23).
Not part of `cargo test`; run by hand: python3 crates/model/tests/open_with_libsodium.py
"""
import ctypes
import ctypes.util
import hashlib
import json
import pathlib
import unicodedata

sodium = ctypes.CDLL(ctypes.util.find_library("sodium") or "libsodium.so.23")
assert sodium.sodium_init() >= 0

vector = json.loads((pathlib.Path(__file__).parent / "vectors" / "frozen-v1.json").read_text())
header = bytes.fromhex(vector["header"])
blob = bytes.fromhex(vector["record"])
record_id = bytes.fromhex(vector["recordId"])
passphrase = unicodedata.normalize("NFC", vector["passphrase"]).encode("utf-8")

# Header checks 1-6.
assert len(header) == 155 and header[0:4] == b"KSVH" and header[4:6] == b"\x00\x01"
checksum = ctypes.create_string_buffer(32)
sodium.crypto_generichash(checksum, ctypes.c_size_t(32), header[:123],
                          ctypes.c_ulonglong(123), None, ctypes.c_size_t(0))
assert checksum.raw == header[123:155], "checksum"
assert checksum.raw == hashlib.blake2b(header[:123], digest_size=32).digest()
assert header[22] == 1
m, t, p = (int.from_bytes(header[o:o + 4], "big") for o in (23, 27, 31))
assert p == 1, "libsodium's crypto_pwhash uses one lane"

# Step 7: KEK, then unwrap the data key (AD = header[0:75], nonce = header[51:75]).
kek = ctypes.create_string_buffer(32)
ALG_ARGON2ID13 = 2
assert sodium.crypto_pwhash(kek, ctypes.c_ulonglong(32), passphrase, ctypes.c_ulonglong(len(passphrase)),
                            header[35:51], ctypes.c_ulonglong(t), ctypes.c_size_t(m * 1024),
                            ctypes.c_int(ALG_ARGON2ID13)) == 0
data_key = ctypes.create_string_buffer(32)
data_key_len = ctypes.c_ulonglong(0)
assert sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    data_key, ctypes.byref(data_key_len), None, header[75:123], ctypes.c_ulonglong(48),
    header[0:75], ctypes.c_ulonglong(75), header[51:75], kek.raw) == 0, "wrong passphrase"
assert data_key_len.value == 32

# Record: AD = "KSRC" 00 01 || vault id || record id; nonce = blob[6:30].
assert blob[0:6] == b"KSRC\x00\x01"
ad = b"KSRC\x00\x01" + header[6:22] + record_id
padded = ctypes.create_string_buffer(len(blob))
padded_len = ctypes.c_ulonglong(0)
assert sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    padded, ctypes.byref(padded_len), None, blob[30:], ctypes.c_ulonglong(len(blob) - 30),
    ad, ctypes.c_ulonglong(len(ad)), blob[6:30], data_key.raw) == 0, "corrupt"
plain = padded.raw[:padded_len.value]


def bucket(x):
    if x <= 256:
        return 256
    e = x.bit_length() - 1
    s = e.bit_length()  # floor(log2(e)) + 1
    mask = (1 << (e - s)) - 1
    return (x + mask) & ~mask


length = int.from_bytes(plain[:4], "big")
assert len(plain) == bucket(4 + length) and not any(plain[4 + length:])
content = plain[4:4 + length].decode("utf-8")
assert content == vector["recordJson"], content
print("opened with libsodium:", content)
