// Pure helpers for the Record JSON sealed per record. No globals: unit-tested in Node.
import type { Entry, TrackerFields } from './api';
import type { Phase } from '../../../worker/generated/model';

/** The core's limit; checked here too so the UI can say so before sealing. */
export const MAX_ENTRY_CHARS = 100_000;

export interface JournalRecord extends TrackerFields {
  kind: 'journal';
  text: string;
  createdAt: number;
  updatedAt: number;
}

export const PHASES: readonly Phase[] = ['idealization', 'devaluation', 'discard', 'hoovering', 'calm', 'unsure'];
/** The core's defaults (crates/model/src/tracker.rs); the person may add their own. */
export const DEFAULT_EMOTIONS: readonly string[] = ['sadness', 'shame', 'anger', 'fear', 'joy', 'guilt', 'loneliness', 'relief'];
/** The core's caps, checked here too so the editor can stop input early. */
export const MAX_TRIGGERS = 20;
export const MAX_TRIGGER_CHARS = 60;
export const MAX_EMOTIONS = 32;
/** Ratings run from 0 (none) to this. */
export const MAX_RATING = 5;
export const MAX_EMOTION_NAME_CHARS = 40;
export const MAX_NOTE_CHARS = 10_000;

/** The tracker fields of an opened record (the core has validated them); unknown shapes are dropped. */
function trackerFields(record: Record<string, unknown>): TrackerFields {
  const out: TrackerFields = {};
  if (isTimestamp(record.occurredAt)) out.occurredAt = record.occurredAt;
  if (typeof record.phase === 'string' && (PHASES as readonly string[]).includes(record.phase)) out.phase = record.phase as Phase;
  if (typeof record.emotions === 'object' && record.emotions !== null) {
    const emotions = Object.entries(record.emotions as Record<string, unknown>).filter(
      (pair): pair is [string, number] => typeof pair[1] === 'number',
    );
    if (emotions.length > 0) out.emotions = Object.fromEntries(emotions);
  }
  if (Array.isArray(record.triggers)) {
    const triggers = record.triggers.filter((tag): tag is string => typeof tag === 'string');
    if (triggers.length > 0) out.triggers = triggers;
  }
  if (typeof record.bodyNote === 'string') out.bodyNote = record.bodyNote;
  return out;
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
  return { kind: 'journal', text: record.text, createdAt: record.createdAt, updatedAt: record.updatedAt, ...trackerFields(record) };
}

export function journalRecordJson(text: string, createdAt: number, updatedAt: number, tracker: TrackerFields = {}): string {
  const record: JournalRecord = { kind: 'journal', text, createdAt, updatedAt };
  if (tracker.occurredAt !== undefined) record.occurredAt = tracker.occurredAt;
  if (tracker.emotions && Object.keys(tracker.emotions).length > 0) record.emotions = tracker.emotions;
  if (tracker.phase !== undefined) record.phase = tracker.phase;
  if (tracker.triggers && tracker.triggers.length > 0) record.triggers = tracker.triggers;
  if (tracker.bodyNote !== undefined && tracker.bodyNote.trim() !== '') record.bodyNote = tracker.bodyNote;
  return JSON.stringify(record);
}

/** When an entry happened: the time the person set, else when it was written. */
export function happenedAt(entry: Entry): number {
  return entry.occurredAt ?? entry.createdAt;
}

/** Newest first by when it happened (createdAt unless set); ties by updatedAt, then id, so the order is stable. */
export function sortNewestFirst(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(
    (a, b) => happenedAt(b) - happenedAt(a) || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
