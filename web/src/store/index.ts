// The only module that touches IndexedDB. It runs inside the crypto worker and only ever
// sees ciphertext: the vault header, sealed record blobs and the failed-attempt log (sealed
// boxes). The one value kept in the clear beside them is the language the person chose for the
// app, so the locked screens speak it.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';

export const DB_NAME = 'kintsugi';
export const DB_VERSION = 1;

interface KintsugiDB extends DBSchema {
  meta: { key: 'header' | 'language' | 'attempts' | 'failedInARow' | 'eraseAfter'; value: Uint8Array | string | number };
  records: { key: string; value: Uint8Array };
}

/** A stored record: its id (hex) and its sealed blob. */
export interface StoredRecord {
  id: string;
  blob: Uint8Array;
}

/**
 * One record rewritten from what is stored under its id, inside the transaction of a change (the
 * vault's manifest). `next` runs synchronously in that transaction; undefined leaves it as it is,
 * and a throw aborts the whole change.
 */
export interface Rewrite {
  id: string;
  next(stored: Uint8Array | undefined): Uint8Array | undefined;
}

/** A vault's manifest as `writeVault` stores it: the record, and the id of the one it replaces. */
export interface VaultManifest {
  record: StoredRecord;
  replaces?: string;
}

/** What the worker needs from storage; the idb implementation below, a Map in unit tests. */
export interface Store {
  getHeader(): Promise<Uint8Array | undefined>;
  putHeader(header: Uint8Array): Promise<void>;
  listRecords(): Promise<StoredRecord[]>;
  getRecord(id: string): Promise<Uint8Array | undefined>;
  /** The records under these ids that exist, in the order asked, read in one transaction. */
  getRecords(ids: readonly string[]): Promise<StoredRecord[]>;
  putRecord(id: string, blob: Uint8Array): Promise<void>;
  deleteRecord(id: string): Promise<void>;
  /**
   * Up to `limit` records with ids after `after` (all ids when undefined), in id order: read a
   * large vault page by page (export, merge, the journal index) instead of all at once.
   */
  listRecordsPage(after: string | undefined, limit: number): Promise<StoredRecord[]>;
  /** How many records there are (for progress). */
  countRecords(): Promise<number>;
  /**
   * Writes `puts`, deletes `deletes` and applies `rewrite`, in ONE transaction: all or nothing. With
   * `header`, first checks in that transaction that the stored header is still it, and returns false,
   * having written nothing, when it is not (another tab changed the passphrase or a key slot).
   */
  commitRecords(puts: readonly StoredRecord[], deletes: readonly string[], rewrite?: Rewrite, header?: Uint8Array): Promise<boolean>;
  /** Restore: every record, and the header if given, in ONE transaction: all or nothing. */
  putRecordsAtomically(records: readonly StoredRecord[], header?: Uint8Array): Promise<void>;
  /**
   * Create, restore or re-key a vault: in ONE transaction, checks that the stored header is still
   * `expected` (undefined: no vault yet), then writes `header`, every record, and the vault's manifest
   * (deleting the one it replaces, a re-keyed vault's old manifest). Returns false, having
   * written nothing, when another tab created or changed the vault first; IndexedDB runs readwrite
   * transactions on the same stores one at a time, across tabs, so the check and the write cannot interleave.
   */
  writeVault(
    expected: Uint8Array | undefined,
    header: Uint8Array,
    records: readonly StoredRecord[],
    manifest?: VaultManifest,
  ): Promise<boolean>;
  /**
   * A new header for the same vault with a change to its records (a second passphrase set or
   * removed): in ONE transaction, checks that the stored header is still `expected`, then writes
   * `header`, `puts`, deletes `deletes` and applies `rewrite` (the open vault's manifest). Returns
   * false, having written nothing, when another tab changed the header first.
   */
  changeHeader(
    expected: Uint8Array,
    header: Uint8Array,
    puts: readonly StoredRecord[],
    deletes: readonly string[],
    rewrite?: Rewrite,
  ): Promise<boolean>;
  /** The failed-attempt log (sealed boxes, written while locked), if any. */
  getAttemptLog(): Promise<Uint8Array | undefined>;
  /**
   * A wrong passphrase: replaces the log with `next(stored)` and counts one more wrong passphrase since
   * the last unlock, read and written in one transaction (two tabs lose no entry, nor a count). Returns
   * that count and the erase-after choice, as stored at that moment.
   */
  updateAttemptLog(next: (stored: Uint8Array | undefined) => Uint8Array): Promise<{ failedInARow: number; eraseAfter?: number }>;
  /** A passphrase opened the vault: the count of wrong ones in a row starts again (no write when it is 0). */
  clearFailedInARow(): Promise<void>;
  /**
   * After how many wrong passphrases in a row everything is erased (undefined: never, the default). Kept
   * unencrypted, as it must work while locked (see threat-model.md).
   */
  getEraseAfter(): Promise<number | undefined>;
  putEraseAfter(count: number | undefined): Promise<void>;
  /** The language code the person chose for this device, kept unencrypted (see threat-model.md). */
  getLanguage(): Promise<string | undefined>;
  /** Keeps that choice; undefined forgets it (the browser's language is used again). */
  putLanguage(code: string | undefined): Promise<void>;
  /** Erase everything on this device: deletes the whole database (header, records, language). */
  eraseAll(): Promise<void>;
}

