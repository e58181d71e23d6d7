// Settings: auto-lock, the hidden grace, the quick-exit address and the crisis region,
// stored encrypted; and changing the passphrase. The core checks every value.
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { REGIONS } from '../../../content/crisis-lines';
import { LanguageChoice } from './LanguageChoice';
import { t, type MessageKey } from '../../../i18n';
import type { Settings, SettingsRules } from '../shared/api';
import { vaultApi } from '../../../worker/client';
import { BackupSection } from '../../backup/client/BackupSection';
import { ChangePassphrase } from '../../vault/client/ChangePassphrase';
import { EraseAfterSection } from '../../vault/client/EraseAfterSection';
import { EraseSection } from '../../vault/client/EraseSection';
import { ScreenHeader } from '../../../kit/ScreenHeader';
import { useFailure } from '../../../kit/useFailure';
import { KdfSection } from '../../vault/client/KdfSection';
import { SecondPassphrase } from '../../vault/client/SecondPassphrase';

interface Props {
  onLock: () => void;
  onLocked: () => void;
  onSaved: (settings: Settings) => void;
  /** After everything on the device was erased: remove the offline copy and leave. */
  onErased: () => void;
}

const FIELD_MESSAGES: Readonly<Record<string, MessageKey>> = {
  autoLockMinutes: 'settings.error.autoLockMinutes',
  hiddenGraceSeconds: 'settings.error.hiddenGraceSeconds',
  quickExitUrl: 'settings.error.quickExitUrl',
  crisisRegion: 'settings.error.crisisRegion',
};

/** A whole number typed in a field, or NaN (which the core refuses with the field's name). */
function wholeNumber(text: string): number {
  return /^\s*\d{1,6}\s*$/.test(text) ? Number(text) : Number.NaN;
}

