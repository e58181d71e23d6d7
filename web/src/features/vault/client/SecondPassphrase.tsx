// A second passphrase (in Settings), for when someone makes the person open the app: it opens a
// separate vault of its own. What is shown depends only on this vault's own settings, so in the
// vault the second passphrase opens this section reads as in any vault that has none.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { errorCode, type ErrorCode } from '../../../worker/errors';
import { messageForCode } from '../../../kit/errors';
import { errorStillApplies, newPassphraseError } from './passphrase';
import { ShowPassphrase } from '../../../kit/ShowPassphrase';
import { NewPassphraseFields } from './NewPassphraseFields';
import { PasswordField } from '../../../kit/PasswordField';
import { usePassphraseHint } from './usePassphraseHint';
import { Progress } from '../../../kit/Progress';

/** What the person reads when setting or removing a second passphrase failed; nothing has changed in each case. */
export function messageForSecondCode(code: ErrorCode): MessageKey {
  switch (code) {
    case 'invalid-input':
      return 'second.error.same';
    case 'wrong-passphrase':
      return 'second.error.wrong';
    case 'other-records':
      return 'second.error.otherRecords';
    default:
      return messageForCode(code);
  }
}

interface Props {
  /** Whether this vault set a second passphrase (from its own settings); null while unknown. */
  isSet: boolean | null;
  onChanged: () => void;
  onLock: () => void;
  onLocked: () => void;
}

export function SecondPassphrase({ isSet, onChanged, onLock, onLocked }: Props) {
  const [minChars, setMinChars] = useState<number | null>(null);
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<'set' | 'removed' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState('');
  const removingRef = useRef<HTMLInputElement>(null);
  const [raised, setError] = useState<{ key: MessageKey; attempt: number } | null>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const hint = usePassphraseHint(next, minChars);

  useEffect(() => {
    vaultApi()
      .minPassphraseChars()
      .then(setMinChars, () => undefined);
  }, []);

  function fail(e: unknown, focus: () => void) {
    const code = errorCode(e);
    if (code === 'locked') return onLocked();
    setError({ key: messageForSecondCode(code), attempt: (raised?.attempt ?? 0) + 1 });
    focus();
  }

  async function set(event: Event) {
    event.preventDefault();
    if (busy || minChars === null) return;
    setDone(null);
    const problem = newPassphraseError(next, repeat, minChars);
    if (problem) {
      setError({ key: problem, attempt: (raised?.attempt ?? 0) + 1 });
      (problem === 'create.error.mismatch' ? repeatRef : nextRef).current?.focus();
      return;
    }
    setBusy(true);
    try {
      await vaultApi().setSecondPassphrase(next);
      setNext('');
      setRepeat('');
      setError(null);
      setDone('set');
      onChanged();
    } catch (e) {
      fail(e, () => nextRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  async function remove(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setDone(null);
    try {
      await vaultApi().removeSecondPassphrase(removing);
      setRemoving('');
      setConfirming(false);
      setError(null);
      setDone('removed');
      onChanged();
    } catch (e) {
      fail(e, () => removingRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const error = raised && minChars !== null && errorStillApplies(raised.key, next, repeat, minChars) ? raised : null;
  const errorId = error ? 'second-error' : undefined;
  const errorLine = error && (
    <p key={error.attempt} id="second-error" class="error" role="alert">
      {t(error.key, { min: minChars ?? 0 })}
    </p>
  );
  const believable = (
    <ul class="second-tips">
      <li>{t('second.tip.use')}</li>
      <li>{t('second.tip.different')}</li>
      <li>{t('second.tip.settings')}</li>
    </ul>
  );

  return (
    <section class="settings-form" aria-labelledby="second-title">
      <h2 id="second-title">{t('second.title')}</h2>
      <p>{t('second.what')}</p>
      {isSet === true && (
        <>
          <p>{t('second.isSet')}</p>
          <h3>{t('second.tipsTitle')}</h3>
          {believable}
          {done === 'set' && (
            <div class="second-after">
              <p>{t('second.lockToWrite')}</p>
              <button type="button" class="wide" onClick={onLock}>
                {t('second.lockNow')}
              </button>
            </div>
          )}
          {confirming ? (
            <form class="second-confirm" noValidate onSubmit={remove} aria-labelledby="second-title">
              <p id="second-confirm-text">{t('second.removeWhat')}</p>
              <PasswordField
                id="second-remove"
                label="second.removeAsk"
                value={removing}
                busy={busy}
                inputRef={removingRef}
                describedBy={['second-confirm-text', errorId]}
                onValue={setRemoving}
              />
              {errorLine}
              <Progress label="second.removing" text="second.removing" active={busy} />
              <button type="submit" class="danger wide" disabled={busy}>
                {t('second.removeConfirm')}
              </button>
              <button type="button" class="wide" disabled={busy} onClick={() => setConfirming(false)}>
                {t('second.keep')}
              </button>
            </form>
          ) : (
            <button type="button" class="wide" onClick={() => setConfirming(true)}>
              {t('second.remove')}
            </button>
          )}
        </>
      )}
      {isSet === false && (
        <form noValidate onSubmit={set} aria-labelledby="second-title">
          <h3>{t('second.beforeTitle')}</h3>
          <ul class="second-tips">
            <li>{t('second.before.safety')}</li>
            <li>{t('second.before.limits')}</li>
            <li>{t('second.before.backups')}</li>
          </ul>
          <h3>{t('second.tipsTitle')}</h3>
          {believable}
          <NewPassphraseFields
            id="second"
            labels={{ next: 'second.new', repeat: 'second.repeat' }}
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
          <ShowPassphrase shown={shown} disabled={busy} controls="second-new second-repeat" onToggle={setShown} />
          {errorLine}
          <Progress label="second.setting" text="second.setting" active={busy} />
          <button type="submit" class="primary wide" disabled={busy || minChars === null}>
            {t('second.submit')}
          </button>
        </form>
      )}
      <p class="status" role="status">
        {done === 'set' ? t('second.done') : done === 'removed' ? t('second.removed') : ''}
      </p>
    </section>
  );
}
