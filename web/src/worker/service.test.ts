// The worker's VaultApi against the real WASM core (loaded from bytes in Node) and a Map store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import init, * as wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { VaultApi } from './api';
import { codeOf, MemoryStore } from './service.test-store';
import { createVaultService, type Core } from './service';

const PASS = 'correct horse battery staple';

let loads = 0;
const loadCore = async (): Promise<Core> => {
  loads++;
  return wasm;
};

beforeAll(async () => {
  const bytes = readFileSync(join(import.meta.dirname, '../wasm/pkg/kintsugi_wasm_bg.wasm'));
  await init({ module_or_path: bytes });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function freshVault(): Promise<{ api: VaultApi; store: MemoryStore }> {
  const store = new MemoryStore();
  const api = createVaultService(loadCore, store);
  await api.createVault(PASS);
  return { api, store };
}

describe('vault lifecycle', () => {
  it('creates, locks, refuses a wrong passphrase without changes, and unlocks', async () => {
    const store = new MemoryStore();
    const api = createVaultService(loadCore, store);
    expect(await api.status()).toEqual({ hasVault: false, unlocked: false });
    expect(await codeOf(api.unlock(PASS))).toBe('no-vault');

    await api.createVault(PASS);
    expect(await api.status()).toEqual({ hasVault: true, unlocked: true });
    expect(new TextDecoder().decode(store.header?.subarray(0, 4))).toBe('KSVH');
    expect(await codeOf(api.createVault(PASS))).toBe('vault-exists');

    await api.lock();
    expect(await api.status()).toEqual({ hasVault: true, unlocked: false });
    const header = store.header?.slice();
    expect(await codeOf(api.unlock('not the passphrase'))).toBe('wrong-passphrase');
    expect(store.header).toEqual(header);
    expect((await api.status()).unlocked).toBe(false);

    await api.unlock(PASS);
    expect((await api.status()).unlocked).toBe(true);
  });

  it('refuses a passphrase below the minimum', async () => {
    const api = createVaultService(loadCore, new MemoryStore());
    const min = await api.minPassphraseChars();
    expect(min).toBeGreaterThan(0);
    expect(await api.passphraseStrength('a'.repeat(min - 1))).toBe(0);
    expect(await codeOf(api.createVault('a'.repeat(min - 1)))).toBe('weak-passphrase');
    expect(await api.status()).toEqual({ hasVault: false, unlocked: false });
  });

  it('refuses every entry operation while locked', async () => {
    const { api } = await freshVault();
    const saved = await api.saveEntry({ text: 'x' });
    await api.lock();
    expect(await codeOf(api.listEntries())).toBe('locked');
    expect(await codeOf(api.saveEntry({ text: 'y' }))).toBe('locked');
    expect(await codeOf(api.deleteEntry(saved.id))).toBe('locked');
    await api.lock(); // locking twice is harmless
  });

  it('changes the passphrase and keeps the entries', async () => {
    const { api } = await freshVault();
    await api.saveEntry({ text: 'kept' });
    await api.changePassphrase(PASS, 'a brand new passphrase here');
    await api.lock();
    expect(await codeOf(api.unlock(PASS))).toBe('wrong-passphrase');
    await api.unlock('a brand new passphrase here');
    expect((await api.listEntries()).entries.map((e) => e.text)).toEqual(['kept']);
  });
});

describe('entries', () => {
  it('saves, lists newest first, survives lock/unlock, and stores no plaintext', async () => {
    const { api, store } = await freshVault();
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1_764_100_000_000);
    const first = await api.saveEntry({ text: 'first secret words' });
    now.mockReturnValue(1_764_100_060_000);
    const second = await api.saveEntry({ text: 'second secret words' });
    expect(first.id).toMatch(/^[0-9a-f]{32}$/);
    expect(first.id).not.toBe(second.id);

    await api.lock();
    await api.unlock(PASS);
    const list = await api.listEntries();
    expect(list.unreadableIds).toEqual([]);
    expect(list.entries).toEqual([second, first]);

    for (const blob of store.records.values()) {
      expect(new TextDecoder().decode(blob.subarray(0, 4))).toBe('KSRC');
      expect(Buffer.from(blob).includes('secret')).toBe(false);
    }
  });

  it('keeps createdAt on edit and moves updatedAt', async () => {
    const { api } = await freshVault();
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1000);
    const saved = await api.saveEntry({ text: 'draft' });
    now.mockReturnValue(5000);
    const edited = await api.saveEntry({ id: saved.id, text: 'final' });
    expect(edited).toEqual({ id: saved.id, text: 'final', createdAt: 1000, updatedAt: 5000 });
    expect((await api.listEntries()).entries).toEqual([edited]);
  });

  it('refuses to edit an entry that does not exist, and an overlong entry', async () => {
    const { api } = await freshVault();
    expect(await codeOf(api.saveEntry({ id: 'f'.repeat(32), text: 'x' }))).toBe('not-found');
    expect(await codeOf(api.saveEntry({ id: '../header', text: 'x' }))).toBe('not-found');
    expect(await codeOf(api.saveEntry({ text: 'x'.repeat(100_001) }))).toBe('invalid-record');
  });

  it('deletes an entry', async () => {
    const { api, store } = await freshVault();
    const a = await api.saveEntry({ text: 'a' });
    const b = await api.saveEntry({ text: 'b' });
    await api.deleteEntry(a.id);
    expect(store.records.has(a.id)).toBe(false);
    expect((await api.listEntries()).entries.map((e) => e.id)).toEqual([b.id]);
  });
});

