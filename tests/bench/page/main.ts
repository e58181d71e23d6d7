// The benchmark page: our WASM core beside libsodium.js and hash-wasm on the same
// inputs, alternating, plus the real crypto worker for unlock-to-list, saves and backups. Driven by
// bench.spec.ts through `window.kintsugiBench`; it reports times, never judges them.
// The sumo build: libsodium.js's standard build no longer has crypto_pwhash (Argon2id).
import sodium from 'libsodium-wrappers-sumo';
import { argon2id } from 'hash-wasm';
import initCore, * as core from '../../../web/src/wasm/pkg/kintsugi_wasm.js';
import coreUrl from '../../../web/src/wasm/pkg/kintsugi_wasm_bg.wasm?url';
// The core built with the `bench` feature (raw XChaCha20-Poly1305 exports), without and with
// +simd128: make bench builds them into tests/bench/pkg and pkg-simd. Loaded by URL so that the
// type check does not need them built.
import rawJsUrl from '../pkg/kintsugi_wasm.js?url';
import rawUrl from '../pkg/kintsugi_wasm_bg.wasm?url';
import simdJsUrl from '../pkg-simd/kintsugi_wasm.js?url';
import simdUrl from '../pkg-simd/kintsugi_wasm_bg.wasm?url';
import { vaultApi } from '../../../web/src/worker/client';
import {
  ARGON2,
  CONTACT_LOGS,
  ENTRIES,
  MIB,
  PASSPHRASE,
  RECORD_BYTES,
  RECORDS,
  contactLogJson,
  entryJson,
  entryText,
  pattern,
} from '../inputs';
import type { BackupProgress } from '../../../web/src/features/backup/shared/api';
import { countEntries, createVault, exportBackup, openContactLog, restoreIntoNewVault, saveEntry, unlockToList } from './adapter';

/** Milliseconds per round, by implementation. */
export type Samples = Record<string, number[]>;

export interface CryptoResults {
  /** Benchmark name -> implementation -> ms per round. */
  samples: Record<string, Samples>;
  /** Our output equals libsodium's byte for byte (sealed records; Argon2id libsodium = hash-wasm). */
  sameBytes: { aead: boolean; argon2: boolean };
  simd: boolean;
  /** The sealed manifest of a vault of 10,000 journal records, in bytes (what every save re-opens and re-seals). */
  manifestBytes: number;
}

/** What the page uses of a `bench` build (crates/wasm/src/bench.rs, and unlockVault). */
interface RawCore {
  default(options: { module_or_path: string }): Promise<unknown>;
  unlockVault(header: Uint8Array, passphrase: string): { free(): void };
  benchSeal(key: Uint8Array, nonce: Uint8Array, ad: Uint8Array, plaintext: Uint8Array): Uint8Array;
  benchOpen(key: Uint8Array, nonce: Uint8Array, ad: Uint8Array, sealed: Uint8Array): Uint8Array;
  benchOpenBatch(key: Uint8Array, nonces: Uint8Array, ad: Uint8Array, sealed: Uint8Array, sealedLen: number): Uint8Array;
  BenchCipher: new (key: Uint8Array, ad: Uint8Array) => { open(nonce: Uint8Array, sealed: Uint8Array): Uint8Array; free(): void };
}

async function loadRaw(jsUrl: string, wasmUrl: string): Promise<RawCore> {
  const module = (await import(/* @vite-ignore */ jsUrl)) as RawCore;
  await module.default({ module_or_path: wasmUrl });
  return module;
}

