import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { errorCode } from '../../../worker/errors';
import { Brand } from '../../../kit/Brand';
import { messageForCode } from '../../../kit/errors';
import { useFocusOnMount } from '../../../kit/hooks';
import { errorStillApplies, newPassphraseError } from './passphrase';
import { PasswordField } from '../../../kit/PasswordField';
import { Progress } from '../../../kit/Progress';
import { ShowPassphrase } from '../../../kit/ShowPassphrase';
import { StrengthMeter } from './StrengthMeter';
import { usePassphraseHint } from './usePassphraseHint';
import { LanguageChoice } from '../../settings/client/LanguageChoice';

interface Props {
  onCreated: () => void;
  onFatal: () => void;
  /** "I have a backup". */
  onHaveBackup: () => void;
}

export function CreateScreen({ onCreated, onFatal, onHaveBackup }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const firstRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const [minChars, setMinChars] = useState<number | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [raised, setError] = useState<{ key: MessageKey; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    vaultApi().minPassphraseChars().then(setMinChars, onFatal);
  }, []);

  const hint = usePassphraseHint(passphrase, minChars);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || minChars === null) return;
    const problem = newPassphraseError(passphrase, repeat, minChars);
    if (problem) {
      setError({ key: problem, attempt: (raised?.attempt ?? 0) + 1 });
      (problem === 'create.error.mismatch' ? repeatRef : firstRef).current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await vaultApi().createVault(passphrase);
      onCreated();
    } catch (e) {
      const code = errorCode(e);
      if (code === 'wasm-unavailable') return onFatal();
      setBusy(false);
      setError({ key: messageForCode(code), attempt: (raised?.attempt ?? 0) + 1 });
      firstRef.current?.focus();
    }
  }

  // An error the person has since fixed (the two now match) is no longer shown.
  const error = raised && minChars !== null && errorStillApplies(raised.key, passphrase, repeat, minChars) ? raised : null;
  const errorId = error ? 'create-error' : undefined;
  return (
    <main class="screen auth">
      <div class="auth-top">
        <Brand />
        <h1 ref={heading} tabIndex={-1}>
          {t('create.title')}
        </h1>
        <p>{t('create.intro')}</p>
        <p class="notice">{t('create.warning')}</p>
      </div>
      {minChars === null ? (
        <Progress label="app.loading" text="app.loading" />
      ) : (
        <form class="auth-form" onSubmit={submit} noValidate>
          <p id="create-min" class="hint">
            {t('create.minLength', { min: minChars })}
          </p>
          <PasswordField
            id="create-passphrase"
            label="create.passphrase"
            value={passphrase}
            busy={busy}
            shown={shown}
            inputRef={firstRef}
            describedBy={['create-min', 'create-strength', errorId]}
            invalid={error?.key === 'create.error.tooShort'}
            onValue={setPassphrase}
          />
          <StrengthMeter id="create-strength" hint={hint} minChars={minChars} />
          <PasswordField
            id="create-repeat"
            label="create.repeat"
            value={repeat}
            busy={busy}
            shown={shown}
            inputRef={repeatRef}
            describedBy={[errorId]}
            invalid={error?.key === 'create.error.mismatch'}
            onValue={setRepeat}
          />
          <ShowPassphrase shown={shown} disabled={busy} controls="create-passphrase create-repeat" onToggle={setShown} />
          {error && (
            <p key={error.attempt} id="create-error" class="error" role="alert">
              {t(error.key, { min: minChars })}
            </p>
          )}
          <Progress label="create.busyLabel" text="create.busy" active={busy} />
          <button type="submit" class="primary" disabled={busy}>
            {t('create.submit')}
          </button>
          <button type="button" class="link" disabled={busy} onClick={onHaveBackup}>
            {t('restore.link')}
          </button>
        </form>
      )}
      <LanguageChoice id="create-language" />
    </main>
  );
}
