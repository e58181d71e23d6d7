import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../i18n/language';
import { vaultApi } from '../../../worker/client';

interface Props {
  /** Unique per screen: the select's id. */
  id: string;
}

/**
 * The language the app speaks on this device, chosen on the locked screens as well as in
 * Settings. Each language is named in its own words, so someone who cannot read the one shown still
 * finds theirs. A new choice is kept (unencrypted: it must be read before unlock) and the page
 * opens again in it; an unlocked vault locks, as on any reload.
 */
export function LanguageChoice({ id }: Props) {
  // '' follows the browser's language; undefined until the saved choice is known.
  const [saved, setSaved] = useState<Language | '' | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    vaultApi()
      .deviceLanguage()
      .then(
        (code) => live && setSaved(code ?? ''),
        () => live && setSaved(''),
      );
    return () => {
      live = false;
    };
  }, []);

  async function choose(value: string) {
    setFailed(false);
    const code = isLanguage(value) ? value : undefined;
    try {
      await vaultApi().setDeviceLanguage(code);
    } catch {
      setFailed(true);
      return;
    }
    location.reload();
  }

  return (
    <div class="language-choice">
      <label for={id}>{t('language.label')}</label>
      <select
        id={id}
        value={saved ?? ''}
        disabled={saved === undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => void choose(e.currentTarget.value)}
      >
        <option value="">{t('language.auto')}</option>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="hint">
        {t('language.hint')}
      </p>
      {failed && (
        <p class="error" role="alert">
          {t('language.failed')}
        </p>
      )}
    </div>
  );
}
