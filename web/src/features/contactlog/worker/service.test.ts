// The contact log and no-contact goals through the worker's VaultApi, against
// the real WASM core (loaded from bytes in Node) and a Map store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import init, * as wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { ContactLogInput } from '../shared/api';
import type { VaultApi } from '../../../worker/api';
import { codeOf, MemoryStore } from '../../../worker/service.test-store';
import { createVaultService } from '../../../worker/service';
import { contactLogJson, parseContactLog, parseGoal } from '../shared/records';

const PASS = 'correct horse battery staple';
const DAY = 86_400_000;

beforeAll(async () => {
  const bytes = readFileSync(join(import.meta.dirname, '../../../wasm/pkg/kintsugi_wasm_bg.wasm'));
  await init({ module_or_path: bytes });
});

async function freshVault(): Promise<{ api: VaultApi; store: MemoryStore }> {
  const store = new MemoryStore();
  const api = createVaultService(async () => wasm, store);
  await api.createVault(PASS);
  return { api, store };
}

function contact(occurredAt: number, patch: Partial<ContactLogInput> = {}): ContactLogInput {
  return { occurredAt, initiatedBy: 'them', channel: 'text', hooverTactic: 'apology', note: '', brokeNoContact: false, ...patch };
}

describe('contact log', () => {
  it('adds, lists newest first, edits keeping createdAt, and deletes', async () => {
    const { api, store } = await freshVault();
    const now = Date.now();
    const older = await api.saveContactLog(contact(now - 3 * DAY, { note: '  said sorry again  ' }));
    const newer = await api.saveContactLog(contact(now - DAY, { hooverTactic: null, channel: 'inPerson', initiatedBy: 'me' }));
    if (!older.ok || !newer.ok) throw new Error('the core refused a valid contact');
    expect(older.value.note).toBe('said sorry again');
    expect(newer.value.hooverTactic).toBeNull();
    // A journal entry is another kind: not listed, and not deletable here.
    const entry = await api.saveEntry({ text: 'an entry' });

    let list = await api.listContactLog();
    expect(list.map((c) => c.id)).toEqual([newer.value.id, older.value.id]);
    expect(list[1]).toMatchObject({ initiatedBy: 'them', channel: 'text', hooverTactic: 'apology', brokeNoContact: false });

    const edited = await api.saveContactLog({
      ...contact(now - 2 * DAY, { hooverTactic: 'gift', brokeNoContact: true }),
      id: older.value.id,
    });
    if (!edited.ok) throw new Error('the core refused an edit');
    expect(edited.value.createdAt).toBe(older.value.createdAt);
    list = await api.listContactLog();
    expect(list.find((c) => c.id === older.value.id)).toMatchObject({
      hooverTactic: 'gift',
      brokeNoContact: true,
      occurredAt: now - 2 * DAY,
    });
    expect(store.sealed.size).toBe(3);

    expect(await codeOf(api.deleteContactLog(entry.id))).toBe('not-found');
    expect(await codeOf(api.deleteContactLog('nope'))).toBe('not-found');
    expect(await codeOf(api.saveContactLog({ ...contact(now), id: entry.id }))).toBe('not-found');
    await api.deleteContactLog(older.value.id);
    expect((await api.listContactLog()).map((c) => c.id)).toEqual([newer.value.id]);
    expect(store.records.has(entry.id)).toBe(true);
  });

  it('names the field the core refuses and stores nothing', async () => {
    const { api, store } = await freshVault();
    expect(await api.saveContactLog(contact(Date.now(), { note: 'x'.repeat(10_001) }))).toEqual({ ok: false, field: 'note' });
    expect(await api.saveContactLog(contact(2 ** 53))).toEqual({ ok: false, field: 'occurredAt' });
    expect(store.sealed.size).toBe(0);
  });

  it('is refused while locked', async () => {
    const { api } = await freshVault();
    await api.lock();
    expect(await codeOf(api.listContactLog())).toBe('locked');
    expect(await codeOf(api.saveContactLog(contact(0)))).toBe('locked');
    expect(await codeOf(api.noContact())).toBe('locked');
  });
});

describe('no-contact goal', () => {
  it('counts a streak, restarts it at a breaking contact, and keeps the longest', async () => {
    const { api } = await freshVault();
    expect(await api.noContact()).toEqual({ active: [], summary: { goals: 0, current: null, longestDays: null, streaks: [] } });

    const now = Date.now();
    const started = await api.startNoContactGoal(now - 10 * DAY);
    if (!started.ok) throw new Error('the core refused a goal');
    let state = await api.noContact();
    expect(state.active.map((g) => g.id)).toEqual([started.value.id]);
    expect(state.summary.current?.days).toBe(10);

    await api.saveContactLog(contact(now - 3 * DAY, { brokeNoContact: true }));
    // One that did not break it changes nothing.
    await api.saveContactLog(contact(now - 2 * DAY));
    state = await api.noContact();
    expect(state.summary.streaks.map((s) => [s.days, s.ongoing])).toEqual([
      [7, false],
      [3, true],
    ]);
    expect(state.summary.current?.days).toBe(3);
    expect(state.summary.longestDays).toBe(7);

    const ended = await api.endNoContactGoals(now - 2 * DAY);
    expect(ended.ok && ended.value.map((g) => g.endedAt)).toEqual([now - 2 * DAY]);
    state = await api.noContact();
    expect(state.active).toEqual([]);
    expect(state.summary.current).toBeNull();
    expect(state.summary.streaks.map((s) => s.days)).toEqual([7, 1]);
    expect(state.summary.longestDays).toBe(7);

    // A new goal a day later: a new streak, the old ones kept.
    const again = await api.startNoContactGoal(now - DAY);
    expect(again.ok).toBe(true);
    state = await api.noContact();
    expect(state.summary.current).toMatchObject({ start: now - DAY, days: 1, ongoing: true });
    expect(state.summary.streaks).toHaveLength(3);
  });

  it('refuses a start the core cannot store', async () => {
    const { api, store } = await freshVault();
    expect(await api.startNoContactGoal(2 ** 53)).toEqual({ ok: false, field: 'startedAt' });
    expect(store.sealed.size).toBe(0);
  });
});

describe('tracker records', () => {
  it('read back what they write, and nothing of other kinds', () => {
    const input = contact(5, { hooverTactic: null, note: ' n ' });
    const json = contactLogJson(input, 6, 7);
    expect(JSON.parse(json)).toEqual({
      kind: 'contactLog',
      occurredAt: 5,
      initiatedBy: 'them',
      channel: 'text',
      note: 'n',
      brokeNoContact: false,
      createdAt: 6,
      updatedAt: 7,
    });
    expect(parseContactLog('a', json)).toMatchObject({ id: 'a', hooverTactic: null, note: 'n' });
    expect(parseContactLog('a', '{"kind":"journal"}')).toBeNull();
    // A wrong shape never reaches the reader: the core refuses to seal it (and to open it, record.rs).
    expect(wasm.invalidField(json.replace('"text"', '"pigeon"'))).not.toBeUndefined();
    expect(parseGoal('g', '{"kind":"noContactGoal","startedAt":1,"note":"","createdAt":1,"updatedAt":1}')).toEqual({
      id: 'g',
      startedAt: 1,
      note: '',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(parseGoal('g', json)).toBeNull();
  });
});