let raw: RawCore;
let simd: RawCore;
let loaded: Promise<void> | undefined;
function load(): Promise<void> {
  loaded ??= (async () => {
    await Promise.all([initCore({ module_or_path: coreUrl }), sodium.ready]);
    raw = await loadRaw(rawJsUrl, rawUrl);
    simd = await loadRaw(simdJsUrl, simdUrl);
  })();
  return loaded;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function add(samples: Record<string, Samples>, bench: string, impl: string, ms: number): void {
  samples[bench] ??= {};
  const byImpl = samples[bench];
  byImpl[impl] ??= [];
  byImpl[impl].push(ms);
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Does this Chromium validate a module using a SIMD instruction? (v128.const; drop) */
function simdSupported(): boolean {
  // type () -> (); one function; body: no locals, v128.const 0, drop, end.
  const body = [0, 0xfd, 0x0c, ...new Array<number>(16).fill(0), 0x1a, 0x0b];
  const module = new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    1,
    0,
    0,
    0,
    1,
    4,
    1,
    0x60,
    0,
    0,
    3,
    2,
    1,
    0,
    10,
    body.length + 2,
    1,
    body.length,
    ...body,
  ]);
  return WebAssembly.validate(module);
}

/** Argon2id at our defaults: ours (unlocking a vault header), libsodium.js, hash-wasm; order rotates each round. */
async function argon2(rounds: number, samples: Record<string, Samples>): Promise<boolean> {
  const vault = core.createVault(PASSPHRASE);
  const header = vault.headerBytes();
  vault.free();
  const salt = header.slice(35, 51); // docs/vault-format.md: the salt is bytes 35..51
  const impls: [string, () => Promise<unknown>][] = [
    ['ours', async () => core.unlockVault(header, PASSPHRASE).free()],
    ['ours_simd', async () => simd.unlockVault(header, PASSPHRASE).free()],
    [
      'libsodium',
      async () =>
        sodium.crypto_pwhash(32, PASSPHRASE, salt, ARGON2.iterations, ARGON2.memoryKib * 1024, sodium.crypto_pwhash_ALG_ARGON2ID13),
    ],
    [
      'hashwasm',
      () =>
        argon2id({
          password: PASSPHRASE,
          salt,
          parallelism: ARGON2.parallelism,
          iterations: ARGON2.iterations,
          memorySize: ARGON2.memoryKib,
          hashLength: 32,
          outputType: 'binary',
        }),
    ],
  ];
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < impls.length; k++) {
      const [name, run] = impls[(round + k) % impls.length]!;
      add(samples, 'argon2id', name, await timeAsync(run));
    }
  }
  const fromSodium = sodium.crypto_pwhash(
    32,
    PASSPHRASE,
    salt,
    ARGON2.iterations,
    ARGON2.memoryKib * 1024,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  const fromHashWasm = await argon2id({
    password: PASSPHRASE,
    salt,
    parallelism: 1,
    iterations: ARGON2.iterations,
    memorySize: ARGON2.memoryKib,
    hashLength: 32,
    outputType: 'binary',
  });
  return equal(fromSodium, fromHashWasm);
}

