// The skills library in the language spoken. A new language adds `skills.<lang>.ts` with the same ids.
import { contentFor } from '../../i18n/language';
import { skillsEn } from './skills.en';
import { skillsEs } from './skills.es';
import type { Skill, SkillCategory, SkillLibrary } from './types';

export { SKILL_CATEGORIES } from './types';
export type { Skill, SkillCategory, SkillCategoryInfo, SkillLibrary, SkillStep } from './types';

export const skillLibrary: SkillLibrary = contentFor({ en: skillsEn, es: skillsEs });

/** The skill with this id. Throws when there is none: ids are fixed in code, so that is a bug. */
export function skillById(id: string, library: SkillLibrary = skillLibrary): Skill {
  const skill = library.skills.find((s) => s.id === id);
  if (!skill) throw new Error(`No skill with id ${id}`);
  return skill;
}

/** The skills of one category, in library order. */
export function skillsIn(category: SkillCategory, library: SkillLibrary = skillLibrary): Skill[] {
  return library.skills.filter((s) => s.category === category);
}
