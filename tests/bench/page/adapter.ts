// The only place the benchmark page calls the worker's functions (backup, create, unlock-to-list,
// the integrity check's notice, save), so a change of their signatures is one edit here.
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

/** createVault on a fresh install (Argon2id sized to this device, as in the app); stays unlocked. */
export async function createVault(api: Remote<VaultApi>, passphrase: string): Promise<void> {
  await api.createVault(passphrase);
}

/** What unlockToList saw of the integrity check. */
export interface CheckSeen {
  /** The check found nothing (no record missing, replaced, damaged or added; the manifest was there). */
  clean: boolean;
}

/**
 * Unlock, then the journal list's first page, as the app shows it: `unlock`, `integrityNotice`
 * (the app draws no screen until the check has answered) and `queryEntries`. The unlock queues the
 * integrity check, which reads every stored record once (crates/model/src/manifest.rs), before any
 * other call; the first query after an unlock then opens every record into the journal index, in
 * batches. `onUnlocked` and `onChecked` mark the moments between the calls. Returns how many
 * entries the index holds.
 */
export async function unlockToList(
  api: Remote<VaultApi>,
  passphrase: string,
  onUnlocked: () => void,
  onChecked: (seen: CheckSeen) => void = () => {},
): Promise<number> {
  await api.unlock(passphrase);
  onUnlocked();
  const notice = await api.integrityNotice();
  onChecked({
    clean:
      !notice.listMissing &&
      notice.missing.length === 0 &&
      notice.replaced.length === 0 &&
      notice.damaged.length === 0 &&
      notice.added.length === 0,
  });
  const page = await api.queryEntries({}, 0, 100);
  return page.entries;
}

/** How many entries the journal index holds now (one small queryEntries page). */
export async function countEntries(api: Remote<VaultApi>): Promise<number> {
  return (await api.queryEntries({}, 0, 1)).entries;
}

/** The journal editor's Save of a new entry: `saveEntry({ text })`. Returns the new entry's id. */
export async function saveEntry(api: Remote<VaultApi>, text: string): Promise<string> {
  return (await api.saveEntry({ text })).id;
}

/** The contact log screen's one call: every contact-log record, newest first. Returns how many. */
export async function openContactLog(api: Remote<VaultApi>): Promise<number> {
  return (await api.listContactLog()).length;
}