/** Whether two byte strings are equal (undefined equals only undefined). */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

let dbPromise: Promise<IDBPDatabase<KintsugiDB>> | undefined;

/** The one method of a raw IDBDatabase used here (this file also type-checks without DOM types). */
interface IDBDatabaseLike {
  close(): void;
}

function db(): Promise<IDBPDatabase<KintsugiDB>> {
  dbPromise ??= openDB<KintsugiDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      // One step per version; never edit a step once released.
      if (oldVersion < 1) {
        database.createObjectStore('meta');
        database.createObjectStore('records');
      }
    },
    // Another tab erases the device (or a newer version upgrades): let go, so it is not blocked.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabaseLike | null)?.close();
      dbPromise = undefined;
    },
  }).catch((error: unknown) => {
    dbPromise = undefined; // let a later call retry
    throw error;
  });
  return dbPromise;
}

/** Bytes as stored in the meta store (which also holds the language, a string). */
function asHeader(value: Uint8Array | string | number | undefined): Uint8Array | undefined {
  return value instanceof Uint8Array ? value : undefined;
}

export async function getHeader(): Promise<Uint8Array | undefined> {
  return asHeader(await (await db()).get('meta', 'header'));
}

export async function getLanguage(): Promise<string | undefined> {
  const code = await (await db()).get('meta', 'language');
  return typeof code === 'string' ? code : undefined;
}

export async function putLanguage(code: string | undefined): Promise<void> {
  const database = await db();
  if (code === undefined) await database.delete('meta', 'language');
  else await database.put('meta', code, 'language');
}

export async function putHeader(header: Uint8Array): Promise<void> {
  await (await db()).put('meta', header, 'header');
}

export async function listRecords(): Promise<StoredRecord[]> {
  // Keys and values from one read transaction come back in the same (key) order.
  const tx = (await db()).transaction('records');
  const [ids, blobs] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  return ids.map((id, i) => ({ id, blob: blobs[i] as Uint8Array }));
}

export async function countRecords(): Promise<number> {
  return (await db()).count('records');
}

export async function getRecord(id: string): Promise<Uint8Array | undefined> {
  return (await db()).get('records', id);
}

export async function getRecords(ids: readonly string[]): Promise<StoredRecord[]> {
  const tx = (await db()).transaction('records');
  const [blobs] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), tx.done]);
  const found: StoredRecord[] = [];
  ids.forEach((id, i) => {
    const blob = blobs[i];
    if (blob !== undefined) found.push({ id, blob });
  });
  return found;
}

export async function putRecord(id: string, blob: Uint8Array): Promise<void> {
  await (await db()).put('records', blob, id);
}

