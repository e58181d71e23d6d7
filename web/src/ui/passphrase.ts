// Pure rules behind the create-vault form: the strength hint and the submit check.
import type { MessageKey } from '../i18n';

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
