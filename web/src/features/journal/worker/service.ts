// The journal list and the kind index: search and filters over the decrypted journal, and which
// ids hold which record kind, without opening every record on every call and without shipping every
// entry to the UI.
//
// The decrypted entries live in a `JournalIndex` inside WASM memory (the rules are the core's,
// crates/model/src/search.rs). It is built at the first query after unlock by reading the store a
// page at a time (`listRecordsPage`) and opening each record in WASM; every page is its own task
// on the service queue, with a yield to the event loop between pages, so a lock, a save or a quick
// exit is answered within one page instead of after the whole vault. Opening a record also names its
// kind, so the same pass fills the kind index that lets every other screen open only its own records
// (service.records.ts). A call that needs the kind index before the pass is over finishes the pass
// itself, on the queue. Writes keep both in step through `watch(store)`: a put re-opens that one
// record into the index, a delete forgets it, and a bulk write (restore, merge, passphrase change)
// drops the index so the next call rebuilds it. Lock drops it too; `clear()` wipes the texts in WASM
// memory before the index is freed.
import type * as Wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { Store } from '../../../store';
import type { EntryPage, EntryQuery } from '../shared/api';
import type { ServiceDeps } from '../../../worker/service.deps';

type JournalCore = Pick<typeof Wasm, 'JournalIndex'>;

/** Records opened per task: small enough that other calls wait little, large enough to keep the queue cheap. */
export const INDEX_BATCH = 250;
/** `store` is the store as it is, unwatched (reading it never changes the index). */
export type JournalDeps = Omit<ServiceDeps<JournalCore>, 'records'>;

export interface JournalIndexService {
  queryEntries(query: EntryQuery, offset: number, limit: number): Promise<EntryPage>;
  /** Trigger tags from the indexed entries, best first (the core's ranking). */
  triggerSuggestions(limit: number): Promise<string[]>;
  /** The ids holding records of these kinds, in id order; finishes the index first if needed. Call on the queue. */
  idsOf(kinds: readonly string[]): Promise<string[]>;
  /** The kind of the record under `id` (undefined: none, or unreadable); finishes the index first if needed. Call on the queue. */
  kindOf(id: string): Promise<string | undefined>;
  /** Wraps a store so every write through it keeps the index in step. */
  watch(store: Store): Store;
  /** Forgets (and wipes) the index: on lock, unlock, and a vault replaced by a restore. */
  drop(): void;
}

