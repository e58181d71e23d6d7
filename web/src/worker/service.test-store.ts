// A Map-backed Store for the worker's unit tests (Node has no IndexedDB). Same contract as
// store/index.ts, including all-or-nothing putRecordsAtomically; `failAtomic` simulates a
// transaction that aborts (quota, a closed page).
import { sameBytes, type Rewrite, type Store, type StoredRecord, type VaultManifest } from '../store';
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
  attempts: Uint8Array | undefined;
  failedInARow: number | undefined;
  eraseAfter: number | undefined;
  readonly records = new Map<string, Uint8Array>();
  /** The ids the vaults' manifests are stored under (what writeVault and the rewrites name). */
  readonly manifestIds = new Set<string>();
  /** The records but the manifests: what the services themselves wrote. */
  get sealed(): Map<string, Uint8Array> {
    return new Map([...this.records].filter(([id]) => !this.manifestIds.has(id)));
  }
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
  async commitRecords(puts: readonly StoredRecord[], deletes: readonly string[], rewrite?: Rewrite, header?: Uint8Array) {
    if (this.failAtomic) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (header !== undefined && !sameBytes(this.header, header)) return false;
    const next = rewrite?.next(this.records.get(rewrite.id)); // a throw leaves everything as it was
    for (const { id, blob } of puts) this.records.set(id, blob.slice());
    for (const id of deletes) this.records.delete(id);
    if (rewrite !== undefined) this.manifestIds.add(rewrite.id);
    if (rewrite !== undefined && next !== undefined) this.records.set(rewrite.id, next.slice());
    return true;
  }
  async changeHeader(
    expected: Uint8Array,
    header: Uint8Array,
    puts: readonly StoredRecord[],
    deletes: readonly string[],
    rewrite?: Rewrite,
  ) {
    if (this.failAtomic) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (!sameBytes(this.header, expected)) return false;
    await this.commitRecords(puts, deletes, rewrite);
    this.header = header.slice();
    return true;
  }
  async getAttemptLog() {
    return this.attempts;
  }
  async updateAttemptLog(next: (stored: Uint8Array | undefined) => Uint8Array) {
    this.attempts = next(this.attempts).slice();
    this.failedInARow = (this.failedInARow ?? 0) + 1;
    return { failedInARow: this.failedInARow, eraseAfter: this.eraseAfter };
  }
  async clearFailedInARow() {
    this.failedInARow = undefined;
  }
  async getEraseAfter() {
    return this.eraseAfter;
  }
  async putEraseAfter(count: number | undefined) {
    this.eraseAfter = count;
  }
  async eraseAll() {
    this.header = undefined;
    this.language = undefined;
    this.attempts = undefined;
    this.failedInARow = undefined;
    this.eraseAfter = undefined;
    this.records.clear();
  }
  async writeVault(expected: Uint8Array | undefined, header: Uint8Array, records: readonly StoredRecord[], manifest?: VaultManifest) {
    if (this.failAtomic) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (!sameBytes(this.header, expected)) return false;
    for (const { id, blob } of records) this.records.set(id, blob.slice());
    if (manifest?.replaces !== undefined) this.records.delete(manifest.replaces);
    if (manifest !== undefined) {
      this.manifestIds.add(manifest.record.id);
      this.records.set(manifest.record.id, manifest.record.blob.slice());
    }
    this.header = header.slice();
    return true;
  }
}
