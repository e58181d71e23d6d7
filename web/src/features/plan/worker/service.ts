// The worker's safety-plan calls. The plan is one ordinary sealed record
// under a random id; if a vault holds two (records merged from two devices), the newest
// `updatedAt` is the plan and the others are left alone.
import type { PlanApi } from '../shared/api';
import type * as Wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { Saved } from '../../../worker/saved';
import type { WalkAwayOutcome } from '../../../worker/generated/model';
import { KintsugiError } from '../../../worker/errors';
import { parsePlanRecord, parsePlanRules, planRecordJson } from '../shared/records';
import type { StoredPlan } from '../shared/types';
import type { ServiceDeps } from '../../../worker/service.deps';

type PlanCore = Pick<
  typeof Wasm,
  'planRules' | 'invalidField' | 'newRecordId' | 'walkAwayQuestions' | 'walkAwayResult' | 'walkAwayCheckJson'
>;

export type PlanDeps = ServiceDeps<PlanCore>;

export function createPlanService({ loadCore, unlocked, serial, records }: PlanDeps): PlanApi {
  /** The newest plan in the vault; unreadable records are the journal's to report. */
  function current(): Promise<(StoredPlan & { id: string }) | undefined> {
    return records.newestOf('safetyPlan', (id, json) => {
      const found = parsePlanRecord(json);
      return found ? { ...found, id } : null;
    });
  }

  return {
    planRules: async () => parsePlanRules((await loadCore()).planRules()),

    getSafetyPlan: () =>
      serial(async () => {
        const found = await current();
        return found ? { plan: found.plan, updatedAt: found.updatedAt } : null;
      }),

    saveSafetyPlan: (plan) =>
      serial(async (): Promise<Saved<StoredPlan>> => {
        const core = await loadCore();
        const found = await current();
        const id = found ? found.id : core.newRecordId();
        // Never older than the plan it replaces, even if the phone's clock went back.
        const json = planRecordJson(plan, Math.max(Date.now(), (found?.updatedAt ?? 0) + 1));
        const checked = await records.save(id, json);
        if (!checked.ok) return checked;
        // The core trimmed and dropped empty items: hand back what was stored.
        const saved = parsePlanRecord(unlocked().openRecord(id, checked.sealed));
        if (!saved) throw new KintsugiError('corrupt', 'The saved plan could not be read back.');
        return { ok: true, value: saved };
      }),

    walkAwayQuestions: async () => JSON.parse((await loadCore()).walkAwayQuestions()) as string[],

    async walkAwayResult(yes) {
      const outcome = (await loadCore()).walkAwayResult(JSON.stringify(yes));
      if (outcome === undefined) throw new KintsugiError('invalid-record', 'Those answers are not questions of this check.');
      return JSON.parse(outcome) as WalkAwayOutcome;
    },

    saveWalkAwayCheck: (yes) =>
      serial(async (): Promise<Saved<{ takenAt: number }>> => {
        const core = await loadCore();
        const takenAt = Date.now();
        // The core writes the record with the version of today's question set.
        const json = core.walkAwayCheckJson(JSON.stringify(yes), takenAt);
        if (json === undefined) return { ok: false, field: 'yes' };
        const saved = await records.save(core.newRecordId(), json);
        return saved.ok ? { ok: true, value: { takenAt } } : saved;
      }),
  };
}
