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

function object(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null);

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

/** Reads the core's planRules() JSON. Throws if it is not the expected shape (a build mismatch). */
export function parsePlanRules(json: string): PlanRules {
  const o = object(JSON.parse(json));
  const counts = ['maxItems', 'maxItemChars', 'maxNameChars', 'maxContactChars', 'maxWhereChars', 'maxOwnChecklistItems'] as const;
  const checklist = strings(o?.checklist);
  const tech = strings(o?.tech);
  if (!o || !checklist || !tech || !counts.every((k) => Number.isSafeInteger(o[k]))) throw new Error('planRules: unexpected shape');
  const n = (k: (typeof counts)[number]) => o[k] as number;
  return {
    maxItems: n('maxItems'),
    maxItemChars: n('maxItemChars'),
    maxNameChars: n('maxNameChars'),
    maxContactChars: n('maxContactChars'),
    maxWhereChars: n('maxWhereChars'),
    maxOwnChecklistItems: n('maxOwnChecklistItems'),
    checklist,
    tech,
  };
}
