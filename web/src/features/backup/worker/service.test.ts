// Export, restore and merge through the worker's VaultApi, against the real WASM core and a Map store.
// Every failure must leave the store byte-for-byte as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import init, * as wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { BackupProgress } from '../shared/api';
import type { VaultApi } from '../../../worker/api';
import { codeOf, MemoryStore } from '../../../worker/service.test-store';
import { createVaultService } from '../../../worker/service';
import { EXPORT_PAGE, READ_PIECE } from './service';

const PASS = 'correct horse battery staple';
const BACKUP_PASS = 'a different backup passphrase';
const loadCore = async () => wasm;
// Every test runs Argon2id (64 MiB) several times.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(async () => {
  await init({ module_or_path: readFileSync(join(import.meta.dirname, '../../../wasm/pkg/kintsugi_wasm_bg.wasm')) });
});

function snapshot(store: MemoryStore): string {
  const hex = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('hex') : '-');
  return [hex(store.header), ...[...store.sealed].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, b]) => `${id}:${hex(b)}`)].join('\n');
}

async function vaultWith(texts: string[]): Promise<{ api: VaultApi; store: MemoryStore }> {
  const store = new MemoryStore();
  const api = createVaultService(loadCore, store);
  await api.createVault(PASS);
  for (const text of texts) await api.saveEntry({ text });
  return { api, store };
}

