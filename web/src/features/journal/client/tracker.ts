// The entry editor's cycle-tracker draft, and its conversion to the fields the
// worker saves. Pure: unit-tested in Node. The core re-checks and tidies everything.
import type { Entry, TrackerFields } from '../shared/api';
import type { Phase } from '../../../worker/generated/model';
import { DEFAULT_EMOTIONS, MAX_TRIGGERS, MAX_TRIGGER_CHARS } from '../shared/records';

export interface TrackerDraft {
  /** The "when did it happen" field, as <input type="datetime-local"> holds it. */
  when: string;
  phase: Phase | null;
  /** Only the emotions the person rated. */
  emotions: Record<string, number>;
  /** The emotions offered as sliders: the defaults, then the person's own. */
  emotionNames: string[];
  triggers: string[];
  bodyNote: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-25T20:08" in the device's time zone. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a datetime-local value names in the device's time zone, or null. */
export function fromLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const d = new Date(year, month - 1, day, hour, minute);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  const ms = d.getTime();
  return ms >= 0 && Number.isSafeInteger(ms) ? ms : null;
}

const fold = (s: string) => s.toLocaleLowerCase();

export function draftFrom(entry: Entry | undefined, now: number): TrackerDraft {
  const emotions = entry?.emotions ?? {};
  const own = Object.keys(emotions).filter((name) => !DEFAULT_EMOTIONS.includes(name));
  return {
    when: toLocalInput(entry ? (entry.occurredAt ?? entry.createdAt) : now),
    phase: entry?.phase ?? null,
    emotions: { ...emotions },
    emotionNames: [...DEFAULT_EMOTIONS, ...own],
    triggers: [...(entry?.triggers ?? [])],
    bodyNote: entry?.bodyNote ?? '',
  };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The tracker fields kept in a draft, as typed; `fallback` for any field a draft does not hold
 * in the right shape (a draft is restored word for word, never half-read into the wrong field).
 */
export function trackerFromDraft(value: unknown, fallback: TrackerDraft): TrackerDraft {
  const o = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const emotions =
    typeof o.emotions === 'object' && o.emotions !== null && Object.values(o.emotions).every((n) => typeof n === 'number')
      ? { ...(o.emotions as Record<string, number>) }
      : fallback.emotions;
  return {
    when: typeof o.when === 'string' ? o.when : fallback.when,
    phase: typeof o.phase === 'string' ? (o.phase as Phase) : o.phase === null ? null : fallback.phase,
    emotions,
    emotionNames: isStrings(o.emotionNames) ? [...o.emotionNames] : fallback.emotionNames,
    triggers: isStrings(o.triggers) ? [...o.triggers] : fallback.triggers,
    bodyNote: typeof o.bodyNote === 'string' ? o.bodyNote : fallback.bodyNote,
  };
}

/** Adds a trigger tag (trimmed; ignored if empty, already there ignoring case, or past the caps). */
export function addTrigger(triggers: readonly string[], typed: string): string[] {
  const tag = typed.trim().replace(/\s+/g, ' ');
  if (tag === '' || [...tag].length > MAX_TRIGGER_CHARS || triggers.length >= MAX_TRIGGERS) return [...triggers];
  if (triggers.some((t) => fold(t) === fold(tag))) return [...triggers];
  return [...triggers, tag];
}

/** Suggestions not yet added, matching what is typed (anywhere, ignoring case). */
export function visibleSuggestions(suggestions: readonly string[], added: readonly string[], typed: string, max = 8): string[] {
  const q = fold(typed.trim());
  return suggestions.filter((s) => !added.some((a) => fold(a) === fold(s)) && fold(s).includes(q)).slice(0, max);
}

/** Adds the person's own emotion name to the sliders; returns null when it is empty or already there. */
export function addEmotionName(names: readonly string[], typed: string): string[] | null {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (name === '' || names.some((n) => fold(n) === fold(name))) return null;
  return [...names, name];
}

/**
 * The fields to save, or 'bad-date' when the date cannot be read. An unchanged date keeps
 * the entry's exact time (the field shows minutes only).
 */
export function fieldsFrom(draft: TrackerDraft, entry: Entry | undefined, now: number): TrackerFields | 'bad-date' {
  const fields: TrackerFields = {};
  const initial = draftFrom(entry, now);
  if (draft.when === initial.when) {
    if (entry?.occurredAt !== undefined) fields.occurredAt = entry.occurredAt;
  } else {
    const ms = fromLocalInput(draft.when);
    if (ms === null) return 'bad-date';
    fields.occurredAt = ms;
  }
  if (draft.phase !== null) fields.phase = draft.phase;
  if (Object.keys(draft.emotions).length > 0) fields.emotions = { ...draft.emotions };
  if (draft.triggers.length > 0) fields.triggers = [...draft.triggers];
  if (draft.bodyNote.trim() !== '') fields.bodyNote = draft.bodyNote;
  return fields;
}
