//! Native benchmarks for `make bench`: the same work the browser benchmark
//! times in WebAssembly, so docs/benchmarks.md can show ours-in-the-browser / native.
//! Inputs match `tests/bench/inputs.ts`: 1 KiB plaintexts, 1 MiB, 10,000 journal entries
//! of 1 KiB text. Figures are read from `target/criterion/*/new/estimates.json` by the
//! report script; nothing here asserts a time.

// Bench set-up may fail loudly: it is not shipped code.
#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{
    BenchmarkGroup, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use kintsugi_model::RecordVault;
use kintsugi_model::{JournalEntry, KdfParams, Record, RecordId, Vault, read_backup, write_backup};
use kintsugi_vault::benchmarking::{xchacha20poly1305_open, xchacha20poly1305_seal};

const PASSPHRASE: &str = "gold fills the cracks";
const ENTRIES: usize = 10_000;
const KIB: usize = 1024;
const MIB: usize = 1024 * 1024;

/// Deterministic plaintext bytes (the same pattern as the browser bench).
fn pattern(len: usize, seed: usize) -> Vec<u8> {
    (0..len)
        .map(|i| ((i * 31 + seed * 7) % 251) as u8)
        .collect()
}

/// A journal entry whose text is 1 KiB of letters, as in the browser bench.
fn entry(i: usize) -> Record {
    let text: String = (0..KIB)
        .map(|j| char::from(b'a' + ((i + j) % 26) as u8))
        .collect();
    Record::Journal(JournalEntry {
        text,
        created_at: 1_764_100_000_000 + i as u64 * 60_000,
        updated_at: 1_764_100_000_000 + i as u64 * 60_000,
        ..JournalEntry::default()
    })
}

/// A group sized for this 2-core machine: `slow` work (an Argon2id each iteration) gets 10
/// flat samples, fast work 20 samples in 2 s.
fn group<'a>(c: &'a mut Criterion, name: &str, slow: bool) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    if slow {
        group
            .sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(4));
    } else {
        group
            .sample_size(20)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(2));
    }
    group
}

fn argon2id(c: &mut Criterion) {
    let mut group = group(c, "argon2id", true);
    let header = Vault::create(PASSPHRASE).unwrap().header_bytes().unwrap();
    // Unlocking is one Argon2id run at the defaults (64 MiB, 3 passes, 1 lane) plus
    // one 48-byte unwrap.
    group.bench_function("unlock_default", |b| {
        b.iter(|| Vault::unlock(black_box(&header), black_box(PASSPHRASE)).unwrap());
    });
    group.finish();
}

fn aead(c: &mut Criterion) {
    let key = [7u8; 32];
    let nonce = [9u8; 24];
    let ad = [1u8; 32];
    let mut group = group(c, "xchacha20poly1305", false);
    for (name, len) in [("1KiB", KIB), ("1MiB", MIB)] {
        let plain = pattern(len, 1);
        let sealed = xchacha20poly1305_seal(&key, &nonce, &ad, &plain).unwrap();
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(format!("seal_{name}"), |b| {
            b.iter(|| xchacha20poly1305_seal(&key, &nonce, &ad, black_box(&plain)).unwrap());
        });
        group.bench_function(format!("open_{name}"), |b| {
            b.iter(|| xchacha20poly1305_open(&key, &nonce, &ad, black_box(&sealed)).unwrap());
        });
    }
    group.finish();
}

fn records(c: &mut Criterion) {
    let cheap = KdfParams {
        memory_kib: KdfParams::MIN_MEMORY_KIB,
        iterations: 1,
        parallelism: 1,
    };
    let vault = Vault::create_with_params(PASSPHRASE, cheap).unwrap();
    let id = RecordId::random().unwrap();
    let json = entry(0).to_json();
    let blob = vault.seal_record_json(&id, &json).unwrap();
    let mut group = group(c, "record", false);
    group.throughput(Throughput::Bytes(json.len() as u64));
    group.bench_function("seal_1KiB", |b| {
        b.iter(|| vault.seal_record_json(&id, black_box(&json)).unwrap());
    });
    group.bench_function("open_1KiB", |b| {
        b.iter(|| vault.open_record_json(&id, black_box(&blob)).unwrap());
    });
    group.finish();
}

fn backup(c: &mut Criterion) {
    let records: Vec<(RecordId, Record)> = (0..ENTRIES)
        .map(|i| (RecordId::random().unwrap(), entry(i)))
        .collect();
    let file = write_backup(PASSPHRASE, KdfParams::DEFAULT, 1, &records).unwrap();
    let mut group = group(c, "backup", true);
    group.throughput(Throughput::Bytes(file.len() as u64));
    // Both include one Argon2id run at the defaults, as the app's export and import do.
    group.bench_function("write_10000", |b| {
        b.iter(|| write_backup(PASSPHRASE, KdfParams::DEFAULT, 1, black_box(&records)).unwrap());
    });
    group.bench_function("read_10000", |b| {
        b.iter(|| read_backup(black_box(&file), PASSPHRASE).unwrap());
    });
    group.finish();
}

criterion_group!(benches, argon2id, aead, records, backup);
criterion_main!(benches);
