// A second passphrase through the worker, against the real WASM core and a Map store: the vault it
// opens works like any other and never sees the first one; the first never reports the second's
// records; setting one from inside it is refused (it would destroy the first); removing it deletes
// its records; and every failure leaves both as they were.
import { beforeAll, describe, expect, it } from 'vitest';
import * as wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { VaultApi } from './api';
import { freshVault, loadWasm, serviceOver } from './service.fixture';
import { codeOf, type MemoryStore } from './service.test-store';

const PASS = 'correct horse battery staple';
const SECOND = 'a pleasant afternoon walk';
const CLEAN = { listMissing: false, missing: [], replaced: [], damaged: [], added: [], failedAttempts: [] };

beforeAll(loadWasm);

async function openWith(api: VaultApi, passphrase: string) {
  await api.lock();
  await api.unlock(passphrase);
  return api.integrityNotice();
}

async function texts(api: VaultApi): Promise<string[]> {
  return (await api.listEntries()).entries.map((e) => e.text).sort();
}

/** Which of the two passphrases opens `store`'s header to a vault that can read the blob under `id`. */
function ownerOf(store: MemoryStore, id: string): string[] {
  return [PASS, SECOND].filter((passphrase) => {
    let vault: wasm.Vault;
    try {
      vault = wasm.unlockVault(store.header as Uint8Array, passphrase);
    } catch {
      return false;
    }
    try {
      vault.openRecord(id, store.records.get(id) as Uint8Array);
      return true;
    } catch {
      return id === vault.manifestId;
    } finally {
      vault.free();
    }
  });
}

async function withSecond(): Promise<{ api: VaultApi; store: MemoryStore }> {
  const made = await freshVault(PASS);
  await made.api.saveEntry({ text: 'what really happened' });
  const settings = await made.api.getSettings();
  await made.api.saveSettings({ ...settings, quickExitUrl: 'https://weather.example/', autoLockMinutes: 3 });
  await made.api.setSecondPassphrase(SECOND);
  return made;
}

