// A Map-backed Store for the worker's unit tests (Node has no IndexedDB). Same contract as
// store/index.ts, including all-or-nothing putRecordsAtomically; `failAtomic` simulates a
// transaction that aborts (quota, a closed page).
import { sameBytes, type Store, type StoredRecord } from '../store';
import { errorCode } from './errors';

/** The error code a call fails with, or 'no error'. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return errorCode(error);
  }
  return 'no error';
}

export class MemoryStore implements Store {
  header: Uint8Array | undefined;
  language: string | undefined;
  readonly records = new Map<string, Uint8Array>();
  failAtomic = false;
  async getHeader() {
    return this.header;
  }
  async putHeader(header: Uint8Array) {
    this.header = header.slice();
  }
  async getLanguage() {
    return this.language;
  }
  async putLanguage(code: string | undefined) {
    this.language = code;
  }
  async listRecords() {
    return [...this.records].map(([id, blob]) => ({ id, blob }));
  }
  async listRecordsPage(after: string | undefined, limit: number) {
    return [...this.records.keys()]
      .sort()
      .filter((id) => after === undefined || id > after)
      .slice(0, limit)
      .map((id) => ({ id, blob: this.records.get(id) as Uint8Array }));
  }
  async countRecords() {
    return this.records.size;
  }
  async getRecord(id: string) {
    return this.records.get(id);
  }
  async getRecords(ids: readonly string[]) {
    return ids.flatMap((id) => {
      const blob = this.records.get(id);
      return blob === undefined ? [] : [{ id, blob }];
    });
  }
  async putRecord(id: string, blob: Uint8Array) {
    this.records.set(id, blob.slice());
  }
  async deleteRecord(id: string) {
    this.records.delete(id);
  }
  async putRecordsAtomically(records: readonly StoredRecord[], header?: Uint8Array) {
    if (this.failAtomic) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const { id, blob } of records) this.records.set(id, blob.slice());
    if (header !== undefined) this.header = header.slice();
  }
  async eraseAll() {
    this.header = undefined;
    this.language = undefined;
    this.records.clear();
  }
  async writeVault(expected: Uint8Array | undefined, header: Uint8Array, records: readonly StoredRecord[]) {
    if (this.failAtomic) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (!sameBytes(this.header, expected)) return false;
    for (const { id, blob } of records) this.records.set(id, blob.slice());
    this.header = header.slice();
    return true;
  }
}
