// The manifest and the failed-attempt log through the worker, against the real WASM core and a
// Map store: what is written with each change, and what the check after unlock reports when the
// store was changed behind the app's back.
import { beforeAll, describe, expect, it } from 'vitest';
import * as wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { VaultApi } from './api';
import { freshVault, loadWasm, serviceOver } from './service.fixture';
import { codeOf, type MemoryStore } from './service.test-store';

const PASS = 'correct horse battery staple';
const CLEAN = { listMissing: false, missing: [], replaced: [], damaged: [], added: [], failedAttempts: [] };

beforeAll(loadWasm);

async function reopen(api: VaultApi) {
  await api.lock();
  await api.unlock(PASS);
  return api.integrityNotice();
}

/** The one manifest stored, as the core opens it with the vault in `store`. */
function storedManifest(store: MemoryStore): { id: string; listed: number } {
  const ids = [...store.manifestIds].filter((id) => store.records.has(id));
  expect(ids).toHaveLength(1);
  const vault = wasm.unlockVault(store.header as Uint8Array, PASS);
  try {
    const id = ids[0] as string;
    expect(vault.manifestId).toBe(id);
    const manifest = wasm.Manifest.open(vault, store.records.get(id) as Uint8Array);
    const check = manifest.check(vault);
    manifest.free();
    const done = check.finish();
    const listed = JSON.parse(done.reportJson).missing.length as number;
    done.free();
    return { id, listed };
  } finally {
    vault.free();
  }
}

