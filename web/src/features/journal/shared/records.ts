// Pure helpers for the Record JSON sealed per record. No globals: unit-tested in Node.
import type { Entry, TrackerFields } from './api';

import { jsonObject } from '../../../worker/json';
import type { RecordOf } from '../../../worker/json';

// The core's caps and fixed lists, generated from the Rust constants: the editor stops input at them
// early, and the core checks them again on every seal.
export {
  DEFAULT_EMOTIONS,
  MAX_EMOTION_NAME_CHARS,
  MAX_EMOTIONS,
  MAX_ENTRY_CHARS,
  MAX_NOTE_CHARS,
  MAX_RATING,
  MAX_TRIGGER_CHARS,
  MAX_TRIGGERS,
  PHASES,
} from '../../../worker/generated/model';

export type JournalRecord = RecordOf<'journal'>;

/**
 * Reads an opened record: the journal record, 'other-kind' for a record of another kind, or null
 * when the text is not a record at all. The core validated it when it opened it (its JSON is the
 * canonical form, optional fields left out when absent), so this only narrows the type.
 */
export function parseRecord(json: string): JournalRecord | 'other-kind' | null {
  const record = jsonObject(json);
  if (typeof record?.kind !== 'string') return null;
  return record.kind === 'journal' ? (record as JournalRecord) : 'other-kind';
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
