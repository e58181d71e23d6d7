// Pure helpers for the safety-plan record. No globals: unit-tested in Node.
// The core trims, drops empty items and validates; these only shape JSON and read it back.
import {
  CHECKLIST_STATUSES,
  PLAN_PEOPLE_SECTIONS,
  PLAN_TEXT_SECTIONS,
  type ChecklistItem,
  type PlanContact,
  type PlanRules,
  type SafetyPlan,
  type StoredPlan,
} from './plan-types';

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

function contact(v: unknown): PlanContact | null {
  const o = object(v);
  return o && typeof o.name === 'string' && typeof o.contact === 'string' ? { name: o.name, contact: o.contact } : null;
}

function checklistItem(v: unknown): ChecklistItem | null {
  const o = object(v);
  if (!o || typeof o.item !== 'string' || typeof o.label !== 'string' || typeof o.where !== 'string') return null;
  const entry: ChecklistItem = {
    item: o.item,
    label: o.label,
    where: o.where,
    have: false,
    copied: false,
    withSomeone: false,
    photographed: false,
  };
  for (const s of CHECKLIST_STATUSES) {
    if (typeof o[s] !== 'boolean') return null;
    entry[s] = o[s];
  }
  return entry;
}

function all<T>(v: unknown, read: (x: unknown) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const out = v.map(read);
  return out.every((x) => x !== null) ? (out as T[]) : null;
}

/** Reads the canonical JSON the core returns for a plan record; null for other kinds. */
export function parsePlanRecord(json: string): StoredPlan | null {
  let o: Record<string, unknown> | null;
  try {
    o = object(JSON.parse(json));
  } catch {
    return null;
  }
  if (o?.kind !== 'safetyPlan' || typeof o.updatedAt !== 'number') return null;
  const plan = emptyPlan();
  for (const id of PLAN_TEXT_SECTIONS) {
    const list = strings(o[id]);
    if (!list) return null;
    plan[id] = list;
  }
  for (const id of PLAN_PEOPLE_SECTIONS) {
    const list = all(o[id], contact);
    if (!list) return null;
    plan[id] = list;
  }
  const checklist = all(o.checklist, checklistItem);
  const techDone = strings(o.techDone);
  if (!checklist || !techDone) return null;
  return { plan: { ...plan, checklist, techDone }, updatedAt: o.updatedAt };
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
