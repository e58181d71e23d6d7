// The journal list's index through the worker's VaultApi, against the real WASM core
// and a Map store: it follows saves, edits and deletes, is dropped on lock, rebuilt after a
// restore or merge, reads the store in batches, and reports unreadable records without deleting them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import init, * as wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { EntryQuery } from '../shared/api';
import type { VaultApi } from '../../../worker/api';
import { codeOf, MemoryStore } from '../../../worker/service.test-store';
import { createVaultService } from '../../../worker/service';
import { INDEX_BATCH } from './service';

const PASS = 'correct horse battery staple';
const loadCore = async () => wasm;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

beforeAll(async () => {
  await init({ module_or_path: readFileSync(join(import.meta.dirname, '../../../wasm/pkg/kintsugi_wasm_bg.wasm')) });
});

async function freshVault(): Promise<{ api: VaultApi; store: MemoryStore }> {
  const store = new MemoryStore();
  const api = createVaultService(loadCore, store);
  await api.createVault(PASS);
  return { api, store };
}

async function excerpts(api: VaultApi, query: EntryQuery = {}): Promise<string[]> {
  return (await api.queryEntries(query, 0, 500)).rows.map((r) => r.excerpt);
}

async function seed(api: VaultApi) {
  const a = await api.saveEntry({
    text: 'Flowers at the door again',
    tracker: { occurredAt: T0 + 3 * DAY, phase: 'hoovering', emotions: { relief: 4, guilt: 2 }, triggers: ['Text message'] },
  });
  const b = await api.saveEntry({
    text: 'A fight about work',
    tracker: { occurredAt: T0 + 2 * DAY, phase: 'devaluation', emotions: { fear: 5 }, bodyNote: 'tight chest' },
  });
  const c = await api.saveEntry({ text: 'A quiet walk', tracker: { occurredAt: T0 + DAY, phase: 'calm' } });
  return { a, b, c };
}

