// A second passphrase, for when someone forces the person to open the app: it opens another
// vault (a second vault) from the header's other key slot, with its own keys, records, manifest and
// settings, and works like any vault. Nothing stored says which slot is in use or which vault a
// record is (docs/vault-format.md). Only the vault that set the second passphrase knows: its own
// sealed settings keep the key of the slot it wrote (`secondSlotKey`), and the second passphrase
// counts as set while the header's other slot still has that key, so a restore or a slot written
// anew never leaves a claim behind. The second vault's settings never keep one, so its Settings
// look like those of a vault that has none.
//
// Setting one replaces whatever the other slot held. So it is refused while the device holds
// records this vault neither lists nor opens: from inside the second vault those are the person's
// real vault, and from a vault with none they would be lost for good. The refusal comes after the
// same Argon2id work as a real setting, so its timing says nothing more than its words. Removing it
// asks for the second passphrase, so exactly that vault's records are deleted, with the slot, in
// one transaction.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Store, StoredRecord } from '../store';
import type { Settings } from '../features/settings/shared/api';
import { parseSettingsRecord, parseSettingsRules, settingsRecordJson } from '../features/settings/shared/records';
import type { RecordRepository } from './service.records';
import { KintsugiError } from './errors';
import { listedIds, manifestFor, openStored, type ManifestCore } from './service.manifest';

export type SecondPassphraseCore = ManifestCore & Pick<typeof Wasm, 'newRecordId' | 'settingsRules' | 'unlockVault'>;

export interface SecondPassphraseDeps {
  loadCore: () => Promise<SecondPassphraseCore>;
  /** The store every service writes through (the manifest hidden). */
  store: Store;
  /** The store as it is (the manifest visible). */
  raw: Store;
  unlocked: () => Wasm.Vault;
  storage: <T>(op: () => Promise<T>) => Promise<T>;
  records: RecordRepository;
  /** Makes `next` (the same vault under a new header) the open vault, wiping the old one. */
  adopt: (next: Wasm.Vault) => void;
}

export interface SecondPassphraseService {
  /** Call on the queue. */
  set(passphrase: string): Promise<void>;
  /** Call on the queue. */
  remove(secondPassphrase: string): Promise<void>;
  /** Whether this vault set a second passphrase that the header still holds. Call on the queue. */
  isSet(): Promise<boolean>;
}

/** Records read at a time while looking for records of another vault. */
const SCAN_PAGE = 500;

