// Pure helpers for the backup screens: the file name, the progress line, the error
// message for each code. No DOM: unit-tested in Node.
import type { MessageKey, Params } from '../../../i18n';
import type { BackupProgress } from '../shared/api';
import type { ErrorCode } from '../../../worker/errors';

/**
 * A neutral file name for a backup made at `date` (local calendar day): `notes-2026-11-25.kbak`.
 * Nothing in it names the app or what the file is about, so a download list gives nothing away.
 */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `notes-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.kbak`;
}

/** The status line for a progress event, and the fraction done (null while it cannot be known). */
export function progressLine(p: BackupProgress): { key: MessageKey; params: Params; fraction: number | null } {
  const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : null;
  switch (p.phase) {
    case 'key':
      return { key: 'backup.phase.key', params: {}, fraction: null };
    case 'records':
      return { key: 'backup.phase.records', params: { done: p.done, total: p.total }, fraction };
    case 'verify':
      return { key: 'backup.phase.verify', params: { percent: Math.floor((fraction ?? 0) * 100) }, fraction };
    case 'write':
      return { key: 'backup.phase.write', params: { total: p.total }, fraction: null };
  }
}

/** What the person reads when reading a backup failed; every message says nothing has changed. */
export function messageForBackupCode(code: ErrorCode): MessageKey {
  switch (code) {
    case 'wrong-passphrase':
      return 'backup.error.wrong';
    case 'corrupt':
      return 'backup.error.damaged';
    case 'truncated':
      return 'backup.error.truncated';
    case 'not-a-backup':
      return 'backup.error.notABackup';
    case 'unsupported-version':
      return 'backup.error.newer';
    case 'invalid-parameters':
      return 'backup.error.tooExpensive';
    case 'storage':
      return 'error.storage';
    case 'vault-exists':
      return 'error.vaultExists';
    case 'weak-passphrase':
      return 'create.error.tooShort';
    case 'locked':
      return 'error.locked';
    default:
      return 'error.internal';
  }
}

/** A backup older than this earns a gentle reminder on the journal. */
export const REMINDER_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/** Remind when there are entries and never a backup, or when the last one is over 30 days old. */
export function needsBackupReminder(lastBackupAt: number | null, entryCount: number, now: number): boolean {
  if (lastBackupAt === null) return entryCount > 0;
  return now - lastBackupAt > REMINDER_AFTER_MS;
}