describe('the manifest', () => {
  it('is written with the vault and with every change made through the app, which then reads clean', async () => {
    const { api, store } = await freshVault(PASS);
    expect(storedManifest(store).listed).toBe(0);
    const kept = await api.saveEntry({ text: 'kept' });
    const gone = await api.saveEntry({ text: 'deleted in the app' });
    await api.saveSettings({ ...(await api.getSettings()), autoLockMinutes: 7 });
    await api.deleteEntry(gone.id);
    await api.saveEntry({ id: kept.id, text: 'kept, edited' });
    // Checked against an empty store, every listed record is missing: two (the entry, the settings).
    expect(storedManifest(store).listed).toBe(2);
    expect(await reopen(api)).toEqual(CLEAN);
    // The list itself is never shown as a record, nor counted.
    expect((await api.listEntries()).unreadableIds).toEqual([]);
    expect(store.sealed.size).toBe(2);
  });

  it('reports a record deleted, put back to an older version, damaged, or added behind the app, until seen', async () => {
    const { api, store } = await freshVault(PASS);
    const a = await api.saveEntry({ text: 'one' });
    const b = await api.saveEntry({ text: 'two' });
    const c = await api.saveEntry({ text: 'three' });
    await api.saveSettings({ ...(await api.getSettings()), autoLockMinutes: 9 });
    const settingsId = [...store.sealed.keys()].find((id) => ![a.id, b.id, c.id].includes(id)) as string;
    const olderB = store.records.get(b.id) as Uint8Array;
    await api.saveEntry({ id: b.id, text: 'two, edited' });
    // Someone with the storage (not the passphrase) deletes, rolls back and breaks records...
    store.records.delete(a.id);
    store.records.delete(settingsId);
    store.records.set(b.id, olderB);
    const broken = (store.records.get(c.id) as Uint8Array).slice();
    broken[broken.length - 1] = (broken.at(-1) ?? 0) ^ 1;
    store.records.set(c.id, broken);
    // ...and someone with the passphrase adds one from a copy, outside the app; another vault's record stays unnamed.
    const vault = wasm.unlockVault(store.header as Uint8Array, PASS);
    const addedId = 'ab'.repeat(16);
    store.records.set(addedId, vault.sealRecord(addedId, JSON.stringify({ kind: 'journal', text: 'added', createdAt: 1, updatedAt: 1 })));
    vault.free();
    const other = wasm.createVaultWithParams('another long passphrase', 8 * 1024, 1, 1);
    const foreignId = 'cd'.repeat(16);
    store.records.set(foreignId, other.sealRecord(foreignId, JSON.stringify({ kind: 'journal', text: 'x', createdAt: 1, updatedAt: 1 })));
    other.free();

    const notice = await reopen(api);
    const sorted = (list: { id: string; kind: string }[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(sorted(notice.missing)).toEqual(
      sorted([
        { id: a.id, kind: 'journal' },
        { id: settingsId, kind: 'settings' },
      ]),
    );
    expect(notice.replaced).toEqual([{ id: b.id, kind: 'journal' }]);
    expect(notice.damaged).toEqual([{ id: c.id, kind: 'journal' }]);
    expect(notice.added).toEqual([{ id: addedId, kind: 'journal' }]);
    expect(notice.listMissing).toBe(false);
    // Shown again at every unlock until the person has seen it.
    expect(await reopen(api)).toEqual(notice);
    await api.acknowledgeIntegrity();
    expect(await api.integrityNotice()).toEqual(CLEAN);
    // A damaged record stays reported (it is still listed), the rest is now what is stored.
    const after = await reopen(api);
    expect(after).toEqual({ ...CLEAN, damaged: [{ id: c.id, kind: 'journal' }] });
  });

  it('a missing or unreadable manifest is said once, and listed anew from what is stored', async () => {
    const { api, store } = await freshVault(PASS);
    await api.saveEntry({ text: 'one' });
    const { id } = storedManifest(store);
    store.records.delete(id);
    // A save while it is missing does not make up a list of one record.
    await api.saveEntry({ text: 'two' });
    expect(store.records.has(id)).toBe(false);
    expect(await reopen(api)).toEqual({ ...CLEAN, listMissing: true });
    expect(storedManifest(store).listed).toBe(2);
    expect(await reopen(api)).toEqual(CLEAN);
    store.records.set(id, new Uint8Array(64));
    expect(await reopen(api)).toEqual({ ...CLEAN, listMissing: true });
    expect(await reopen(api)).toEqual(CLEAN);
  });

  it('an empty vault from before the manifest gets one without a word', async () => {
    const { api, store } = await freshVault(PASS);
    store.records.clear();
    expect(await reopen(api)).toEqual(CLEAN);
    expect(storedManifest(store).listed).toBe(0);
  });

  it('two tabs writing the same vault keep each other in the list', async () => {
    const { api, store } = await freshVault(PASS);
    const second = serviceOver(store).api;
    await second.unlock(PASS);
    await api.saveEntry({ text: 'from the first tab' });
    await second.saveEntry({ text: 'from the second tab' });
    await api.saveEntry({ text: 'the first again' });
    expect(storedManifest(store).listed).toBe(3);
    expect(await reopen(api)).toEqual(CLEAN);
  });

  it('a change whose write fails leaves the list and the records as they were', async () => {
    const { api, store } = await freshVault(PASS);
    await api.saveEntry({ text: 'one' });
    const before = new Map(store.records);
    store.failAtomic = true;
    expect(await codeOf(api.saveEntry({ text: 'two' }))).toBe('storage');
    store.failAtomic = false;
    expect(store.records).toEqual(before);
    expect(await reopen(api)).toEqual(CLEAN);
  });

  it('a passphrase change writes the new vault its own list and removes the old one', async () => {
    const { api, store } = await freshVault(PASS);
    await api.saveEntry({ text: 'one' });
    const old = storedManifest(store).id;
    await api.changePassphrase(PASS, 'a new long passphrase');
    expect(store.records.has(old)).toBe(false);
    await api.lock();
    await api.unlock('a new long passphrase');
    expect(await api.integrityNotice()).toEqual(CLEAN);
    expect(store.sealed.size).toBe(1);
  });
});

describe('failed unlock attempts', () => {
  it('are kept sealed while locked and shown once after unlock, newest fifty', async () => {
    const { api, store } = await freshVault(PASS);
    await api.lock();
    const start = Date.now();
    for (let i = 0; i < 2; i++) expect(await codeOf(api.unlock('not the passphrase at all'))).toBe('wrong-passphrase');
    expect(store.attempts?.length).toBe(2 * 112);
    await api.unlock(PASS);
    const { failedAttempts } = await api.integrityNotice();
    expect(failedAttempts).toHaveLength(2);
    for (const at of failedAttempts) expect(at).toBeGreaterThanOrEqual(start);
    // Until seen, every unlock shows them; once seen, only newer ones.
    expect((await reopen(api)).failedAttempts).toEqual(failedAttempts);
    await api.acknowledgeIntegrity();
    expect((await reopen(api)).failedAttempts).toEqual([]);
    await api.lock();
    expect(await codeOf(api.unlock('still not the passphrase'))).toBe('wrong-passphrase');
    await api.unlock(PASS);
    expect((await api.integrityNotice()).failedAttempts).toHaveLength(1);
    // The log never grows past fifty entries: a full log, one more wrong passphrase.
    await api.lock();
    const header = store.header as Uint8Array;
    for (let i = 0; i < 50; i++)
      store.attempts = wasm.appendFailedAttempt(store.attempts ?? new Uint8Array(), wasm.sealFailedAttempt(header, i));
    expect(await codeOf(api.unlock('wrong again and again'))).toBe('wrong-passphrase');
    expect(store.attempts?.length).toBe(50 * 112);
    await api.unlock(PASS);
    const kept = (await api.integrityNotice()).failedAttempts;
    expect(kept).toHaveLength(1); // the forty-nine older than the last look are kept but already seen
    expect(kept[0]).toBeGreaterThanOrEqual(start);
  });

  it('cannot be read from storage: the log is sealed boxes with no time in the clear', async () => {
    const { api, store } = await freshVault(PASS);
    await api.lock();
    await codeOf(api.unlock('not the passphrase at all'));
    const log = store.attempts as Uint8Array;
    const vault = wasm.createVaultWithParams('someone else entirely', 8 * 1024, 1, 1);
    expect(Array.from(vault.failedAttempts(log))).toEqual([]);
    vault.free();
    // The time is nowhere in the bytes (its top five bytes as a big-endian u64 would hold them).
    const hex = Buffer.from(log).toString('hex');
    expect(hex.includes(Date.now().toString(16).padStart(16, '0').slice(0, 10))).toBe(false);
  });
});
