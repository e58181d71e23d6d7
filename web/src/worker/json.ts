import type { SealedRecord } from './generated/model';

/** A record of one kind, as the generated declarations type it. */
export type RecordOf<K extends SealedRecord['kind']> = Extract<SealedRecord, { kind: K }>;

// A JSON object from text, or null: the first step of reading any record the core returns.
export function jsonObject(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * An opened record of `kind`, typed; null for another kind or text that is not a JSON object.
 * The core validated the record when it opened it (its JSON is the canonical form), so this
 * only narrows the type.
 */
export function openedRecord<K extends SealedRecord['kind']>(json: string, kind: K): RecordOf<K> | null {
  const value = jsonObject(json);
  return value?.kind === kind ? (value as RecordOf<K>) : null;
}
