// Pure helpers for the Record JSON sealed per record. No globals: unit-tested in Node.
import type { Entry } from './api';

/** The core's limit; checked here too so the UI can say so before sealing. */
export const MAX_ENTRY_CHARS = 100_000;

export interface JournalRecord {
  kind: 'journal';
  text: string;
  createdAt: number;
  updatedAt: number;
}

function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Parses an opened record. Returns the journal record, 'other-kind' for a readable record of
 * another kind (later issues add them), or null when the JSON is not a valid record.
 */
export function parseRecord(json: string): JournalRecord | 'other-kind' | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.kind !== 'string') return null;
  if (record.kind !== 'journal') return 'other-kind';
  if (typeof record.text !== 'string' || !isTimestamp(record.createdAt) || !isTimestamp(record.updatedAt)) {
    return null;
  }
  return { kind: 'journal', text: record.text, createdAt: record.createdAt, updatedAt: record.updatedAt };
}

export function journalRecordJson(text: string, createdAt: number, updatedAt: number): string {
  const record: JournalRecord = { kind: 'journal', text, createdAt, updatedAt };
  return JSON.stringify(record);
}

/** Newest first by createdAt; ties broken by updatedAt, then id, so the order is stable. */
export function sortNewestFirst(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(
    (a, b) => b.createdAt - a.createdAt || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