describe('damaged records', () => {
  it('lists the readable entries and reports a tampered record without deleting it', async () => {
    const { api, store } = await freshVault();
    const good = await api.saveEntry({ text: 'good' });
    const bad = await api.saveEntry({ text: 'will be damaged' });
    const blob = store.records.get(bad.id);
    if (!blob) throw new Error('missing blob');
    const damaged = blob.slice();
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 1;
    store.records.set(bad.id, damaged);

    const list = await api.listEntries();
    expect(list.entries.map((e) => e.text)).toEqual(['good']);
    expect(list.unreadableIds).toEqual([bad.id]);
    expect(store.records.get(bad.id)).toEqual(damaged);
    expect(list.entries[0]?.id).toBe(good.id);
  });

  it('does not show a record moved under another id (the id is authenticated)', async () => {
    const { api, store } = await freshVault();
    const a = await api.saveEntry({ text: 'a' });
    const b = await api.saveEntry({ text: 'b' });
    const blobA = store.records.get(a.id);
    if (!blobA) throw new Error('missing blob');
    store.records.set(b.id, blobA);
    const list = await api.listEntries();
    expect(list.entries.map((e) => e.text)).toEqual(['a']);
    expect(list.unreadableIds).toEqual([b.id]);
  });

  it('does not open records from another vault', async () => {
    const one = await freshVault();
    const two = await freshVault();
    const entry = await one.api.saveEntry({ text: 'from vault one' });
    const blob = one.store.records.get(entry.id);
    if (!blob) throw new Error('missing blob');
    two.store.records.set(entry.id, blob);
    expect(await two.api.listEntries()).toEqual({ entries: [], unreadableIds: [entry.id] });
  });
});

describe('serialised calls', () => {
  it('lets only one of two simultaneous creates succeed', async () => {
    const store = new MemoryStore();
    const api = createVaultService(loadCore, store);
    const codes = await Promise.all([codeOf(api.createVault(PASS)), codeOf(api.createVault(PASS))]);
    expect(codes.sort()).toEqual(['no error', 'vault-exists']);
    expect(loads).toBeGreaterThan(0);
  });
});

