// The worker's calls for the plan for the next contact. One ordinary sealed
// record under a random id, found by opening every record; the newest copy wins, as for settings.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { BoundaryPlan, Saved, VaultApi } from './api';
import { EMPTY_PLAN, parsePlanRecord, planRecordJson } from './boundary-records';
import { openAll, type ServiceDeps } from './service.scan';

type PlanCore = Pick<typeof Wasm, 'invalidField' | 'newRecordId'>;

export type BoundaryApi = Pick<VaultApi, 'getBoundaryPlan' | 'saveBoundaryPlan'>;

export type BoundaryDeps = ServiceDeps<PlanCore>;

export function createBoundaryService(deps: BoundaryDeps): BoundaryApi {
  const { loadCore, serial, unlocked, store, storage } = deps;

  async function newest() {
    const found = await openAll(deps, (id, json) => {
      const p = parsePlanRecord(json);
      return p ? { id, ...p } : null;
    });
    return found.reduce<(typeof found)[number] | undefined>((best, p) => (!best || p.updatedAt > best.updatedAt ? p : best), undefined);
  }

  return {
    getBoundaryPlan: () => serial(async () => (await newest())?.plan ?? { ...EMPTY_PLAN }),

    saveBoundaryPlan: (plan) =>
      serial(async (): Promise<Saved<BoundaryPlan>> => {
        const core = await loadCore();
        const id = (await newest())?.id ?? core.newRecordId();
        const json = planRecordJson(plan, Date.now());
        const field = core.invalidField(json);
        if (field !== undefined) return { ok: false, field };
        const sealed = unlocked().sealRecord(id, json);
        await storage(() => store.putRecord(id, sealed));
        return { ok: true, value: { ...plan } };
      }),
  };
}
