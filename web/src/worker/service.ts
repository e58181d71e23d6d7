// The VaultApi implementation. It runs in the crypto worker, owns the only unlocked Vault,
// and is the one place where plaintext meets the core. Storage and the WASM loader are
// passed in so the unit tests can run it in Node against the real WASM and a Map store.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import { sameBytes, type Store, type StoredRecord } from '../store';
import type { Entry, EntryList, TrackerFields } from '../features/journal/shared/api';
import type { InsightsResult } from '../features/insights/shared/api';
import type { VaultApi, VaultStatus } from './api';
import type { FeatureApis } from './features';
import { KintsugiError, errorCode } from './errors';
import { attemptsSeenUntil, createIntegrityService, listedIds, manifestFor, watchManifest } from './service.manifest';
import { createSecondPassphraseService } from './service.second';
import { isLanguage } from '../i18n/language';
import { MAX_ENTRY_CHARS, journalRecordJson, parseRecord, sortNewestFirst } from '../features/journal/shared/records';
import { createRecordRepository } from './service.records';
import { report } from '../features/backup/worker/service';
import { createFeatureServices, joinServices } from './features';
import { createJournalIndexService } from '../features/journal/worker/service';

/** The parts of the WASM module the worker uses. */
export type Core = Pick<
  typeof Wasm,
  | 'createVault'
  | 'createVaultWithParams'
  | 'kdfCalibrate'
  | 'kdfParamsForDevice'
  | 'unlockVault'
  | 'newRecordId'
  | 'passphraseStrength'
  | 'minPassphraseChars'
  // the manifest and the failed-attempt log:
  | 'Manifest'
  | 'sealFailedAttempt'
  | 'appendFailedAttempt'
  | 'erasesAfter'
  // safety:
  | 'settingsRules'
  | 'invalidField'
  // cycle tracker:
  | 'triggerSuggestions'
  | 'insights'
  | 'noContact'
  // diary card:
  | 'diaryRules'
  | 'diaryWeekSummary'
  | 'diaryWeekStart'
  | 'diaryAddDays'
  | 'diaryNewestIndices'
  // safety plan:
  | 'planRules'
  | 'walkAwayQuestions'
  | 'walkAwayResult'
  | 'walkAwayCheckResult'
  | 'walkAwayCheckJson'
  // backup:
  | 'BackupWriter'
  | 'BackupReader'
  | 'MergePlanner'
  // journal list:
  | 'JournalIndex'
  // incident log:
  | 'incidentRules'
  | 'incidentAppend'
  | 'incidentVerify'
  | 'incidentVersions'
  | 'incidentDraftInvalidField'
>;
type Vault = Wasm.Vault;

const RECORD_ID = /^[0-9a-f]{32}$/;

/** Records read and re-sealed at a time during a passphrase change. */
const RESEAL_PAGE = 200;

export interface ServiceOptions {
  /**
   * 'device' (the app): a new vault, a restore and a passphrase change measure one Argon2id pass
   * here and take the strongest parameters that unlock in about a second (never below the
   * defaults; the rule is the core's). 'default': the core's defaults, so unit tests stay fast.
   */
  kdf: 'device' | 'default';
}

/** Argon2id parameters, as the core reports them. */
export interface KdfChoice {
  memoryKib: number;
  iterations: number;
  parallelism: number;
  /** The unlock time they predict on this device (only when just measured). */
  predictedMs?: number;
}

