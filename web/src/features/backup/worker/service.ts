// The worker's backup calls: export every record into an encrypted backup file, and
// restore one, either into a fresh vault or merged into the open one. The rules (the file format,
// the merge plan) are the core's; this file streams bytes through it and writes the result.
//
// Streaming: export reads the vault EXPORT_PAGE records at a time and returns
// the file as a Blob of the writer's chunks (never one concatenated copy). Restore and merge read
// the picked file READ_PIECE bytes at a time; each record the reader verifies is planned by the
// core's MergePlanner and sealed under the target vault's key at once, so no plaintext piles up.
//
// Atomicity: only the sealed records (about the file's size) wait, in memory, until the whole
// file is verified (BackupReader.finish); then everything is written in one IndexedDB transaction
// (store.putRecordsAtomically; a restore's store.writeVault). A failure or a closed page at any point leaves the stored vault
// exactly as it was.
import type * as Wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { Store, StoredRecord } from '../../../store';
import type { BackupApi, BackupProgress, ProgressCallback, RestoreCounts } from '../shared/api';
import { KintsugiError } from '../../../worker/errors';
import type { KindName, RecordRepository } from '../../../worker/service.records';
import { type ManifestCore, manifestFor } from '../../../worker/service.manifest';

type BackupCore = Pick<typeof Wasm, 'BackupWriter' | 'BackupReader' | 'MergePlanner' | 'unlockVault' | 'createVault' | 'newRecordId'> &
  ManifestCore;

/** The record kind that remembers the last backup (one per vault; see the core's BackupState). */
const STATE_KIND: KindName = 'backupState';

function backupStateJson(lastBackupAt: number, updatedAt: number): string {
  return JSON.stringify({ kind: STATE_KIND, lastBackupAt, updatedAt });
}

/** The id and time of a backup-state record, or null for any other JSON. */
function parseState(id: string, json: string): { id: string; lastBackupAt: number } | null {
  try {
    const o = JSON.parse(json) as { kind?: unknown; lastBackupAt?: unknown };
    return o.kind === STATE_KIND && typeof o.lastBackupAt === 'number' ? { id, lastBackupAt: o.lastBackupAt } : null;
  } catch {
    return null;
  }
}

export interface BackupDeps {
  loadCore: () => Promise<BackupCore>;
  store: Store;
  unlocked: () => Wasm.Vault;
  /** Makes `vault` the open vault (after a restore into a fresh install). */
  adopt: (vault: Wasm.Vault) => void;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  storage: <T>(op: () => Promise<T>) => Promise<T>;
  records: RecordRepository;
  /** The open vault's own record ids (see ServiceDeps). */
  ownIds: () => Promise<ReadonlySet<string> | null>;
  /** A new vault under this passphrase, with the Argon2id parameters for this device. */
  newVault: (passphrase: string) => Promise<Wasm.Vault>;
}

/** Bytes of the file read and fed to the reader at a time: four chunks, so progress moves and memory stays small. */
export const READ_PIECE = 4 * 65_552;

/** Vault records read from storage at a time (export, merge). */
export const EXPORT_PAGE = 200;

interface Item {
  id: string;
  record: { kind?: unknown };
}

/** One step of the core's MergePlanner (see crates/wasm/src/backup.rs). */
type Step = { action: 'skip' } | { action: 'copy'; id: string } | { action: 'put'; id: string; keepCurrentAs: string | null };

/** Tells the page how far a long call (backup, passphrase change) is. */
export function report(onProgress: ProgressCallback | undefined, progress: BackupProgress): void {
  // A progress callback that fails (e.g. the page went away) must not fail the call itself.
  try {
    void Promise.resolve(onProgress?.(progress)).catch(() => undefined);
  } catch {
    // ignored, as above
  }
}