export function SettingsScreen({ onLock, onLocked, onSaved, onErased }: Props) {
  const [rules, setRules] = useState<SettingsRules | null>(null);
  const [form, setForm] = useState<{ minutes: string; grace: string; url: string; region: string } | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const { error, setError, show, fail } = useFailure(onLocked);
  const [busy, setBusy] = useState(false);
  /** Whether this vault set a second passphrase (its own settings say so); null until read. */
  const [secondSet, setSecondSet] = useState<boolean | null>(null);
  const fields = useRef<Record<string, HTMLElement | null>>({});

  useEffect(() => {
    Promise.all([vaultApi().settingsRules(), vaultApi().getSettings(), vaultApi().secondPassphraseSet()]).then(([r, s, second]) => {
      setRules(r);
      setForm({ minutes: String(s.autoLockMinutes), grace: String(s.hiddenGraceSeconds), url: s.quickExitUrl, region: s.crisisRegion });
      setSecondSet(second);
    }, fail);
  }, []);

  function rereadSecond() {
    vaultApi().secondPassphraseSet().then(setSecondSet, fail);
  }

  function refuse(field: string) {
    show(FIELD_MESSAGES[field] ?? 'settings.error.other', field);
    fields.current[field]?.focus();
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!form || busy) return;
    setStatus(null);
    const minutes = wholeNumber(form.minutes);
    const grace = wholeNumber(form.grace);
    // Parsing what was typed is the form's job; the ranges are the core's.
    const notWhole = Number.isNaN(minutes) ? 'autoLockMinutes' : Number.isNaN(grace) ? 'hiddenGraceSeconds' : null;
    if (notWhole) return refuse(notWhole);
    const settings: Settings = {
      autoLockMinutes: minutes,
      hiddenGraceSeconds: grace,
      quickExitUrl: form.url.trim(),
      crisisRegion: form.region,
    };
    setBusy(true);
    try {
      const result = await vaultApi().saveSettings(settings);
      if (result.ok) {
        setError(null);
        setStatus('settings.saved');
        onSaved(result.value);
      } else {
        refuse(result.field);
      }
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  const params: Record<string, number | string> = rules
    ? {
        min: error?.field === 'hiddenGraceSeconds' ? rules.hiddenGraceSeconds[0] : rules.autoLockMinutes[0],
        max: error?.field === 'hiddenGraceSeconds' ? rules.hiddenGraceSeconds[1] : rules.autoLockMinutes[1],
        url: rules.defaults.quickExitUrl,
      }
    : {};
  const errorFor = (field: string) =>
    error?.field === field ? (
      <p key={error.attempt} id={`settings-error-${field}`} class="error" role="alert">
        {t(error.key, params)}
      </p>
    ) : null;
  const aria = (field: string) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': `settings-error-${field}` } : {});

  return (
    <div class="screen settings">
      <ScreenHeader heading="settings.title" onLock={onLock} />
      <main class="content">
        {!form || !rules ? (
          <p class="muted">{t('settings.loading')}</p>
        ) : (
          <form class="settings-form" noValidate onSubmit={submit}>
            <h2>{t('settings.lockTitle')}</h2>
            {(
              [
                ['autoLockMinutes', 'settings-minutes', 'settings.autoLock', 'settings.autoLockHint', 'minutes'],
                ['hiddenGraceSeconds', 'settings-grace', 'settings.grace', 'settings.graceHint', 'grace'],
              ] as const
            ).map(([field, id, label, hint, key]) => (
              <Fragment key={field}>
                <label for={id}>{t(label)}</label>
                <input
                  id={id}
                  ref={(el) => {
                    fields.current[field] = el;
                  }}
                  type="number"
                  inputMode="numeric"
                  min={rules[field][0]}
                  max={rules[field][1]}
                  value={form[key]}
                  readOnly={busy}
                  {...aria(field)}
                  onInput={(e) => {
                    const value = e.currentTarget.value;
                    setForm((f) => f && { ...f, [key]: value });
                  }}
                />
                <p class="hint">{t(hint, { min: rules[field][0], max: rules[field][1] })}</p>
                {errorFor(field)}
              </Fragment>
            ))}

            <h2>{t('settings.exitTitle')}</h2>
            <label for="settings-url">{t('settings.exitUrl')}</label>
            <input
              id="settings-url"
              ref={(el) => {
                fields.current.quickExitUrl = el;
              }}
              type="url"
              inputMode="url"
              autocomplete="off"
              autocapitalize="off"
              spellcheck={false}
              value={form.url}
              readOnly={busy}
              {...aria('quickExitUrl')}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setForm((f) => f && { ...f, url: value });
              }}
            />
            <p class="hint">{t('settings.exitHint', { url: rules.defaults.quickExitUrl })}</p>
            {errorFor('quickExitUrl')}

            <h2>{t('settings.regionTitle')}</h2>
            <label for="settings-region">{t('settings.region')}</label>
            <select
              id="settings-region"
              ref={(el) => {
                fields.current.crisisRegion = el;
              }}
              value={form.region}
              disabled={busy}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setForm((f) => f && { ...f, region: value });
              }}
            >
              <option value="">{t('settings.regionAuto')}</option>
              {REGIONS.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
            {errorFor('crisisRegion')}
            {error && !(error.field !== undefined && error.field in FIELD_MESSAGES) && (
              <p key={error.attempt} class="error" role="alert">
                {t(error.key, params)}
              </p>
            )}
            <p class="status" role="status">
              {status ? t(status) : ''}
            </p>
            <button type="submit" class="primary wide" disabled={busy}>
              {t('settings.save')}
            </button>
          </form>
        )}
        <section class="settings-section" aria-labelledby="settings-language-title">
          <h2 id="settings-language-title">{t('settings.languageTitle')}</h2>
          <LanguageChoice id="settings-language" />
        </section>
        <ChangePassphrase onLocked={onLocked} />
        <SecondPassphrase isSet={secondSet} onChanged={rereadSecond} onLock={onLock} onLocked={onLocked} />
        <KdfSection onLocked={onLocked} />
        <BackupSection onLocked={onLocked} />
        <EraseSection onErased={onErased} onLocked={onLocked} />
        <EraseAfterSection onLocked={onLocked} />
      </main>
    </div>
  );
}