export function createVaultService(loadCore: () => Promise<Core>, rawStore: Store, options: ServiceOptions = { kdf: 'default' }): VaultApi {
  let vault: Vault | null = null;
  /** The stored header `vault` belongs to; every write checks, in its transaction, that it still is. */
  let storedHeader: Uint8Array | null = null;
  /** Makes `opened` the open vault, stored under `header`. */
  function open(opened: Vault, header: Uint8Array): void {
    drop();
    vault = opened;
    storedHeader = header;
  }
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
      if (error instanceof KintsugiError) throw error; // already said in plain words (another tab changed the vault)
      console.error('storage failed', error);
      throw new KintsugiError('storage', 'The device storage could not be read or written.');
    }
  }

  /** The parameters for a new header: measured here, or null for the core's defaults. */
  function sizedKdf(core: Core): KdfChoice | null {
    if (options.kdf === 'default') return null;
    const start = performance.now();
    core.kdfCalibrate();
    return JSON.parse(core.kdfParamsForDevice(performance.now() - start)) as KdfChoice;
  }

  /** A new vault under `passphrase`, with the parameters for this device. */
  function newVault(core: Core, passphrase: string): Vault {
    const p = sizedKdf(core);
    return p ? core.createVaultWithParams(passphrase, p.memoryKib, p.iterations, p.parallelism) : core.createVault(passphrase);
  }

  /**
   * Keeps a wrong passphrase in the failed-attempt log, sealed to the header's attempt keys so only
   * an unlocked vault reads it, and counts it; true when the count reaches what the person chose for
   * erasing everything (the rule is the core's). Never in the way of the answer otherwise: a
   * version-1 header (no attempt keys until its first unlock) is counted but not logged, and a
   * failed write is only logged here (and erases nothing).
   */
  async function noteFailedAttempt(core: Core, header: Uint8Array): Promise<boolean> {
    let entry: Uint8Array | null = null;
    try {
      entry = core.sealFailedAttempt(header, Date.now());
    } catch (error) {
      console.error('the failed attempt was not sealed', error);
    }
    try {
      const sealed = entry;
      const { failedInARow, eraseAfter } = await rawStore.updateAttemptLog((log) =>
        sealed ? core.appendFailedAttempt(log ?? new Uint8Array(), sealed) : (log ?? new Uint8Array()),
      );
      return eraseAfter !== undefined && core.erasesAfter(failedInARow, eraseAfter);
    } catch (error) {
      console.error('the failed attempt was not recorded', error);
      return false;
    }
  }

  /** The counts of wrong passphrases in a row the person may choose to erase after (the core's). */
  function eraseChoices(core: Core): number[] {
    return (JSON.parse(core.settingsRules()) as { eraseAfterFailedAttempts: number[] }).eraseAfterFailedAttempts;
  }

  function unlocked(): Vault {
    if (!vault) throw new KintsugiError('locked', 'The vault is locked.');
    return vault;
  }

  function drop(): void {
    journal.drop();
    integrity.drop();
    const old = vault;
    vault = null;
    storedHeader = null;
    if (old) {
      try {
        old.lock();
      } finally {
        old.free();
      }
    }
  }

  // Every write keeps the vault's manifest in step, and no read sees it (manifest.ts). The journal
  // list's index and the kind index are built from that store and kept in step by every write
  // through the watched one, which is the store every service below uses.
  const listed = watchManifest(rawStore, { loadCore, vault: () => vault, header: () => storedHeader });
  const integrity = createIntegrityService({ loadCore, store: rawStore, unlocked, serial, storage });
  // The open vault's own records: what its manifest lists. Only those are reported unreadable or counted.
  const ownIds = async () => listedIds(await loadCore(), unlocked(), await storage(() => rawStore.getRecord(unlocked().manifestId)));
  const journal = createJournalIndexService({ loadCore, store: listed, unlocked, serial, storage, ownIds });
  const store = journal.watch(listed);
  const records = createRecordRepository({ loadCore, store, unlocked, storage, idsOf: journal.idsOf, kindOf: journal.kindOf });
  const deps = { loadCore, store, unlocked, serial, storage, records, ownIds };

  async function openEntry(v: Vault, id: string, blob: Uint8Array): Promise<Entry | 'other-kind'> {
    const parsed = parseRecord(v.openRecord(id, blob));
    if (parsed === null) throw new KintsugiError('corrupt', 'The record is not valid.');
    if (parsed === 'other-kind') return parsed;
    const { kind: _kind, ...fields } = parsed;
    return { id, ...fields };
  }

  /** The tracker fields of an entry, to carry over when only its text is edited. */
  function trackerOf(entry: Entry): TrackerFields {
    const { id: _id, text: _text, createdAt: _c, updatedAt: _u, ...tracker } = entry;
    return tracker;
  }

  // Backup export, restore and merge may also replace the open vault.
  const adopt = (created: Vault) => open(created, created.headerBytes());
  const second = createSecondPassphraseService({ loadCore, store, raw: rawStore, unlocked, storage, records, adopt });
  // Every feature shares the vault, the queue, the storage errors and the record repository.
  const features = createFeatureServices({ ...deps, adopt, newVault: async (passphrase) => newVault(await loadCore(), passphrase) });

  const own: Omit<VaultApi, keyof FeatureApis> = {
    async status(): Promise<VaultStatus> {
      const header = await storage(() => store.getHeader());
      return { hasVault: header !== undefined, unlocked: vault !== null };
    },

    // The language choice needs no unlock and no core: the locked screens read it before they draw.
    async deviceLanguage() {
      const code = await storage(() => store.getLanguage());
      return isLanguage(code) ? code : undefined;
    },

    async setDeviceLanguage(code) {
      if (code !== undefined && !isLanguage(code)) {
        throw new KintsugiError('invalid-input', 'That language is not one the app is written in.');
      }
      await storage(() => store.putLanguage(code));
    },

    kdfParams: () => serial(async () => JSON.parse(unlocked().kdfParams()) as Omit<KdfChoice, 'predictedMs'>),

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
        const created = newVault(core, passphrase);
        try {
          const header = created.headerBytes();
          // Another tab may have made a vault during Argon2: the write checks again, in its transaction.
          if (!(await storage(() => store.writeVault(undefined, header, [], manifestFor(core, created, []))))) {
            throw new KintsugiError('vault-exists', 'A vault already exists on this device.');
          }
        } catch (error) {
          created.free();
          throw error;
        }
        open(created, created.headerBytes());
      }),

    unlock: (passphrase) =>
      serial(async () => {
        const core = await loadCore();
        const header = await storage(() => store.getHeader());
        if (header === undefined) throw new KintsugiError('no-vault', 'There is no vault on this device.');
        let opened: Vault;
        try {
          opened = core.unlockVault(header, passphrase);
        } catch (error) {
          if (errorCode(error) === 'wrong-passphrase' && (await noteFailedAttempt(core, header))) {
            drop();
            await storage(() => store.eraseAll());
            throw new KintsugiError('erased', 'Too many wrong passphrases in a row: everything on this device was erased.');
          }
          throw error;
        }
        try {
          await rawStore.clearFailedInARow();
        } catch (error) {
          console.error('the count of wrong passphrases was not reset', error);
        }
        // A version-1 header comes back upgraded to version 2 (same keys, so every record stays
        // as it is): storing it is the whole migration, one write that first checks the stored
        // header is still the old one. If it fails (full disk, another tab), the vault opens all
        // the same and the next unlock tries again.
        const current = opened.headerBytes();
        let stored = header;
        if (!sameBytes(current, header)) {
          try {
            if (await store.writeVault(header, current, [])) stored = current;
          } catch (error) {
            console.error('the header upgrade was not stored', error);
          }
        }
        open(opened, stored);
        integrity.startCheck();
      }),

    integrityNotice: () => integrity.notice(),

    setSecondPassphrase: (passphrase) => serial(() => second.set(passphrase)),

    removeSecondPassphrase: (secondPassphrase) => serial(() => second.remove(secondPassphrase)),

    secondPassphraseSet: () => serial(() => second.isSet()),

    acknowledgeIntegrity: () => integrity.acknowledge(),

    lock: () =>
      serial(async () => {
        drop();
      }),

    eraseAfterFailedAttempts: () =>
      serial(async () => {
        unlocked();
        return (await storage(() => store.getEraseAfter())) ?? null;
      }),

    setEraseAfterFailedAttempts: (count) =>
      serial(async () => {
        unlocked();
        if (count !== null && !eraseChoices(await loadCore()).includes(count)) {
          throw new KintsugiError('invalid-input', 'That count of wrong passphrases is not one offered.');
        }
        await storage(() => store.putEraseAfter(count ?? undefined));
      }),

    // Only from an unlocked vault (Settings); the keys are wiped first, then the database is deleted.
    eraseEverything: () =>
      serial(async () => {
        unlocked();
        drop();
        await storage(() => store.eraseAll());
      }),

    // A new data key and vault id; every record re-sealed, then the new header and all records in one
    // transaction. Until it commits the old vault stays in memory and in storage, so a failed write or a
    // closed tab leaves the old passphrase working; after it, only the new one opens anything.
    changePassphrase: (oldPassphrase, newPassphrase, onProgress) =>
      serial(async () => {
        const current = unlocked();
        const oldHeader = current.headerBytes();
        report(onProgress, { phase: 'key', done: 0, total: 0 });
        const sized = sizedKdf(await loadCore());
        const rotated = sized
          ? current.changePassphraseWithParams(oldPassphrase, newPassphrase, sized.memoryKib, sized.iterations, sized.parallelism)
          : current.changePassphrase(oldPassphrase, newPassphrase);
        try {
          // Progress counts this vault's records only: another vault's are neither counted nor touched.
          const own = await ownIds();
          const total = own ? own.size : await storage(() => store.countRecords());
          const resealed: StoredRecord[] = [];
          let after: string | undefined;
          for (;;) {
            const page = await storage(() => store.listRecordsPage(after, RESEAL_PAGE));
            for (const { id, blob } of page) {
              try {
                resealed.push({ id, blob: rotated.resealFrom(unlocked(), id, blob) });
              } catch {
                // Damaged, from a newer version, or the other vault's: left as it is (unreadable before, too).
                unlocked();
              }
            }
            report(onProgress, { phase: 'records', done: resealed.length, total: Math.max(total, resealed.length) });
            after = page[page.length - 1]?.id;
            if (page.length < RESEAL_PAGE) break;
          }
          report(onProgress, { phase: 'write', done: 0, total: resealed.length });
          // The new vault's manifest lists every record carried over; the old one (another id) goes.
          const core = await loadCore();
          const oldManifest = current.manifestId;
          const seenUntil = attemptsSeenUntil(core, current, await storage(() => rawStore.getRecord(oldManifest)));
          const manifest = manifestFor(core, rotated, resealed, { id: oldManifest, attemptsSeenUntil: seenUntil });
          if (!(await storage(() => store.writeVault(oldHeader, rotated.headerBytes(), resealed, manifest)))) {
            throw new KintsugiError('vault-changed', 'The vault was changed in another tab; nothing was changed here.');
          }
        } catch (error) {
          rotated.free();
          throw error;
        }
        open(rotated, rotated.headerBytes());
      }),

    listEntries: () =>
      serial(async (): Promise<EntryList> => {
        const v = unlocked();
        const stored = await storage(() => store.listRecords());
        const own = await ownIds();
        const entries: Entry[] = [];
        const unreadableIds: string[] = [];
        for (const { id, blob } of stored) {
          try {
            const entry = await openEntry(v, id, blob);
            if (entry !== 'other-kind') entries.push(entry);
          } catch (error) {
            // A locked vault is not a damaged record: stop instead of marking everything unreadable.
            if (!vault) throw error;
            if (own === null || own.has(id)) unreadableIds.push(id); // else the other vault's
          }
        }
        return { entries: sortNewestFirst(entries), unreadableIds };
      }),

    saveEntry: ({ id, text, tracker }) =>
      serial(async (): Promise<Entry> => {
        const v = unlocked();
        if (text.length > MAX_ENTRY_CHARS) {
          throw new KintsugiError('invalid-record', `An entry can hold at most ${MAX_ENTRY_CHARS} characters.`);
        }
        const now = Date.now();
        let recordId: string;
        let createdAt = now;
        let fields: TrackerFields = tracker ?? {};
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
          if (tracker === undefined) fields = trackerOf(existing);
        }
        const sealed = v.sealRecord(recordId, journalRecordJson(text, createdAt, now, fields));
        await storage(() => store.putRecord(recordId, sealed));
        // Return what was sealed: the core tidies triggers and emotion names.
        const saved = await openEntry(v, recordId, sealed);
        if (saved === 'other-kind') throw new KintsugiError('internal', 'The saved entry did not read back as an entry.');
        return saved;
      }),

    queryEntries: (query, offset, limit) => journal.queryEntries(query, offset, limit),

    getEntry: (id) =>
      serial(async (): Promise<Entry> => {
        const v = unlocked();
        if (!RECORD_ID.test(id)) throw new KintsugiError('not-found', 'That entry does not exist.');
        const blob = await storage(() => store.getRecord(id));
        if (blob === undefined) throw new KintsugiError('not-found', 'That entry does not exist.');
        const entry = await openEntry(v, id, blob);
        if (entry === 'other-kind') throw new KintsugiError('not-found', 'That entry does not exist.');
        return entry;
      }),

    // From the journal index: no second pass over every record.
    triggerSuggestions: () => journal.triggerSuggestions(12),

    insights: () =>
      serial(async (): Promise<InsightsResult> => {
        const core = await loadCore();
        const found = await records.ofKind('journal', 'contactLog', 'noContactGoal');
        // getTimezoneOffset() is minutes behind UTC; the core wants minutes ahead.
        const offset = -new Date().getTimezoneOffset();
        return JSON.parse(core.insights(`[${found.map((r) => r.json).join(',')}]`, Date.now(), offset)) as InsightsResult;
      }),

    deleteEntry: (id) =>
      serial(async () => {
        unlocked();
        // Only a journal entry of this vault: never a record it cannot open (the other vault's, or damaged).
        if (!RECORD_ID.test(id) || (await journal.kindOf(id)) !== 'journal') {
          throw new KintsugiError('not-found', 'That entry does not exist.');
        }
        await storage(() => store.deleteRecord(id));
      }),
  };
  return joinServices<VaultApi>([features, own]);
}
