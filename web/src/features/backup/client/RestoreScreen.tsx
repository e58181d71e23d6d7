// "I have a backup" on a fresh install: choose the file, type its passphrase, choose the
// passphrase for this device (the backup's by default). The worker verifies the whole file first
// and then writes the vault and every record in one transaction.
import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { Brand } from '../../../kit/Brand';
import { BackupProgress } from './BackupProgress';
import { useRestoreRunner } from './useRestoreRunner';
import { useFocusOnMount } from '../../../kit/hooks';
import { newPassphraseError } from '../../vault/client/passphrase';
import { PasswordField } from '../../../kit/PasswordField';
import { StrengthMeter } from '../../vault/client/StrengthMeter';
import { useMinPassphraseChars, usePassphraseHint } from '../../vault/client/usePassphraseHint';

interface Props {
  onRestored: () => void;
  onBack: () => void;
}

export function RestoreScreen({ onRestored, onBack }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const fileRef = useRef<HTMLInputElement>(null);
  const minChars = useMinPassphraseChars();
  const [backupPass, setBackupPass] = useState('');
  const [same, setSame] = useState(true);
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [formError, setFormError] = useState<{ key: MessageKey; attempt: number } | null>(null);
  const { busy, error, progress, callback, run } = useRestoreRunner();
  const hint = usePassphraseHint(same ? '' : next, minChars);

  async function submit(event: Event) {
    event.preventDefault();
    if (minChars === null) return;
    const problem = same ? null : newPassphraseError(next, repeat, minChars);
    setFormError(problem ? { key: problem, attempt: (formError?.attempt ?? 0) + 1 } : null);
    if (problem) return;
    const vaultPass = same ? backupPass : next;
    const result = await run(fileRef.current?.files?.[0], (file) => vaultApi().restoreIntoNewVault(file, backupPass, vaultPass, callback));
    if (result && result !== 'locked') onRestored();
  }

  const shown = formError ?? error;
  const errorId = shown ? 'restore-error' : undefined;
  return (
    <main class="screen auth">
      <div class="auth-top">
        <Brand />
        <h1 ref={heading} tabIndex={-1}>
          {t('restore.title')}
        </h1>
        <p>{t('restore.intro')}</p>
      </div>
      <form class="auth-form" onSubmit={submit} noValidate>
        <label for="restore-file">{t('backup.file')}</label>
        <input ref={fileRef} id="restore-file" type="file" disabled={busy} aria-describedby={errorId} />
        <PasswordField
          id="restore-backup-pass"
          label="backup.passphrase"
          value={backupPass}
          busy={busy}
          describedBy={[errorId]}
          onValue={setBackupPass}
        />
        <label class="choice-row">
          <input type="checkbox" checked={same} disabled={busy} onChange={(e) => setSame(e.currentTarget.checked)} />
          {t('restore.same')}
        </label>
        {!same && (
          <>
            <PasswordField
              id="restore-new"
              label="restore.vaultPassphrase"
              value={next}
              busy={busy}
              describedBy={['restore-strength', errorId]}
              onValue={setNext}
            />
            <StrengthMeter id="restore-strength" hint={hint} minChars={minChars ?? 0} />
            <PasswordField
              id="restore-repeat"
              label="restore.vaultRepeat"
              value={repeat}
              busy={busy}
              describedBy={[errorId]}
              onValue={setRepeat}
            />
          </>
        )}
        {shown && (
          <p key={shown.attempt} id="restore-error" class="error" role="alert">
            {t(shown.key, { min: minChars ?? 0 })}
          </p>
        )}
        <BackupProgress label="backup.restoreBusyLabel" progress={progress} active={busy} />
        <button type="submit" class="primary" disabled={busy || minChars === null}>
          {t('restore.submit')}
        </button>
        <button type="button" class="link" disabled={busy} onClick={onBack}>
          {t('restore.back')}
        </button>
      </form>
    </main>
  );
}
