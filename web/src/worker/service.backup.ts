// The worker's backup calls (issue 6): export every record into an encrypted backup file, and
// restore one, either into a fresh vault or merged into the open one. The rules (the file format,
// the merge plan) are the core's; this file streams bytes through it and writes the result.
//
// Atomicity: the whole file is read and verified (BackupReader.finish) before anything is written,
// and then everything is written in one IndexedDB transaction (store.putRecordsAtomically). A
// failure or a closed page at any point leaves the stored vault exactly as it was.
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Store, StoredRecord } from '../store';
import type { BackupProgress, ProgressCallback, RestoreCounts, VaultApi } from './api';
import { KintsugiError } from './errors';

type BackupCore = Pick<
  typeof Wasm,
  'BackupWriter' | 'BackupReader' | 'planMerge' | 'unlockVault' | 'createVault' | 'newRecordId'
>;

export type BackupApi = Pick<VaultApi, 'exportBackup' | 'restoreIntoNewVault' | 'mergeBackup' | 'backupStatus'>;

/** The record kind that remembers the last backup (one per vault; see the core's BackupState). */
const STATE_KIND = 'backupState';

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
}

/** Bytes fed to the reader at a time: four chunks, so progress moves and memory stays small. */
const READ_PIECE = 4 * 65_552;

interface Item {
  id: string;
  record: unknown;
}

interface Plan {
  adds: Item[];
  updates: Item[];
  copies: Item[];
  counts: RestoreCounts;
}

function report(onProgress: ProgressCallback | undefined, progress: BackupProgress): void {
  // A progress callback that fails (e.g. the page went away) must not fail the backup itself.
  try {
    void Promise.resolve(onProgress?.(progress)).catch(() => undefined);
  } catch {
    // ignored, as above
  }
}

