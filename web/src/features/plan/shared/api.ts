// The safety plan and the walk-away check: the bridge's calls (the plan's types are in types.ts).
import type { WalkAwayOutcome } from '../../../worker/generated/model';
import type { Saved } from '../../../worker/saved';
import type { PlanRules, SafetyPlan, StoredPlan } from './types';

export interface PlanApi {
  planRules(): Promise<PlanRules>;
  /** The newest saved plan, or null when none was saved. */
  getSafetyPlan(): Promise<StoredPlan | null>;
  /** Returns the plan as stored (texts trimmed, empty items dropped by the core). */
  saveSafetyPlan(plan: SafetyPlan): Promise<Saved<StoredPlan>>;
  /** "When to walk away": the question ids, in order; readable while locked. */
  walkAwayQuestions(): Promise<string[]>;
  /** The core's outcome for the questions answered "yes": result, urgency, advice, actions in order. */
  walkAwayResult(yes: readonly string[]): Promise<WalkAwayOutcome>;
  /** Keeps the answers, encrypted, as a new record; only when the person asks. */
  saveWalkAwayCheck(yes: readonly string[]): Promise<Saved<{ takenAt: number }>>;
}