describe('a second passphrase', () => {
  it('opens a separate vault that starts with the same settings, and neither vault reports the other', async () => {
    const { api, store } = await withSecond();
    expect(await api.secondPassphraseSet()).toBe(true);
    const before = store.records.size;

    expect(await openWith(api, SECOND)).toEqual(CLEAN);
    expect(await api.listEntries()).toEqual({ entries: [], unreadableIds: [] });
    expect((await api.queryEntries({}, 0, 10)).unreadableIds).toEqual([]);
    const decoySettings = await api.getSettings();
    expect(decoySettings).toMatchObject({ quickExitUrl: 'https://weather.example/', autoLockMinutes: 3 });
    expect(decoySettings.secondSlotKey).toBeUndefined();
    expect(await api.secondPassphraseSet()).toBe(false);
    const ordinary = await api.saveEntry({ text: 'slept badly, long day at work' });
    expect(ownerOf(store, ordinary.id)).toEqual([SECOND]);
    // A backup of it holds its own records only, and names none of the other vault's as skipped.
    const backup = await api.exportBackup('a backup passphrase here', false);
    expect(backup.skipped).toBe(0);
    expect(backup.recordCount).toBe(2); // its settings and the entry

    expect(await openWith(api, PASS)).toEqual(CLEAN);
    expect(await texts(api)).toEqual(['what really happened']);
    expect((await api.queryEntries({}, 0, 10)).unreadableIds).toEqual([]);
    expect((await api.exportBackup('a backup passphrase here', false)).skipped).toBe(0);
    // Every stored record is exactly one vault's.
    expect(store.records.size).toBe(before + 3); // the entry, and each vault's last-backup time
    for (const id of store.records.keys()) expect(ownerOf(store, id)).toHaveLength(1);
  });

  it('is refused from inside the vault it opens, which would otherwise destroy the first, and changes nothing', async () => {
    const { api, store } = await withSecond();
    await openWith(api, SECOND);
    const header = store.header?.slice();
    const records = new Map(store.records);
    expect(await codeOf(api.setSecondPassphrase('yet another passphrase'))).toBe('other-records');
    expect(store.header).toEqual(header);
    expect(store.records).toEqual(records);
    expect(await openWith(api, PASS)).toEqual(CLEAN);
    expect(await texts(api)).toEqual(['what really happened']);
  });

  it('keeps working across a passphrase change of either vault', async () => {
    const { api } = await withSecond();
    await openWith(api, SECOND);
    await api.saveEntry({ text: 'ordinary' });
    await api.changePassphrase(SECOND, 'a different afternoon walk');
    await openWith(api, PASS);
    await api.changePassphrase(PASS, 'a new passphrase for me');
    expect(await texts(api)).toEqual(['what really happened']);
    expect(await openWith(api, 'a different afternoon walk')).toEqual(CLEAN);
    expect(await texts(api)).toEqual(['ordinary']);
    expect(await codeOf(openWith(api, PASS))).toBe('wrong-passphrase');
    expect(await codeOf(openWith(api, SECOND))).toBe('wrong-passphrase');
  });

  it('is removed with every record of the vault it opened, after which it opens nothing', async () => {
    const { api, store } = await withSecond();
    await openWith(api, SECOND);
    await api.saveEntry({ text: 'ordinary' });
    await openWith(api, PASS);
    expect(await codeOf(api.removeSecondPassphrase('not the second one at all'))).toBe('wrong-passphrase');
    expect(await codeOf(api.removeSecondPassphrase(PASS))).toBe('wrong-passphrase');
    expect(await api.secondPassphraseSet()).toBe(true);
    await api.removeSecondPassphrase(SECOND);
    expect(await api.secondPassphraseSet()).toBe(false);
    expect((await api.getSettings()).secondSlotKey).toBeUndefined();
    for (const id of store.records.keys()) expect(ownerOf(store, id)).toEqual([PASS]);
    expect(await codeOf(openWith(api, SECOND))).toBe('wrong-passphrase');
    const notice = await openWith(api, PASS);
    expect(notice.failedAttempts).toHaveLength(1);
    expect({ ...notice, failedAttempts: [] }).toEqual(CLEAN);
    expect(await texts(api)).toEqual(['what really happened']);
    // And a new one can be set again.
    await api.setSecondPassphrase('another afternoon walk');
    expect(await openWith(api, 'another afternoon walk')).toEqual({ ...CLEAN, failedAttempts: [] });
  });

  it('is refused when it opens the first vault, when one is set, and when the write fails, leaving everything as it was', async () => {
    const { api, store } = await freshVault(PASS);
    expect(await codeOf(api.setSecondPassphrase(PASS))).toBe('invalid-input');
    expect(await codeOf(api.setSecondPassphrase('short'))).toBe('weak-passphrase');
    expect(await codeOf(api.removeSecondPassphrase(SECOND))).toBe('not-found');
    const header = store.header?.slice();
    store.failAtomic = true;
    expect(await codeOf(api.setSecondPassphrase(SECOND))).toBe('storage');
    store.failAtomic = false;
    expect(store.header).toEqual(header);
    expect(await api.secondPassphraseSet()).toBe(false);
    await api.setSecondPassphrase(SECOND);
    expect(await codeOf(api.setSecondPassphrase('yet another passphrase'))).toBe('second-passphrase-set');
    store.failAtomic = true;
    expect(await codeOf(api.removeSecondPassphrase(SECOND))).toBe('storage');
    store.failAtomic = false;
    // The open vault is still the one under the stored header: its writes land and both still open.
    await api.saveEntry({ text: 'after the failed removal' });
    expect(await openWith(api, SECOND)).toEqual(CLEAN);
    expect(await openWith(api, PASS)).toEqual(CLEAN);
    expect(await api.secondPassphraseSet()).toBe(true);
  });

  it('is never changed by saving the settings form, in either vault', async () => {
    const { api } = await withSecond();
    const key = (await api.getSettings()).secondSlotKey;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const saved = await api.saveSettings({ ...(await api.getSettings()), secondSlotKey: undefined, autoLockMinutes: 9 });
    expect(saved.ok).toBe(true);
    expect(await api.getSettings()).toMatchObject({ autoLockMinutes: 9, secondSlotKey: key });
    expect(await api.secondPassphraseSet()).toBe(true);
    await openWith(api, SECOND);
    await api.saveSettings({ ...(await api.getSettings()), secondSlotKey: key });
    expect((await api.getSettings()).secondSlotKey).toBeUndefined();
    expect(await api.secondPassphraseSet()).toBe(false);
  });

  it('is not claimed by a vault restored from a backup of the first, which can set its own', async () => {
    const { api } = await withSecond();
    const { file } = await api.exportBackup(PASS, true);
    const { api: fresh } = serviceOver();
    await fresh.restoreIntoNewVault(file, PASS, PASS);
    expect(await fresh.secondPassphraseSet()).toBe(false);
    await fresh.setSecondPassphrase(SECOND);
    expect(await fresh.secondPassphraseSet()).toBe(true);
  });

  it('is no passphrase for anything else: not a new passphrase of either vault, nor the open vault’s for a backup', async () => {
    const { api, store } = await withSecond();
    const header = store.header?.slice();
    expect(await codeOf(api.changePassphrase(PASS, SECOND))).toBe('invalid-input');
    expect(await codeOf(api.exportBackup(SECOND, true))).toBe('wrong-passphrase');
    await openWith(api, SECOND);
    expect(await codeOf(api.changePassphrase(SECOND, PASS))).toBe('invalid-input');
    expect(await codeOf(api.exportBackup(PASS, true))).toBe('wrong-passphrase');
    expect(store.header).toEqual(header);
  });

  it('never deletes, from either vault, a record that vault cannot open', async () => {
    const { api, store } = await withSecond();
    await openWith(api, PASS);
    const real = await api.saveEntry({ text: 'kept' });
    await openWith(api, SECOND);
    expect(await codeOf(api.deleteEntry(real.id))).toBe('not-found');
    expect(store.records.has(real.id)).toBe(true);
    // A record neither vault opens (damaged, or of a vault from elsewhere) outlives the removal.
    const other = await freshVault('a third passphrase here');
    const stray = await other.api.saveEntry({ text: 'from elsewhere' });
    const strayBlob = other.store.records.get(stray.id) as Uint8Array;
    store.records.set(stray.id, strayBlob);
    await openWith(api, PASS);
    await api.removeSecondPassphrase(SECOND);
    expect(store.records.get(stray.id)).toEqual(strayBlob);
    expect(store.records.has(real.id)).toBe(true);
  });
});

describe('a tab left open on a vault whose keys another tab replaced', () => {
  it('cannot write records no passphrase would open any more', async () => {
    const { api: one, store } = await freshVault(PASS);
    const two = serviceOver(store).api;
    await two.unlock(PASS);
    await two.integrityNotice();
    await one.changePassphrase(PASS, 'a new passphrase for me');
    const records = new Map(store.records);
    expect(await codeOf(two.saveEntry({ text: 'sealed under the old keys' }))).toBe('vault-changed');
    expect(store.records).toEqual(records);
    await two.lock();
    await two.unlock('a new passphrase for me');
    await two.saveEntry({ text: 'sealed under the new keys' });
  });

  it('cannot write into the second vault once the first removed it', async () => {
    const { api: first, store } = await withSecond();
    const other = serviceOver(store).api;
    await other.unlock(SECOND);
    await other.integrityNotice();
    await first.removeSecondPassphrase(SECOND);
    const records = new Map(store.records);
    expect(await codeOf(other.saveEntry({ text: 'would be lost' }))).toBe('vault-changed');
    expect(store.records).toEqual(records);
    // So nothing is left that blocks a new second passphrase.
    await first.setSecondPassphrase('another afternoon walk');
  });
});
