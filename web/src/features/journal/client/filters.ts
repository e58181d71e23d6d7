// The journal list's search and filters as the form holds them, and their
// conversion to the worker's EntryQuery. Pure: unit-tested in Node. The matching rules are the
// core's (crates/model/src/search.rs).
import type { EntryQuery } from '../shared/api';
import type { Phase } from '../../../worker/generated/model';

export interface Filters {
  text: string;
  phases: Phase[];
  /** An emotion's stored name, or '' for any. */
  emotion: string;
  /** The lowest rating, 1..5. */
  minRating: number;
  /** A trigger tag, or '' for any. */
  trigger: string;
  /** <input type="date"> values (YYYY-MM-DD, the device's calendar), or ''. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { text: '', phases: [], emotion: '', minRating: 1, trigger: '', from: '', to: '' };

/** The core's caps on search text (MAX_QUERY_CHARS, MAX_QUERY_WORDS). */
export const MAX_SEARCH_CHARS = 200;
export const MAX_SEARCH_WORDS = 16;

/** Midnight at the start of a YYYY-MM-DD day in the device's time zone, or null. */
export function dayStart(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  const d = new Date(year, month - 1, day);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  const ms = d.getTime();
  return ms >= 0 ? ms : null;
}

/** The last millisecond of that day (days are not always 24 hours long). */
export function dayEnd(value: string): number | null {
  const start = dayStart(value);
  if (start === null) return null;
  const d = new Date(start);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}

/** The query for the worker, or 'bad-range' when "from" is after "to". Unreadable dates are left out. */
export function toQuery(filters: Filters): EntryQuery | 'bad-range' {
  const query: EntryQuery = {};
  const words = filters.text.trim().split(/\s+/).slice(0, MAX_SEARCH_WORDS).join(' ');
  const text = Array.from(words).slice(0, MAX_SEARCH_CHARS).join('');
  if (text !== '') query.text = text;
  if (filters.phases.length > 0) query.phases = [...filters.phases];
  if (filters.emotion !== '') query.emotion = { name: filters.emotion, min: filters.minRating };
  if (filters.trigger !== '') query.trigger = filters.trigger;
  const from = dayStart(filters.from);
  const to = dayEnd(filters.to);
  if (from !== null) query.from = from;
  if (to !== null) query.to = to;
  if (from !== null && to !== null && from > to) return 'bad-range';
  return query;
}

/** How many filters (besides the search text) are set, for the "Filters (2)" summary. */
export function activeFilters(filters: Filters): number {
  return (
    (filters.phases.length > 0 ? 1 : 0) +
    (filters.emotion !== '' ? 1 : 0) +
    (filters.trigger !== '' ? 1 : 0) +
    (filters.from !== '' ? 1 : 0) +
    (filters.to !== '' ? 1 : 0)
  );
}

export function isFiltered(filters: Filters): boolean {
  return filters.text.trim() !== '' || activeFilters(filters) > 0;
}

/** Adds or removes a phase chip. */
export function togglePhase(phases: readonly Phase[], phase: Phase): Phase[] {
  return phases.includes(phase) ? phases.filter((p) => p !== phase) : [...phases, phase];
}
