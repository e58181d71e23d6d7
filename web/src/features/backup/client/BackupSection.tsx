// Backup in Settings: make an encrypted backup file (download, or share where the
// browser can), and restore a backup into the open vault (a merge: nothing here is deleted).
import { useRef, useState } from 'preact/hooks';
import { t, tn, type MessageKey } from '../../../i18n';
import type { RestoreCounts } from '../shared/api';
import { vaultApi } from '../../../worker/client';
import { errorCode } from '../../../worker/errors';
import { backupFileName, messageForBackupCode } from './backup';
import { BackupProgress, useBackupProgress } from './BackupProgress';
import { newPassphraseError } from '../../vault/client/passphrase';
import { PasswordField } from '../../../kit/PasswordField';
import { StrengthMeter } from '../../vault/client/StrengthMeter';
import { useMinPassphraseChars, usePassphraseHint } from '../../vault/client/usePassphraseHint';
import { useRestoreRunner } from './useRestoreRunner';

interface Failure {
  key: MessageKey;
  attempt: number;
}

/** Hands the file to the browser's download, then lets the object URL go. */
function download(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by the next task; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function canShare(file: File): boolean {
  try {
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

/** Takes the person to the backup form's passphrase field, where a new backup is made. */
export function focusBackupForm(): void {
  const field = document.getElementById('backup-export-pass');
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}

export function BackupSection({ onLocked }: { onLocked: () => void }) {
  return (
    <section class="settings-form backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p class="hint">{t('backup.intro')}</p>
      <ExportForm onLocked={onLocked} />
      <MergeForm onLocked={onLocked} />
    </section>
  );
}

function ExportForm({ onLocked }: { onLocked: () => void }) {
  const minChars = useMinPassphraseChars();
  const [useVault, setUseVault] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const [made, setMade] = useState<{ file: File; count: number; skipped: number } | null>(null);
  const { progress, callback, reset } = useBackupProgress();
  const firstRef = useRef<HTMLInputElement>(null);
  const hint = usePassphraseHint(useVault ? '' : passphrase, minChars);

  const failWith = (key: MessageKey) => {
    setError((prev) => ({ key, attempt: (prev?.attempt ?? 0) + 1 }));
    firstRef.current?.focus();
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || minChars === null) return;
    setMade(null);
    if (!useVault) {
      const problem = newPassphraseError(passphrase, repeat, minChars);
      if (problem) return failWith(problem);
    }
    setError(null);
    reset();
    setBusy(true);
    try {
      const result = await vaultApi().exportBackup(passphrase, useVault, callback);
      // A File over the worker's Blob: a name for the download, no copy of the bytes.
      const file = new File([result.file], backupFileName(new Date()), {
        type: 'application/octet-stream',
      });
      setPassphrase('');
      setRepeat('');
      setMade({ file, count: result.recordCount, skipped: result.skipped });
      download(file);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'locked') return onLocked();
      failWith(code === 'wrong-passphrase' ? 'backup.error.vaultWrong' : messageForBackupCode(code));
    } finally {
      setBusy(false);
    }
  }

  async function share() {
    if (!made) return;
    try {
      await navigator.share({ files: [made.file] });
    } catch (e) {
      // Closing the share sheet is a choice, not a failure.
      if (!(e instanceof DOMException && e.name === 'AbortError')) failWith('backup.error.shareFailed');
    }
  }

  const errorId = error ? 'backup-export-error' : undefined;
  return (
    <form noValidate onSubmit={submit} aria-labelledby="backup-export-title">
      <h3 id="backup-export-title">{t('backup.exportTitle')}</h3>
      <fieldset class="choice" disabled={busy}>
        <legend>{t('backup.choiceLegend')}</legend>
        <label class="choice-row">
          <input type="radio" name="backup-pass" checked={useVault} onChange={() => setUseVault(true)} />
          {t('backup.useVault')}
        </label>
        <label class="choice-row">
          <input type="radio" name="backup-pass" checked={!useVault} onChange={() => setUseVault(false)} />
          {t('backup.useOther')}
        </label>
      </fieldset>
      <PasswordField
        id="backup-export-pass"
        inputRef={firstRef}
        label={useVault ? 'backup.vaultPassphrase' : 'backup.newPassphrase'}
        value={passphrase}
        busy={busy}
        describedBy={[useVault ? undefined : 'backup-strength', errorId]}
        onValue={setPassphrase}
      />
      {!useVault && (
        <>
          <StrengthMeter id="backup-strength" hint={hint} minChars={minChars ?? 0} />
          <PasswordField
            id="backup-export-repeat"
            label="backup.repeatPassphrase"
            value={repeat}
            busy={busy}
            describedBy={[errorId]}
            onValue={setRepeat}
          />
        </>
      )}
      {error && (
        <p key={error.attempt} id="backup-export-error" class="error" role="alert">
          {t(error.key, { min: minChars ?? 0 })}
        </p>
      )}
      <BackupProgress label="backup.busyLabel" progress={progress} active={busy} />
      <button type="submit" class="primary wide" disabled={busy || minChars === null}>
        {t('backup.export')}
      </button>
      {made && (
        <div class="backup-made">
          <p role="status">{tn('backup.ready', made.count)}</p>
          {made.skipped > 0 && <p class="notice">{t('backup.skipped', { count: made.skipped })}</p>}
          <p class="hint">{t('backup.fileHint', { name: made.file.name })}</p>
          <button type="button" class="wide" onClick={() => download(made.file)}>
            {t('backup.download')}
          </button>
          {canShare(made.file) && (
            <button type="button" class="wide" onClick={() => void share()}>
              {t('backup.share')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}

function MergeForm({ onLocked }: { onLocked: () => void }) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [counts, setCounts] = useState<RestoreCounts | null>(null);
  const { busy, error, progress, callback, run } = useRestoreRunner();

  async function submit(event: Event) {
    event.preventDefault();
    setCounts(null);
    const result = await run(fileRef.current?.files?.[0], (file) => vaultApi().mergeBackup(file, passphrase, callback));
    if (result === 'locked') return onLocked();
    if (result) {
      setPassphrase('');
      setCounts(result);
    }
  }

  const errorId = error ? 'backup-merge-error' : undefined;
  return (
    <form noValidate onSubmit={submit} aria-labelledby="backup-merge-title">
      <h3 id="backup-merge-title">{t('backup.restoreTitle')}</h3>
      <p class="hint">{t('backup.restoreIntro')}</p>
      <label for="backup-merge-file">{t('backup.file')}</label>
      <input ref={fileRef} id="backup-merge-file" type="file" disabled={busy} aria-describedby={errorId} />
      <PasswordField
        id="backup-merge-pass"
        label="backup.passphrase"
        value={passphrase}
        busy={busy}
        describedBy={[errorId]}
        onValue={setPassphrase}
      />
      {error && (
        <p key={error.attempt} id="backup-merge-error" class="error" role="alert">
          {t(error.key, { min: 0 })}
        </p>
      )}
      <BackupProgress label="backup.restoreBusyLabel" progress={progress} active={busy} />
      <p class="status" role="status">
        {counts ? t('backup.merged', { added: counts.added, updated: counts.updated, copied: counts.copied }) : ''}
      </p>
      <button type="submit" class="primary wide" disabled={busy}>
        {t('backup.restore')}
      </button>
    </form>
  );
}
