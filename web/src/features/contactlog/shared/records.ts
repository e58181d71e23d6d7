// Pure helpers for contact-log and no-contact-goal records. No globals:
// unit-tested in Node. The core validates every field and owns the streak rules; these only
// shape JSON for it and read what it returns.
import type { Channel, HooverTactic, Initiator, NoContactSummary } from '../../../worker/generated/model';
import type { ContactLogEntry, ContactLogInput, NoContactGoal } from './api';
import { jsonObject as object } from '../../../worker/json';

export const INITIATORS: readonly Initiator[] = ['me', 'them', 'someoneElse'];
export const CHANNELS: readonly Channel[] = ['inPerson', 'call', 'text', 'socialMedia', 'email', 'throughSomeone', 'other'];
/** In the core's order (HooverTactic::ALL). */
export const HOOVER_TACTICS: readonly HooverTactic[] = [
  'apology',
  'promiseToChange',
  'gift',
  'guilt',
  'crisis',
  'loveBombing',
  'justCheckingIn',
  'threat',
  'thirdParty',
  'other',
];

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/** Reads an opened contactLog record; null for other kinds or an unexpected shape. */
export function parseContactLog(id: string, json: string): ContactLogEntry | null {
  const o = object(json);
  if (o?.kind !== 'contactLog') return null;
  const { occurredAt, initiatedBy, channel, hooverTactic, note = '', brokeNoContact = false, createdAt, updatedAt } = o;
  if (!isTime(occurredAt) || !isTime(createdAt) || !isTime(updatedAt)) return null;
  if (!oneOf(INITIATORS, initiatedBy) || !oneOf(CHANNELS, channel)) return null;
  if (hooverTactic !== undefined && !oneOf(HOOVER_TACTICS, hooverTactic)) return null;
  if (typeof note !== 'string' || typeof brokeNoContact !== 'boolean') return null;
  return { id, occurredAt, initiatedBy, channel, hooverTactic: hooverTactic ?? null, note, brokeNoContact, createdAt, updatedAt };
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

/** Reads an opened noContactGoal record; null for other kinds or an unexpected shape. */
export function parseGoal(id: string, json: string): NoContactGoal | null {
  const o = object(json);
  if (o?.kind !== 'noContactGoal') return null;
  const { startedAt, endedAt, note = '', createdAt, updatedAt } = o;
  if (!isTime(startedAt) || !isTime(createdAt) || !isTime(updatedAt) || typeof note !== 'string') return null;
  if (endedAt !== undefined && !isTime(endedAt)) return null;
  return { id, startedAt, ...(endedAt === undefined ? {} : { endedAt }), note, createdAt, updatedAt };
}

export function goalJson(goal: Omit<NoContactGoal, 'id'>): string {
  const { startedAt, endedAt, note, createdAt, updatedAt } = goal;
  return JSON.stringify({ kind: 'noContactGoal', startedAt, ...(endedAt === undefined ? {} : { endedAt }), note, createdAt, updatedAt });
}

/** Reads the core's noContact() JSON. Throws on an unexpected shape (a build mismatch). */
export function parseNoContact(json: string): NoContactSummary {
  const o = object(json);
  if (!o || typeof o.goals !== 'number' || !Array.isArray(o.streaks)) throw new Error('noContact: unexpected shape');
  return {
    goals: o.goals,
    current: (o.current as NoContactSummary['current']) ?? null,
    longestDays: (o.longestDays as number | null) ?? null,
    streaks: o.streaks as NoContactSummary['streaks'],
  };
}
