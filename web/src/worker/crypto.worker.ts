/// <reference lib="webworker" />
// The crypto worker: loads the WASM core once, lazily, and exposes the VaultApi over comlink.
// The unlocked Vault (and so every key) lives only here, never on the main thread.
import { expose } from 'comlink';
import init, * as wasm from '../wasm/pkg/kintsugi_wasm.js';
import wasmUrl from '../wasm/pkg/kintsugi_wasm_bg.wasm?url';
import { idbStore } from '../store';
import { KintsugiError, installErrorTransfer } from './errors';
import { createVaultService, type Core } from './service';

installErrorTransfer();

let ready: Promise<Core> | undefined;

/** One memoised init promise; a failed load is retried on the next call. */
function loadCore(): Promise<Core> {
  if (ready) return ready;
  const loading = init({ module_or_path: wasmUrl }).then(
    (): Core => wasm,
    (error: unknown) => {
      ready = undefined;
      console.error('WASM failed to load', error);
      throw new KintsugiError('wasm-unavailable', 'The encryption module could not be loaded.');
    },
  );
  ready = loading;
  return loading;
}

// The app sizes Argon2id to this device (see ServiceOptions).
expose(createVaultService(loadCore, idbStore, { kdf: 'device' }));