export async function deleteRecord(id: string): Promise<void> {
  await (await db()).delete('records', id);
}

// Restore: one readwrite transaction over both stores. If anything fails, or the page
// closes before it commits, IndexedDB aborts it and the vault is exactly as it was.
export async function putRecordsAtomically(records: readonly StoredRecord[], header?: Uint8Array): Promise<void> {
  const tx = (await db()).transaction(['meta', 'records'], 'readwrite');
  const writes: Promise<unknown>[] = records.map(({ id, blob }) => tx.objectStore('records').put(blob, id));
  if (header !== undefined) writes.push(tx.objectStore('meta').put(header, 'header'));
  // A failed put aborts the transaction; tx.done then rejects and nothing was written.
  await Promise.all([...writes, tx.done]);
}

export async function commitRecords(
  puts: readonly StoredRecord[],
  deletes: readonly string[],
  rewrite?: Rewrite,
  header?: Uint8Array,
): Promise<boolean> {
  const tx = (await db()).transaction(['meta', 'records'], 'readwrite');
  const records = tx.objectStore('records');
  const abort = async () => {
    tx.abort();
    await tx.done.catch(() => undefined); // the abort we asked for
  };
  if (header !== undefined && !sameBytes(asHeader(await tx.objectStore('meta').get('header')), header)) {
    await abort();
    return false;
  }
  let next: Uint8Array | undefined;
  if (rewrite !== undefined) {
    const stored = await records.get(rewrite.id);
    try {
      next = rewrite.next(stored);
    } catch (error) {
      await abort();
      throw error;
    }
  }
  const writes: Promise<unknown>[] = [...puts.map(({ id, blob }) => records.put(blob, id)), ...deletes.map((id) => records.delete(id))];
  if (rewrite !== undefined && next !== undefined) writes.push(records.put(next, rewrite.id));
  await Promise.all([...writes, tx.done]);
  return true;
}

export async function getAttemptLog(): Promise<Uint8Array | undefined> {
  return asHeader(await (await db()).get('meta', 'attempts'));
}

/** A count kept in `meta`, or undefined when absent or not a whole number (damaged). */
function asCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

export async function updateAttemptLog(
  next: (stored: Uint8Array | undefined) => Uint8Array,
): Promise<{ failedInARow: number; eraseAfter?: number }> {
  const tx = (await db()).transaction('meta', 'readwrite');
  const log = next(asHeader(await tx.store.get('attempts')));
  const failedInARow = (asCount(await tx.store.get('failedInARow')) ?? 0) + 1;
  const eraseAfter = asCount(await tx.store.get('eraseAfter'));
  await Promise.all([tx.store.put(log, 'attempts'), tx.store.put(failedInARow, 'failedInARow'), tx.done]);
  return { failedInARow, eraseAfter };
}

export async function clearFailedInARow(): Promise<void> {
  const tx = (await db()).transaction('meta', 'readwrite');
  if ((await tx.store.get('failedInARow')) !== undefined) await tx.store.delete('failedInARow');
  await tx.done;
}

export async function getEraseAfter(): Promise<number | undefined> {
  return asCount(await (await db()).get('meta', 'eraseAfter'));
}

export async function putEraseAfter(count: number | undefined): Promise<void> {
  const database = await db();
  if (count === undefined) await database.delete('meta', 'eraseAfter');
  else await database.put('meta', count, 'eraseAfter');
}

export async function writeVault(
  expected: Uint8Array | undefined,
  header: Uint8Array,
  records: readonly StoredRecord[],
  manifest?: VaultManifest,
): Promise<boolean> {
  const tx = (await db()).transaction(['meta', 'records'], 'readwrite');
  const meta = tx.objectStore('meta');
  if (!sameBytes(asHeader(await meta.get('header')), expected)) {
    tx.abort();
    await tx.done.catch(() => undefined); // the abort we asked for
    return false;
  }
  const writes: Promise<unknown>[] = records.map(({ id, blob }) => tx.objectStore('records').put(blob, id));
  if (manifest?.replaces !== undefined) writes.push(tx.objectStore('records').delete(manifest.replaces));
  if (manifest !== undefined) writes.push(tx.objectStore('records').put(manifest.record.blob, manifest.record.id));
  writes.push(meta.put(header, 'header'));
  await Promise.all([...writes, tx.done]);
  return true;
}

