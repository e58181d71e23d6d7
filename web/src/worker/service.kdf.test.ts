// Argon2id sized to this device, through the worker's VaultApi with the real WASM core: a new
// vault, a passphrase change and a restore each measure one pass here and write the parameters
// the core chose from that measurement (never below the defaults); unit tests elsewhere keep the
// defaults.
import { beforeAll, describe, expect, it } from 'vitest';
import * as wasm from '../wasm/pkg/kintsugi_wasm.js';
import { createVaultService, type KdfChoice } from './service';
import { loadWasm } from './service.fixture';
import { MemoryStore } from './service.test-store';

const PASS = 'correct horse battery staple';
const DEFAULTS = { memoryKib: 64 * 1024, iterations: 3, parallelism: 1 };

beforeAll(loadWasm);

/** The real core, recording each choice it makes from a measurement. */
function recordingCore() {
  const chosen: KdfChoice[] = [];
  const core = {
    ...wasm,
    kdfParamsForDevice(msPerPass: number): string {
      const json = wasm.kdfParamsForDevice(msPerPass);
      chosen.push(JSON.parse(json) as KdfChoice);
      return json;
    },
  };
  return { core, chosen };
}

const paramsOf = ({ memoryKib, iterations, parallelism }: KdfChoice) => ({ memoryKib, iterations, parallelism });

describe('Argon2id sized to the device', () => {
  it('a new vault, a passphrase change and a restore write the parameters measured here', async () => {
    const { core, chosen } = recordingCore();
    const store = new MemoryStore();
    const api = createVaultService(async () => core, store, { kdf: 'device' });
    await api.createVault(PASS);
    expect(chosen).toHaveLength(1);
    const made = await api.kdfParams();
    expect(made).toEqual(paramsOf(chosen[0] as KdfChoice));
    expect(made.memoryKib).toBeGreaterThanOrEqual(DEFAULTS.memoryKib);
    expect(made.iterations).toBeGreaterThanOrEqual(DEFAULTS.iterations);
    // The header says the same: a fresh unlock reads it back.
    const reopened = wasm.unlockVault(store.header as Uint8Array, PASS);
    expect(JSON.parse(reopened.kdfParams())).toEqual(made);
    reopened.free();

    await api.saveEntry({ text: 'kept through the change' });
    await api.changePassphrase(PASS, PASS);
    expect(chosen).toHaveLength(2);
    expect(await api.kdfParams()).toEqual(paramsOf(chosen[1] as KdfChoice));
    expect((await api.queryEntries({}, 0, 5)).rows.map((r) => r.excerpt)).toEqual(['kept through the change']);

    const file = (await api.exportBackup('a backup passphrase here', false)).file;
    const fresh = createVaultService(async () => core, new MemoryStore(), { kdf: 'device' });
    await fresh.restoreIntoNewVault(file, 'a backup passphrase here', PASS);
    expect(chosen).toHaveLength(3);
    expect(await fresh.kdfParams()).toEqual(paramsOf(chosen[2] as KdfChoice));
  });

  it('keeps the core’s defaults when asked to (the unit tests)', async () => {
    const { core, chosen } = recordingCore();
    const api = createVaultService(async () => core, new MemoryStore());
    await api.createVault(PASS);
    expect(chosen).toEqual([]);
    expect(await api.kdfParams()).toEqual(DEFAULTS);
  });
});
