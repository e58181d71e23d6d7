// The worker's calls for the plan for the next contact. One ordinary sealed record under a random
// id, found through the kind index; the newest copy wins, as for settings.
import type * as Wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { BoundaryApi, BoundaryPlan } from '../shared/api';
import type { Saved } from '../../../worker/saved';
import { EMPTY_PLAN, parsePlanRecord, planRecordJson } from '../shared/records';
import type { ServiceDeps } from '../../../worker/service.deps';

type PlanCore = Pick<typeof Wasm, 'invalidField' | 'newRecordId'>;

export type BoundaryDeps = ServiceDeps<PlanCore>;

export function createBoundaryService({ loadCore, serial, records }: BoundaryDeps): BoundaryApi {
  const newest = () =>
    records.newestOf('boundaryPlan', (id, json) => {
      const p = parsePlanRecord(json);
      return p ? { id, ...p } : null;
    });

  return {
    getBoundaryPlan: () => serial(async () => (await newest())?.plan ?? { ...EMPTY_PLAN }),

    saveBoundaryPlan: (plan) =>
      serial(async (): Promise<Saved<BoundaryPlan>> => {
        const id = (await newest())?.id ?? (await loadCore()).newRecordId();
        const saved = await records.save(id, planRecordJson(plan, Date.now()));
        return saved.ok ? { ok: true, value: { ...plan } } : saved;
      }),
  };
}
