// Erase everything on this device (Settings): after a backup is offered and the person types a word,
// the worker wipes the keys and deletes the database; then `onErased` removes the offline copy and
// leaves as quick exit does.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { errorCode } from '../../../worker/errors';
import { focusBackupForm } from '../../backup/client/BackupSection';
import { messageForCode } from '../../../kit/errors';
import { Progress } from '../../../kit/Progress';

/** Whether what was typed is the confirmation word (any case, spaces around ignored). */
export function confirmsErase(typed: string, word: string): boolean {
  return typed.trim().toLocaleLowerCase() === word.toLocaleLowerCase();
}

export function EraseSection({ onErased, onLocked }: { onErased: () => void; onLocked: () => void }) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ key: MessageKey; attempt: number } | null>(null);
  const word = t('erase.word');

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!confirmsErase(typed, word)) {
      setError({ key: 'erase.error.word', attempt: (error?.attempt ?? 0) + 1 });
      return;
    }
    setBusy(true);
    try {
      await vaultApi().eraseEverything();
      onErased();
    } catch (e) {
      setBusy(false);
      const code = errorCode(e);
      if (code === 'locked') return onLocked();
      setError({ key: code === 'storage' ? 'erase.error.storage' : messageForCode(code), attempt: (error?.attempt ?? 0) + 1 });
    }
  }

  return (
    <form class="settings-form erase" noValidate onSubmit={submit} aria-labelledby="erase-title">
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p>{t('erase.what')}</p>
      <p>{t('erase.backupFirst')}</p>
      <button type="button" class="wide" disabled={busy} onClick={focusBackupForm}>
        {t('erase.makeBackup')}
      </button>
      <label for="erase-word">{t('erase.typeWord', { word })}</label>
      <input
        id="erase-word"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        value={typed}
        readOnly={busy}
        aria-describedby={error ? 'erase-error' : undefined}
        onInput={(e) => setTyped(e.currentTarget.value)}
      />
      {error && (
        <p key={error.attempt} id="erase-error" class="error" role="alert">
          {t(error.key, { word })}
        </p>
      )}
      <Progress label="erase.busyLabel" text="erase.busy" active={busy} />
      <button type="submit" class="danger wide" disabled={busy}>
        {t('erase.submit')}
      </button>
    </form>
  );
}