/** XChaCha20-Poly1305: 10,000 x 1 KiB and 1 MiB, seal and open; ours and libsodium.js alternate. */
function aead(rounds: number, samples: Record<string, Samples>): boolean {
  const key = pattern(32, 3);
  const ad = pattern(32, 4);
  const plains = Array.from({ length: RECORDS }, (_, i) => pattern(RECORD_BYTES, i));
  const nonces = Array.from({ length: RECORDS }, (_, i) => pattern(24, i + 11));
  const sealed = plains.map((p, i) => raw.benchSeal(key, nonces[i]!, ad, p));
  const sealedLen = RECORD_BYTES + 16;
  const sealedConcat = new Uint8Array(RECORDS * sealedLen);
  for (const [i, s] of sealed.entries()) sealedConcat.set(s, i * sealedLen);
  const noncesConcat = new Uint8Array(RECORDS * 24);
  for (const [i, n] of nonces.entries()) noncesConcat.set(n, i * 24);
  const big = pattern(MIB, 5);
  const bigNonce = pattern(24, 6);
  const bigSealed = raw.benchSeal(key, bigNonce, ad, big);
  const BIG_REPEAT = 8;
  const cipher = new raw.BenchCipher(key, ad);

  // A real vault's records (JSON, padding, record-bound associated data): the app's open path.
  const vault = core.createVaultWithParams(PASSPHRASE, 8 * 1024, 1, 1);
  const ids = Array.from({ length: RECORDS }, () => core.newRecordId());
  const blobs = ids.map((id, i) => vault.sealRecord(id, entryJson(i)));

  const sameBytes =
    sealed.every(
      (s, i) => i % 997 !== 0 || equal(s, sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plains[i]!, ad, null, nonces[i]!, key)),
    ) && equal(bigSealed, sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(big, ad, null, bigNonce, key));

  const ours: Record<string, () => void> = {
    seal_10000x1KiB: () => {
      for (const [i, p] of plains.entries()) raw.benchSeal(key, nonces[i]!, ad, p);
    },
    open_10000x1KiB: () => {
      for (const [i, s] of sealed.entries()) raw.benchOpen(key, nonces[i]!, ad, s);
    },
    seal_1MiB: () => {
      for (let r = 0; r < BIG_REPEAT; r++) raw.benchSeal(key, bigNonce, ad, big);
    },
    open_1MiB: () => {
      for (let r = 0; r < BIG_REPEAT; r++) raw.benchOpen(key, bigNonce, ad, bigSealed);
    },
  };
  const libsodium: Record<string, () => void> = {
    seal_10000x1KiB: () => {
      for (const [i, p] of plains.entries()) sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(p, ad, null, nonces[i]!, key);
    },
    open_10000x1KiB: () => {
      for (const [i, s] of sealed.entries()) sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, s, ad, nonces[i]!, key);
    },
    seal_1MiB: () => {
      for (let r = 0; r < BIG_REPEAT; r++) sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(big, ad, null, bigNonce, key);
    },
    open_1MiB: () => {
      for (let r = 0; r < BIG_REPEAT; r++) sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, bigSealed, ad, bigNonce, key);
    },
  };
  for (let round = 0; round < rounds; round++) {
    for (const bench of Object.keys(ours)) {
      const pair: [string, () => void][] = [
        ['ours', ours[bench]!],
        ['libsodium', libsodium[bench]!],
      ];
      if (round % 2 === 1) pair.reverse();
      for (const [name, run] of pair) {
        const ms = time(run);
        add(samples, bench, name, bench.endsWith('1MiB') ? ms / BIG_REPEAT : ms);
      }
    }
    // Improvements and the app's own path, ours only.
    add(
      samples,
      'open_10000x1KiB',
      'ours_batch',
      time(() => raw.benchOpenBatch(key, noncesConcat, ad, sealedConcat, sealedLen)),
    );
    add(
      samples,
      'open_10000x1KiB',
      'ours_keyed',
      time(() => {
        for (const [i, s] of sealed.entries()) cipher.open(nonces[i]!, s);
      }),
    );
    add(
      samples,
      'open_10000x1KiB',
      'ours_simd',
      time(() => {
        for (const [i, s] of sealed.entries()) simd.benchOpen(key, nonces[i]!, ad, s);
      }),
    );
    add(
      samples,
      'open_10000x1KiB',
      'ours_simd_batch',
      time(() => simd.benchOpenBatch(key, noncesConcat, ad, sealedConcat, sealedLen)),
    );
    add(
      samples,
      'open_1MiB',
      'ours_simd',
      time(() => simd.benchOpen(key, bigNonce, ad, bigSealed)),
    );
    add(
      samples,
      'open_10000_records',
      'ours',
      time(() => {
        for (const [i, b] of blobs.entries()) vault.openRecord(ids[i]!, b);
      }),
    );
  }
  vault.free();
  cipher.free();
  return sameBytes;
}

/**
 * The manifest's share of a save and of an unlock, in the core alone (this page's main thread, no
 * IndexedDB, no worker): the manifest of a vault of 10,000 journal records is opened, one
 * just-sealed record listed (opened once more to learn its kind, and hashed) and the manifest sealed
 * again, as every save's transaction does (web/src/worker/service.manifest.ts, `watchManifest`);
 * and the check after an unlock sees every record (hashes it; a listed record whose hash matches is
 * not opened). Returns the sealed manifest's size in bytes.
 */