async function bytesOf(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

const texts = async (api: VaultApi) => (await api.listEntries()).entries.map((e) => e.text).sort();

describe('backup export and restore', () => {
  it('exports every record and restores them into a fresh install, with progress', async () => {
    const { api } = await vaultWith(['one', 'two', 'three']);
    await api.saveContact({ name: 'Sam', number: '0123 456', note: '' });
    const seen: BackupProgress[] = [];
    const file = await api.exportBackup(BACKUP_PASS, false, (p) => seen.push(p));
    expect(file.recordCount).toBe(4);
    expect(file.skipped).toBe(0);
    expect(seen.some((p) => p.phase === 'records' && p.done === 4 && p.total === 4)).toBe(true);

    const fresh = new MemoryStore();
    const other = createVaultService(loadCore, fresh);
    const verifying: BackupProgress[] = [];
    expect(file.file).toBeInstanceOf(Blob);
    const counts = await other.restoreIntoNewVault(file.file, BACKUP_PASS, 'the new device passphrase', (p) => verifying.push(p));
    expect(counts).toMatchObject({ added: 4, updated: 0, copied: 0 });
    expect(verifying.at(-2)).toBeDefined();
    expect(verifying.some((p) => p.phase === 'verify' && p.done === file.file.size)).toBe(true);
    expect(await texts(other)).toEqual(['one', 'three', 'two']);
    expect((await other.listContacts()).map((c) => c.name)).toEqual(['Sam']);
    await other.lock();
    expect(await codeOf(other.unlock(BACKUP_PASS))).toBe('wrong-passphrase');
    await other.unlock('the new device passphrase');
    expect(await texts(other)).toEqual(['one', 'three', 'two']);
    // The restored device counts the file as its last backup.
    expect(await other.backupStatus()).toEqual({ lastBackupAt: expect.any(Number) });
  });

  it('remembers the last backup inside the vault, and keeps that record out of the file', async () => {
    const { api, store } = await vaultWith(['x']);
    expect(await api.backupStatus()).toEqual({ lastBackupAt: null });
    const startedAt = Date.now();
    const first = await api.exportBackup(BACKUP_PASS, false);
    const { lastBackupAt } = await api.backupStatus();
    expect(lastBackupAt).toBeGreaterThanOrEqual(startedAt);
    expect(store.sealed.size).toBe(2);
    // A second export updates the same record and still writes one record to the file.
    const second = await api.exportBackup(BACKUP_PASS, false);
    expect([first.recordCount, second.recordCount]).toEqual([1, 1]);
    expect(store.sealed.size).toBe(2);
    expect((await api.backupStatus()).lastBackupAt).toBeGreaterThanOrEqual(lastBackupAt ?? 0);
  });

  it('checks the vault passphrase when the backup uses it', async () => {
    const { api } = await vaultWith(['x']);
    expect(await codeOf(api.exportBackup('not the vault passphrase', true))).toBe('wrong-passphrase');
    const file = await api.exportBackup(PASS, true);
    const restored = createVaultService(loadCore, new MemoryStore());
    await restored.restoreIntoNewVault(file.file, PASS, PASS);
    expect(await texts(restored)).toEqual(['x']);
  });

  it('refuses bad files with their own code and writes nothing', async () => {
    const { api } = await vaultWith(['kept']);
    const file = await bytesOf((await api.exportBackup(BACKUP_PASS, false)).file);
    const flipped = file.slice();
    flipped[file.length - 100] = (flipped[file.length - 100] ?? 0) ^ 1;
    const cases: [Uint8Array, string, string][] = [
      [file, 'wrong passphrase here', 'wrong-passphrase'],
      [flipped, BACKUP_PASS, 'corrupt'],
      [file.subarray(0, file.length - 1), BACKUP_PASS, 'truncated'],
      [new TextEncoder().encode('just some notes, not a backup at all, long enough to be read as one'), BACKUP_PASS, 'not-a-backup'],
      // Asks Argon2 for 4 TiB: refused by the caps, before anything is allocated.
      [
        readFileSync(join(import.meta.dirname, '../../../../../crates/model/tests/vectors/too-expensive-v1.kbak')),
        BACKUP_PASS,
        'invalid-parameters',
      ],
    ];
    for (const [bytes, pass, code] of cases) {
      // Into the open vault (merge) ...
      const { api: target, store } = await vaultWith(['mine']);
      const before = snapshot(store);
      expect(await codeOf(target.mergeBackup(new Blob([new Uint8Array(bytes)]), pass)), code).toBe(code);
      expect(snapshot(store), code).toBe(before);
      // ... and on a fresh install: no vault is created.
      const empty = new MemoryStore();
      expect(
        await codeOf(createVaultService(loadCore, empty).restoreIntoNewVault(new Blob([new Uint8Array(bytes)]), pass, PASS)),
        code,
      ).toBe(code);
      expect(empty.header).toBeUndefined();
      expect(empty.records.size).toBe(0);
    }
  });

  it('merges by id and reports added, updated and copies', async () => {
    const { api, store } = await vaultWith(['shared', 'only here']);
    const shared = (await api.listEntries()).entries.find((e) => e.text === 'shared')!;
    const file = (await api.exportBackup(BACKUP_PASS, false)).file;
    // Restore that backup on a second device, edit there, add one, and back up again.
    const second = createVaultService(loadCore, new MemoryStore());
    await second.restoreIntoNewVault(file, BACKUP_PASS, PASS);
    await new Promise((r) => setTimeout(r, 5));
    await second.saveEntry({ id: shared.id, text: 'shared, edited later' });
    await second.saveEntry({ text: 'new on the second device' });
    const newer = (await second.exportBackup(BACKUP_PASS, false)).file;

    const counts = await api.mergeBackup(newer, BACKUP_PASS);
    expect(counts).toMatchObject({ added: 1, updated: 1, copied: 1, unchanged: 1 });
    expect(await texts(api)).toEqual(['new on the second device', 'only here', 'shared', 'shared, edited later']);
    const ids = (await api.listEntries()).entries.filter((e) => e.text === 'shared, edited later').map((e) => e.id);
    expect(ids).toEqual([shared.id]);
    // A second merge of the same file changes nothing.
    const before = snapshot(store);
    expect(await api.mergeBackup(newer, BACKUP_PASS)).toMatchObject({ added: 0, updated: 0, copied: 0, unchanged: 3 });
    expect(snapshot(store)).toBe(before);
  });

  it('leaves the vault as it was when the final write fails (quota)', async () => {
    const { api, store } = await vaultWith(['a']);
    const file = (await (await vaultWith(['b', 'c'])).api.exportBackup(BACKUP_PASS, false)).file;
    const before = snapshot(store);
    store.failAtomic = true;
    expect(await codeOf(api.mergeBackup(file, BACKUP_PASS))).toBe('storage');
    expect(snapshot(store)).toBe(before);
    const empty = new MemoryStore();
    empty.failAtomic = true;
    expect(await codeOf(createVaultService(loadCore, empty).restoreIntoNewVault(file, BACKUP_PASS, PASS))).toBe('storage');
    expect(empty.header).toBeUndefined();
  });

  it('needs an open vault to export or merge, and no vault to restore fresh', async () => {
    const { api } = await vaultWith([]);
    const file = (await api.exportBackup(BACKUP_PASS, false)).file;
    expect(await codeOf(api.restoreIntoNewVault(file, BACKUP_PASS, PASS))).toBe('vault-exists');
    await api.lock();
    expect(await codeOf(api.exportBackup(BACKUP_PASS, false))).toBe('locked');
    expect(await codeOf(api.mergeBackup(file, BACKUP_PASS))).toBe('locked');
  });
});

// Steady memory, checked by structure rather than by timing or measuring:
// storage is read a page at a time, the file a slice at a time, and every verified record is
// sealed before the next slice is read, so plaintext never piles up.

/** A Map store that refuses to hand out every record at once (when `pagedOnly`) and logs each page. */
class PagedStore extends MemoryStore {
  pagedOnly = false;
  readonly pageLimits: number[] = [];
  override async listRecords() {
    if (this.pagedOnly) throw new Error('every record at once');
    return super.listRecords();
  }
  override async listRecordsPage(after: string | undefined, limit: number) {
    this.pageLimits.push(limit);
    return super.listRecordsPage(after, limit);
  }
}

/** A file that can only be read in slices: reading it whole throws. */
class SliceOnlyBlob extends Blob {
  override arrayBuffer(): Promise<ArrayBuffer> {
    throw new Error('read whole');
  }
  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    throw new Error('read whole');
  }
  override text(): Promise<string> {
    throw new Error('read whole');
  }
  override stream(): ReturnType<Blob['stream']> {
    throw new Error('read whole');
  }
}

