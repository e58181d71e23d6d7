// Pure helpers for diary-card records. No globals: unit-tested in Node. The core
// validates every field and owns the rules (which copy of a date counts, the summary); these
// only shape JSON for it and read what it returns.
import type { DiaryDay, DiaryDayInput, DiaryRules } from './api';
import type { DiaryWeekSummary } from '../../../worker/generated/model';
import { openedRecord } from '../../../worker/json';

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

/** Reads the core's diaryRules() JSON (its shape is the generated `DiaryRules`, built with the same core). */
export function parseDiaryRules(json: string): DiaryRules {
  return JSON.parse(json) as DiaryRules;
}

/** Reads the core's week summary JSON (its shape is the generated `DiaryWeekSummary`, built with the same core). */
export function parseDiarySummary(json: string): DiaryWeekSummary {
  return JSON.parse(json) as DiaryWeekSummary;
}