function manifestCosts(rounds: number, samples: Record<string, Samples>): number {
  const vault = core.createVaultWithParams(PASSPHRASE, 8 * 1024, 1, 1);
  const ids = Array.from({ length: RECORDS }, () => core.newRecordId());
  const blobs = ids.map((id, i) => vault.sealRecord(id, entryJson(i)));
  const listed = new core.Manifest();
  for (const [i, blob] of blobs.entries()) listed.list(vault, ids[i]!, blob);
  const sealed = listed.seal(vault);
  listed.free();
  const newId = core.newRecordId();
  const newBlob = vault.sealRecord(newId, entryJson(RECORDS));
  // Each is repeated within a round (and divided): one list is microseconds, below the clock's 0.1 ms.
  const REPEAT = 8;
  const LIST_REPEAT = 200;
  for (let round = 0; round < rounds; round++) {
    const opened: core.Manifest[] = [];
    add(
      samples,
      'manifest_open',
      'ours',
      time(() => {
        for (let r = 0; r < REPEAT; r++) opened.push(core.Manifest.open(vault, sealed));
      }) / REPEAT,
    );
    const manifest = opened[0]!;
    add(
      samples,
      'manifest_list_one',
      'ours',
      time(() => {
        for (let r = 0; r < LIST_REPEAT; r++) manifest.list(vault, newId, newBlob);
      }) / LIST_REPEAT,
    );
    add(
      samples,
      'manifest_seal',
      'ours',
      time(() => {
        for (let r = 0; r < REPEAT; r++) manifest.seal(vault);
      }) / REPEAT,
    );
    for (const m of opened) m.free();
    add(
      samples,
      'manifest_check',
      'ours',
      time(() => {
        const stored = core.Manifest.open(vault, sealed);
        const check = stored.check(vault);
        stored.free();
        for (const [i, blob] of blobs.entries()) check.see(vault, ids[i]!, blob);
        check.finish().free();
      }),
    );
  }
  vault.free();
  return sealed.length;
}

/** The prepared backup, as a Blob: what the app's restore receives from the file picker. */
let backupFile: Blob | undefined;