export function createBackupService({ loadCore, store, unlocked, adopt, serial, storage }: BackupDeps): BackupApi {
  /** Reads and verifies the whole file; returns its records (JSON-ready) only if every byte checked out. */
  async function readVerified(
    file: Uint8Array,
    passphrase: string,
    onProgress?: ProgressCallback,
  ): Promise<{ records: Item[]; createdAtMs: number }> {
    const core = await loadCore();
    const reader = new core.BackupReader(passphrase);
    const records: Item[] = [];
    try {
      report(onProgress, { phase: 'verify', done: 0, total: file.length });
      for (let offset = 0; offset < file.length; offset += READ_PIECE) {
        const piece = file.subarray(offset, Math.min(file.length, offset + READ_PIECE));
        const verified = JSON.parse(reader.push(piece)) as Item[];
        for (const item of verified) records.push(item);
        report(onProgress, { phase: 'verify', done: offset + piece.length, total: file.length });
      }
      // Throws unless the file ended where its last chunk says it does.
      const summary = JSON.parse(reader.finish()) as { createdAtMs: number };
      return { records, createdAtMs: summary.createdAtMs };
    } finally {
      reader.free();
    }
  }

  /** The vault's backup-state record, if it has one (the newest, should there be two). */
  function findState(v: Wasm.Vault, stored: readonly StoredRecord[]): { id: string; lastBackupAt: number } | null {
    let found: { id: string; lastBackupAt: number } | null = null;
    for (const { id, blob } of stored) {
      let state = null;
      try {
        state = parseState(id, v.openRecord(id, blob));
      } catch {
        unlocked();
      }
      if (state && (!found || state.lastBackupAt > found.lastBackupAt)) found = state;
    }
    return found;
  }

  function plan(json: string): Plan {
    return JSON.parse(json) as Plan;
  }

  function sealAll(vault: Wasm.Vault, items: readonly Item[]): StoredRecord[] {
    return items.map(({ id, record }) => ({ id, blob: vault.sealRecord(id, JSON.stringify(record)) }));
  }

  return {
    backupStatus: () =>
      serial(async () => {
        const v = unlocked();
        const state = findState(v, await storage(() => store.listRecords()));
        return { lastBackupAt: state ? state.lastBackupAt : null };
      }),

    exportBackup: (passphrase, isVaultPassphrase, onProgress) =>
      serial(async () => {
        const v = unlocked();
        const core = await loadCore();
        report(onProgress, { phase: 'key', done: 0, total: 0 });
        if (isVaultPassphrase) {
          const header = await storage(() => store.getHeader());
          if (header === undefined) throw new KintsugiError('no-vault', 'There is no vault on this device.');
          core.unlockVault(header, passphrase).free(); // throws 'wrong-passphrase'
        }
        const stored = await storage(() => store.listRecords());
        const writer = new core.BackupWriter(passphrase, Date.now());
        const parts: Uint8Array[] = [];
        let skipped = 0;
        let state: { id: string } | null = null;
        try {
          report(onProgress, { phase: 'records', done: 0, total: stored.length });
          for (const [i, { id, blob }] of stored.entries()) {
            let json: string;
            try {
              json = v.openRecord(id, blob);
            } catch {
              unlocked(); // a lock during the export is an error; a damaged record is skipped and counted
              skipped += 1;
              continue;
            }
            // The last-backup time describes this vault, not the file: it stays out of the backup.
            const isState = parseState(id, json);
            if (isState) {
              state = isState;
              continue;
            }
            const out = writer.push(id, json);
            if (out.length > 0) parts.push(out);
            if (i % 50 === 49) report(onProgress, { phase: 'records', done: i + 1, total: stored.length });
          }
          const recordCount = writer.recordCount;
          parts.push(writer.finish());
          const now = Date.now();
          const stateId = state?.id ?? core.newRecordId();
          await storage(() => store.putRecord(stateId, v.sealRecord(stateId, backupStateJson(now, now))));
          report(onProgress, { phase: 'records', done: stored.length, total: stored.length });
          const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
          let at = 0;
          for (const p of parts) {
            bytes.set(p, at);
            at += p.length;
          }
          return { bytes, recordCount, skipped };
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
        const { records, createdAtMs } = await readVerified(file, backupPassphrase, onProgress);
        const planned = plan(core.planMerge('[]', JSON.stringify(records)));
        // This device now has what the file holds: its last backup is the file's.
        if (!planned.adds.some((item) => parseState(item.id, JSON.stringify(item.record)))) {
          planned.adds.push({ id: core.newRecordId(), record: JSON.parse(backupStateJson(createdAtMs, Date.now())) });
        }
        report(onProgress, { phase: 'key', done: 0, total: 0 });
        const created = core.createVault(vaultPassphrase);
        try {
          report(onProgress, { phase: 'write', done: 0, total: planned.adds.length });
          const sealed = sealAll(created, planned.adds);
          await storage(() => store.putRecordsAtomically(sealed, created.headerBytes()));
        } catch (error) {
          created.free();
          throw error;
        }
        adopt(created);
        return planned.counts;
      }),

    mergeBackup: (file, backupPassphrase, onProgress) =>
      serial(async () => {
        unlocked();
        const core = await loadCore();
        const { records } = await readVerified(file, backupPassphrase, onProgress);
        const v = unlocked();
        const existing: Item[] = [];
        for (const { id, blob } of await storage(() => store.listRecords())) {
          let record: unknown = null;
          try {
            record = JSON.parse(v.openRecord(id, blob));
          } catch {
            unlocked(); // unreadable records stay as they are; the plan never replaces them
          }
          existing.push({ id, record });
        }
        const planned = plan(core.planMerge(JSON.stringify(existing), JSON.stringify(records)));
        const items = [...planned.adds, ...planned.updates, ...planned.copies];
        report(onProgress, { phase: 'write', done: 0, total: items.length });
        const sealed = sealAll(v, items);
        await storage(() => store.putRecordsAtomically(sealed));
        return planned.counts;
      }),
  };
}