export async function changeHeader(
  expected: Uint8Array,
  header: Uint8Array,
  puts: readonly StoredRecord[],
  deletes: readonly string[],
  rewrite?: Rewrite,
): Promise<boolean> {
  const tx = (await db()).transaction(['meta', 'records'], 'readwrite');
  const meta = tx.objectStore('meta');
  const records = tx.objectStore('records');
  const abort = async () => {
    tx.abort();
    await tx.done.catch(() => undefined); // the abort we asked for
  };
  if (!sameBytes(asHeader(await meta.get('header')), expected)) {
    await abort();
    return false;
  }
  let next: Uint8Array | undefined;
  if (rewrite !== undefined) {
    const stored = await records.get(rewrite.id);
    try {
      next = rewrite.next(stored);
    } catch (error) {
      await abort();
      throw error;
    }
  }
  const writes: Promise<unknown>[] = [...puts.map(({ id, blob }) => records.put(blob, id)), ...deletes.map((id) => records.delete(id))];
  if (rewrite !== undefined && next !== undefined) writes.push(records.put(next, rewrite.id));
  writes.push(meta.put(header, 'header'));
  await Promise.all([...writes, tx.done]);
  return true;
}

/** How long to wait for other tabs to let go of the database before leaving anyway. */
const ERASE_WAIT_MS = 5000;

// Closes this worker's connection, then deletes the database. Another tab's open connection is
// told to close (versionchange); the deletion completes once it does.
export async function eraseAll(): Promise<void> {
  const open = dbPromise;
  dbPromise = undefined;
  (await open?.catch(() => undefined))?.close();
  const { indexedDB: idb } = globalThis as unknown as {
    indexedDB: { deleteDatabase(name: string): { onsuccess: unknown; onerror: unknown } };
  };
  await new Promise<void>((resolve, reject) => {
    const request = idb.deleteDatabase(DB_NAME);
    const timer = setTimeout(() => reject(new Error('another tab keeps the database open')), ERASE_WAIT_MS);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(new Error('the database could not be deleted'));
    };
  });
}

type RecordsQuery = Parameters<IDBPObjectStore<KintsugiDB, ['records'], 'records'>['getAll']>[0];

/** The key range of ids after `after`. IDBKeyRange is read off the global scope so this file also
 * type-checks under the unit tests' Node lib (which has no IndexedDB types). */
function idsAfter(after: string): RecordsQuery {
  const { IDBKeyRange: range } = globalThis as unknown as { IDBKeyRange: { lowerBound(lower: string, open: boolean): unknown } };
  return range.lowerBound(after, true) as RecordsQuery;
}

// Export, merge and the journal index read records a page at a time, so memory stays small and
// the worker can answer other calls between pages. Keys and values of one range from one transaction line up.
export async function listRecordsPage(after: string | undefined, limit: number): Promise<StoredRecord[]> {
  const tx = (await db()).transaction('records');
  const range = after === undefined ? undefined : idsAfter(after);
  const [ids, blobs] = await Promise.all([tx.store.getAllKeys(range, limit), tx.store.getAll(range, limit), tx.done]);
  return ids.map((id, i) => ({ id, blob: blobs[i] as Uint8Array }));
}

export const idbStore: Store = {
  getHeader,
  putHeader,
  getLanguage,
  putLanguage,
  listRecords,
  listRecordsPage,
  countRecords,
  getRecord,
  getRecords,
  putRecord,
  deleteRecord,
  commitRecords,
  putRecordsAtomically,
  writeVault,
  changeHeader,
  getAttemptLog,
  updateAttemptLog,
  clearFailedInARow,
  getEraseAfter,
  putEraseAfter,
  eraseAll,
};
