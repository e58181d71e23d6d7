// Erase after wrong passphrases (Settings): off unless the person turns it on. The unlock that
// reaches the chosen count of wrong passphrases in a row erases everything as "Erase everything"
// does. The choice must work while locked, so it is kept unencrypted: the warnings say so, and
// what else it costs, before it can be chosen.
import { useEffect, useState } from 'preact/hooks';
import { t, tn, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { errorCode } from '../../../worker/errors';
import { messageForCode } from '../../../kit/errors';

export function EraseAfterSection({ onLocked }: { onLocked: () => void }) {
  const [choices, setChoices] = useState<number[] | null>(null);
  /** What is stored (null: never). */
  const [saved, setSaved] = useState<number | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ key: MessageKey; attempt: number } | null>(null);

  function fail(e: unknown) {
    const code = errorCode(e);
    if (code === 'locked') return onLocked();
    setError({ key: messageForCode(code), attempt: (error?.attempt ?? 0) + 1 });
  }

  useEffect(() => {
    Promise.all([vaultApi().settingsRules(), vaultApi().eraseAfterFailedAttempts()]).then(([rules, count]) => {
      setChoices(rules.eraseAfterFailedAttempts);
      setSaved(count);
      setPicked(count);
    }, fail);
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || choices === null) return;
    setBusy(true);
    setStatus('');
    try {
      await vaultApi().setEraseAfterFailedAttempts(picked);
      setSaved(picked);
      setError(null);
      setStatus(picked === null ? t('autoerase.savedOff') : tn('autoerase.savedOn', picked));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="settings-form" noValidate onSubmit={submit} aria-labelledby="erase-after-title">
      <h2 id="erase-after-title">{t('autoerase.title')}</h2>
      <p>{t('autoerase.what')}</p>
      <h3 id="erase-after-warnings">{t('autoerase.warnTitle')}</h3>
      <ul>
        <li>{t('autoerase.warn.anyone')}</li>
        <li>{t('autoerase.warn.court')}</li>
        <li>{t('autoerase.warn.noticed')}</li>
        <li>{t('autoerase.warn.stored')}</li>
        <li>{t('autoerase.warn.reset')}</li>
      </ul>
      {choices && (
        <fieldset class="choice" disabled={busy} aria-describedby="erase-after-warnings">
          <legend>{t('autoerase.legend')}</legend>
          <label class="choice-row">
            <input type="radio" name="erase-after" checked={picked === null} onChange={() => setPicked(null)} />
            {t('autoerase.never')}
          </label>
          {choices.map((count) => (
            <label key={count} class="choice-row">
              <input type="radio" name="erase-after" checked={picked === count} onChange={() => setPicked(count)} />
              {tn('autoerase.after', count)}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p key={error.attempt} class="error" role="alert">
          {t(error.key)}
        </p>
      )}
      <p class="status" role="status">
        {status}
      </p>
      <button
        type="submit"
        class={picked !== null && picked !== saved ? 'danger wide' : 'primary wide'}
        disabled={busy || choices === null}
      >
        {t('autoerase.save')}
      </button>
    </form>
  );
}
