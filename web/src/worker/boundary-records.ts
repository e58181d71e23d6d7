// Pure helpers for the boundaryPlan record. The core validates it.
import type { BoundaryPlan } from './api';
import { jsonObject } from './json';

export const PLAN_FIELDS = ['describe', 'express', 'assert', 'reinforce', 'situation', 'feelings', 'actions', 'callAfter'] as const;

export const EMPTY_PLAN: BoundaryPlan = {
  describe: '',
  express: '',
  assert: '',
  reinforce: '',
  situation: '',
  feelings: '',
  actions: '',
  callAfter: '',
};

/** Reads an opened boundaryPlan record with its time; null for other kinds or a wrong shape. */
export function parsePlanRecord(json: string): { plan: BoundaryPlan; updatedAt: number } | null {
  const r = jsonObject(json);
  if (r?.kind !== 'boundaryPlan') return null;
  const plan = { ...EMPTY_PLAN };
  for (const field of PLAN_FIELDS) {
    const value = r[field];
    if (typeof value !== 'string') return null;
    plan[field] = value;
  }
  const updatedAt = r.updatedAt;
  return typeof updatedAt === 'number' && Number.isSafeInteger(updatedAt) ? { plan, updatedAt } : null;
}

/** The record JSON the core validates and seals. */
export function planRecordJson(plan: BoundaryPlan, updatedAt: number): string {
  const fields = Object.fromEntries(PLAN_FIELDS.map((f) => [f, plan[f]]));
  return JSON.stringify({ kind: 'boundaryPlan', ...fields, updatedAt });
}
