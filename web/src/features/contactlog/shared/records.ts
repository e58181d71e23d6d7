// Pure helpers for contact-log and no-contact-goal records. No globals:
// unit-tested in Node. The core validates every field and owns the streak rules; these only
// shape JSON for it and read what it returns.
import type { NoContactSummary } from '../../../worker/generated/model';
import type { ContactLogEntry, ContactLogInput, NoContactGoal } from './api';
import { openedRecord } from '../../../worker/json';

// The values the form offers, generated from the core's enums (in their order).
export { CHANNELS, HOOVER_TACTICS, INITIATORS } from '../../../worker/generated/model';

/** Reads an opened contactLog record (the core validated it); null for other kinds. */
export function parseContactLog(id: string, json: string): ContactLogEntry | null {
  const record = openedRecord(json, 'contactLog');
  if (!record) return null;
  const { kind: _kind, hooverTactic, note = '', brokeNoContact = false, ...rest } = record;
  return { id, ...rest, hooverTactic: hooverTactic ?? null, note, brokeNoContact };
}

/** The record JSON the core validates and seals (the note trimmed). */
export function contactLogJson(input: ContactLogInput, createdAt: number, updatedAt: number): string {
  return JSON.stringify({
    kind: 'contactLog',
    occurredAt: input.occurredAt,
    initiatedBy: input.initiatedBy,
    channel: input.channel,
    ...(input.hooverTactic === null ? {} : { hooverTactic: input.hooverTactic }),
    note: input.note.trim(),
    brokeNoContact: input.brokeNoContact,
    createdAt,
    updatedAt,
  });
}

/** Reads an opened noContactGoal record (the core validated it); null for other kinds. */
export function parseGoal(id: string, json: string): NoContactGoal | null {
  const record = openedRecord(json, 'noContactGoal');
  if (!record) return null;
  const { kind: _kind, note = '', ...rest } = record;
  return { id, ...rest, note };
}

export function goalJson(goal: Omit<NoContactGoal, 'id'>): string {
  const { startedAt, endedAt, note, createdAt, updatedAt } = goal;
  return JSON.stringify({ kind: 'noContactGoal', startedAt, ...(endedAt === undefined ? {} : { endedAt }), note, createdAt, updatedAt });
}

/** Reads the core's noContact() JSON (its shape is the generated `NoContactSummary`, built with the same core). */
export function parseNoContact(json: string): NoContactSummary {
  return JSON.parse(json) as NoContactSummary;
}
