// How hard the passphrase is to guess by machine (Settings): the Argon2id parameters this vault
// uses, chosen for this phone when the vault was made or its passphrase last changed, and a way to
// measure again (on a new phone, after a restore): the same passphrase, re-entered, re-keys the
// vault with parameters measured now, exactly as a passphrase change does.
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { errorCode } from '../../../worker/errors';
import { BackupProgress, useBackupProgress } from '../../backup/client/BackupProgress';
import { messageForCode } from '../../../kit/errors';
import { PasswordField } from '../../../kit/PasswordField';

type Params = { memoryKib: number; iterations: number };

export function KdfSection({ onLocked }: { onLocked: () => void }) {
  const [params, setParams] = useState<Params | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<{ key: MessageKey; attempt: number } | null>(null);
  const { progress, callback, reset } = useBackupProgress();

  async function load() {
    try {
      setParams(await vaultApi().kdfParams());
    } catch (e) {
      if (errorCode(e) === 'locked') onLocked();
    }
  }
  useEffect(() => {
    void load();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setDone(false);
    reset();
    try {
      await vaultApi().changePassphrase(passphrase, passphrase, callback);
      setPassphrase('');
      setError(null);
      setDone(true);
      await load();
    } catch (e) {
      const code = errorCode(e);
      if (code === 'locked') return onLocked();
      setError({ key: code === 'wrong-passphrase' ? 'passchange.error.wrong' : messageForCode(code), attempt: (error?.attempt ?? 0) + 1 });
    } finally {
      setBusy(false);
    }
  }

  const errorId = error ? 'kdf-error' : undefined;
  return (
    <form class="settings-form" noValidate onSubmit={submit} aria-labelledby="kdf-title">
      <h2 id="kdf-title">{t('kdf.title')}</h2>
      <p>{t('kdf.what')}</p>
      <p data-testid="kdf-params">
        {params ? t('kdf.params', { memory: Math.round(params.memoryKib / 1024), passes: params.iterations }) : t('app.loading')}
      </p>
      <p>{t('kdf.again')}</p>
      <PasswordField
        id="kdf-passphrase"
        label="kdf.passphrase"
        value={passphrase}
        busy={busy}
        describedBy={[errorId]}
        onValue={setPassphrase}
      />
      {error && (
        <p key={error.attempt} id="kdf-error" class="error" role="alert">
          {t(error.key)}
        </p>
      )}
      <p class="status" role="status">
        {done ? t('kdf.done') : ''}
      </p>
      <BackupProgress label="kdf.busyLabel" progress={progress} active={busy} />
      <button type="submit" class="wide" disabled={busy || passphrase === ''}>
        {t('kdf.submit')}
      </button>
    </form>
  );
}
