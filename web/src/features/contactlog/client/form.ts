// The contact form's draft and its conversion to what the worker saves; the goal's start date.
// Pure: unit-tested in Node. The core re-checks everything.
import type { Channel, HooverTactic, Initiator } from '../../../worker/generated/model';
import type { ContactLogEntry, ContactLogInput } from '../shared/api';
import { fromLocalInput, toLocalInput } from '../../journal/client/tracker';

export interface ContactDraft {
  /** As <input type="datetime-local"> holds it. */
  when: string;
  initiatedBy: Initiator;
  channel: Channel;
  hooverTactic: HooverTactic | null;
  note: string;
  brokeNoContact: boolean;
}

/** A new contact defaults to now, started by them, by text; "Contact happened" pre-ticks the break. */
export function draftFrom(entry: ContactLogEntry | undefined, now: number, broke = false): ContactDraft {
  if (!entry) return { when: toLocalInput(now), initiatedBy: 'them', channel: 'text', hooverTactic: null, note: '', brokeNoContact: broke };
  const { occurredAt, initiatedBy, channel, hooverTactic, note, brokeNoContact } = entry;
  return { when: toLocalInput(occurredAt), initiatedBy, channel, hooverTactic, note, brokeNoContact };
}

/** What to save, or 'bad-date'. An unchanged date keeps the contact's exact time. */
export function inputFrom(draft: ContactDraft, entry: ContactLogEntry | undefined): ContactLogInput | 'bad-date' {
  const occurredAt = entry && draft.when === toLocalInput(entry.occurredAt) ? entry.occurredAt : fromLocalInput(draft.when);
  if (occurredAt === null) return 'bad-date';
  const { initiatedBy, channel, hooverTactic, note, brokeNoContact } = draft;
  return { ...(entry ? { id: entry.id } : {}), occurredAt, initiatedBy, channel, hooverTactic, note, brokeNoContact };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-25", the device's local date, for <input type="date">. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * When a goal picked for `date` starts: now if it is today (so a contact earlier today does not
 * count against it), else that day's local midnight; null for an unreadable date.
 */
export function goalStart(date: string, now: number): number | null {
  if (date === localDate(now)) return now;
  const ms = fromLocalInput(`${date}T00:00`);
  return ms;
}
