// The VaultApi implementation. It runs in the crypto worker, owns the only unlocked Vault,
// and is the one place where plaintext meets the core. Storage and the WASM loader are
// passed in so the unit tests can run it in Node against the real WASM and a Map store.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Store } from '../store';
import type { Entry, EntryList, VaultApi, VaultStatus } from './api';
import { KintsugiError } from './errors';
import { MAX_ENTRY_CHARS, journalRecordJson, parseRecord, sortNewestFirst } from './records';
import { createSafetyService } from './service.safety';
import { createBackupService } from './service.backup';

/** The parts of the WASM module the worker uses. */
export type Core = Pick<
  typeof Wasm,
  | 'createVault'
  | 'unlockVault'
  | 'newRecordId'
  | 'passphraseStrength'
  | 'minPassphraseChars'
  // issue 4 (safety):
  | 'settingsRules'
  | 'invalidField'
  // issue 6 (backup):
  | 'BackupWriter'
  | 'BackupReader'
  | 'planMerge'
>;
type Vault = Wasm.Vault;

const RECORD_ID = /^[0-9a-f]{32}$/;

export function createVaultService(loadCore: () => Promise<Core>, store: Store): VaultApi {
  let vault: Vault | null = null;
  // Mutating calls run one at a time, so e.g. two quick "Create" taps cannot race.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function storage<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (error) {
      console.error('storage failed', error);
      throw new KintsugiError('storage', 'The device storage could not be read or written.');
    }
  }

  function unlocked(): Vault {
    if (!vault) throw new KintsugiError('locked', 'The vault is locked.');
    return vault;
  }

  function drop(): void {
    const old = vault;
    vault = null;
    if (old) {
      try {
        old.lock();
      } finally {
        old.free();
      }
    }
  }

  async function openEntry(v: Vault, id: string, blob: Uint8Array): Promise<Entry | 'other-kind'> {
    const parsed = parseRecord(v.openRecord(id, blob));
    if (parsed === null) throw new KintsugiError('corrupt', 'The record is not valid.');
    if (parsed === 'other-kind') return parsed;
    return { id, text: parsed.text, createdAt: parsed.createdAt, updatedAt: parsed.updatedAt };
  }

  // Settings and contacts (issue 4) share the vault, the queue and the storage errors.
  const safety = createSafetyService({ loadCore, store, unlocked, serial, storage });
  // Backup export, restore and merge (issue 6): same vault, queue and storage errors.
  const adopt = (created: Vault) => {
    drop();
    vault = created;
  };
  const backup = createBackupService({ loadCore, store, unlocked, adopt, serial, storage });

  return {
    ...safety,
    ...backup,

    async status(): Promise<VaultStatus> {
      const header = await storage(() => store.getHeader());
      return { hasVault: header !== undefined, unlocked: vault !== null };
    },

    async minPassphraseChars() {
      return (await loadCore()).minPassphraseChars();
    },

    async passphraseStrength(passphrase) {
      return (await loadCore()).passphraseStrength(passphrase);
    },

    createVault: (passphrase) =>
      serial(async () => {
        const core = await loadCore();
        if ((await storage(() => store.getHeader())) !== undefined) {
          throw new KintsugiError('vault-exists', 'A vault already exists on this device.');
        }
        const created = core.createVault(passphrase);
        try {
          const header = created.headerBytes();
          await storage(() => store.putHeader(header));
        } catch (error) {
          created.free();
          throw error;
        }
        drop();
        vault = created;
      }),

    unlock: (passphrase) =>
      serial(async () => {
        const core = await loadCore();
        const header = await storage(() => store.getHeader());
        if (header === undefined) throw new KintsugiError('no-vault', 'There is no vault on this device.');
        const opened = core.unlockVault(header, passphrase);
        drop();
        vault = opened;
      }),

    lock: () =>
      serial(async () => {
        drop();
      }),

    changePassphrase: (oldPassphrase, newPassphrase) =>
      serial(async () => {
        const header = unlocked().changePassphrase(oldPassphrase, newPassphrase);
        await storage(() => store.putHeader(header));
      }),

    listEntries: () =>
      serial(async (): Promise<EntryList> => {
        const v = unlocked();
        const stored = await storage(() => store.listRecords());
        const entries: Entry[] = [];
        const unreadableIds: string[] = [];
        for (const { id, blob } of stored) {
          try {
            const entry = await openEntry(v, id, blob);
            if (entry !== 'other-kind') entries.push(entry);
          } catch (error) {
            // A locked vault is not a damaged record: stop instead of marking everything unreadable.
            if (!vault) throw error;
            unreadableIds.push(id);
          }
        }
        return { entries: sortNewestFirst(entries), unreadableIds };
      }),

    saveEntry: ({ id, text }) =>
      serial(async (): Promise<Entry> => {
        const v = unlocked();
        if (text.length > MAX_ENTRY_CHARS) {
          throw new KintsugiError('invalid-record', `An entry can hold at most ${MAX_ENTRY_CHARS} characters.`);
        }
        const now = Date.now();
        let recordId: string;
        let createdAt = now;
        if (id === undefined) {
          recordId = (await loadCore()).newRecordId();
        } else {
          if (!RECORD_ID.test(id)) throw new KintsugiError('not-found', 'That entry does not exist.');
          const blob = await storage(() => store.getRecord(id));
          if (blob === undefined) throw new KintsugiError('not-found', 'That entry does not exist.');
          const existing = await openEntry(v, id, blob);
          if (existing === 'other-kind') throw new KintsugiError('not-found', 'That entry does not exist.');
          recordId = id;
          createdAt = existing.createdAt;
        }
        const sealed = v.sealRecord(recordId, journalRecordJson(text, createdAt, now));
        await storage(() => store.putRecord(recordId, sealed));
        return { id: recordId, text, createdAt, updatedAt: now };
      }),

    deleteEntry: (id) =>
      serial(async () => {
        unlocked();
        if (!RECORD_ID.test(id)) throw new KintsugiError('not-found', 'That entry does not exist.');
        await storage(() => store.deleteRecord(id));
      }),
  };
}
