// Reflection prompts in the language spoken. A new language adds `prompts.<lang>.ts` with the same ids.
import { contentFor } from '../../i18n/language';
import { promptsEn } from './prompts.en';
import { promptsEs } from './prompts.es';
import type { PromptAudience, PromptLibrary, ReflectionPrompt } from './types';

export { PROMPT_AUDIENCES } from './types';
export type { PromptAudience, PromptAudienceInfo, PromptLibrary, ReflectionPrompt } from './types';

export const promptLibrary: PromptLibrary = contentFor({ en: promptsEn, es: promptsEs });

/** The prompts for one audience, in library order. */
export function promptsFor(audience: PromptAudience, library: PromptLibrary = promptLibrary): ReflectionPrompt[] {
  return library.prompts.filter((p) => p.audience === audience);
}
