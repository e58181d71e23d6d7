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

function ignoreProgress(_progress: BackupProgress): void {}

/** exportBackup with the vault passphrase. Today it returns `bytes`; after the streaming change, `file: Blob`. */
export async function exportBackup(api: Remote<VaultApi>, passphrase: string): Promise<ExportResult> {
  const result = await api.exportBackup(passphrase, true, proxy(ignoreProgress));
  return { size: result.bytes.byteLength, recordCount: result.recordCount };
}

/** restoreIntoNewVault on a fresh install. Today it takes a Uint8Array; after the streaming change, a Blob. */
export async function restoreIntoNewVault(api: Remote<VaultApi>, file: Uint8Array, passphrase: string): Promise<number> {
  const counts = await api.restoreIntoNewVault(file, passphrase, passphrase, proxy(ignoreProgress));
  return counts.added;
}

/** Unlock, then the journal's list: `unlock` + `listEntries` today (`queryEntries` later). Returns the entries listed. */
export async function unlockToList(api: Remote<VaultApi>, passphrase: string): Promise<number> {
  await api.unlock(passphrase);
  const list = await api.listEntries();
  return list.entries.length;
}
