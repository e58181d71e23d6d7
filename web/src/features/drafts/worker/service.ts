// The worker's draft calls: what the person was typing, sealed as an ordinary record of kind
// `draft` under a random id (nothing outside the ciphertext says which blob is a draft). One
// draft per editor target: the worker remembers, for the open vault, which ids hold drafts for
// which target (the drafts of the kind index, opened once on first use), so saving as the person
// types costs one seal and one write. The rules (fields, caps) are the core's.
import type * as Wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { Draft, DraftEditor } from '../../../worker/generated/model';
import type { DraftTarget, DraftsApi } from '../shared/api';
import type { Saved } from '../../../worker/saved';
import { jsonObject } from '../../../worker/json';
import type { ServiceDeps } from '../../../worker/service.deps';

type DraftCore = Pick<typeof Wasm, 'invalidField' | 'newRecordId'>;

export type DraftDeps = ServiceDeps<DraftCore>;

const EDITORS: ReadonlySet<string> = new Set<DraftEditor>(['journal', 'safetyPlan', 'incident', 'diaryDay', 'contactPlan']);

/** A draft record's fields, or null for any other JSON. */
export function parseDraft(json: string): Draft | null {
  const o = jsonObject(json);
  if (o === null || o.kind !== 'draft' || typeof o.editor !== 'string' || !EDITORS.has(o.editor)) return null;
  const form = typeof o.form === 'object' && o.form !== null && !Array.isArray(o.form) ? (o.form as Record<string, unknown>) : null;
  if (form === null || typeof o.updatedAt !== 'number') return null;
  const subject = typeof o.subject === 'string' ? o.subject : undefined;
  return { editor: o.editor as DraftEditor, ...(subject === undefined ? {} : { subject }), form, updatedAt: o.updatedAt };
}

export function draftRecordJson(target: DraftTarget, form: Record<string, unknown>, updatedAt: number): string {
  const subject = target.subject === undefined ? {} : { subject: target.subject };
  return JSON.stringify({ kind: 'draft', editor: target.editor, ...subject, form, updatedAt });
}

const keyOf = (t: DraftTarget) => `${t.editor}\u0000${t.subject ?? ''}`;

export function createDraftService(deps: DraftDeps): DraftsApi {
  const { loadCore, store, unlocked, serial, storage, records } = deps;
  /** Target -> ids of its drafts, newest first; for the vault it was built for. */
  let known: { vault: Wasm.Vault; ids: Map<string, { id: string; updatedAt: number }[]> } | null = null;

  async function index() {
    const v = unlocked();
    if (known?.vault === v) return known.ids;
    const ids = new Map<string, { id: string; updatedAt: number }[]>();
    for (const { id, json } of await records.ofKind('draft')) {
      const d = parseDraft(json);
      if (d === null) continue;
      const list = ids.get(keyOf(d)) ?? [];
      list.push({ id, updatedAt: d.updatedAt });
      ids.set(keyOf(d), list);
    }
    for (const list of ids.values()) list.sort((a, b) => b.updatedAt - a.updatedAt);
    known = { vault: v, ids };
    return ids;
  }

  async function open(id: string): Promise<Draft | null> {
    const blob = await storage(() => store.getRecord(id));
    if (blob === undefined) return null;
    try {
      return parseDraft(unlocked().openRecord(id, blob));
    } catch {
      unlocked(); // a lock is an error; a damaged draft is no draft
      return null;
    }
  }

  return {
    saveDraft: (target, form) =>
      serial(async (): Promise<Saved<{ updatedAt: number }>> => {
        const core = await loadCore();
        const ids = await index();
        const held = ids.get(keyOf(target)) ?? [];
        const [first, ...stale] = held;
        // Never older than the draft it replaces, even if the clock went back.
        const updatedAt = Math.max(Date.now(), (first?.updatedAt ?? 0) + 1);
        const id = first?.id ?? core.newRecordId();
        const saved = await records.save(id, draftRecordJson(target, form, updatedAt));
        if (!saved.ok) return saved;
        for (const old of stale) await storage(() => store.deleteRecord(old.id));
        ids.set(keyOf(target), [{ id, updatedAt }]);
        return { ok: true, value: { updatedAt } };
      }),

    getDraft: (target) =>
      serial(async () => {
        for (const { id } of (await index()).get(keyOf(target)) ?? []) {
          const found = await open(id);
          if (found) return found;
        }
        return null;
      }),

    newestDraft: (editor) =>
      serial(async () => {
        const all = [...(await index())].filter(([key]) => key.startsWith(`${editor}\u0000`)).flatMap(([, list]) => list);
        all.sort((a, b) => b.updatedAt - a.updatedAt);
        for (const { id } of all) {
          const found = await open(id);
          if (found) return found;
        }
        return null;
      }),

    discardDraft: (target) =>
      serial(async () => {
        const ids = await index();
        for (const { id } of ids.get(keyOf(target)) ?? []) await storage(() => store.deleteRecord(id));
        ids.delete(keyOf(target));
      }),
  };
}
