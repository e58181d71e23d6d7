// The journal: entries, and the list's search and filters, which run in the worker.
import type { JournalEntry, Page, Phase, Row } from '../../../worker/generated/model';

/** A decrypted journal entry, as the UI sees it: the sealed record and its id. */
export interface Entry extends JournalEntry {
  id: string;
}

/** The cycle tracker's fields of an entry, as the editor sends them (replacing the old ones). */
export type TrackerFields = Pick<JournalEntry, 'occurredAt' | 'phase' | 'emotions' | 'triggers' | 'bodyNote'>;

/** What the list screen needs: readable entries, and the ids of records that failed to open. */
export interface EntryList {
  /** Newest first (by when it happened: occurredAt, else createdAt). */
  entries: Entry[];
  /** Records that could not be opened (damaged or from a newer version). Never deleted, never shown. */
  unreadableIds: string[];
}

// The list's search and filters run in the worker over an index of the decrypted entries kept in
// WASM memory; the UI receives one page of light rows.

/** What the list asks for; every part optional. The matching rules are the core's (crates/model/src/search.rs). */
export interface EntryQuery {
  /** Words that must all occur in the text, a trigger tag or the body note (ignoring case). */
  text?: string;
  /** Entries in any of these phases (empty or absent: any). */
  phases?: Phase[];
  /** Entries that rated this emotion at least `min` (0..5; 0: rated at all). */
  emotion?: { name: string; min: number };
  /** Entries carrying this trigger tag (whole tag, ignoring case). */
  trigger?: string;
  /** When it happened, inclusive bounds in ms since the Unix epoch. */
  from?: number;
  to?: number;
}

/** One line of the list: never the whole text (the core's Row). */
export type EntryRow = Row;

export interface EntryPage extends Page {
  /** Records that could not be opened (damaged or from a newer version). Never deleted, never shown. */
  unreadableIds: string[];
}

export interface JournalApi {
  listEntries(): Promise<EntryList>;
  /** Without `tracker`, an edit keeps the entry's tracker fields as they were. */
  saveEntry(input: { id?: string; text: string; tracker?: TrackerFields }): Promise<Entry>;
  deleteEntry(id: string): Promise<void>;
  /** Trigger tags from earlier entries, best first (ranked by the core). */
  triggerSuggestions(): Promise<string[]>;
}

export interface JournalListApi {
  /**
   * One page of the journal matching `query`, newest first; `limit` at most 500. The first call
   * after unlock builds the index (opening records in batches); 'invalid-input' for a query over
   * the core's caps (200 characters, 16 words, a rating above 5, `from` after `to`).
   */
  queryEntries(query: EntryQuery, offset: number, limit: number): Promise<EntryPage>;
  /** One whole entry, for the editor; 'not-found' if there is no such entry. */
  getEntry(id: string): Promise<Entry>;
}