// ---- Safety (issue 4): settings and contacts through the worker, against the real core.
describe('settings and contacts', () => {
  it('gives the core defaults, saves under one record the store cannot tell apart, and survives lock', async () => {
    const { api, store } = await freshVault();
    const rules = await api.settingsRules();
    expect(rules.defaults).toEqual({
      autoLockMinutes: 5,
      hiddenGraceSeconds: 30,
      quickExitUrl: 'https://www.wikipedia.org/',
      crisisRegion: '',
    });
    expect(rules.autoLockMinutes).toEqual([1, 60]);
    expect(await api.getSettings()).toEqual(rules.defaults);

    const mine = { autoLockMinutes: 2, hiddenGraceSeconds: 0, quickExitUrl: 'https://example.org/news', crisisRegion: 'uk' };
    expect(await api.saveSettings(mine)).toEqual({ ok: true, value: mine });
    expect(await api.saveSettings({ ...mine, autoLockMinutes: 3 })).toMatchObject({ ok: true });
    expect(store.records.size).toBe(1);
    const [id, blob] = [...store.records][0] ?? [];
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(Buffer.from(blob ?? []).includes('example.org')).toBe(false);

    await api.lock();
    expect(await codeOf(api.getSettings())).toBe('locked');
    expect((await api.settingsRules()).defaults.autoLockMinutes).toBe(5);
    await api.unlock(PASS);
    expect(await api.getSettings()).toEqual({ ...mine, autoLockMinutes: 3 });
    // Settings are not journal entries.
    expect((await api.listEntries()).entries).toEqual([]);
  });

  it('names the field the core refuses and stores nothing', async () => {
    const { api, store } = await freshVault();
    const d = (await api.settingsRules()).defaults;
    expect(await api.saveSettings({ ...d, autoLockMinutes: 0 })).toEqual({ ok: false, field: 'autoLockMinutes' });
    expect(await api.saveSettings({ ...d, hiddenGraceSeconds: 601 })).toEqual({ ok: false, field: 'hiddenGraceSeconds' });
    expect(await api.saveSettings({ ...d, quickExitUrl: 'http://example.org/' })).toEqual({ ok: false, field: 'quickExitUrl' });
    expect(await api.saveContact({ name: ' ', number: '555', note: '' })).toEqual({ ok: false, field: 'name' });
    expect(await api.saveContact({ name: 'Ana', number: 'call me', note: '' })).toEqual({ ok: false, field: 'number' });
    expect(store.records.size).toBe(0);
  });

  it('adds, edits, lists by name and deletes contacts, apart from the journal', async () => {
    const { api } = await freshVault();
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1000);
    const zoe = await api.saveContact({ name: 'Zoe', number: '+1 555 0100', note: 'sister' });
    const ana = await api.saveContact({ name: 'ana', number: '555-0199', note: '' });
    const entry = await api.saveEntry({ text: 'journal words' });
    if (!zoe.ok || !ana.ok) throw new Error('saves failed');
    now.mockReturnValue(2000);
    const edited = await api.saveContact({ id: zoe.value.id, name: 'Zoe B', number: '+1 555 0101', note: '' });
    expect(edited).toEqual({
      ok: true,
      value: { id: zoe.value.id, name: 'Zoe B', number: '+1 555 0101', note: '', createdAt: 1000, updatedAt: 2000 },
    });
    expect((await api.listContacts()).map((c) => c.name)).toEqual(['ana', 'Zoe B']);
    expect((await api.listEntries()).entries.map((e) => e.text)).toEqual(['journal words']);
    expect(await codeOf(api.deleteContact(entry.id))).toBe('not-found');
    expect(await codeOf(api.saveContact({ id: entry.id, name: 'x', number: '555', note: '' }))).toBe('not-found');
    await api.deleteContact(ana.value.id);
    expect((await api.listContacts()).map((c) => c.name)).toEqual(['Zoe B']);
    await api.lock();
    expect(await codeOf(api.listContacts())).toBe('locked');
  });
});