export function createBackupService({
  loadCore,
  store,
  unlocked,
  adopt,
  serial,
  storage,
  records,
  ownIds,
  newVault,
}: BackupDeps): BackupApi {
  /** Every stored record, one page at a time. */
  async function* pages(): AsyncGenerator<StoredRecord[]> {
    let after: string | undefined;
    for (;;) {
      const page = await storage(() => store.listRecordsPage(after, EXPORT_PAGE));
      if (page.length === 0) return;
      yield page;
      after = page[page.length - 1]?.id;
      if (page.length < EXPORT_PAGE) return;
    }
  }

  /** Reads `file` a slice at a time and hands each verified record to `take` (its id and JSON) as soon as it is verified. */
  async function readStreaming(
    core: BackupCore,
    file: Blob,
    passphrase: string,
    take: (id: string, json: string) => Promise<void>,
    onProgress?: ProgressCallback,
  ): Promise<{ createdAtMs: number }> {
    const reader = new core.BackupReader(passphrase);
    try {
      report(onProgress, { phase: 'verify', done: 0, total: file.size });
      for (let offset = 0; offset < file.size; offset += READ_PIECE) {
        const end = Math.min(file.size, offset + READ_PIECE);
        let piece: Uint8Array;
        try {
          piece = new Uint8Array(await file.slice(offset, end).arrayBuffer());
        } catch {
          throw new KintsugiError('corrupt', 'The backup file could not be read.');
        }
        const verified = JSON.parse(reader.push(piece)) as Item[];
        for (const { id, record } of verified) await take(id, JSON.stringify(record));
        report(onProgress, { phase: 'verify', done: end, total: file.size });
      }
      // Throws unless the file ended where its last chunk says it does.
      const summary = JSON.parse(reader.finish()) as { createdAtMs: number };
      return { createdAtMs: summary.createdAtMs };
    } finally {
      reader.free();
    }
  }

  /**
   * Applies the planner's step for one backup record to `sealed` (id -> blob under `target`'s key),
   * the only thing kept until the final write. A replaced record (the vault's, or one planned
   * earlier in this file) is opened and sealed again under its copy id, one at a time.
   */
  async function applyStep(target: Wasm.Vault, planner: Wasm.MergePlanner, sealed: Map<string, Uint8Array>, id: string, json: string) {
    const step = JSON.parse(planner.plan(id, json)) as Step;
    if (step.action === 'skip') return;
    if (step.action === 'copy') {
      sealed.set(step.id, target.sealRecord(step.id, json));
      return;
    }
    if (step.keepCurrentAs !== null) {
      const held = sealed.get(step.id) ?? (await storage(() => store.getRecord(step.id)));
      if (held === undefined) throw new KintsugiError('internal', 'The record to keep as a copy is missing.');
      sealed.set(step.keepCurrentAs, target.sealRecord(step.keepCurrentAs, target.openRecord(step.id, held)));
    }
    sealed.set(step.id, target.sealRecord(step.id, json));
  }

  function countsOf(planner: Wasm.MergePlanner): RestoreCounts {
    return JSON.parse(planner.counts()) as RestoreCounts;
  }

  function toList(sealed: Map<string, Uint8Array>): StoredRecord[] {
    return [...sealed].map(([id, blob]) => ({ id, blob }));
  }

  return {
    backupStatus: () =>
      serial(async () => {
        let found: { id: string; lastBackupAt: number } | null = null;
        for (const state of await records.parsedOf(STATE_KIND, parseState)) {
          // The newest, should there be two.
          if (!found || state.lastBackupAt > found.lastBackupAt) found = state;
        }
        return { lastBackupAt: found ? found.lastBackupAt : null };
      }),

    exportBackup: (passphrase, isVaultPassphrase, onProgress) =>
      serial(async () => {
        const v = unlocked();
        const core = await loadCore();
        report(onProgress, { phase: 'key', done: 0, total: 0 });
        if (isVaultPassphrase) {
          const header = await storage(() => store.getHeader());
          if (header === undefined) throw new KintsugiError('no-vault', 'There is no vault on this device.');
          // This vault's own passphrase only: the other slot's (a second vault's) is not this vault's.
          const opened = core.unlockVault(header, passphrase); // throws 'wrong-passphrase'
          const same = opened.vaultId === v.vaultId;
          opened.free();
          if (!same) throw new KintsugiError('wrong-passphrase', 'That is not the passphrase of the open vault.');
        }
        // Only this vault's records are counted and reported: another vault's are not its to name.
        const own = await ownIds();
        const total = own ? own.size : await storage(() => store.countRecords());
        const writer = new core.BackupWriter(passphrase, Date.now());
        // The file's chunks as the writer finishes them; the Blob is made of these, not of one copy.
        const parts: Uint8Array<ArrayBuffer>[] = [];
        let done = 0;
        let skipped = 0;
        let state: { id: string } | null = null;
        try {
          report(onProgress, { phase: 'records', done: 0, total });
          for await (const page of pages()) {
            for (const { id, blob } of page) {
              let json: string;
              try {
                json = v.openRecord(id, blob);
              } catch {
                unlocked(); // a lock during the export is an error; a damaged record is skipped and counted
                if (own === null || own.has(id)) {
                  done += 1;
                  skipped += 1;
                }
                continue;
              }
              done += 1;
              // The last-backup time describes this vault, not the file: it stays out of the backup.
              const isState = parseState(id, json);
              if (isState) {
                state = isState;
                continue;
              }
              const out = writer.push(id, json);
              if (out.length > 0) parts.push(out as Uint8Array<ArrayBuffer>);
            }
            report(onProgress, { phase: 'records', done, total: Math.max(total, done) });
          }
          const recordCount = writer.recordCount;
          parts.push(writer.finish() as Uint8Array<ArrayBuffer>);
          const now = Date.now();
          const stateId = state?.id ?? core.newRecordId();
          await storage(() => store.putRecord(stateId, v.sealRecord(stateId, backupStateJson(now, now))));
          report(onProgress, { phase: 'records', done, total: Math.max(total, done) });
          return { file: new Blob(parts, { type: 'application/octet-stream' }), recordCount, skipped };
        } finally {
          writer.free();
        }
      }),

    restoreIntoNewVault: (file, backupPassphrase, vaultPassphrase, onProgress) =>
      serial(async () => {
        const core = await loadCore();
        if ((await storage(() => store.getHeader())) !== undefined) {
          throw new KintsugiError('vault-exists', 'A vault already exists on this device.');
        }
        const planner = new core.MergePlanner();
        // The new vault (in memory only until the final write) is made once the file's header has
        // checked out, so a wrong passphrase or a refused file fails before a second Argon2 run;
        // from then on each record is sealed under its key as soon as it is verified.
        let created: Wasm.Vault | undefined;
        const vault = async (): Promise<Wasm.Vault> => {
          if (created === undefined) {
            report(onProgress, { phase: 'key', done: 0, total: 0 });
            created = await newVault(vaultPassphrase);
          }
          return created;
        };
        try {
          const sealed = new Map<string, Uint8Array>();
          const { createdAtMs } = await readStreaming(
            core,
            file,
            backupPassphrase,
            async (id, json) => {
              await applyStep(await vault(), planner, sealed, id, json);
            },
            onProgress,
          );
          const target = await vault(); // a file with no records
          const counts = countsOf(planner);
          // This device now has what the file holds: its last backup is the file's. The file's own
          // backup-state record, if any, was ignored by the planner (it describes another device).
          const stateId = core.newRecordId();
          sealed.set(stateId, target.sealRecord(stateId, backupStateJson(createdAtMs, Date.now())));
          report(onProgress, { phase: 'write', done: 0, total: sealed.size });
          // Another tab may have made or restored a vault meanwhile: checked again inside the write.
          // The new vault's manifest lists every record the restore writes.
          const restored = toList(sealed);
          const manifest = manifestFor(core, target, restored);
          if (!(await storage(() => store.writeVault(undefined, target.headerBytes(), restored, manifest)))) {
            throw new KintsugiError('vault-exists', 'A vault already exists on this device.');
          }
          adopt(target);
          return counts;
        } catch (error) {
          created?.free();
          throw error;
        } finally {
          planner.free();
        }
      }),

    mergeBackup: (file, backupPassphrase, onProgress) =>
      serial(async () => {
        unlocked();
        const core = await loadCore();
        const planner = new core.MergePlanner();
        try {
          let known = false;
          // The vault's records as the planner needs them (id, kind, time, a fingerprint), one page
          // at a time; done once the file's header checked out, so a wrong passphrase fails fast.
          const learnVault = async () => {
            if (known) return;
            known = true;
            const v = unlocked();
            for await (const page of pages()) {
              for (const { id, blob } of page) {
                let json: string | undefined;
                try {
                  json = v.openRecord(id, blob);
                } catch {
                  unlocked(); // unreadable records stay as they are; the planner never replaces them
                }
                planner.addExisting(id, json);
              }
            }
          };
          const sealed = new Map<string, Uint8Array>();
          await readStreaming(
            core,
            file,
            backupPassphrase,
            async (id, json) => {
              await learnVault();
              await applyStep(unlocked(), planner, sealed, id, json);
            },
            onProgress,
          );
          await learnVault(); // a file with no records
          report(onProgress, { phase: 'write', done: 0, total: sealed.size });
          await storage(() => store.putRecordsAtomically(toList(sealed)));
          return countsOf(planner);
        } finally {
          planner.free();
        }
      }),
  };
}
