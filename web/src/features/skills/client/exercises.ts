// Which guided exercises exist, and which skill opens which. Pure.
import type { MessageKey } from '../../../i18n';

/** The guided exercises a skill can open. */
export type Exercise = 'breathing' | 'grounding' | 'tipp' | 'stop';

/** Which exercise, if any, a skill's "try it" button opens, and how that button reads. */
export const EXERCISE_FOR_SKILL: Readonly<Record<string, { exercise: Exercise; label: MessageKey }>> = {
  'paced-breathing': { exercise: 'breathing', label: 'skills.startBreathing' },
  'five-senses': { exercise: 'grounding', label: 'skills.startGrounding' },
  tipp: { exercise: 'tipp', label: 'skills.startWalkThrough' },
  stop: { exercise: 'stop', label: 'skills.startWalkThrough' },
};
