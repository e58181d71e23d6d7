// A determinate progress bar for backup work (records encrypted, bytes verified), with a status
// line. Shared by export, restore and merge. The bar is a native <progress>: no inline styles.
import { proxy } from 'comlink';
import { useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import type { BackupProgress as Progress, ProgressCallback } from '../shared/api';
import { progressLine } from './backup';

/** The latest progress event, and a comlink-proxied callback the worker calls. */
export function useBackupProgress(): { progress: Progress | null; callback: ProgressCallback; reset: () => void } {
  const [progress, setProgress] = useState<Progress | null>(null);
  const callback = useMemo(() => proxy((p: Progress) => setProgress(p)), []);
  return { progress, callback, reset: () => setProgress(null) };
}

export function BackupProgress({ label, progress, active }: { label: MessageKey; progress: Progress | null; active: boolean }) {
  const line = active && progress ? progressLine(progress) : null;
  return (
    <div class="progress-wrap">
      {active ? (
        line?.fraction != null ? (
          <progress class="backup-progress" aria-label={t(label)} max={1} value={line.fraction} />
        ) : (
          <progress class="backup-progress" aria-label={t(label)} />
        )
      ) : (
        <div class="progress-space" />
      )}
      <p class="progress-text" role="status">
        {line ? t(line.key, line.params) : ''}
      </p>
    </div>
  );
}
