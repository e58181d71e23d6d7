// Pure helpers for the diary-card screen. No DOM: unit-tested in Node.
import type { MessageKey } from '../../../i18n';
import type { DiaryDay, DiaryDayInput, DiaryRules } from '../shared/api';

/** The words of the card's 0-7 skills-used scale (Linehan 2015), by value. */
export const SKILLS_USED_SCALE: readonly MessageKey[] = [
  'diary.scale.0',
  'diary.scale.1',
  'diary.scale.2',
  'diary.scale.3',
  'diary.scale.4',
  'diary.scale.5',
  'diary.scale.6',
  'diary.scale.7',
];

/** Labels for the card's usual names (the core stores them as plain English words). */
const BUILT_IN: Readonly<Record<string, MessageKey>> = {
  sadness: 'diary.emotion.sadness',
  shame: 'diary.emotion.shame',
  anger: 'diary.emotion.anger',
  fear: 'diary.emotion.fear',
  joy: 'diary.emotion.joy',
  guilt: 'diary.emotion.guilt',
  'self-harm': 'diary.urge.selfHarm',
  suicide: 'diary.urge.suicide',
  'substance use': 'diary.urge.substance',
};

/** The message key for a usual name, or null for the person's own word (shown as typed). */
export function builtInLabel(name: string): MessageKey | null {
  return Object.hasOwn(BUILT_IN, name) ? (BUILT_IN[name] ?? null) : null;
}

const fold = (name: string) => name.trim().toLowerCase();

/** Names in first-seen order, without case-insensitive repeats. */
function uniqueNames(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const name of names) if (!out.some((n) => fold(n) === fold(name))) out.push(name);
  return out;
}

/** An emotion on the form; `rating` null until the person rates it. */
export interface FormEmotion {
  name: string;
  rating: number | null;
}

/** An urge on the form; `rating` null until the person rates it. */
export interface FormUrge extends FormEmotion {
  actedOn: boolean;
}

/** The day as the form holds it: every row shown, rated or not. */
export interface DayFormState extends Omit<DiaryDayInput, 'emotions' | 'urges'> {
  emotions: FormEmotion[];
  urges: FormUrge[];
}

/**
 * The form for `date`: the card's usual emotions and urges, the person's own names used on
 * other days (so a week's rows line up), and the names saved for this day, with the saved
 * ratings; everything else is "not rated" (null), never 0.
 */
export function dayForm(date: string, week: readonly DiaryDay[], rules: DiaryRules): DayFormState {
  const saved = week.find((d) => d.date === date);
  const emotionNames = uniqueNames([...rules.emotions, ...week.flatMap((d) => d.emotions.map((e) => e.name))]);
  const urgeNames = uniqueNames([...rules.urges, ...week.flatMap((d) => d.urges.map((u) => u.name))]);
  const find = <T extends { name: string }>(list: readonly T[] | undefined, name: string) => list?.find((x) => fold(x.name) === fold(name));
  return {
    date,
    emotions: emotionNames.map((name) => {
      const e = find(saved?.emotions, name);
      return { name: e?.name ?? name, rating: e ? e.rating : null };
    }),
    urges: urgeNames.map((name) => {
      const u = find(saved?.urges, name);
      return { name: u?.name ?? name, rating: u ? u.rating : null, actedOn: u?.actedOn ?? false };
    }),
    skillsUsed: saved?.skillsUsed ?? 0,
    skills: saved ? [...saved.skills] : [],
    note: saved?.note ?? '',
  };
}

/** What is saved: only the rows the person rated (an unrated row is left out, as the core reads it). */
export function dayInput(form: DayFormState): DiaryDayInput {
  return {
    ...form,
    emotions: form.emotions.flatMap((e) => (e.rating === null ? [] : [{ name: e.name, rating: e.rating }])),
    urges: form.urges.flatMap((u) => (u.rating === null ? [] : [{ name: u.name, rating: u.rating, actedOn: u.actedOn }])),
  };
}

/** Whether `name` (trimmed) is new among `existing` and not blank. */
export function canAddName(name: string, existing: readonly { name: string }[]): boolean {
  const n = fold(name);
  return n !== '' && !existing.some((e) => fold(e.name) === n);
}

/** The rows of the week table: every name rated on any day of the week, in first-seen order. */
export function weekRows(week: readonly DiaryDay[]): { emotions: string[]; urges: string[] } {
  return {
    emotions: uniqueNames(week.flatMap((d) => d.emotions.map((e) => e.name))),
    urges: uniqueNames(week.flatMap((d) => d.urges.map((u) => u.name))),
  };
}

/** A YYYY-MM-DD date as a local Date at noon (safe from daylight-saving edges), for formatting. */
export function dateValue(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

/** Today's local calendar date as YYYY-MM-DD (the diary's days are the person's days). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether any crisis urge (self-harm, suicide) is rated at or above the core's threshold. */
export function needsCrisisNote(urges: readonly { name: string; rating: number | null }[], rules: DiaryRules): boolean {
  return urges.some((u) => rules.crisisUrges.includes(u.name) && u.rating !== null && u.rating >= rules.crisisRating);
}