export function createSecondPassphraseService({
  loadCore,
  store,
  raw,
  unlocked,
  storage,
  records,
  adopt,
}: SecondPassphraseDeps): SecondPassphraseService {
  /** This vault's settings record (its id and what it holds), or the defaults and a new id. */
  async function ownSettings(core: SecondPassphraseCore): Promise<{ id: string; settings: Settings }> {
    const found = await records.newestOf('settings', (id, json) => {
      const s = parseSettingsRecord(json);
      return s ? { ...s, id } : null;
    });
    if (found) return { id: found.id, settings: found.settings };
    return { id: core.newRecordId(), settings: parseSettingsRules(core.settingsRules()).defaults };
  }

  /** The stored records this vault neither lists in its manifest nor opens: another vault's (or beyond repair). */
  async function othersRecords(core: SecondPassphraseCore, v: Wasm.Vault): Promise<string[]> {
    const listed = listedIds(core, v, await storage(() => raw.getRecord(v.manifestId)));
    const found: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await storage(() => raw.listRecordsPage(after, SCAN_PAGE));
      for (const { id, blob } of page) {
        if (id === v.manifestId || listed?.has(id)) continue;
        try {
          v.openRecord(id, blob);
        } catch {
          unlocked(); // a lock is an error; a record that does not open is what is looked for
          found.push(id);
        }
      }
      after = page.at(-1)?.id;
      if (page.length < SCAN_PAGE) return found;
    }
  }

  /** Whether `settings` (this vault's) name the slot the header's other slot still is. */
  function holdsSecond(v: Wasm.Vault, settings: Settings): boolean {
    return settings.secondSlotKey !== undefined && settings.secondSlotKey === v.otherSlotKey;
  }

  /** Every stored record `second` opens, and its manifest: what removing it deletes. */
  async function recordsOf(second: Wasm.Vault): Promise<string[]> {
    const found: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await storage(() => raw.listRecordsPage(after, SCAN_PAGE));
      for (const { id, blob } of page) {
        if (id === second.manifestId) {
          found.push(id);
          continue;
        }
        try {
          second.openRecord(id, blob);
          found.push(id);
        } catch {
          unlocked(); // a lock is an error; a record it does not open is not its
        }
      }
      after = page.at(-1)?.id;
      if (page.length < SCAN_PAGE) return found;
    }
  }

  /**
   * Writes `next` (this vault under a new header) with this vault's settings keeping `secondSlotKey`,
   * the records in `puts` (the decoy's), deleting `deletes`, and this vault's manifest listing the
   * settings record: one transaction. Then `next` is the open vault.
   */
  async function commit(
    core: SecondPassphraseCore,
    next: Wasm.Vault,
    secondSlotKey: string | undefined,
    puts: readonly StoredRecord[],
    deletes: readonly string[],
  ): Promise<void> {
    const v = unlocked();
    const oldHeader = v.headerBytes();
    const own = await ownSettings(core);
    const settings = { id: own.id, blob: next.sealRecord(own.id, settingsRecordJson({ ...own.settings, secondSlotKey }, Date.now())) };
    const rewrite = {
      id: next.manifestId,
      next(stored: Uint8Array | undefined) {
        const manifest = openStored(core, next, stored);
        if (!manifest) return undefined; // the check after the next unlock lists everything again
        try {
          manifest.list(next, settings.id, settings.blob);
          return manifest.seal(next);
        } finally {
          manifest.free();
        }
      },
    };
    if (!(await storage(() => store.changeHeader(oldHeader, next.headerBytes(), [...puts, settings], deletes, rewrite)))) {
      throw new KintsugiError('vault-changed', 'The vault was changed in another tab; nothing was changed here.');
    }
    adopt(next);
  }

  return {
    async set(passphrase) {
      const core = await loadCore();
      const v = unlocked();
      const own = await ownSettings(core);
      if (holdsSecond(v, own.settings)) {
        throw new KintsugiError('second-passphrase-set', 'A second passphrase is already set; remove it first.');
      }
      // The decoy's slot takes this vault's Argon2id parameters, as an unused slot does.
      const { memoryKib, iterations, parallelism } = JSON.parse(v.kdfParams()) as {
        memoryKib: number;
        iterations: number;
        parallelism: number;
      };
      const pair = v.withSecondPassphrase(passphrase, memoryKib, iterations, parallelism);
      const next = pair.takeVault();
      const decoy = pair.takeDecoy();
      pair.free();
      try {
        if ((await othersRecords(core, v)).length > 0) {
          throw new KintsugiError('other-records', 'A second passphrase cannot be set on this device; nothing was changed.');
        }
        // The second vault starts with this vault's settings (the same auto-lock and quick exit, so it
        // behaves the same) and sees failed attempts only from now on.
        const id = core.newRecordId();
        const { secondSlotKey: _own, ...shared } = own.settings;
        const settings = { id, blob: decoy.sealRecord(id, settingsRecordJson(shared, Date.now())) };
        const manifest = manifestFor(core, decoy, [settings], { attemptsSeenUntil: Date.now() });
        await commit(core, next, next.otherSlotKey, [settings, manifest.record], []);
      } catch (error) {
        next.free();
        throw error;
      } finally {
        decoy.lock();
        decoy.free();
      }
    },

    async remove(secondPassphrase) {
      const core = await loadCore();
      const v = unlocked();
      if (!holdsSecond(v, (await ownSettings(core)).settings)) {
        throw new KintsugiError('not-found', 'This vault has no second passphrase.');
      }
      const header = await storage(() => raw.getHeader());
      if (header === undefined) throw new KintsugiError('no-vault', 'There is no vault on this device.');
      // The second passphrase opens the second vault, which names its own records exactly.
      const second = core.unlockVault(header, secondPassphrase); // throws 'wrong-passphrase'
      try {
        if (second.vaultId === v.vaultId) throw new KintsugiError('wrong-passphrase', 'That is this vault’s own passphrase.');
        const theirs = await recordsOf(second);
        const next = v.withoutSecondPassphrase();
        try {
          await commit(core, next, undefined, [], theirs);
        } catch (error) {
          next.free();
          throw error;
        }
      } finally {
        second.lock();
        second.free();
      }
    },

    async isSet() {
      return holdsSecond(unlocked(), (await ownSettings(await loadCore())).settings);
    },
  };
}
