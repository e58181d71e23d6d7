#!/usr/bin/env python3
"""Re-checks an incident log's hash chain from docs/incident-log.md alone (Python's hashlib).

    python3 verify_incident_chain.py LOG.json      # a JSON array of incident records
    python3 verify_incident_chain.py --make-vector # writes vectors/incident-chain-v1.json

Prints each entry's place, hash and whether it matches; exits 1 if anything does not.
Independent of the Rust code on purpose: the frozen vector was made with this script.
"""
import hashlib
import json
import struct
import sys

DOMAIN = b"kintsugi-incident-v1"
ZERO = "0" * 64
TEXTS = ["place", "whatHappened", "injuries", "witnesses", "evidence", "reportNumbers", "howIFelt", "after"]


def canonical(v):
    out = bytearray(DOMAIN)
    out += bytes.fromhex(v["prevHash"])
    if v.get("supersedes") is None:
        out += b"\x00"
    else:
        out += b"\x01" + bytes.fromhex(v["supersedes"])
    out += struct.pack("<QQ", v["createdAt"], v["occurredAt"])
    for name in TEXTS:
        data = v.get(name, "").encode("utf-8")
        out += struct.pack("<Q", len(data)) + data
    return bytes(out)


def digest(v):
    return hashlib.blake2b(canonical(v), digest_size=32).hexdigest()


def verify(log):
    ok = True
    by_seq = {}
    for v in log:
        by_seq.setdefault(v["seq"], []).append(v)
    for seq in range(max(by_seq, default=-1) + 1):
        entries = by_seq.get(seq, [])
        if len(entries) != 1:
            print(f"place {seq}: {len(entries)} entries")
            ok = False
        for v in entries:
            good = digest(v) == v["hash"]
            prev = [p["hash"] for p in by_seq.get(seq - 1, [])] if seq else [ZERO]
            linked = v["prevHash"] in prev
            print(f"entry {seq + 1}: {v['hash']} {'ok' if good and linked else 'DOES NOT MATCH'}")
            ok = ok and good and linked
    return ok


def make_vector():
    drafts = [
        dict(occurredAt=1764000000000, place="Kitchen", whatHappened="He shouted \"you're useless\" and threw a cup.",
             injuries="", witnesses="Neighbour (Sam)", evidence="Photo of the broken cup, on my work phone",
             reportNumbers="", howIFelt="Scared, shaking", after="I went to my sister's."),
        dict(occurredAt=1764086400000, place="Car park, Café Ümlaut", whatHappened="Grabbed my arm.",
             injuries="Bruise, left arm", witnesses="", evidence="", reportNumbers="Ref 2026/1234",
             howIFelt="Numb", after=""),
    ]
    log = []
    for i, d in enumerate(drafts):
        v = dict(kind="incident", **d, seq=i, prevHash=log[-1]["hash"] if log else ZERO, hash="",
                 createdAt=1764100000000 + i)
        v["hash"] = digest(v)
        log.append(v)
    edit = dict(log[1], injuries="Bruise, left arm; sore wrist", seq=2, prevHash=log[-1]["hash"],
                supersedes=log[1]["hash"], createdAt=1764200000000, hash="")
    edit["hash"] = digest(edit)
    log.append(edit)
    vector = {
        "note": "Made by verify_incident_chain.py from docs/incident-log.md; never change it.",
        "records": log,
        "canonicalBytesOfFirst": canonical(log[0]).hex(),
        "hashes": [v["hash"] for v in log],
    }
    with open(__file__.rsplit("/", 1)[0] + "/vectors/incident-chain-v1.json", "w", encoding="utf-8") as f:
        json.dump(vector, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["--make-vector"]:
        make_vector()
    else:
        with open(sys.argv[1], encoding="utf-8") as f:
            sys.exit(0 if verify(json.load(f)) else 1)
