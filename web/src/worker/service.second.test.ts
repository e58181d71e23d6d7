// A second passphrase through the worker, against the real WASM core and a Map store: the vault it
// opens works like any other and never sees the first one; the first never reports the second's
// records; setting one from inside it is refused (it would destroy the first); removing it deletes
// its records; and every failure leaves both as they were.
import { beforeAll, describe, expect, it } from 'vitest';
import * as wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { VaultApi } from './api';
import { freshVault, loadWasm } from './service.fixture';
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
    expect((await api.getSettings()).secondPassphrase).toBe(true);
    const before = store.records.size;

    expect(await openWith(api, SECOND)).toEqual(CLEAN);
    expect(await api.listEntries()).toEqual({ entries: [], unreadableIds: [] });
    expect((await api.queryEntries({}, 0, 10)).unreadableIds).toEqual([]);
    const decoySettings = await api.getSettings();
    expect(decoySettings).toMatchObject({ quickExitUrl: 'https://weather.example/', autoLockMinutes: 3 });
    expect(decoySettings.secondPassphrase).toBeUndefined();
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
    await api.removeSecondPassphrase();
    expect((await api.getSettings()).secondPassphrase).toBeUndefined();
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
    expect(await codeOf(api.removeSecondPassphrase())).toBe('not-found');
    const header = store.header?.slice();
    store.failAtomic = true;
    expect(await codeOf(api.setSecondPassphrase(SECOND))).toBe('storage');
    store.failAtomic = false;
    expect(store.header).toEqual(header);
    expect((await api.getSettings()).secondPassphrase).toBeUndefined();
    await api.setSecondPassphrase(SECOND);
    expect(await codeOf(api.setSecondPassphrase('yet another passphrase'))).toBe('second-passphrase-set');
    store.failAtomic = true;
    expect(await codeOf(api.removeSecondPassphrase())).toBe('storage');
    store.failAtomic = false;
    // The open vault is still the one under the stored header: its writes land and both still open.
    await api.saveEntry({ text: 'after the failed removal' });
    expect(await openWith(api, SECOND)).toEqual(CLEAN);
    expect(await openWith(api, PASS)).toEqual(CLEAN);
    expect((await api.getSettings()).secondPassphrase).toBe(true);
  });

  it('is never changed by saving the settings form, in either vault', async () => {
    const { api } = await withSecond();
    const saved = await api.saveSettings({ ...(await api.getSettings()), secondPassphrase: false, autoLockMinutes: 9 });
    expect(saved.ok).toBe(true);
    expect(await api.getSettings()).toMatchObject({ autoLockMinutes: 9, secondPassphrase: true });
    await openWith(api, SECOND);
    await api.saveSettings({ ...(await api.getSettings()), secondPassphrase: true });
    expect((await api.getSettings()).secondPassphrase).toBeUndefined();
  });
});
