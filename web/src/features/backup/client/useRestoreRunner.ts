// Restoring a backup file, shared by the Settings merge and the fresh-install restore:
// passes the chosen File (a Blob) straight to the worker, which reads it in slices; shows progress
// and plain-words errors.
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../../i18n';
import type { RestoreCounts } from '../shared/api';
import { errorCode } from '../../../worker/errors';
import { messageForBackupCode } from './backup';
import { useBackupProgress } from './BackupProgress';

interface Failure {
  key: MessageKey;
  attempt: number;
}

/** Runs one restore at a time; returns its counts, 'locked', or null after showing an error. */
export function useRestoreRunner() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const { progress, callback, reset } = useBackupProgress();
  async function run(file: File | undefined, task: (file: File) => Promise<RestoreCounts>): Promise<RestoreCounts | 'locked' | null> {
    if (busy) return null;
    if (!file) {
      setError((prev) => ({ key: 'backup.error.noFile', attempt: (prev?.attempt ?? 0) + 1 }));
      return null;
    }
    setError(null);
    reset();
    setBusy(true);
    try {
      return await task(file);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'locked') return 'locked';
      setError((prev) => ({ key: messageForBackupCode(code), attempt: (prev?.attempt ?? 0) + 1 }));
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, progress, callback, run };
}
