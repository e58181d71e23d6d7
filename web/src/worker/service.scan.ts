// Opens every stored record and keeps those `parse` recognises (issue 5's diary and plan).
// The store cannot tell kinds apart, so finding one kind means opening them all.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Store } from '../store';

export interface ScanDeps {
  store: Store;
  unlocked: () => Wasm.Vault;
  storage: <T>(op: () => Promise<T>) => Promise<T>;
}

/** Unreadable records are the journal's to report, so they are skipped here; a lock mid-scan throws. */
export async function openAll<T>({ store, unlocked, storage }: ScanDeps, parse: (id: string, json: string) => T | null): Promise<T[]> {
  const v = unlocked();
  const found: T[] = [];
  for (const { id, blob } of await storage(() => store.listRecords())) {
    let json: string;
    try {
      json = v.openRecord(id, blob);
    } catch {
      unlocked();
      continue;
    }
    const item = parse(id, json);
    if (item !== null) found.push(item);
  }
  return found;
}
