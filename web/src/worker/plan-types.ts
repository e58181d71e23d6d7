// The safety plan as the UI and the worker see it. Types only, like api.ts:
// both runtimes import this file. The JSON shape and every rule live in the core (plan.rs).

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

export interface PlanContact {
  name: string;
  contact: string;
}

/** The statuses a checklist item can have; any number may apply. */
export const CHECKLIST_STATUSES = ['have', 'copied', 'withSomeone', 'photographed'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export type ChecklistItem = { item: string; label: string; where: string } & Record<ChecklistStatus, boolean>;

export type SafetyPlan = Record<PlanTextSection, string[]> &
  Record<PlanPeopleSection, PlanContact[]> & {
    checklist: ChecklistItem[];
    /** Ids of the tech-safety reminders the person has ticked. */
    techDone: string[];
  };

/** The core's limits and ids (planRules). */
export interface PlanRules {
  maxItems: number;
  maxItemChars: number;
  maxNameChars: number;
  maxContactChars: number;
  maxWhereChars: number;
  maxOwnChecklistItems: number;
  /** The suggested checklist items, by id. */
  checklist: readonly string[];
  /** The tech-safety reminders, by id. */
  tech: readonly string[];
}

/** The plan together with when it was last saved (0: never). */
export interface StoredPlan {
  plan: SafetyPlan;
  updatedAt: number;
}
