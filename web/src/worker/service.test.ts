// The worker's VaultApi against the real WASM core (loaded from bytes in Node) and a Map store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import init, * as wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { VaultApi } from './api';
import { codeOf, MemoryStore } from './service.test-store';
import { createVaultService, type Core } from './service';
import { emptyPlan, planRecordJson } from '../features/plan/shared/records';

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

  it('rotates the keys: every record re-sealed, and the old header opens nothing written after', async () => {
    const { api, store } = await freshVault();
    const before = await api.saveEntry({ text: 'before' });
    await api.saveSettings({ ...(await api.getSettings()), autoLockMinutes: 7 });
    const oldHeader = store.header as Uint8Array;
    const oldBlobs = new Map(store.records);
    const seen: string[] = [];
    await api.changePassphrase(PASS, 'a brand new passphrase here', (p) => seen.push(`${p.phase} ${p.done}/${p.total}`));
    expect(seen).toEqual(['key 0/0', 'records 2/2', 'write 0/2']);
    expect(store.header).not.toEqual(oldHeader);
    for (const [id, blob] of oldBlobs) expect(store.records.get(id)).not.toEqual(blob);
    const after = await api.saveEntry({ text: 'after' });

    // Someone who kept the old header and knows the old passphrase reads none of it.
    const old = wasm.unlockVault(oldHeader, PASS);
    for (const id of [before.id, after.id]) expect(() => old.openRecord(id, store.records.get(id) as Uint8Array)).toThrow();
    old.free();
    // Still unlocked under the new keys, with everything in it.
    expect((await api.getSettings()).autoLockMinutes).toBe(7);
    expect((await api.listEntries()).entries.map((e) => e.text)).toEqual(['after', 'before']);
  });

  it('keeps the old passphrase working, without a reload, when the write fails', async () => {
    const { api, store } = await freshVault();
    await api.saveEntry({ text: 'kept' });
    const header = store.header;
    const blobs = new Map(store.records);
    store.failAtomic = true;
    expect(await codeOf(api.changePassphrase(PASS, 'a brand new passphrase here'))).toBe('storage');
    store.failAtomic = false;
    expect(store.header).toEqual(header);
    expect(store.records).toEqual(blobs);
    // The vault in memory is still the old one: saving works and the old passphrase is the one asked.
    await api.saveEntry({ text: 'still saving' });
    expect(await codeOf(api.changePassphrase('a brand new passphrase here', 'another new passphrase'))).toBe('wrong-passphrase');
    await api.changePassphrase(PASS, 'a brand new passphrase here');
    await api.lock();
    await api.unlock('a brand new passphrase here');
    expect((await api.listEntries()).entries.map((e) => e.text).sort()).toEqual(['kept', 'still saving']);
  });

  it('writes nothing when another tab changed the vault during the change', async () => {
    const { api, store } = await freshVault();
    await api.saveEntry({ text: 'kept' });
    const other = wasm.createVault('another tab passphrase').headerBytes();
    const blobs = new Map(store.records);
    const write = store.writeVault.bind(store);
    vi.spyOn(store, 'writeVault').mockImplementation((expected, header, records) => {
      store.header = other; // the other tab's write lands first
      return write(expected, header, records);
    });
    expect(await codeOf(api.changePassphrase(PASS, 'a brand new passphrase here'))).toBe('vault-changed');
    expect(store.header).toBe(other);
    expect(store.records).toEqual(blobs);
  });
});

