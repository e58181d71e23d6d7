// What every worker service is given: the parts of the core it uses, the store, the vault, the
// queue that runs mutating calls one at a time, and the record repository that finds records by kind.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Store } from '../store';
import type { RecordRepository } from './service.records';

export interface ServiceDeps<Core> {
  loadCore: () => Promise<Core>;
  store: Store;
  unlocked: () => Wasm.Vault;
  storage: <T>(op: () => Promise<T>) => Promise<T>;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  /** Records by kind (service.records.ts); call it on the queue. */
  records: RecordRepository;
  /**
   * The ids of the open vault's own records (its manifest's list), or null when it has none to read.
   * A record outside it that does not open may be another vault's: never reported nor counted.
   */
  ownIds: () => Promise<ReadonlySet<string> | null>;
}
