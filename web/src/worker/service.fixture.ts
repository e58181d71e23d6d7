// Test fixture (Node only, kept out of the app build): the real WASM core loaded from bytes,
// and a fresh vault over a Map store, which the worker's service tests start from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import init, * as wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { VaultApi } from './api';
import { createVaultService } from './service';
import { MemoryStore } from './service.test-store';

export async function loadWasm(): Promise<void> {
  await init({ module_or_path: readFileSync(join(import.meta.dirname, '../wasm/pkg/kintsugi_wasm_bg.wasm')) });
}

/** A service over `store` (an empty one unless given). */
export function serviceOver(store = new MemoryStore()): { api: VaultApi; store: MemoryStore } {
  return { api: createVaultService(async () => wasm, store), store };
}

/** A new vault under `passphrase`, unlocked. */
export async function freshVault(passphrase: string): Promise<{ api: VaultApi; store: MemoryStore }> {
  const made = serviceOver();
  await made.api.createVault(passphrase);
  return made;
}
