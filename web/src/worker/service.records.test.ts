// The kind index and the record repository, through the worker's VaultApi with the real WASM core
// and a Map store: after the journal list's pass a screen opens only its own records, writes keep
// the index in step, records written by another tab are found, and the first call after unlock
// makes the one pass itself.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { ContactLogInput } from '../features/contactlog/shared/api';
import type { VaultApi } from './api';
import { freshVault, loadWasm } from './service.fixture';
import { INDEX_BATCH } from '../features/journal/worker/service';
import type { MemoryStore } from './service.test-store';

const PASS = 'correct horse battery staple';
const T0 = Date.UTC(2026, 0, 1);

beforeAll(loadWasm);

const contact = (at: number, note: string): ContactLogInput => ({
  occurredAt: at,
  initiatedBy: 'them',
  channel: 'text',
  hooverTactic: null,
  note,
  brokeNoContact: false,
});

/** A vault with `entries` journal entries and two contact-log records, locked and unlocked again. */
async function seeded(entries: number): Promise<{ api: VaultApi; store: MemoryStore; contactIds: string[] }> {
  const { api, store } = await freshVault(PASS);
  for (let i = 0; i < entries; i++) await api.saveEntry({ text: `entry ${i}` });
  const contactIds: string[] = [];
  for (const note of ['first', 'second']) {
    const saved = await api.saveContactLog(contact(T0 + contactIds.length * 1000, note));
    if (!saved.ok) throw new Error(`seed refused: ${saved.field}`);
    contactIds.push(saved.value.id);
  }
  await api.lock();
  await api.unlock(PASS);
  await api.integrityNotice(); // the check after unlock reads the whole store once, before any other call
  return { api, store, contactIds };
}

describe('the kind index', () => {
  it('after the journal list, the contact log opens only its own records', async () => {
    const { api, store, contactIds } = await seeded(30);
    await api.queryEntries({}, 0, 10);
    const pages = vi.spyOn(store, 'listRecordsPage');
    const wholeStore = vi.spyOn(store, 'listRecords');
    const gets = vi.spyOn(store, 'getRecords');
    const log = await api.listContactLog();
    expect(log.map((c) => c.note)).toEqual(['second', 'first']);
    expect(pages).not.toHaveBeenCalled();
    expect(wholeStore).not.toHaveBeenCalled();
    expect(gets).toHaveBeenCalledTimes(1);
    expect(gets.mock.calls[0]?.[0]).toEqual([...contactIds].sort());
  });

  it('the first call after unlock makes the one pass, and the journal list then reads nothing again', async () => {
    const { api, store } = await seeded(INDEX_BATCH + 5);
    const pages = vi.spyOn(store, 'listRecordsPage');
    expect(await api.listContactLog()).toHaveLength(2);
    expect(pages).toHaveBeenCalledTimes(2);
    const page = await api.queryEntries({}, 0, 5);
    expect(page.total).toBe(INDEX_BATCH + 5);
    expect(pages).toHaveBeenCalledTimes(2);
  });

  it('follows saves and deletes made through the app without another pass', async () => {
    const { api, store } = await seeded(3);
    await api.queryEntries({}, 0, 10);
    const pages = vi.spyOn(store, 'listRecordsPage');
    const saved = await api.saveContactLog(contact(T0 + 5000, 'third'));
    if (!saved.ok) throw new Error(saved.field);
    expect((await api.listContactLog()).map((c) => c.note)).toEqual(['third', 'second', 'first']);
    await api.deleteContactLog(saved.value.id);
    expect((await api.listContactLog()).map((c) => c.note)).toEqual(['second', 'first']);
    expect(pages).not.toHaveBeenCalled();
  });

  it('finds a record another tab added or deleted since the pass', async () => {
    const { api, store, contactIds } = await seeded(3);
    await api.queryEntries({}, 0, 10);
    // Another tab: writes straight to the shared store, past this worker's watched one.
    const other = wasm.unlockVault(store.header as Uint8Array, PASS);
    const id = 'ab'.repeat(16);
    const json = JSON.stringify({
      kind: 'contactLog',
      occurredAt: T0 + 9000,
      initiatedBy: 'me',
      channel: 'call',
      note: 'from the other tab',
      brokeNoContact: false,
      createdAt: T0,
      updatedAt: T0,
    });
    store.records.set(id, other.sealRecord(id, json));
    other.free();
    expect((await api.listContactLog()).map((c) => c.note)).toEqual(['from the other tab', 'second', 'first']);
    store.records.delete(contactIds[0] as string);
    expect((await api.listContactLog()).map((c) => c.note)).toEqual(['from the other tab', 'second']);
  });

  it('the journal list finds an entry another tab added since the pass', async () => {
    const { api, store } = await seeded(2);
    expect((await api.queryEntries({}, 0, 10)).total).toBe(2);
    const other = wasm.unlockVault(store.header as Uint8Array, PASS);
    const id = 'cd'.repeat(16);
    store.records.set(
      id,
      other.sealRecord(id, JSON.stringify({ kind: 'journal', text: 'from the other tab', createdAt: T0, updatedAt: T0 })),
    );
    other.free();
    const page = await api.queryEntries({}, 0, 10);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.excerpt)).toContain('from the other tab');
  });

  it('refuses a record of another kind by id', async () => {
    const { api } = await seeded(1);
    const entry = (await api.queryEntries({}, 0, 1)).rows[0];
    if (!entry) throw new Error('no entry');
    await expect(api.deleteContactLog(entry.id)).rejects.toMatchObject({ code: 'not-found' });
    expect((await api.queryEntries({}, 0, 1)).total).toBe(1);
  });

  it('a save the core refuses names the field and writes nothing', async () => {
    const { api, store } = await seeded(1);
    const before = store.sealed.size;
    const saved = await api.saveContactLog({ ...contact(T0, 'x'.repeat(100_000)) });
    expect(saved).toEqual({ ok: false, field: 'note' });
    expect(store.sealed.size).toBe(before);
  });
});
