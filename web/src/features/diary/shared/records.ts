// Pure helpers for diary-card records. No globals: unit-tested in Node. The core
// validates every field and owns the rules (which copy of a date counts, the summary); these
// only shape JSON for it and read what it returns.
import type { DiaryDay, DiaryDayInput, DiaryRules } from './api';
import type { DiaryWeekSummary } from '../../../worker/generated/model';
import { jsonObject as object, openedRecord } from '../../../worker/json';

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isString = (v: unknown): v is string => typeof v === 'string';

/** Reads an opened diaryDay record (the core validated it); null for other kinds. */
export function parseDiaryRecord(id: string, json: string): DiaryDay | null {
  const record = openedRecord(json, 'diaryDay');
  if (!record) return null;
  const { kind: _kind, ...day } = record;
  return { id, ...day };
}

/** The record JSON the core validates and seals (names and the note trimmed). */
export function diaryRecordJson(input: DiaryDayInput, createdAt: number, updatedAt: number): string {
  return JSON.stringify({
    kind: 'diaryDay',
    date: input.date,
    emotions: input.emotions.map((e) => ({ name: e.name.trim(), rating: e.rating })),
    urges: input.urges.map((u) => ({ name: u.name.trim(), rating: u.rating, actedOn: u.actedOn })),
    skillsUsed: input.skillsUsed,
    skills: input.skills,
    note: input.note.trim(),
    createdAt,
    updatedAt,
  });
}

/** The JSON array of the days' records, for the core's summary and newest-copy rule. */
export function diaryDaysJson(days: readonly DiaryDay[]): string {
  return `[${days.map((d) => diaryRecordJson(d, d.createdAt, d.updatedAt)).join(',')}]`;
}

/** Reads the core's diaryRules() JSON. Throws on an unexpected shape (a build mismatch). */
export function parseDiaryRules(json: string): DiaryRules {
  const o = object(json);
  const names = (v: unknown) => Array.isArray(v) && v.every(isString);
  const counts = ['crisisRating', 'maxRating', 'maxSkillsUsed', 'skillsUsedThreshold', 'minDaysToCompare', 'maxNameChars', 'maxNoteChars'];
  if (!o || !names(o.emotions) || !names(o.urges) || !names(o.crisisUrges) || !counts.every((k) => isCount(o[k]))) {
    throw new Error('diaryRules: unexpected shape');
  }
  return o as unknown as DiaryRules;
}

/** Reads the core's summary JSON. Throws on an unexpected shape (a build mismatch). */
export function parseDiarySummary(json: string): DiaryWeekSummary {
  const o = object(json);
  if (!o || !Array.isArray(o.dates) || o.dates.length !== 7 || !Array.isArray(o.sentences) || !o.sentences.every(isString)) {
    throw new Error('diaryWeekSummary: unexpected shape');
  }
  return o as unknown as DiaryWeekSummary;
}
