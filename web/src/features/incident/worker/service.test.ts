// The incident log and kept walk-away checks through the worker's VaultApi, against the real
// WASM core (loaded from bytes in Node) and a Map store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import init, * as wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { IncidentFields } from '../shared/api';
import type { VaultApi } from '../../../worker/api';
import { codeOf, MemoryStore } from '../../../worker/service.test-store';
import { createVaultService } from '../../../worker/service';

const PASS = 'correct horse battery staple';
const MARKER = 'ZEBRA-INCIDENT-MARKER';

beforeAll(async () => {
  await init({ module_or_path: readFileSync(join(import.meta.dirname, '../../../wasm/pkg/kintsugi_wasm_bg.wasm')) });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function freshVault(): Promise<{ api: VaultApi; store: MemoryStore }> {
  const store = new MemoryStore();
  const api = createVaultService(async () => wasm, store);
  await api.createVault(PASS);
  return { api, store };
}

function fields(day: number, place: string): IncidentFields {
  return {
    occurredAt: Date.UTC(2026, 10, day, 21, 30),
    place,
    whatHappened: `${MARKER} said I was worthless`,
    injuries: '',
    witnesses: '',
    evidence: '',
    reportNumbers: '',
    howIFelt: 'scared',
    after: '',
  };
}

async function saved(api: VaultApi, f: IncidentFields, supersedes?: string) {
  const result = await api.saveIncident(f, supersedes);
  if (!result.ok) throw new Error(`refused: ${result.field}`);
  return result.value;
}

describe('incident log', () => {
  it('names a field that breaks a rule and stores nothing', async () => {
    const { api, store } = await freshVault();
    const rules = await api.incidentRules();
    const before = store.sealed.size;
    expect(await api.saveIncident({ ...fields(10, 'x'.repeat(rules.shortChars + 1)) })).toEqual({ ok: false, field: 'place' });
    expect(store.sealed.size).toBe(before);
  });

  it('chains versions, keeps history on edit, lists newest first and verifies', async () => {
    const { api, store } = await freshVault();
    expect((await api.incidentLog()).check).toMatchObject({ intact: true, count: 0, head: null });
    const first = await saved(api, fields(10, 'Kitchen'));
    expect(first).toMatchObject({ seq: 0, prevHash: '0'.repeat(64), status: 'intact' });
    const second = await saved(api, fields(12, 'Car park'));
    expect(second.prevHash).toBe(first.hash);
    const edit = await saved(api, { ...fields(10, 'Kitchen'), injuries: 'bruised arm' }, first.hash);
    expect(edit).toMatchObject({ seq: 2, prevHash: second.hash, supersedes: first.hash });

    const log = await api.incidentLog();
    expect(log.check.intact).toBe(true);
    expect(log.check.count).toBe(3);
    expect(log.check.head).toBe(edit.hash);
    expect(log.check.problems).toEqual([]);
    expect(log.incidents.map((i) => i.current.place)).toEqual(['Car park', 'Kitchen']);
    expect(log.incidents[1]!.current.injuries).toBe('bruised arm');
    expect(log.incidents[1]!.versions.map((v) => v.hash)).toEqual([first.hash, edit.hash]);
    expect(log.versions.map((v) => v.seq)).toEqual([0, 1, 2]);

    // Only the newest version can be edited.
    expect(await codeOf(api.saveIncident(fields(10, 'x'), first.hash))).toBe('invalid-input');
    // A field that is too long names itself and saves nothing.
    expect(await api.saveIncident({ ...fields(1, 'p'.repeat(501)) })).toEqual({ ok: false, field: 'place' });
    expect((await api.incidentLog()).check.count).toBe(3);

    // Nothing readable at rest.
    for (const blob of store.records.values()) {
      expect(new TextDecoder('utf-8', { fatal: false }).decode(blob)).not.toContain(MARKER);
    }
  });

  it('shows a version changed after it was saved', async () => {
    const { api, store } = await freshVault();
    const first = await saved(api, fields(10, 'Kitchen'));
    await saved(api, fields(11, 'Hall'));
    // Someone with the passphrase rewrites the first version in place (not through the app).
    const vault = wasm.unlockVault(store.header!, PASS);
    const id = [...store.sealed].find(([rid, blob]) => vault.openRecord(rid, blob).includes(first.hash))![0];
    const changed = vault.openRecord(id, store.records.get(id)!).replace('Kitchen', 'Garden');
    store.records.set(id, vault.sealRecord(id, changed));
    vault.free();

    const log = await api.incidentLog();
    expect(log.check.intact).toBe(false);
    expect(log.versions[0]!.status).toBe('edited');
    expect(log.check.problems).toContainEqual({ first: 0, last: 0, kind: 'edited' });
  });

  it('deletes the whole log, and a new log starts again', async () => {
    const { api, store } = await freshVault();
    await api.saveEntry({ text: 'a journal entry stays' });
    await saved(api, fields(10, 'Kitchen'));
    await saved(api, fields(11, 'Hall'));
    await api.deleteIncidentLog();
    expect((await api.incidentLog()).check.count).toBe(0);
    expect(store.sealed.size).toBe(1);
    expect((await saved(api, fields(12, 'Park'))).seq).toBe(0);
    expect((await api.listEntries()).entries).toHaveLength(1);
  });
});

describe('kept walk-away checks', () => {
  it('lists kept checks newest first with their result and deletes one', async () => {
    const { api, store } = await freshVault();
    await api.saveEntry({ text: 'keep me' });
    expect(await api.listWalkAwayChecks()).toEqual([]);
    const now = vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 10, 1));
    await api.saveWalkAwayCheck(['putDowns']);
    now.mockReturnValue(Date.UTC(2026, 10, 2));
    await api.saveWalkAwayCheck(['afraid', 'control']);
    const kept = await api.listWalkAwayChecks();
    expect(kept.map((c) => c.result)).toEqual(['safetyFirst', 'abuseSigns']);
    expect(kept[0]!.yes).toEqual(['afraid', 'control']);

    await api.deleteWalkAwayCheck(kept[0]!.id);
    expect((await api.listWalkAwayChecks()).map((c) => c.result)).toEqual(['abuseSigns']);
    // A check kept before the question set changed (no version, first-set ids) still lists,
    // read with its own set: "hurt" is danger, "twisting" alone is abuse.
    const vault = wasm.unlockVault(store.header as Uint8Array, PASS);
    for (const [id, yes, takenAt] of [
      ['0f'.repeat(16), ['twisting'], Date.UTC(2025, 0, 1)],
      ['0e'.repeat(16), ['hurt', 'refusesHelp'], Date.UTC(2025, 0, 2)],
    ] as const) {
      store.records.set(id, vault.sealRecord(id, JSON.stringify({ kind: 'walkAwayCheck', yes, takenAt })));
    }
    vault.free();
    expect((await api.listWalkAwayChecks()).map((c) => c.result)).toEqual(['abuseSigns', 'safetyFirst', 'abuseSigns']);

    // Another record's id is refused: this call deletes kept checks only.
    const entryId = (await api.listEntries()).entries[0]!.id;
    expect(await codeOf(api.deleteWalkAwayCheck(entryId))).toBe('invalid-input');
    expect((await api.listEntries()).entries).toHaveLength(1);
  });
});