/** Lets queued messages (a lock, a save, a quick exit) run between pages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createJournalIndexService({ loadCore, store, unlocked, serial, storage, ownIds }: JournalDeps): JournalIndexService {
  let index: Wasm.JournalIndex | null = null;
  let ready = false;
  let building: Promise<void> | null = null;
  /** The last id the current build has read; the next page starts after it. */
  let cursor: string | undefined;
  // Bumped by drop(): a build that started before stops at its next page.
  let generation = 0;
  /** This vault's records that did not open (damaged, or from a newer version): reported, never deleted. */
  const unreadable = new Set<string>();
  /** Records that did not open and that this vault does not list: the other slot's vault's, never reported. */
  const others = new Set<string>();
  /** This vault's own record ids, read when a pass starts (null: no manifest, every record is its own). */
  let own: ReadonlySet<string> | null | undefined;
  /** Record id -> its kind, for every record that opened. */
  const kinds = new Map<string, string>();

  function drop(): void {
    generation++;
    ready = false;
    building = null;
    cursor = undefined;
    unreadable.clear();
    others.clear();
    own = undefined;
    kinds.clear();
    const old = index;
    index = null;
    if (old) {
      try {
        old.clear();
      } finally {
        old.free();
      }
    }
  }

  /** Opens one stored record into the index; a record that does not open is reported instead. */
  function add(target: Wasm.JournalIndex, vault: Wasm.Vault, id: string, blob: Uint8Array): void {
    try {
      kinds.set(id, target.upsertSealed(vault, id, blob));
      unreadable.delete(id);
      others.delete(id);
    } catch {
      unlocked(); // a lock is an error, a damaged record is not
      target.remove(id);
      kinds.delete(id);
      if (own === null || own === undefined || own.has(id)) unreadable.add(id);
      else others.add(id);
    }
  }

  /** Reads and opens the next page; true once the index holds every record. Runs on the queue. */
  async function buildPage(core: JournalCore, gen: number): Promise<boolean> {
    if (gen !== generation || ready) return true;
    const vault = unlocked();
    index ??= new core.JournalIndex();
    if (own === undefined) {
      own = await ownIds();
      if (gen !== generation) return true;
    }
    const page = await storage(() => store.listRecordsPage(cursor, INDEX_BATCH));
    if (gen !== generation) return true;
    for (const { id, blob } of page) add(index, vault, id, blob);
    cursor = page.at(-1)?.id ?? cursor;
    if (page.length < INDEX_BATCH) ready = true;
    return ready;
  }

  async function build(gen: number): Promise<void> {
    const core = await loadCore();
    for (;;) {
      if (await serial(() => buildPage(core, gen))) break;
      await nextTask();
    }
  }

  /** Whether the store still holds as many records as the index knows (another tab may have written). */
  async function sameCount(): Promise<boolean> {
    return (await storage(() => store.countRecords())) === kinds.size + unreadable.size + others.size;
  }

  /**
   * Finishes the index inside the current queue task (a caller already holds the queue). Another tab
   * may have added or deleted records since the pass: a record count that no longer matches starts
   * the pass again. (A record changed in place keeps its kind, and callers open it afresh.)
   */
  async function completeHere(): Promise<void> {
    if (ready && !(await sameCount())) drop();
    if (ready) return;
    const core = await loadCore();
    const gen = generation;
    while (!(await buildPage(core, gen)));
    unlocked();
    if (!ready) throw new Error('the kind index was dropped while it was being read');
  }

  /** Resolves once the index holds every record (building it if needed); throws 'locked' when locked. */
  async function built(): Promise<void> {
    while (!ready) {
      unlocked();
      const gen = generation;
      building ??= build(gen).finally(() => {
        if (gen === generation) building = null;
      });
      await building;
    }
  }

  /** Runs `read` on the complete index, on the queue; builds it first if needed. */
  async function withIndex<T>(read: (built: Wasm.JournalIndex) => T): Promise<T> {
    for (;;) {
      await built();
      // Answered on the queue, after any save or delete that came first.
      const answer = await serial(async () => {
        unlocked();
        if (ready && !(await sameCount())) drop(); // another tab added or deleted records
        return ready && index ? { value: read(index) } : null; // dropped meanwhile (a restore): build again
      });
      if (answer) return answer.value;
    }
  }

  function noteWrite(id: string, blob: Uint8Array): void {
    if (index) add(index, unlocked(), id, blob);
  }

  function noteDelete(id: string): void {
    unreadable.delete(id);
    others.delete(id);
    kinds.delete(id);
    if (index) index.remove(id);
  }

  return {
    drop,

    watch(raw: Store): Store {
      return {
        getHeader: () => raw.getHeader(),
        putHeader: (header) => raw.putHeader(header),
        getLanguage: () => raw.getLanguage(),
        putLanguage: (code) => raw.putLanguage(code),
        listRecords: () => raw.listRecords(),
        listRecordsPage: (after, limit) => raw.listRecordsPage(after, limit),
        countRecords: () => raw.countRecords(),
        getRecord: (id) => raw.getRecord(id),
        getRecords: (ids) => raw.getRecords(ids),
        async putRecord(id, blob) {
          await raw.putRecord(id, blob);
          noteWrite(id, blob);
        },
        async deleteRecord(id) {
          await raw.deleteRecord(id);
          noteDelete(id);
        },
        async putRecordsAtomically(records, header) {
          try {
            await raw.putRecordsAtomically(records, header);
          } finally {
            // Many records at once (restore, merge): rebuild at the next query.
            drop();
          }
        },
        async eraseAll() {
          try {
            await raw.eraseAll();
          } finally {
            drop();
          }
        },
        async commitRecords(puts, deletes, rewrite, header) {
          const done = await raw.commitRecords(puts, deletes, rewrite, header);
          if (done) {
            for (const { id, blob } of puts) noteWrite(id, blob);
            for (const id of deletes) noteDelete(id);
          }
          return done;
        },
        getAttemptLog: () => raw.getAttemptLog(),
        updateAttemptLog: (next) => raw.updateAttemptLog(next),
        clearFailedInARow: () => raw.clearFailedInARow(),
        getEraseAfter: () => raw.getEraseAfter(),
        putEraseAfter: (count) => raw.putEraseAfter(count),
        async writeVault(expected, header, records, manifest) {
          try {
            return await raw.writeVault(expected, header, records, manifest);
          } finally {
            drop();
          }
        },
        async changeHeader(expected, header, puts, deletes, rewrite) {
          try {
            return await raw.changeHeader(expected, header, puts, deletes, rewrite);
          } finally {
            drop();
          }
        },
      };
    },

    async queryEntries(query, offset, limit) {
      const json = JSON.stringify(query);
      const page = await withIndex((built) => JSON.parse(built.query(json, offset, limit)) as Omit<EntryPage, 'unreadableIds'>);
      return { ...page, unreadableIds: [...unreadable].sort() };
    },

    triggerSuggestions: (limit) => withIndex((built) => built.triggerSuggestions(limit)),

    async idsOf(wanted) {
      await completeHere();
      const ids: string[] = [];
      for (const [id, kind] of kinds) if (wanted.includes(kind)) ids.push(id);
      return ids.sort();
    },

    async kindOf(id) {
      await completeHere();
      return kinds.get(id);
    },
  };
}
