// Main-thread side of the bridge: one crypto worker, wrapped with comlink.
import { wrap, type Remote } from 'comlink';
import type { VaultApi } from './api';
import { installErrorTransfer } from './errors';

let api: Remote<VaultApi> | undefined;

/** The VaultApi, backed by the crypto worker (created on first use). */
export function vaultApi(): Remote<VaultApi> {
  if (!api) {
    installErrorTransfer();
    const worker = new Worker(new URL('./crypto.worker.ts', import.meta.url), {
      type: 'module',
      name: 'crypto',
    });
    api = wrap<VaultApi>(worker);
  }
  return api;
}