describe('a version-1 vault', () => {
  // The frozen vector the core's tests open (crates/model/tests/vectors/frozen-v1.json).
  const frozen = JSON.parse(readFileSync(join(import.meta.dirname, '../../../crates/model/tests/vectors/frozen-v1.json'), 'utf8')) as {
    passphrase: string;
    header: string;
    recordId: string;
    record: string;
    recordJson: string;
  };
  const bytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

  it('is upgraded to version 2 by its first unlock, in one header write, and keeps every entry', async () => {
    const store = new MemoryStore();
    store.header = bytes(frozen.header);
    store.records.set(frozen.recordId, bytes(frozen.record));
    const api = createVaultService(loadCore, store);
    await expect(api.unlock('not the passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(store.header?.[5]).toBe(1);
    await api.unlock(frozen.passphrase);
    // The stored header is now version 2; the record was not touched.
    expect(store.header?.length).toBe(400);
    expect([...(store.header ?? []).slice(0, 6)]).toEqual([0x4b, 0x53, 0x56, 0x48, 0, 2]);
    expect(store.records.get(frozen.recordId)).toEqual(bytes(frozen.record));
    const text = (JSON.parse(frozen.recordJson) as { text: string }).text;
    expect((await api.getEntry(frozen.recordId)).text).toBe(text);
    // It reopens under the same passphrase from the new header, and the next unlock writes nothing.
    await api.lock();
    const upgraded = store.header;
    await api.unlock(frozen.passphrase);
    expect(store.header).toBe(upgraded);
    expect((await api.getEntry(frozen.recordId)).text).toBe(text);
  });

  it('opens all the same when the upgrade cannot be stored, and upgrades at the next unlock', async () => {
    const store = new MemoryStore();
    store.header = bytes(frozen.header);
    store.records.set(frozen.recordId, bytes(frozen.record));
    const write = vi.spyOn(store, 'writeVault').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = createVaultService(loadCore, store);
    await api.unlock(frozen.passphrase);
    expect(write).toHaveBeenCalledTimes(1);
    expect(store.header?.[5]).toBe(1);
    expect((await api.getEntry(frozen.recordId)).text.length).toBeGreaterThan(0);
    await api.lock();
    await api.unlock(frozen.passphrase);
    expect(store.header?.[5]).toBe(2);
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

  it('does not open records from another vault, nor reports one it never listed (it may be the second vault’s)', async () => {
    const one = await freshVault();
    const two = await freshVault();
    const entry = await one.api.saveEntry({ text: 'from vault one' });
    const blob = one.store.records.get(entry.id);
    if (!blob) throw new Error('missing blob');
    two.store.records.set(entry.id, blob);
    expect(await two.api.listEntries()).toEqual({ entries: [], unreadableIds: [] });
    expect((await two.api.queryEntries({}, 0, 10)).unreadableIds).toEqual([]);
    expect(two.store.records.get(entry.id)).toEqual(blob);
  });
});

describe('the language chosen on this device', () => {
  it('is kept and read while locked, before any vault exists, without loading the core', async () => {
    const store = new MemoryStore();
    const before = loads;
    const api = createVaultService(loadCore, store);
    expect(await api.deviceLanguage()).toBeUndefined();
    await api.setDeviceLanguage('es');
    expect(store.language).toBe('es');
    expect(await api.deviceLanguage()).toBe('es');
    await api.setDeviceLanguage(undefined);
    expect(await api.deviceLanguage()).toBeUndefined();
    expect(loads).toBe(before);
  });

  it('refuses a language the app does not have, and ignores one stored by someone else', async () => {
    const { api, store } = await freshVault();
    await api.setDeviceLanguage('es');
    expect(await codeOf(api.setDeviceLanguage('de' as 'es'))).toBe('invalid-input');
    expect(store.language).toBe('es');
    store.language = '<script>';
    expect(await api.deviceLanguage()).toBeUndefined();
  });

  it('is erased with everything else', async () => {
    const { api, store } = await freshVault();
    await api.setDeviceLanguage('es');
    await api.eraseEverything();
    expect(store.language).toBeUndefined();
  });
});

describe('erase everything', () => {
  it('refuses while locked, then wipes the keys and deletes every stored byte', async () => {
    const { api, store } = await freshVault();
    await api.saveEntry({ text: 'to be erased' });
    await api.lock();
    expect(await codeOf(api.eraseEverything())).toBe('locked');
    expect(store.sealed.size).toBe(1);
    await api.unlock(PASS);
    await api.eraseEverything();
    expect(store.header).toBeUndefined();
    expect(store.sealed.size).toBe(0);
    expect(await api.status()).toEqual({ hasVault: false, unlocked: false });
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

  it('lets only one of two tabs create a vault: the second sees the first inside its write', async () => {
    // Two workers (two tabs) over one store: both pass the first look before either writes.
    const store = new MemoryStore();
    const one = createVaultService(loadCore, store);
    const two = createVaultService(loadCore, store);
    const codes = await Promise.all([codeOf(one.createVault(PASS)), codeOf(two.createVault('the other tab passphrase'))]);
    expect(codes.sort()).toEqual(['no error', 'vault-exists']);
    const winner = codes[0] === 'no error' ? PASS : 'the other tab passphrase';
    const fresh = createVaultService(loadCore, store);
    await fresh.unlock(winner);
  });
});

// ---- Safety: settings and contacts through the worker, against the real core.
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
    expect(store.sealed.size).toBe(1);
    const [id, blob] = [...store.sealed][0] ?? [];
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
    expect(store.sealed.size).toBe(0);
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

describe('cycle tracker fields', () => {
  it('saves phase, emotions, triggers, body note and when it happened; the core tidies tags', async () => {
    const { api } = await freshVault();
    const saved = await api.saveEntry({
      text: 'a hard evening',
      tracker: {
        occurredAt: 1764000000000,
        phase: 'devaluation',
        emotions: { fear: 4, Numb: 0 },
        triggers: [' Work ', 'work', 'money'],
        bodyNote: 'tight chest',
      },
    });
    expect(saved).toMatchObject({
      occurredAt: 1764000000000,
      phase: 'devaluation',
      emotions: { fear: 4, Numb: 0 },
      triggers: ['Work', 'money'],
      bodyNote: 'tight chest',
    });
    const [listed] = (await api.listEntries()).entries;
    expect(listed).toEqual(saved);
  });

  it('keeps the tracker fields when only the text is edited, and replaces them when given', async () => {
    const { api } = await freshVault();
    const saved = await api.saveEntry({ text: 'one', tracker: { phase: 'calm', triggers: ['sleep'] } });
    const edited = await api.saveEntry({ id: saved.id, text: 'one, edited' });
    expect(edited).toMatchObject({ text: 'one, edited', phase: 'calm', triggers: ['sleep'] });
    const cleared = await api.saveEntry({ id: saved.id, text: 'one, cleared', tracker: {} });
    expect(cleared.phase).toBeUndefined();
    expect(cleared.triggers).toBeUndefined();
  });

  it('refuses a rating above 5 and saves nothing', async () => {
    const { api, store } = await freshVault();
    expect(await codeOf(api.saveEntry({ text: 'x', tracker: { emotions: { fear: 6 } } }))).toBe('invalid-record');
    expect(store.sealed.size).toBe(0);
  });

  it('suggests triggers from earlier entries, most used first', async () => {
    const { api } = await freshVault();
    expect(await api.triggerSuggestions()).toEqual([]);
    await api.saveEntry({ text: 'a', tracker: { occurredAt: 1, triggers: ['money', 'work'] } });
    await api.saveEntry({ text: 'b', tracker: { occurredAt: 2, triggers: ['Work'] } });
    expect(await api.triggerSuggestions()).toEqual(['Work', 'money']);
  });

  it('computes insights in the core over the saved entries', async () => {
    const { api } = await freshVault();
    expect((await api.insights()).sentences.map((x) => x.kind)).toEqual(['noEntries']);
    const day = 86_400_000;
    const start = Date.now() - 10 * day;
    const phases = ['idealization', 'devaluation', 'hoovering'] as const;
    for (const [i, phase] of phases.entries()) {
      await api.saveEntry({ text: phase, tracker: { occurredAt: start + i * 3 * day, phase } });
    }
    const result = await api.insights();
    expect(result.cycles.count).toBe(1);
    expect(result.cycles.complete[0]?.lengthDays).toBe(6);
    expect(result.sentences.find((x) => x.kind === 'cycleCount')?.text).toBe('Your entries show 1 full cycle.');
  });
});

// ---- Diary card: through the worker, against the real core.
describe('diary card', () => {
  const day = (date: string, urge: number, skillsUsed: number, note = '') => ({
    date,
    emotions: [{ name: 'fear', rating: urge }],
    urges: [{ name: 'self-harm', rating: urge, actedOn: urge > 3 }],
    skillsUsed,
    skills: skillsUsed >= 5 ? ['stop'] : [],
    note,
  });

  it('saves one record per date, summarises the week and names a bad field', async () => {
    const { api, store } = await freshVault();
    const first = await api.saveDiaryDay(day('2026-11-23', 1, 6, 'first'));
    expect(first.ok).toBe(true);
    const again = await api.saveDiaryDay(day('2026-11-23', 2, 6, 'second'));
    expect(again.ok && first.ok && again.value.id === first.value.id).toBe(true);
    expect(store.sealed.size).toBe(1);
    await api.saveDiaryDay(day('2026-11-24', 5, 0));
    await api.saveDiaryDay(day('2026-11-25', 1, 7));
    await api.saveDiaryDay(day('2026-11-26', 4, 1));
    expect(await api.saveDiaryDay({ ...day('2026-11-27', 1, 0), skillsUsed: 8 })).toEqual({ ok: false, field: 'skillsUsed' });
    expect(await api.saveDiaryDay({ ...day('2026-02-30', 1, 0) })).toEqual({ ok: false, field: 'date' });

    const week = await api.diaryWeek('2026-11-26');
    expect(week.weekStart).toBe('2026-11-23');
    expect(week.days.map((d) => d.note)).toEqual(['second', '', '', '']);
    expect(week.summary.skillsAndUrges).toMatchObject({ withSkillsMean: 1.5, otherMean: 4.5, lowerWithSkills: true });
    expect(week.summary.sentences).toContain('Urges were lower on the days you used skills.');
    const next = await api.diaryWeek('2026-11-26', 1);
    expect(next.weekStart).toBe('2026-11-30');
    expect(next.days).toEqual([]);
    expect((await api.listDiaryDays()).map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']);
    expect((await api.listEntries()).entries).toEqual([]);
    await api.lock();
    expect(await codeOf(api.diaryWeek('2026-11-26'))).toBe('locked');
  });
});

// ---- The plan for the next contact.
describe('boundary plan', () => {
  it('is empty at first, saves into one record, and names a field that is too long', async () => {
    const { api, store } = await freshVault();
    expect(await api.getBoundaryPlan()).toEqual({
      describe: '',
      express: '',
      assert: '',
      reinforce: '',
      situation: '',
      feelings: '',
      actions: '',
      callAfter: '',
    });
    const plan = { ...(await api.getBoundaryPlan()), describe: 'You called at work.', callAfter: 'Sam' };
    expect(await api.saveBoundaryPlan(plan)).toEqual({ ok: true, value: plan });
    expect(await api.saveBoundaryPlan({ ...plan, assert: 'Please stop.' })).toMatchObject({ ok: true });
    expect(store.sealed.size).toBe(1);
    expect((await api.getBoundaryPlan()).assert).toBe('Please stop.');
    expect(await api.saveBoundaryPlan({ ...plan, actions: 'x'.repeat(2001) })).toEqual({ ok: false, field: 'actions' });
    expect((await api.getBoundaryPlan()).assert).toBe('Please stop.');
    expect((await api.listEntries()).entries).toEqual([]);
    expect(await api.listDiaryDays()).toEqual([]);
  });
});

// ---- Safety plan: one record, normalized by the core, newest wins.
describe('safety plan', () => {
  it('saves trimmed, reads back after a lock, refuses a broken field, and the newest copy wins', async () => {
    const { api, store } = await freshVault();
    const rules = await api.planRules();
    expect(rules.maxItems).toBe(30);
    expect(rules.checklist).toContain('petItems');
    expect(await api.getSafetyPlan()).toBeNull();

    const plan = emptyPlan();
    plan.warningSigns = ['  not sleeping ', '', '  '];
    plan.helpers = [
      { name: ' Mia ', contact: '555 0100' },
      { name: '', contact: ' ' },
    ];
    plan.checklist = [{ item: 'keys', label: '', where: ' hook ', have: true, copied: false, withSomeone: false, photographed: false }];
    plan.techDone = ['saferDevice'];
    const saved = await api.saveSafetyPlan(plan);
    if (!saved.ok) throw new Error(`refused ${saved.field}`);
    expect(saved.value.plan.warningSigns).toEqual(['not sleeping']);
    expect(saved.value.plan.helpers).toEqual([{ name: 'Mia', contact: '555 0100' }]);
    expect(saved.value.plan.checklist[0]?.where).toBe('hook');
    expect(store.sealed.size).toBe(1);

    await api.lock();
    expect(await codeOf(api.getSafetyPlan())).toBe('locked');
    await api.unlock(PASS);
    expect(await api.getSafetyPlan()).toEqual(saved.value);
    // The plan is not a journal entry, and a second save replaces it in place.
    expect((await api.listEntries()).entries).toEqual([]);
    const again = await api.saveSafetyPlan({ ...saved.value.plan, money: ['jar'] });
    expect(again.ok && again.value.updatedAt > saved.value.updatedAt).toBe(true);
    expect(store.sealed.size).toBe(1);

    expect(await api.saveSafetyPlan({ ...plan, techDone: ['wifi'] })).toEqual({ ok: false, field: 'techDone' });
    expect(await api.saveSafetyPlan({ ...plan, codeWords: ['x'.repeat(rules.maxItemChars + 1)] })).toEqual({
      ok: false,
      field: 'codeWords',
    });

    // An older copy (e.g. merged from another device) never hides the newer one.
    const older = wasm.newRecordId();
    const vault = wasm.unlockVault(store.header as Uint8Array, PASS);
    store.records.set(older, vault.sealRecord(older, planRecordJson({ ...emptyPlan(), money: ['old'] }, 1)));
    expect((await api.getSafetyPlan())?.plan.money).toEqual(['jar']);
    vault.free();
  });
});

describe('walk-away check', () => {
  it('gives the core result, and keeps answers only when asked, as one more sealed record', async () => {
    const { api, store } = await freshVault();
    const ids = await api.walkAwayQuestions();
    expect(ids).toContain('refusesHelp');
    expect(ids[0]).toBe('strangled');
    expect(await api.walkAwayResult([])).toEqual({ result: 'noSigns', urgent: false, advice: [], actions: ['helpNow', 'safetyPlan'] });
    expect(await api.walkAwayResult(['twisting', 'strangled'])).toEqual({
      result: 'safetyFirst',
      urgent: true,
      advice: ['strangulation'],
      actions: ['helpNow', 'safetyPlan'],
    });
    expect(await codeOf(api.walkAwayResult(['nope']))).toBe('invalid-record');
    expect(store.sealed.size).toBe(0);
    expect(await api.saveWalkAwayCheck(['control'])).toMatchObject({ ok: true });
    expect(store.sealed.size).toBe(1);
    // Written by the core with the version of today's question set.
    const vault = wasm.unlockVault(store.header as Uint8Array, PASS);
    const [id, sealed] = [...store.sealed][0]!;
    expect(JSON.parse(vault.openRecord(id, sealed))).toMatchObject({ kind: 'walkAwayCheck', version: 2, yes: ['control'] });
    vault.free();
    expect(await api.saveWalkAwayCheck(['control', 'control'])).toEqual({ ok: false, field: 'yes' });
    expect(await api.saveWalkAwayCheck(['hurt'])).toEqual({ ok: false, field: 'yes' });
    expect((await api.listEntries()).entries).toEqual([]);
  });
});
