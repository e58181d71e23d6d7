// Rules behind the new-passphrase forms: the strength hint, when the worker is asked for it, and the submit check.
import type { MessageKey } from '../../../i18n';

export interface Hint {
  key: MessageKey;
  /** 0 (too short) .. 4; drives the meter's look, never its meaning alone. */
  level: 0 | 1 | 2 | 3 | 4;
}

/**
 * Maps the core's score (0..=4, 0 = too short to accept) to the message shown.
 * Returns null while the field is empty, so nothing is announced before typing.
 */
export function strengthHint(score: number, length: number, minChars: number): Hint | null {
  if (length === 0) return null;
  if (length < minChars || !Number.isFinite(score) || score < 1) return { key: 'strength.tooShort', level: 0 };
  const level = Math.min(4, Math.floor(score)) as 1 | 2 | 3 | 4;
  const keys = { 1: 'strength.1', 2: 'strength.2', 3: 'strength.3', 4: 'strength.4' } as const;
  return { key: keys[level], level };
}

/** How long typing must pause before the passphrase is sent to the worker for a strength score. */
export const STRENGTH_QUIET_MS = 700;

/**
 * Asks for a strength score only once typing pauses for STRENGTH_QUIET_MS, so the worker never sees the
 * prefixes of a passphrase typed in one go; while it is shorter than `minChars` it is never sent at all
 * (the hint is "too short" without asking). `ask` is the worker's score; `show` receives each hint.
 */
export class StrengthAsker {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private readonly ask: (passphrase: string) => Promise<number>;
  private readonly show: (hint: Hint | null) => void;
  constructor(ask: (passphrase: string) => Promise<number>, show: (hint: Hint | null) => void) {
    this.ask = ask;
    this.show = show;
  }

  update(passphrase: string, minChars: number): void {
    this.cancel();
    const mine = ++this.seq;
    const length = [...passphrase].length;
    if (length < minChars) {
      this.show(strengthHint(0, length, minChars));
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.ask(passphrase).then(
        (score) => {
          if (mine === this.seq) this.show(strengthHint(score, length, minChars));
        },
        () => undefined,
      );
    }, STRENGTH_QUIET_MS);
  }

  /** Forgets a pending question (the field changed again, or the form went away). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.seq++;
  }
}

/** The first problem with the two fields, or null when the vault may be created. */
export function newPassphraseError(passphrase: string, repeat: string, minChars: number): MessageKey | null {
  if ([...passphrase].length < minChars) return 'create.error.tooShort';
  if (passphrase !== repeat) return 'create.error.mismatch';
  return null;
}

/**
 * Whether an error shown after a submit still describes the fields as they are now: a
 * "too short" or "do not match" goes away as soon as the person has fixed it. Other errors
 * (a wrong passphrase, a failure) stay until the next submit.
 */
export function errorStillApplies(key: MessageKey, passphrase: string, repeat: string, minChars: number): boolean {
  if (key === 'create.error.tooShort') return [...passphrase].length < minChars;
  if (key === 'create.error.mismatch') return passphrase !== repeat;
  return true;
}
