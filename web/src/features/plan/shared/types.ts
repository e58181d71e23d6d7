// The safety plan as the UI and the worker see it: both runtimes import this file. The JSON
// shape is the core's (plan.rs), declared in generated/model.ts; every rule lives in the core.
import type { ChecklistItem, PlanContact, PlanRules, SafetyPlan as SafetyPlanRecord } from '../../../worker/generated/model';

export type { ChecklistItem, PlanContact };

/** The list sections that hold plain texts, in the order the plan shows them. */
export const PLAN_TEXT_SECTIONS = [
  'warningSigns',
  'copingAlone',
  'distractions',
  'safeSurroundings',
  'reasonsForLiving',
  'saferRooms',
  'escapeRoute',
  'keysPhoneBag',
  'codeWords',
  'neighbours',
  'placesToGo',
  'money',
  'documents',
  'lendOrHouse',
  'reviewPlan',
  'homeSecurity',
  'protectionOrder',
  'workAndPublic',
] as const;
export type PlanTextSection = (typeof PLAN_TEXT_SECTIONS)[number];

/** The list sections that hold people or services (a name and how to reach them). */
export const PLAN_PEOPLE_SECTIONS = ['helpers', 'professionals'] as const;
export type PlanPeopleSection = (typeof PLAN_PEOPLE_SECTIONS)[number];

export type PlanSectionId = PlanTextSection | PlanPeopleSection;

/** The statuses a checklist item can have; any number may apply. */
export const CHECKLIST_STATUSES = ['have', 'copied', 'withSomeone', 'photographed'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/** The plan's sections, as the core declares them (its `updatedAt` is kept apart, in StoredPlan). */
export type SafetyPlan = Omit<SafetyPlanRecord, 'updatedAt'>;

type Named = PlanTextSection | PlanPeopleSection | 'checklist' | 'techDone';
type Exact<T extends true> = T;
/** Compiles only while the lists above name every section of the core's plan, and only those. */
export type SectionsAreTheCores = Exact<
  [Exclude<keyof SafetyPlan, Named>, Exclude<Named, keyof SafetyPlan>] extends [never, never] ? true : false
>;
/** Compiles only while the statuses are the checklist item's flags. */
export type StatusesAreTheCores = Exact<ChecklistStatus extends keyof ChecklistItem ? true : false>;

/** The core's limits and ids (planRules). */
export type { PlanRules };

/** The plan together with when it was last saved (0: never). */
export interface StoredPlan {
  plan: SafetyPlan;
  updatedAt: number;
}
