// The vault's manifest (its sealed list of records, crates/model/src/manifest.rs) and the
// failed-attempt log, on the worker's side.
//
// `watchManifest(store)` is the store every service writes through: each record put or delete is
// written in ONE transaction with the manifest rewritten from what is stored (so two tabs never
// lose each other's changes), and reads never see the manifest itself, so no feature has to skip
// it. A missing or unreadable manifest is never made up from one change: it stays as it is until
// the check after the next unlock lists everything again and says so.
//
// `createIntegrityService` runs that check once after every unlock, on the queue before any
// other call (so no save can slip between it and the store it reads), and keeps what it found,
// with the failed unlock attempts since the person last looked, until the person has seen it.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Rewrite, Store, StoredRecord, VaultManifest } from '../store';
import type { IntegrityReport } from './generated/model';
import { KintsugiError } from './errors';

/** What changed outside the app since the vault was last open, found on unlock (times in ms). */
export type IntegrityNotice = IntegrityReport & {
  /** Failed unlock attempts not yet shown to the person, oldest first. */
  failedAttempts: number[];
};

export type ManifestCore = Pick<typeof Wasm, 'Manifest'>;

/** Records read at a time by the check. */
const CHECK_PAGE = 500;

/** The manifest of a new, restored or re-keyed vault, for `writeVault`: lists `records`, all sealed by `vault`. */
export function manifestFor(
  core: ManifestCore,
  vault: Wasm.Vault,
  records: readonly StoredRecord[],
  replacing?: { id?: string; attemptsSeenUntil: number },
): VaultManifest {
  const manifest = new core.Manifest();
  try {
    for (const { id, blob } of records) manifest.list(vault, id, blob);
    manifest.seeAttemptsUntil(replacing?.attemptsSeenUntil ?? 0);
    return { record: { id: vault.manifestId, blob: manifest.seal(vault) }, replaces: replacing?.id };
  } finally {
    manifest.free();
  }
}

/** The stored manifest of `vault`, opened, or null when it is missing or does not open. */
export function openStored(core: ManifestCore, vault: Wasm.Vault, stored: Uint8Array | undefined): Wasm.Manifest | null {
  if (stored === undefined) return null;
  try {
    return core.Manifest.open(vault, stored);
  } catch {
    return null;
  }
}

/** When the failed attempts were last seen, by the stored manifest of `vault` (0: missing or unreadable). */
export function attemptsSeenUntil(core: ManifestCore, vault: Wasm.Vault, stored: Uint8Array | undefined): number {
  const manifest = openStored(core, vault, stored);
  if (!manifest) return 0;
  try {
    return manifest.attemptsSeenUntil;
  } finally {
    manifest.free();
  }
}

/**
 * The ids the stored manifest of `vault` lists: its own records. A record it neither lists nor opens
 * may be the other slot's vault's, so it is never reported or counted. Null when the manifest is
 * missing or unreadable: then every stored record counts as the vault's.
 */
export function listedIds(core: ManifestCore, vault: Wasm.Vault, stored: Uint8Array | undefined): ReadonlySet<string> | null {
  const manifest = openStored(core, vault, stored);
  if (!manifest) return null;
  try {
    return new Set(manifest.listedIds());
  } finally {
    manifest.free();
  }
}

export interface ManifestDeps {
  loadCore: () => Promise<ManifestCore>;
  /** The open vault, or null while locked. */
  vault: () => Wasm.Vault | null;
  /** The stored header the open vault belongs to: every change checks, in its transaction, that it still is. */
  header: () => Uint8Array | null;
}

/** Wraps a store so every write keeps the open vault's manifest in step and no read sees it. */
export function watchManifest(raw: Store, { loadCore, vault, header }: ManifestDeps): Store {
  /** The manifest rewrite for a change, or undefined while locked (nothing is written then). */
  async function rewrite(edit: (manifest: Wasm.Manifest, v: Wasm.Vault) => void): Promise<Rewrite | undefined> {
    const v = vault();
    if (!v) return undefined;
    const core = await loadCore();
    return {
      id: v.manifestId,
      next(stored) {
        const manifest = openStored(core, v, stored);
        if (!manifest) return undefined; // the check after the next unlock lists everything again
        try {
          edit(manifest, v);
          return manifest.seal(v);
        } finally {
          manifest.free();
        }
      },
    };
  }

  const hidden = () => vault()?.manifestId;
  const visible = (records: StoredRecord[]) => {
    const id = hidden();
    return id === undefined ? records : records.filter((r) => r.id !== id);
  };

  // A record sealed under keys the stored header no longer holds (another tab changed the passphrase
  // or removed this vault's slot) would be lost for good: such a change is refused, nothing written.
  const commit = async (puts: readonly StoredRecord[], deletes: readonly string[]) => {
    const edit = await rewrite((manifest, v) => {
      for (const id of deletes) manifest.unlist(id);
      for (const { id, blob } of puts) manifest.list(v, id, blob);
    });
    if (!(await raw.commitRecords(puts, deletes, edit, header() ?? undefined))) {
      throw new KintsugiError('vault-changed', 'The vault was changed in another tab; nothing was changed here.');
    }
  };

  return {
    getHeader: () => raw.getHeader(),
    putHeader: (header) => raw.putHeader(header),
    getLanguage: () => raw.getLanguage(),
    putLanguage: (code) => raw.putLanguage(code),
    getAttemptLog: () => raw.getAttemptLog(),
    updateAttemptLog: (next) => raw.updateAttemptLog(next),
    clearFailedInARow: () => raw.clearFailedInARow(),
    getEraseAfter: () => raw.getEraseAfter(),
    putEraseAfter: (count) => raw.putEraseAfter(count),
    eraseAll: () => raw.eraseAll(),
    writeVault: (expected, header, records, manifest) => raw.writeVault(expected, header, records, manifest),
    // The caller's rewrite is the open vault's manifest: the records it writes are not all this vault's.
    changeHeader: (expected, header, puts, deletes, rewrite) => raw.changeHeader(expected, header, puts, deletes, rewrite),
    listRecords: async () => visible(await raw.listRecords()),
    // One more than asked, so a page that held the manifest is still whole (a short page means the end).
    listRecordsPage: async (after, limit) => visible(await raw.listRecordsPage(after, limit + 1)).slice(0, limit),
    async countRecords() {
      const id = hidden();
      const count = await raw.countRecords();
      return id !== undefined && (await raw.getRecord(id)) !== undefined ? count - 1 : count;
    },
    getRecord: async (id) => (id === hidden() ? undefined : raw.getRecord(id)),
    getRecords: async (ids) => visible(await raw.getRecords(ids)),
    putRecord: (id, blob) => commit([{ id, blob }], []),
    deleteRecord: (id) => commit([], [id]),
    commitRecords: async (puts, deletes, extra, expected) => {
      if (extra !== undefined || expected !== undefined) throw new Error('a change carries one rewrite and one header: this vault’s');
      await commit(puts, deletes);
      return true;
    },
    async putRecordsAtomically(records, header) {
      // With a header this is a whole vault (its manifest is among the records); without, a merge.
      if (header !== undefined) await raw.putRecordsAtomically(records, header);
      else await commit(records, []);
    },
  };
}

