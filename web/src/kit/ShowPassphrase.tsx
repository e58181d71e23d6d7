// "Show passphrase": a toggle button (aria-pressed) that turns the form's passphrase fields into
// plain text and back. Its state lives in the form, so a lock (which unmounts the form) hides it.
import { t } from '../i18n';

interface Props {
  shown: boolean;
  disabled?: boolean;
  /** Ids of the fields it shows, for `aria-controls`. */
  controls: string;
  onToggle: (shown: boolean) => void;
}

export function ShowPassphrase({ shown, disabled = false, controls, onToggle }: Props) {
  return (
    <button
      type="button"
      class="show-passphrase"
      aria-pressed={shown}
      aria-controls={controls}
      disabled={disabled}
      onClick={() => onToggle(!shown)}
    >
      {t('passphrase.show')}
    </button>
  );
}