interface Push {
  size: number;
  /** Records this piece completed. */
  verified: number;
  /** Before this piece was fed: backup records planned, seals their steps asked for, seals done. */
  plannedBefore: number;
  sealsAskedBefore: number;
  sealedBefore: number;
}

/** The real core, with a reader that logs each piece it is fed and how far planning and sealing had got by then. */
function watchedCore() {
  const seal = vi.spyOn(wasm.Vault.prototype, 'sealRecord');
  const plan = vi.spyOn(wasm.MergePlanner.prototype, 'plan');
  const sealsAsked = () =>
    plan.mock.results.reduce((n, r) => {
      if (r.type !== 'return') return n;
      const step = JSON.parse(r.value as string) as { action: string; keepCurrentAs?: string | null };
      return n + (step.action === 'skip' ? 0 : 1) + (step.keepCurrentAs ? 1 : 0);
    }, 0);
  const pushes: Push[] = [];
  class WatchedReader extends wasm.BackupReader {
    override push(bytes: Uint8Array): string {
      const before = { plannedBefore: plan.mock.calls.length, sealsAskedBefore: sealsAsked(), sealedBefore: seal.mock.calls.length };
      const out = super.push(bytes);
      pushes.push({ size: bytes.length, verified: (JSON.parse(out) as unknown[]).length, ...before });
      return out;
    }
  }
  const core = { ...wasm, BackupReader: WatchedReader };
  const restore = () => {
    seal.mockRestore();
    plan.mockRestore();
  };
  return { core, pushes, seal, restore };
}

/**
 * Each piece at most READ_PIECE bytes; before the next piece is read, every record verified so far
 * has been planned and every record its step writes has been sealed (nothing waits as plaintext).
 */
function expectSealedAsRead(pushes: Push[], sealedFrom: number) {
  expect(pushes.length).toBeGreaterThan(1);
  let verified = 0;
  for (const push of pushes) {
    expect(push.size).toBeLessThanOrEqual(READ_PIECE);
    expect(push.plannedBefore).toBe(verified);
    expect(push.sealedBefore - sealedFrom).toBeGreaterThanOrEqual(push.sealsAskedBefore);
    verified += push.verified;
  }
  expect(verified).toBeGreaterThan(0);
}

