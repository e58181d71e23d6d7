// "Calm down now": the options it offers and the one journal line it may save. Pure.
import { t, type MessageKey } from '../../../i18n';
import type { Exercise } from './exercises';

/** The fastest exercises, in the order offered. */
export const CALM_OPTIONS: readonly { exercise: Exercise; name: MessageKey; about: MessageKey }[] = [
  { exercise: 'breathing', name: 'calm.option.breathing', about: 'calm.option.breathingAbout' },
  { exercise: 'grounding', name: 'calm.option.grounding', about: 'calm.option.groundingAbout' },
  { exercise: 'stop', name: 'calm.option.stop', about: 'calm.option.stopAbout' },
  { exercise: 'tipp', name: 'calm.option.tipp', about: 'calm.option.tippAbout' },
];

/** Intensity is a whole number from 0 to 10, or not given. */
export function isIntensity(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

/**
 * The journal line for one calming session, saved only when the person ticks "Save this to my
 * journal". Plain text, so it goes through the journal's ordinary saveEntry({ text }).
 */
export function calmJournalLine(exercise: Exercise, before: number | null, after: number | null): string {
  for (const value of [before, after]) {
    if (value !== null && !isIntensity(value)) throw new RangeError(`Intensity must be 0-10, got ${value}`);
  }
  const option = CALM_OPTIONS.find((o) => o.exercise === exercise);
  if (!option) throw new Error(`No calm option for ${exercise}`);
  const rated = (value: number | null) => (value === null ? t('calm.notRated') : String(value));
  return t('calm.journalLine', { exercise: t(option.name), before: rated(before), after: rated(after) });
}
