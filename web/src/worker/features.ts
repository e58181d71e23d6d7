// The features' parts of the crypto worker's service. Each is made from the same dependencies and
// answers the calls its `features/<name>/shared/api.ts` declares; `VaultApi` (api.ts) is the vault's
// own calls, the journal's and these, so adding a feature is one line in this list.
import { createBackupService } from '../features/backup/worker/service';
import { createBoundaryService } from '../features/boundary/worker/service';
import { createTrackerService } from '../features/contactlog/worker/service';
import { createDiaryService } from '../features/diary/worker/service';
import { createDraftService } from '../features/drafts/worker/service';
import { createIncidentService } from '../features/incident/worker/service';
import { createPlanService } from '../features/plan/worker/service';
import { createSafetyService } from '../features/settings/worker/service';

const FEATURE_SERVICES = [
  createSafetyService,
  createDiaryService,
  createBoundaryService,
  createPlanService,
  createBackupService,
  createTrackerService,
  createIncidentService,
  createDraftService,
] as const;

type Factory = (typeof FEATURE_SERVICES)[number];
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** What the features are given: everything any of them asks for. */
export type FeatureDeps = Intersection<Parameters<Factory>[0]>;
/** Every call the features answer. */
export type FeatureApis = Intersection<ReturnType<Factory>>;

/** The calls of `parts` in one object; a name answered twice is a mistake, refused rather than silently overridden. */
export function joinServices<T extends object>(parts: readonly object[]): T {
  const joined: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, call] of Object.entries(part)) {
      if (name in joined) throw new Error(`Two parts of the worker's service answer ${name}.`);
      joined[name] = call;
    }
  }
  return joined as T;
}

export function createFeatureServices(deps: FeatureDeps): FeatureApis {
  return joinServices<FeatureApis>(FEATURE_SERVICES.map((create) => create(deps)));
}