describe('journal index', () => {
  it('answers search and filters, newest first, with light rows', async () => {
    const { api } = await freshVault();
    const { a } = await seed(api);
    await api.saveContact({ name: 'Sam', number: '0123', note: 'not an entry' });
    const all = await api.queryEntries({}, 0, 500);
    expect(all.total).toBe(3);
    expect(all.entries).toBe(3);
    expect(all.unreadableIds).toEqual([]);
    expect(all.rows.map((r) => r.excerpt)).toEqual(['Flowers at the door again', 'A fight about work', 'A quiet walk']);
    expect(all.rows[0]).toMatchObject({
      id: a.id,
      occurredAt: T0 + 3 * DAY,
      phase: 'hoovering',
      emotions: [
        { name: 'relief', rating: 4 },
        { name: 'guilt', rating: 2 },
      ],
      triggers: ['Text message'],
    });
    expect(all.rows[0]).not.toHaveProperty('text');

    expect(await excerpts(api, { text: 'WORK fight' })).toEqual(['A fight about work']);
    expect(await excerpts(api, { text: 'chest' })).toEqual(['A fight about work']);
    expect(await excerpts(api, { phases: ['calm', 'hoovering'] })).toEqual(['Flowers at the door again', 'A quiet walk']);
    expect(await excerpts(api, { emotion: { name: 'fear', min: 5 } })).toEqual(['A fight about work']);
    expect(await excerpts(api, { emotion: { name: 'relief', min: 5 } })).toEqual([]);
    expect(await excerpts(api, { trigger: 'text message' })).toEqual(['Flowers at the door again']);
    expect(await excerpts(api, { from: T0 + DAY, to: T0 + 2 * DAY })).toEqual(['A fight about work', 'A quiet walk']);
    const page = await api.queryEntries({}, 1, 1);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.excerpt)).toEqual(['A fight about work']);
    expect(await codeOf(api.queryEntries({ from: 2, to: 1 }, 0, 10))).toBe('invalid-input');
    expect(await codeOf(api.queryEntries({}, 0, 501))).toBe('invalid-input');
  });

  it('follows saves, edits and deletes', async () => {
    const { api } = await freshVault();
    const { b, c } = await seed(api);
    expect(await excerpts(api)).toHaveLength(3); // built
    await api.saveEntry({ id: b.id, text: 'A fight about money', tracker: { occurredAt: T0 + 9 * DAY } });
    expect(await excerpts(api, { text: 'work' })).toEqual([]);
    expect((await excerpts(api))[0]).toBe('A fight about money');
    await api.deleteEntry(c.id);
    expect(await excerpts(api, { text: 'quiet' })).toEqual([]);
    const added = await api.saveEntry({ text: 'A new one' });
    const page = await api.queryEntries({}, 0, 10);
    expect(page.total).toBe(3);
    expect(page.rows[0]?.id).toBe(added.id);
    expect(await api.getEntry(b.id)).toMatchObject({ id: b.id, text: 'A fight about money', occurredAt: T0 + 9 * DAY });
    expect(await codeOf(api.getEntry(c.id))).toBe('not-found');
    expect(await codeOf(api.getEntry('nope'))).toBe('not-found');
  });

  it('is dropped and wiped on lock, and rebuilt from the store after unlock', async () => {
    const { api, store } = await freshVault();
    const { c } = await seed(api);
    expect(await excerpts(api)).toHaveLength(3);
    const clear = vi.spyOn(wasm.JournalIndex.prototype, 'clear');
    await api.lock();
    expect(clear).toHaveBeenCalledTimes(1);
    clear.mockRestore();
    expect(await codeOf(api.queryEntries({}, 0, 10))).toBe('locked');
    expect(await codeOf(api.getEntry(c.id))).toBe('locked');
    // Changed behind the worker's back while locked: the rebuilt index shows the store as it is.
    store.records.delete(c.id);
    await api.unlock(PASS);
    expect(await excerpts(api)).toEqual(['Flowers at the door again', 'A fight about work']);
  });

  it('reports records that do not open, and never deletes them', async () => {
    const { api, store } = await freshVault();
    const { b } = await seed(api);
    const blob = store.records.get(b.id)!.slice();
    blob[blob.length - 1]! ^= 1;
    store.records.set(b.id, blob);
    await api.lock();
    await api.unlock(PASS);
    const page = await api.queryEntries({}, 0, 10);
    expect(page.total).toBe(2);
    expect(page.unreadableIds).toEqual([b.id]);
    expect(store.records.get(b.id)).toEqual(blob);
  });

  it('reads the store in batches, and a merge makes it rebuild', async () => {
    const { api, store } = await freshVault();
    const count = INDEX_BATCH * 2 + 7;
    for (let i = 0; i < count; i++) await api.saveEntry({ text: `entry n${i}x`, tracker: { occurredAt: T0 + i * 1000 } });
    await api.lock();
    await api.unlock(PASS);
    await api.integrityNotice(); // the check after unlock makes its own pass first
    const pages = vi.spyOn(store, 'listRecordsPage');
    const all = await api.queryEntries({}, 0, 500);
    expect(all.total).toBe(count);
    expect(pages).toHaveBeenCalledTimes(3);
    expect(all.rows[0]?.excerpt).toBe(`entry n${count - 1}x`);
    expect((await api.queryEntries({}, count - 1, 10)).rows.map((r) => r.excerpt)).toEqual(['entry n0x']);
    expect(await excerpts(api, { text: 'N42X' })).toEqual(['entry n42x']);

    // A backup from another vault, merged in: the next query sees its entries.
    const other = await freshVault();
    await other.api.saveEntry({ text: 'from the other phone' });
    const file = await other.api.exportBackup('a backup passphrase here', false);
    await api.mergeBackup(file.file, 'a backup passphrase here');
    expect(await excerpts(api, { text: 'other phone' })).toEqual(['from the other phone']);
    expect((await api.queryEntries({}, 0, 1)).total).toBe(count + 1);
    pages.mockRestore();
  });

  it('answers from a vault restored on a fresh install, and from none of the old one', async () => {
    const { api } = await freshVault();
    await api.saveEntry({ text: 'written on the old phone' });
    const file = await api.exportBackup('a backup passphrase here', false);
    const fresh = createVaultService(loadCore, new MemoryStore());
    await fresh.restoreIntoNewVault(file.file, 'a backup passphrase here', PASS);
    expect(await excerpts(fresh)).toEqual(['written on the old phone']);
    await fresh.saveEntry({ text: 'and one on the new phone' });
    expect(await excerpts(fresh)).toEqual(['and one on the new phone', 'written on the old phone']);
  });

  it('stops building when locked part-way, and answers a lock without waiting for the whole vault', async () => {
    const { api } = await freshVault();
    for (let i = 0; i < INDEX_BATCH + 1; i++) await api.saveEntry({ text: `e${i}` });
    await api.lock();
    await api.unlock(PASS);
    const query = api.queryEntries({}, 0, 10);
    const locked = api.lock();
    expect(await codeOf(query)).toBe('locked');
    await locked;
    expect((await api.status()).unlocked).toBe(false);
  });
});
