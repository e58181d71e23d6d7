// The safety-plan guidance in the language spoken. A new language adds `safety-plan.<lang>.ts`
// of the same shape (section ids are the plan record's, fixed by the core).
import { contentFor } from '../i18n/language';
import { safetyPlan as safetyPlanEn } from './safety-plan.en';
import { safetyPlan as safetyPlanEs } from './safety-plan.es';

export type { PlanContent, PlanGroupContent, PlanSectionContent } from './safety-plan.en';

export const safetyPlan = contentFor({ en: safetyPlanEn, es: safetyPlanEs });
