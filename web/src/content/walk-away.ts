// The "When to walk away" check in the language spoken. A new language adds `walk-away.<lang>.ts`
// of the same shape (question, result and advice ids are the core's).
import { contentFor } from '../i18n/language';
import { walkAway as walkAwayEn } from './walk-away.en';
import { walkAway as walkAwayEs } from './walk-away.es';

export type { WalkAwayContent } from './walk-away.en';

export const walkAway = contentFor({ en: walkAwayEn, es: walkAwayEs });
