// The journal list: search and filters over the decrypted journal,
// without opening every record on every call and without shipping every entry to the UI.
//
// The decrypted entries live in a `JournalIndex` inside WASM memory (the rules are the core's,
// crates/model/src/search.rs). It is built at the first query after unlock by reading the store a
// page at a time (`listRecordsPage`) and opening each record in WASM; every page is its own task
// on the service queue, with a yield to the event loop between pages, so a lock, a save or a quick
// exit is answered within one page instead of after the whole vault. Writes keep it in step
// through `watch(store)`: a put re-opens that one record into the index, a delete forgets it, and
// a bulk write (restore, merge) drops the index so the next query rebuilds it. Lock drops it too;
// `clear()` wipes the texts in WASM memory before the index is freed.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Store } from '../store';
import type { EntryPage, EntryQuery } from './api';
import type { ServiceDeps } from './service.scan';

type JournalCore = Pick<typeof Wasm, 'JournalIndex'>;

/** Records opened per task: small enough that other calls wait little, large enough to keep the queue cheap. */
export const INDEX_BATCH = 250;
/** `store` is the store as it is, unwatched (reading it never changes the index). */
export type JournalDeps = ServiceDeps<JournalCore>;

export interface JournalIndexService {
  queryEntries(query: EntryQuery, offset: number, limit: number): Promise<EntryPage>;
  /** Trigger tags from the indexed entries, best first (the core's ranking). */
  triggerSuggestions(limit: number): Promise<string[]>;
  /** Wraps a store so every write through it keeps the index in step. */
  watch(store: Store): Store;
  /** Forgets (and wipes) the index: on lock, unlock, and a vault replaced by a restore. */
  drop(): void;
}

/** Lets queued messages (a lock, a save, a quick exit) run between pages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createJournalIndexService({ loadCore, store, unlocked, serial, storage }: JournalDeps): JournalIndexService {
  let index: Wasm.JournalIndex | null = null;
  let ready = false;
  let building: Promise<void> | null = null;
  // Bumped by drop(): a build that started before stops at its next page.
  let generation = 0;
  /** Records that did not open (damaged, or from a newer version): reported, never deleted. */
  const unreadable = new Set<string>();

  function drop(): void {
    generation++;
    ready = false;
    building = null;
    unreadable.clear();
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
      target.upsertSealed(vault, id, blob);
      unreadable.delete(id);
    } catch {
      unlocked(); // a lock is an error, a damaged record is not
      target.remove(id);
      unreadable.add(id);
    }
  }

  async function build(gen: number): Promise<void> {
    const core = await loadCore();
    let after: string | undefined;
    for (;;) {
      const done = await serial(async () => {
        if (gen !== generation) return true;
        const vault = unlocked();
        index ??= new core.JournalIndex();
        const page = await storage(() => store.listRecordsPage(after, INDEX_BATCH));
        if (gen !== generation) return true;
        for (const { id, blob } of page) add(index, vault, id, blob);
        after = page.at(-1)?.id;
        return page.length < INDEX_BATCH;
      });
      if (done) break;
      await nextTask();
    }
    if (gen === generation) ready = true;
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
    if (index) index.remove(id);
  }

  return {
    drop,

    watch(raw: Store): Store {
      return {
        getHeader: () => raw.getHeader(),
        putHeader: (header) => raw.putHeader(header),
        listRecords: () => raw.listRecords(),
        listRecordsPage: (after, limit) => raw.listRecordsPage(after, limit),
        countRecords: () => raw.countRecords(),
        getRecord: (id) => raw.getRecord(id),
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
        async writeVault(expected, header, records) {
          try {
            return await raw.writeVault(expected, header, records);
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
  };
}
