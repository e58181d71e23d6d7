// A labelled passphrase input with the attributes every passphrase field here shares.
import type { Ref } from 'preact';
import { t, type MessageKey } from '../i18n';

interface Props {
  id: string;
  label: MessageKey;
  value: string;
  busy: boolean;
  /** Ids of hints and errors; undefined ones are left out. */
  describedBy?: readonly (string | undefined)[];
  inputRef?: Ref<HTMLInputElement>;
  /** Shown as plain text (the form's "Show passphrase" box). */
  shown?: boolean;
  /** Marks the field as the one an error is about. */
  invalid?: boolean;
  onValue: (value: string) => void;
}

export function PasswordField({ id, label, value, busy, describedBy = [], inputRef, shown = false, invalid = false, onValue }: Props) {
  const described = describedBy.filter(Boolean).join(' ');
  return (
    <>
      <label for={id}>{t(label)}</label>
      <input
        ref={inputRef}
        id={id}
        type={shown ? 'text' : 'password'}
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        value={value}
        readOnly={busy}
        aria-describedby={described === '' ? undefined : described}
        aria-invalid={invalid ? true : undefined}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </>
  );
}