export interface IntegrityDeps {
  loadCore: () => Promise<ManifestCore>;
  /** The store as it is (the manifest visible). */
  store: Store;
  unlocked: () => Wasm.Vault;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  storage: <T>(op: () => Promise<T>) => Promise<T>;
}

export interface IntegrityService {
  /** Queues the check of the vault just opened (call inside the unlock's queue task). */
  startCheck(): void;
  /** What the check found and the failed attempts not yet seen (waits for the check). */
  notice(): Promise<IntegrityNotice>;
  /** The person has seen it: the manifest now lists what is stored and the attempts are marked seen. */
  acknowledge(): Promise<void>;
  /** Forgets the notice (lock, a vault replaced). */
  drop(): void;
}

const CLEAN: IntegrityReport = { listMissing: false, missing: [], replaced: [], damaged: [], added: [] };

export function createIntegrityService({ loadCore, store, unlocked, serial, storage }: IntegrityDeps): IntegrityService {
  let pending: Promise<IntegrityNotice> | null = null;
  let generation = 0;

  /** Reads every stored record into a check; the finished check, and the manifest as it was (null: none). */
  async function runCheck(core: ManifestCore, v: Wasm.Vault): Promise<{ checked: Wasm.CheckedManifest; seenUntil: number; had: boolean }> {
    const stored = openStored(core, v, await storage(() => store.getRecord(v.manifestId)));
    const check = stored ? stored.check(v) : core.Manifest.rebuild(v);
    const seenUntil = stored?.attemptsSeenUntil ?? 0;
    stored?.free();
    try {
      let after: string | undefined;
      for (;;) {
        const page = await storage(() => store.listRecordsPage(after, CHECK_PAGE));
        for (const { id, blob } of page) check.see(unlocked(), id, blob);
        after = page.at(-1)?.id;
        if (page.length < CHECK_PAGE) break;
      }
    } catch (error) {
      check.free();
      throw error;
    }
    return { checked: check.finish(), seenUntil, had: stored !== null };
  }

  /** Stores `manifest` as the vault's, whatever is stored there now. */
  async function put(v: Wasm.Vault, manifest: Wasm.Manifest): Promise<void> {
    const sealed = manifest.seal(v);
    await storage(() => store.commitRecords([], [], { id: v.manifestId, next: () => sealed }));
  }

  async function attemptsOf(v: Wasm.Vault): Promise<number[]> {
    const log = await storage(() => store.getAttemptLog());
    return log === undefined ? [] : Array.from(v.failedAttempts(log));
  }

  async function check(gen: number): Promise<IntegrityNotice> {
    const core = await loadCore();
    const v = unlocked();
    const { checked, seenUntil, had } = await runCheck(core, v);
    try {
      const report = JSON.parse(checked.reportJson) as IntegrityReport;
      if (!had) {
        // Nothing to compare with: list what is stored now, at once, so the next change has a manifest.
        const rebuilt = checked.takeManifest();
        try {
          await put(v, rebuilt);
        } finally {
          rebuilt.free();
        }
      }
      const failedAttempts = (await attemptsOf(v)).filter((at) => at > seenUntil);
      if (gen !== generation) throw new Error('the vault was locked during the check');
      return { ...report, failedAttempts };
    } finally {
      checked.free();
    }
  }

  return {
    startCheck() {
      const gen = ++generation;
      pending = serial(() => check(gen));
      pending.catch(() => undefined); // asked for later by notice(); a lock in between is not an error here
    },

    async notice() {
      unlocked();
      return pending ?? { ...CLEAN, failedAttempts: [] };
    },

    acknowledge: () =>
      serial(async () => {
        const core = await loadCore();
        const v = unlocked();
        const { checked } = await runCheck(core, v);
        try {
          const current = checked.takeManifest();
          try {
            const attempts = await attemptsOf(v);
            current.seeAttemptsUntil(Math.max(current.attemptsSeenUntil, ...attempts));
            await put(v, current);
          } finally {
            current.free();
          }
        } finally {
          checked.free();
        }
        pending = Promise.resolve({ ...CLEAN, failedAttempts: [] });
      }),

    drop() {
      generation++;
      pending = null;
    },
  };
}