describe('backup streaming', () => {
  // More records than one storage page, and a file longer than one read piece.
  const COUNT = EXPORT_PAGE + 50;
  const long = (i: number) => `${String(i).padStart(4, '0')} ${'words '.repeat(250)}`;

  async function bigVault(): Promise<{ api: VaultApi; store: PagedStore }> {
    const store = new PagedStore();
    const api = createVaultService(loadCore, store);
    await api.createVault(PASS);
    for (let i = 0; i < COUNT; i += 1) await api.saveEntry({ text: long(i) });
    return { api, store };
  }

  it('exports page by page from storage and returns a Blob of the whole file', async () => {
    const { api, store } = await bigVault();
    store.pagedOnly = true;
    const made = await api.exportBackup(BACKUP_PASS, false);
    expect(made.recordCount).toBe(COUNT);
    expect(made.file).toBeInstanceOf(Blob);
    expect(made.file.size).toBeGreaterThan(READ_PIECE);
    // At least two pages, none larger than a page.
    expect(store.pageLimits.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...store.pageLimits)).toBeLessThanOrEqual(EXPORT_PAGE + 1); // one more: the manifest is left out
    expect((await api.backupStatus()).lastBackupAt).not.toBeNull();
  });

  it('restores from slices, sealing each record as soon as it is verified', async () => {
    const { api } = await bigVault();
    const made = await api.exportBackup(BACKUP_PASS, false);
    const { core, pushes, seal, restore } = watchedCore();
    try {
      const fresh = new PagedStore();
      fresh.pagedOnly = true;
      const other = createVaultService(async () => core, fresh);
      const from = seal.mock.calls.length;
      const counts = await other.restoreIntoNewVault(new SliceOnlyBlob([made.file]), BACKUP_PASS, PASS);
      expect(counts).toMatchObject({ added: COUNT, updated: 0, copied: 0 });
      expectSealedAsRead(pushes, from);
      // A fresh restore writes every record: each one was sealed before the next piece was read.
      const last = pushes.at(-1)!;
      expect(last.sealedBefore - from).toBe(COUNT - last.verified);
      fresh.pagedOnly = false;
      expect((await other.listEntries()).entries.map((e) => e.text).sort()).toEqual(Array.from({ length: COUNT }, (_, i) => long(i)));
    } finally {
      restore();
    }
  });

  it('merges from slices against the vault read page by page, with the same counts', async () => {
    const { api, store } = await bigVault();
    const entries = (await api.listEntries()).entries;
    const made = await api.exportBackup(BACKUP_PASS, false);
    // Change two entries after the backup: merging it back keeps both versions of each.
    await new Promise((r) => setTimeout(r, 5));
    for (const e of entries.slice(0, 2)) await api.saveEntry({ id: e.id, text: `${e.text} (edited)` });
    const { core, pushes, seal, restore } = watchedCore();
    try {
      const target = createVaultService(async () => core, store);
      await target.unlock(PASS);
      await target.integrityNotice(); // the check after unlock reads in its own pages
      store.pagedOnly = true;
      store.pageLimits.length = 0;
      const from = seal.mock.calls.length;
      const counts = await target.mergeBackup(new SliceOnlyBlob([made.file]), BACKUP_PASS);
      expect(counts).toMatchObject({ added: 0, updated: 0, copied: 2, unchanged: COUNT - 2 });
      expectSealedAsRead(pushes, from);
      expect(Math.max(...store.pageLimits)).toBeLessThanOrEqual(EXPORT_PAGE + 1); // one more: the manifest is left out
      store.pagedOnly = false;
      expect((await target.listEntries()).entries.length).toBe(COUNT + 2);
    } finally {
      restore();
    }
  });

  it('leaves the store byte for byte as it was when the file ends at a slice boundary', async () => {
    const { api } = await bigVault();
    const whole = await bytesOf((await api.exportBackup(BACKUP_PASS, false)).file);
    const { api: target, store } = await vaultWith(['mine']);
    const before = snapshot(store);
    expect(await codeOf(target.mergeBackup(new Blob([whole.subarray(0, READ_PIECE)]), BACKUP_PASS))).toBe('truncated');
    expect(snapshot(store)).toBe(before);
    const damaged = whole.slice();
    damaged[READ_PIECE + 10] = (damaged[READ_PIECE + 10] ?? 0) ^ 0x40;
    expect(await codeOf(target.mergeBackup(new Blob([damaged]), BACKUP_PASS))).toBe('corrupt');
    expect(snapshot(store)).toBe(before);
    const empty = new MemoryStore();
    expect(await codeOf(createVaultService(loadCore, empty).restoreIntoNewVault(new Blob([damaged]), BACKUP_PASS, PASS))).toBe('corrupt');
    expect(empty.header).toBeUndefined();
    expect(empty.records.size).toBe(0);
  });
});
