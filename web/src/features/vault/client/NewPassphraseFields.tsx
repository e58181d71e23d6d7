// The fields of the Settings forms that set a passphrase (change it, set a second one): the new
// passphrase with its strength hint, then the repeat. The form keeps the values, runs the check
// (passphrase.ts) and places "Show passphrase"; this only lays the fields out with their hints.
import type { Ref } from 'preact';
import type { MessageKey } from '../../../i18n';
import { PasswordField } from '../../../kit/PasswordField';
import type { Hint } from './passphrase';
import { StrengthMeter } from './StrengthMeter';

interface Props {
  /** Prefix of the ids: `${id}-new`, `${id}-strength`, `${id}-repeat`. */
  id: string;
  labels: { next: MessageKey; repeat: MessageKey };
  next: string;
  repeat: string;
  onNext: (value: string) => void;
  onRepeat: (value: string) => void;
  nextRef: Ref<HTMLInputElement>;
  repeatRef: Ref<HTMLInputElement>;
  hint: Hint | null;
  minChars: number;
  busy: boolean;
  shown: boolean;
  /** Ids that describe the new passphrase first (e.g. the minimum length), before its strength. */
  nextDescribedBy?: readonly (string | undefined)[];
  /** The form's error line, when it shows one. */
  errorId?: string;
  /** Which field the error is about, if either. */
  invalid?: 'next' | 'repeat' | null;
}

export function NewPassphraseFields(p: Props) {
  return (
    <>
      <PasswordField
        id={`${p.id}-new`}
        label={p.labels.next}
        value={p.next}
        busy={p.busy}
        shown={p.shown}
        inputRef={p.nextRef}
        describedBy={[...(p.nextDescribedBy ?? []), `${p.id}-strength`, p.errorId]}
        invalid={p.invalid === 'next'}
        onValue={p.onNext}
      />
      <StrengthMeter id={`${p.id}-strength`} hint={p.hint} minChars={p.minChars} />
      <PasswordField
        id={`${p.id}-repeat`}
        label={p.labels.repeat}
        value={p.repeat}
        busy={p.busy}
        shown={p.shown}
        inputRef={p.repeatRef}
        describedBy={[p.errorId]}
        invalid={p.invalid === 'repeat'}
        onValue={p.onRepeat}
      />
    </>
  );
}
