// The plan for the next contact: one sealed `boundaryPlan` record.
import type { BoundaryPlan as BoundaryPlanRecord } from '../../../worker/generated/model';
import type { Saved } from '../../../worker/saved';

/** A DEAR MAN boundary script and a cope-ahead plan; every field may be empty. */
export type BoundaryPlan = Omit<BoundaryPlanRecord, 'updatedAt'>;

export interface BoundaryApi {
  /** The saved plan, or an empty one. */
  getBoundaryPlan(): Promise<BoundaryPlan>;
  saveBoundaryPlan(plan: BoundaryPlan): Promise<Saved<BoundaryPlan>>;
}
