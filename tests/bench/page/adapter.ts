// The only place the benchmark page calls the worker's backup and unlock-to-list functions, so a
// change of their signatures is one edit here.
import { proxy, type Remote } from 'comlink';
import type { BackupProgress } from '../../../web/src/features/backup/shared/api';
import type { VaultApi } from '../../../web/src/worker/api';

export interface ExportResult {
  /** The backup file's size in bytes. */
  size: number;
  recordCount: number;
}

/** Called with each progress report (phase 'key' is Argon2id; then 'records', 'verify', 'write'). */
export type OnProgress = (progress: BackupProgress) => void;

/** exportBackup with the vault passphrase; the file comes back as a Blob, as the app downloads it. */
export async function exportBackup(api: Remote<VaultApi>, passphrase: string, onProgress: OnProgress): Promise<ExportResult> {
  const result = await api.exportBackup(passphrase, true, proxy(onProgress));
  return { size: result.file.size, recordCount: result.recordCount };
}

/** restoreIntoNewVault on a fresh install, given the file as a Blob (as the app passes a picked File). */
export async function restoreIntoNewVault(api: Remote<VaultApi>, file: Blob, passphrase: string, onProgress: OnProgress): Promise<number> {
  const counts = await api.restoreIntoNewVault(file, passphrase, passphrase, proxy(onProgress));
  return counts.added;
}

/**
 * Unlock, then the journal list's first page, as the app shows it: `unlock` + `queryEntries`
 * (the first query after an unlock opens every record into the journal index, in batches).
 * `onUnlocked` marks the moment between the two. Returns how many entries the index holds.
 */
export async function unlockToList(api: Remote<VaultApi>, passphrase: string, onUnlocked: () => void): Promise<number> {
  await api.unlock(passphrase);
  onUnlocked();
  const page = await api.queryEntries({}, 0, 100);
  return page.entries;
}

/** The contact log screen's one call: every contact-log record, newest first. Returns how many. */
export async function openContactLog(api: Remote<VaultApi>): Promise<number> {
  return (await api.listContactLog()).length;
}
