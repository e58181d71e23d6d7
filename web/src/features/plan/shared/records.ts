// Pure helpers for the safety-plan record. No globals: unit-tested in Node.
// The core trims, drops empty items and validates; these only shape JSON and read it back.
import { PLAN_PEOPLE_SECTIONS, PLAN_TEXT_SECTIONS, type PlanRules, type SafetyPlan, type StoredPlan } from './types';
import { openedRecord } from '../../../worker/json';

export function emptyPlan(): SafetyPlan {
  const plan: Partial<SafetyPlan> = { checklist: [], techDone: [] };
  for (const id of PLAN_TEXT_SECTIONS) plan[id] = [];
  for (const id of PLAN_PEOPLE_SECTIONS) plan[id] = [];
  return plan as SafetyPlan;
}

/** Reads the canonical JSON the core returns for a plan record (validated on open); null for other kinds. */
export function parsePlanRecord(json: string): StoredPlan | null {
  const record = openedRecord(json, 'safetyPlan');
  if (!record) return null;
  const { kind: _kind, updatedAt, ...plan } = record;
  return { plan, updatedAt };
}

/** The record JSON for the core, fields in the core's order. */
export function planRecordJson(plan: SafetyPlan, updatedAt: number): string {
  const out: Record<string, unknown> = { kind: 'safetyPlan' };
  for (const id of [...PLAN_TEXT_SECTIONS, ...PLAN_PEOPLE_SECTIONS]) out[id] = plan[id];
  out.checklist = plan.checklist.map(({ item, label, have, copied, withSomeone, photographed, where }) => ({
    item,
    label,
    have,
    copied,
    withSomeone,
    photographed,
    where,
  }));
  out.techDone = plan.techDone;
  out.updatedAt = updatedAt;
  return JSON.stringify(out);
}

/** Reads the core's planRules() JSON (its shape is the generated `PlanRules`, built with the same core). */
export function parsePlanRules(json: string): PlanRules {
  return JSON.parse(json) as PlanRules;
}
