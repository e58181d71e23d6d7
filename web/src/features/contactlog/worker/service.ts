// The worker's contact-log and no-contact-goal calls. Each contact and each goal is one ordinary
// sealed record under a random id, found through the kind index (service.records.ts). The streak
// rules are the core's (noContact).
import type * as Wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { ContactLogApi, ContactLogEntry, NoContactGoal } from '../shared/api';
import type { Saved } from '../../../worker/saved';
import { KintsugiError } from '../../../worker/errors';
import type { ServiceDeps } from '../../../worker/service.deps';
import { contactLogJson, goalJson, parseContactLog, parseGoal, parseNoContact } from '../shared/records';

type TrackerCore = Pick<typeof Wasm, 'noContact' | 'invalidField' | 'newRecordId'>;

export type TrackerDeps = ServiceDeps<TrackerCore>;

const notFound = () => new KintsugiError('not-found', 'That contact does not exist.');

export function createTrackerService({ loadCore, serial, store, storage, records }: TrackerDeps): ContactLogApi {
  /** Seals `json` under `id` if the core accepts it; otherwise names the field it refused. */
  async function seal(id: string, json: string): Promise<string | null> {
    const saved = await records.save(id, json);
    return saved.ok ? null : saved.field;
  }

  return {
    listContactLog: () =>
      serial(async () =>
        (await records.parsedOf('contactLog', parseContactLog)).sort((a, b) => b.occurredAt - a.occurredAt || b.createdAt - a.createdAt),
      ),

    saveContactLog: (input) =>
      serial(async (): Promise<Saved<ContactLogEntry>> => {
        const now = Date.now();
        let id: string;
        let createdAt = now;
        if (input.id === undefined) {
          id = (await loadCore()).newRecordId();
        } else {
          const json = await records.getOfKind(input.id, 'contactLog');
          const existing = json === null ? null : parseContactLog(input.id, json);
          if (!existing) throw notFound();
          id = existing.id;
          createdAt = existing.createdAt;
        }
        const json = contactLogJson(input, createdAt, now);
        const field = await seal(id, json);
        if (field !== null) return { ok: false, field };
        const saved = parseContactLog(id, json);
        if (!saved) throw new Error('saveContactLog: the record it wrote does not read back');
        return { ok: true, value: saved };
      }),

    deleteContactLog: (id) =>
      serial(async () => {
        const json = await records.getOfKind(id, 'contactLog');
        if (json === null || parseContactLog(id, json) === null) throw notFound();
        await storage(() => store.deleteRecord(id));
      }),

    noContact: () =>
      serial(async () => {
        const core = await loadCore();
        const found = await records.ofKind('noContactGoal', 'contactLog');
        const active = found
          .map(({ id, json }) => parseGoal(id, json))
          .filter((g): g is NoContactGoal => g !== null && g.endedAt === undefined)
          .sort((a, b) => a.startedAt - b.startedAt);
        // getTimezoneOffset() is minutes behind UTC; the core wants minutes ahead.
        const offset = -new Date().getTimezoneOffset();
        const summary = parseNoContact(core.noContact(`[${found.map((r) => r.json).join(',')}]`, Date.now(), offset));
        return { active, summary };
      }),

    startNoContactGoal: (startedAt) =>
      serial(async (): Promise<Saved<NoContactGoal>> => {
        const id = (await loadCore()).newRecordId();
        const now = Date.now();
        const goal = { startedAt, note: '', createdAt: now, updatedAt: now };
        const field = await seal(id, goalJson(goal));
        return field === null ? { ok: true, value: { id, ...goal } } : { ok: false, field };
      }),

    endNoContactGoals: (endedAt) =>
      serial(async (): Promise<Saved<NoContactGoal[]>> => {
        const now = Date.now();
        const ended: NoContactGoal[] = [];
        for (const goal of await records.parsedOf('noContactGoal', parseGoal)) {
          if (goal.endedAt !== undefined) continue;
          // A goal dated later than the end closes where it starts (the core refuses an end before the start).
          const next = { ...goal, endedAt: Math.max(endedAt, goal.startedAt), updatedAt: now };
          const { id, ...fields } = next;
          const field = await seal(id, goalJson(fields));
          if (field !== null) return { ok: false, field };
          ended.push(next);
        }
        return { ok: true, value: ended };
      }),
  };
}
