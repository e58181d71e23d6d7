// The only place the benchmark page calls the worker's backup and unlock-to-list functions, so a
// change of their signatures (the streaming backup returns and takes a Blob; the journal list gets
// `queryEntries`) is one edit here.
import { proxy, type Remote } from 'comlink';
import type { BackupProgress, VaultApi } from '../../../web/src/worker/api';

export interface ExportResult {
  /** The backup file's size in bytes. */
  size: number;
  recordCount: number;
}

/** Called with each progress report (phase 'key' is Argon2id; then 'records', 'verify', 'write'). */
export type OnProgress = (progress: BackupProgress) => void;

/** exportBackup with the vault passphrase. Today it returns `bytes`; after the streaming change, `file: Blob`. */
export async function exportBackup(api: Remote<VaultApi>, passphrase: string, onProgress: OnProgress): Promise<ExportResult> {
  const result = await api.exportBackup(passphrase, true, proxy(onProgress));
  return { size: result.bytes.byteLength, recordCount: result.recordCount };
}

/** restoreIntoNewVault on a fresh install. Today it takes a Uint8Array; after the streaming change, a Blob. */
export async function restoreIntoNewVault(
  api: Remote<VaultApi>,
  file: Uint8Array,
  passphrase: string,
  onProgress: OnProgress,
): Promise<number> {
  const counts = await api.restoreIntoNewVault(file, passphrase, passphrase, proxy(onProgress));
  return counts.added;
}

/**
 * Unlock, then the journal's list: `unlock` + `listEntries` today (`queryEntries` later).
 * `onUnlocked` marks the moment between the two. Returns the entries listed.
 */
export async function unlockToList(api: Remote<VaultApi>, passphrase: string, onUnlocked: () => void): Promise<number> {
  await api.unlock(passphrase);
  onUnlocked();
  const list = await api.listEntries();
  return list.entries.length;
}
