// Change passphrase (in Settings): the worker rotates the keys (a new data key, every record re-sealed)
// and writes the new header with all records in one IndexedDB transaction, so a crash leaves either the
// old or the new passphrase working. Afterwards the person is told that earlier backups still open with
// the old passphrase, and offered a new backup.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { errorCode } from '../../../worker/errors';
import { messageForCode } from '../../../kit/errors';
import { errorStillApplies, newPassphraseError } from './passphrase';
import { BackupProgress, useBackupProgress } from '../../backup/client/BackupProgress';
import { focusBackupForm } from '../../backup/client/BackupSection';
import { ShowPassphrase } from '../../../kit/ShowPassphrase';
import { NewPassphraseFields } from './NewPassphraseFields';
import { usePassphraseHint } from './usePassphraseHint';
import { PasswordField } from '../../../kit/PasswordField';

export function ChangePassphrase({ onLocked }: { onLocked: () => void }) {
  const [minChars, setMinChars] = useState<number | null>(null);
  const [old, setOld] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [raised, setError] = useState<{ key: MessageKey; attempt: number } | null>(null);
  const [shown, setShown] = useState(false);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const oldRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const hint = usePassphraseHint(next, minChars);
  const { progress, callback, reset } = useBackupProgress();

  useEffect(() => {
    vaultApi()
      .minPassphraseChars()
      .then(setMinChars, () => undefined);
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || minChars === null) return;
    setDone(false);
    const problem = newPassphraseError(next, repeat, minChars);
    if (problem) {
      setError({ key: problem, attempt: (raised?.attempt ?? 0) + 1 });
      (problem === 'create.error.mismatch' ? repeatRef : nextRef).current?.focus();
      return;
    }
    setBusy(true);
    reset();
    try {
      await vaultApi().changePassphrase(old, next, callback);
      setOld('');
      setNext('');
      setRepeat('');
      setError(null);
      setDone(true);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'locked') return onLocked();
      const key: MessageKey =
        code === 'wrong-passphrase' ? 'passchange.error.wrong' : code === 'invalid-input' ? 'passchange.error.taken' : messageForCode(code);
      setError({ key, attempt: (raised?.attempt ?? 0) + 1 });
      (code === 'wrong-passphrase' ? oldRef : nextRef).current?.focus();
    } finally {
      setBusy(false);
    }
  }

  // An error the person has since fixed (the two now match) is no longer shown.
  const error = raised && minChars !== null && errorStillApplies(raised.key, next, repeat, minChars) ? raised : null;
  const errorId = error ? 'passchange-error' : undefined;
  return (
    <form class="settings-form" noValidate onSubmit={submit} aria-labelledby="passchange-title">
      <h2 id="passchange-title">{t('passchange.title')}</h2>
      <PasswordField
        id="passchange-old"
        label="passchange.old"
        value={old}
        busy={busy}
        shown={shown}
        inputRef={oldRef}
        describedBy={[errorId]}
        onValue={setOld}
      />
      <NewPassphraseFields
        id="passchange"
        labels={{ next: 'passchange.new', repeat: 'passchange.repeat' }}
        next={next}
        repeat={repeat}
        onNext={setNext}
        onRepeat={setRepeat}
        nextRef={nextRef}
        repeatRef={repeatRef}
        hint={hint}
        minChars={minChars ?? 0}
        busy={busy}
        shown={shown}
        errorId={errorId}
      />
      <ShowPassphrase shown={shown} disabled={busy} controls="passchange-old passchange-new passchange-repeat" onToggle={setShown} />
      {error && (
        <p key={error.attempt} id="passchange-error" class="error" role="alert">
          {t(error.key, { min: minChars ?? 0 })}
        </p>
      )}
      <p class="status" role="status">
        {done ? t('passchange.done') : ''}
      </p>
      {done && (
        <div class="passchange-after">
          <p>{t('passchange.oldBackups')}</p>
          <button type="button" class="wide" onClick={focusBackupForm}>
            {t('passchange.makeBackup')}
          </button>
        </div>
      )}
      <BackupProgress label="passchange.busyLabel" progress={progress} active={busy} />
      <button type="submit" class="primary wide" disabled={busy || minChars === null}>
        {t('passchange.submit')}
      </button>
    </form>
  );
}
