// The shape of a skill in the library. Content is data: one file per language holds the text.

/** The skill groups, in the order the library lists them. */
export const SKILL_CATEGORIES = [
  'mindfulness',
  'distress-tolerance',
  'emotion-regulation',
  'interpersonal-effectiveness',
  'grounding',
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface SkillStep {
  /** A short heading, e.g. the word behind an acronym's letter ("Temperature"). */
  label?: string;
  /** One short, concrete instruction. */
  text: string;
}

export interface Skill {
  /** Stable id (lower-case words joined by hyphens); never translated. */
  id: string;
  category: SkillCategory;
  name: string;
  /** The letters, when the skill is an acronym (e.g. "TIPP"). */
  acronym?: string;
  /** When to reach for it: one or two plain sentences. */
  whenToUse: string;
  /** In order. */
  steps: readonly SkillStep[];
  /** Health or safety caution to read before trying it. */
  caution?: string;
  /** Where the skill comes from, named plainly. */
  source: string;
}

export interface SkillCategoryInfo {
  name: string;
  /** One sentence on what the group is for. */
  about: string;
}

/** Everything the library shows in one language. */
export interface SkillLibrary {
  categories: Readonly<Record<SkillCategory, SkillCategoryInfo>>;
  skills: readonly Skill[];
}
