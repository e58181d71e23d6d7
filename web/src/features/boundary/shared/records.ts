// Pure helpers for the boundaryPlan record. The core validates it, on seal and on open.
import type { BoundaryPlan } from './api';
import { openedRecord } from '../../../worker/json';

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

/** Reads an opened boundaryPlan record with its time; null for other kinds. */
export function parsePlanRecord(json: string): { plan: BoundaryPlan; updatedAt: number } | null {
  const record = openedRecord(json, 'boundaryPlan');
  if (!record) return null;
  const { kind: _kind, updatedAt, ...plan } = record;
  return { plan, updatedAt };
}

/** The record JSON the core validates and seals. */
export function planRecordJson(plan: BoundaryPlan, updatedAt: number): string {
  const fields = Object.fromEntries(PLAN_FIELDS.map((f) => [f, plan[f]]));
  return JSON.stringify({ kind: 'boundaryPlan', ...fields, updatedAt });
}
