import { t } from '../../../i18n';
import type { Hint } from './passphrase';

/** The four-bar meter and the spoken hint under a new-passphrase field. */
export function StrengthMeter({ id, hint, minChars }: { id: string; hint: Hint | null; minChars: number }) {
  return (
    <>
      <div class="meter" data-level={hint?.level ?? 'none'} aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <p id={id} class="hint" aria-live="polite">
        {hint ? t(hint.key, { min: minChars }) : ''}
      </p>
    </>
  );
}
