// Opening every stored record: the store cannot tell kinds apart, so finding one kind (settings,
// contacts, diary days, plans, journal entries for insights) means opening them all. The one
// place that loop lives.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Store } from '../store';

export interface ScanDeps {
  store: Store;
  unlocked: () => Wasm.Vault;
  storage: <T>(op: () => Promise<T>) => Promise<T>;
}

/** What each worker service is given: the parts of the core it uses, the store, the vault, and
 * the queue that runs mutating calls one at a time. */
export interface ServiceDeps<Core> extends ScanDeps {
  loadCore: () => Promise<Core>;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
}

/**
 * Every record that opens, as its JSON. A record that does not open is skipped (reporting it is
 * the journal's job); a lock during the scan throws, through `unlocked()`.
 */
export async function openReadable({ store, unlocked, storage }: ScanDeps): Promise<{ id: string; json: string }[]> {
  const v = unlocked();
  const opened: { id: string; json: string }[] = [];
  for (const { id, blob } of await storage(() => store.listRecords())) {
    try {
      opened.push({ id, json: v.openRecord(id, blob) });
    } catch {
      unlocked(); // a lock during the scan is an error, a damaged record is not
    }
  }
  return opened;
}

/** The readable records that `parse` recognises. */
export async function openAll<T>(deps: ScanDeps, parse: (id: string, json: string) => T | null): Promise<T[]> {
  const found: T[] = [];
  for (const { id, json } of await openReadable(deps)) {
    const item = parse(id, json);
    if (item !== null) found.push(item);
  }
  return found;
}
