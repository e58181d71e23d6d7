// Finding and writing the records of one kind. The store cannot tell kinds apart (every blob is
// sealed under a random id), so the worker keeps an index of which ids hold which kind: it is made
// in the one pass after unlock that builds the journal list, and kept in step with every write
// through the watched store (service.journal.ts). A screen then opens only its own records instead
// of the whole vault. Every save goes through the core's check first, so no service seals a record
// the core would refuse.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Store } from '../store';
import type { SealedRecord } from './generated/model';

/** The record kinds, as the core names them in JSON (generated from crates/model/src/record.rs). */
export type KindName = SealedRecord['kind'];

/** One opened record. */
export interface Opened {
  id: string;
  json: string;
}

export type Checked = { ok: true; sealed: Uint8Array } | { ok: false; field: string };

export interface RecordRepository {
  /** The readable records of these kinds, opened, in id order. Call it on the service queue. */
  ofKind(...kinds: KindName[]): Promise<Opened[]>;
  /** The records of `kind` that `parse` recognises, in id order. */
  parsedOf<T>(kind: KindName, parse: (id: string, json: string) => T | null): Promise<T[]>;
  /** The newest (largest `updatedAt`) of the records of `kind` that `parse` recognises. */
  newestOf<T extends { updatedAt: number }>(kind: KindName, parse: (id: string, json: string) => T | null): Promise<T | undefined>;
  /** The JSON of the record under `id` if it is readable and of `kind`; null for anything else. */
  getOfKind(id: string, kind: KindName): Promise<string | null>;
  /** Checks `json` with the core and seals and stores it under `id`; the name of the field the core refuses otherwise. */
  save(id: string, json: string): Promise<Checked>;
}

export interface RepositoryDeps {
  loadCore: () => Promise<Pick<typeof Wasm, 'invalidField'>>;
  store: Store;
  unlocked: () => Wasm.Vault;
  storage: <T>(op: () => Promise<T>) => Promise<T>;
  /** The ids that hold these kinds (completing the kind index first if needed); on the queue. */
  idsOf: (kinds: readonly KindName[]) => Promise<string[]>;
  /** The kind the index holds for `id`, or undefined (not a record, or not readable). */
  kindOf: (id: string) => Promise<string | undefined>;
}

const RECORD_ID = /^[0-9a-f]{32}$/;

export function createRecordRepository({ loadCore, store, unlocked, storage, idsOf, kindOf }: RepositoryDeps): RecordRepository {
  async function ofKind(...kinds: KindName[]): Promise<Opened[]> {
    const ids = await idsOf(kinds);
    const v = unlocked();
    const opened: Opened[] = [];
    for (const { id, blob } of await storage(() => store.getRecords(ids))) {
      try {
        opened.push({ id, json: v.openRecord(id, blob) });
      } catch {
        unlocked(); // a lock is an error; a damaged record is the journal's to report
      }
    }
    return opened;
  }

  async function parsedOf<T>(kind: KindName, parse: (id: string, json: string) => T | null): Promise<T[]> {
    const found: T[] = [];
    for (const { id, json } of await ofKind(kind)) {
      const item = parse(id, json);
      if (item !== null) found.push(item);
    }
    return found;
  }

  return {
    ofKind,
    parsedOf,

    async newestOf(kind, parse) {
      const found = await parsedOf(kind, parse);
      return found.reduce<(typeof found)[number] | undefined>((best, r) => (!best || r.updatedAt > best.updatedAt ? r : best), undefined);
    },

    async getOfKind(id, kind) {
      if (!RECORD_ID.test(id) || (await kindOf(id)) !== kind) return null;
      const blob = await storage(() => store.getRecord(id));
      if (blob === undefined) return null;
      try {
        return unlocked().openRecord(id, blob);
      } catch {
        unlocked();
        return null;
      }
    },

    async save(id, json) {
      const field = (await loadCore()).invalidField(json);
      if (field !== undefined) return { ok: false, field };
      const sealed = unlocked().sealRecord(id, json);
      await storage(() => store.putRecord(id, sealed));
      return { ok: true, sealed };
    },
  };
}
