import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { errorCode } from '../../../worker/errors';
import { Brand } from '../../../kit/Brand';
import { messageForCode } from '../../../kit/errors';
import { useFocusOnMount } from '../../../kit/hooks';
import { PasswordField } from '../../../kit/PasswordField';
import { Progress } from '../../../kit/Progress';
import { ShowPassphrase } from '../../../kit/ShowPassphrase';
import { LanguageChoice } from '../../settings/client/LanguageChoice';

interface Props {
  onUnlocked: () => void;
  onFatal: () => void;
  /** The person chose to erase after so many wrong passphrases, and this one reached it: leave. */
  onErased: () => void;
}

export function UnlockScreen({ onUnlocked, onFatal, onErased }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const inputRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<{ key: MessageKey; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    // Compile the WASM while the person types, so "Unlock" only waits for Argon2.
    vaultApi()
      .minPassphraseChars()
      .catch(() => undefined);
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      await vaultApi().unlock(passphrase);
      setPassphrase('');
      onUnlocked();
    } catch (e) {
      const code = errorCode(e);
      if (code === 'wasm-unavailable') return onFatal();
      if (code === 'erased') return onErased();
      setBusy(false);
      setError({ key: messageForCode(code), attempt: (error?.attempt ?? 0) + 1 });
      const input = inputRef.current;
      if (input) {
        input.focus();
        input.select();
      }
    }
  }

  return (
    <main class="screen auth">
      <div class="auth-top">
        <Brand />
        <h1 ref={heading} tabIndex={-1}>
          {t('unlock.title')}
        </h1>
      </div>
      <form class="auth-form" onSubmit={submit} noValidate>
        <PasswordField
          id="unlock-passphrase"
          label="unlock.passphrase"
          value={passphrase}
          busy={busy}
          shown={shown}
          inputRef={inputRef}
          describedBy={[error ? 'unlock-error' : undefined]}
          invalid={error !== null}
          onValue={setPassphrase}
        />
        <ShowPassphrase shown={shown} disabled={busy} controls="unlock-passphrase" onToggle={setShown} />
        {error && (
          <p key={error.attempt} id="unlock-error" class="error" role="alert">
            {t(error.key)}
          </p>
        )}
        <Progress label="unlock.busyLabel" text="unlock.busy" active={busy} />
        <button type="submit" class="primary" disabled={busy}>
          {t('unlock.submit')}
        </button>
      </form>
      <LanguageChoice id="unlock-language" />
    </main>
  );
}