const bench = {
  async crypto(rounds: number): Promise<CryptoResults> {
    await load();
    const samples: Record<string, Samples> = {};
    const argon2Same = await argon2(rounds, samples);
    const aeadSame = aead(rounds, samples);
    const manifestBytes = manifestCosts(rounds, samples);
    return { samples, sameBytes: { aead: aeadSame, argon2: argon2Same }, simd: simdSupported(), manifestBytes };
  },

  /** Builds a backup of ENTRIES journal entries and CONTACT_LOGS contact-log records with the core's writer (untimed seeding). */
  async prepareBackup(): Promise<number> {
    await load();
    const writer = new core.BackupWriter(PASSPHRASE, Date.now());
    const parts: Uint8Array<ArrayBuffer>[] = [];
    for (let i = 0; i < ENTRIES; i++) parts.push(writer.push(core.newRecordId(), entryJson(i)) as Uint8Array<ArrayBuffer>);
    for (let i = 0; i < CONTACT_LOGS; i++) parts.push(writer.push(core.newRecordId(), contactLogJson(i)) as Uint8Array<ArrayBuffer>);
    parts.push(writer.finish() as Uint8Array<ArrayBuffer>);
    backupFile = new Blob(parts);
    return backupFile.size;
  },

  /**
   * Loads the worker's core and runs one Argon2id in it (a restore with a wrong passphrase, which
   * stores nothing), so the timed import starts with the worker as it is after any unlock.
   */
  async warmWorker(): Promise<void> {
    if (!backupFile) throw new Error('prepareBackup first');
    try {
      await restoreIntoNewVault(vaultApi(), backupFile, `${PASSPHRASE} (wrong)`, () => {});
    } catch {
      // expected: wrong passphrase
    }
  },

  /** Import of the prepared backup into a fresh install through the real worker. */
  async importRun(): Promise<PhasedRun & { added: number }> {
    if (!backupFile) throw new Error('prepareBackup first');
    const file = backupFile;
    let added = 0;
    const phases = phaseClock();
    const ms = await timeAsync(async () => {
      added = await restoreIntoNewVault(vaultApi(), file, PASSPHRASE, phases.onProgress);
    });
    return { ms, phases: phases.done(), added };
  },

  /**
   * Lock, then unlock to the journal list, timed as a whole; `unlockMs` is the unlock alone and
   * `checkMs` the integrity check after it (from the unlock's answer to integrityNotice's), which
   * reads every record before the list's first query may start.
   */
  async unlockToList(): Promise<{ ms: number; unlockMs: number; checkMs: number; count: number; clean: boolean }> {
    const api = vaultApi();
    await api.lock();
    let count = 0;
    let unlockMs = 0;
    let checkMs = 0;
    let clean = false;
    const start = performance.now();
    const ms = await timeAsync(async () => {
      count = await unlockToList(
        api,
        PASSPHRASE,
        () => {
          unlockMs = performance.now() - start;
        },
        (seen) => {
          checkMs = performance.now() - start - unlockMs;
          clean = seen.clean;
        },
      );
    });
    return { ms, unlockMs, checkMs, count, clean };
  },

  /** A new vault on this fresh install (untimed; Argon2id sized to the device), locked again: the save benchmark's almost empty vault. */
  async createEmptyVault(): Promise<void> {
    const api = vaultApi();
    await createVault(api, PASSPHRASE);
    await api.lock();
  },

  /**
   * New entries saved one at a time, each timed: `saveEntry({ text })` with 1 KiB of text, as the
   * journal editor's Save. The vault is locked and unlocked to its journal list first (untimed), so
   * the check after unlock is over and the journal index is built, as when a person writes. Returns
   * each save's time and how many entries the journal index held before and after.
   */
  async saveRun(count: number): Promise<{ ms: number[]; before: number; after: number }> {
    const api = vaultApi();
    await api.lock();
    const before = await unlockToList(api, PASSPHRASE, () => {});
    const ms: number[] = [];
    for (let i = 0; i < count; i++) {
      const text = entryText(ENTRIES + i);
      ms.push(await timeAsync(() => saveEntry(api, text)));
    }
    return { ms, before, after: await countEntries(api) };
  },

  /**
   * Opening the contact log, timed alone: `afterList` once the journal list was shown (as a person
   * reaches it from the journal), `first` as the first call after an unlock.
   */
  async contactLogRun(afterList: boolean): Promise<{ ms: number; count: number }> {
    const api = vaultApi();
    await api.lock();
    if (afterList) await unlockToList(api, PASSPHRASE, () => {});
    else await api.unlock(PASSPHRASE);
    let count = 0;
    const ms = await timeAsync(async () => {
      count = await openContactLog(api);
    });
    return { ms, count };
  },

  async exportRun(): Promise<PhasedRun & { size: number; recordCount: number }> {
    let result = { size: 0, recordCount: 0 };
    const phases = phaseClock();
    const ms = await timeAsync(async () => {
      result = await exportBackup(vaultApi(), PASSPHRASE, phases.onProgress);
    });
    return { ms, phases: phases.done(), ...result };
  },
};

interface PhasedRun {
  ms: number;
  /** Milliseconds spent in each progress phase ('key' is Argon2id), as the page saw the reports. */
  phases: Record<string, number>;
}

/** Times the progress phases from the reports: a phase lasts from its first report to the next phase's. */
function phaseClock(): { onProgress: (progress: BackupProgress) => void; done: () => Record<string, number> } {
  const start = performance.now();
  const firstSeen: [string, number][] = [];
  return {
    onProgress: (progress) => {
      if (firstSeen.at(-1)?.[0] !== progress.phase) firstSeen.push([progress.phase, performance.now()]);
    },
    done: () => {
      const end = performance.now();
      const out: Record<string, number> = {};
      firstSeen.forEach(([phase, at], i) => {
        out[phase] = (out[phase] ?? 0) + (firstSeen[i + 1]?.[1] ?? end) - at;
      });
      if (firstSeen[0]) out['before first report'] = firstSeen[0][1] - start;
      return out;
    },
  };
}

export type KintsugiBench = typeof bench;
declare global {
  interface Window {
    kintsugiBench: KintsugiBench;
  }
}
window.kintsugiBench = bench;
