import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../i18n/en';
import { errorStillApplies, newPassphraseError, STRENGTH_QUIET_MS, StrengthAsker, strengthHint, type Hint } from './passphrase';

const MIN = 10;

describe('strengthHint', () => {
  it('says nothing before typing', () => {
    expect(strengthHint(0, 0, MIN)).toBeNull();
  });

  it('says "too short" below the minimum, whatever the score', () => {
    expect(strengthHint(4, MIN - 1, MIN)).toEqual({ key: 'strength.tooShort', level: 0 });
    expect(strengthHint(0, 3, MIN)).toEqual({ key: 'strength.tooShort', level: 0 });
  });

  it('treats a score of 0 as not acceptable even when long enough', () => {
    expect(strengthHint(0, 40, MIN)).toEqual({ key: 'strength.tooShort', level: 0 });
  });

  it('maps each score 1..4 to its own message, weakest to strongest', () => {
    const hints = [1, 2, 3, 4].map((score) => strengthHint(score, MIN, MIN));
    expect(hints.map((h) => h?.key)).toEqual(['strength.1', 'strength.2', 'strength.3', 'strength.4']);
    expect(hints.map((h) => h?.level)).toEqual([1, 2, 3, 4]);
    expect(en['strength.1']).toMatch(/weak/i);
    expect(en['strength.4']).toMatch(/strong/i);
  });

  it('clamps scores outside 0..=4 and rejects NaN', () => {
    expect(strengthHint(9, MIN, MIN)?.key).toBe('strength.4');
    expect(strengthHint(Number.NaN, MIN, MIN)?.key).toBe('strength.tooShort');
    expect(strengthHint(-1, MIN, MIN)?.key).toBe('strength.tooShort');
  });
});

describe('newPassphraseError', () => {
  it('asks for the minimum length first', () => {
    expect(newPassphraseError('short', 'other', MIN)).toBe('create.error.tooShort');
  });

  it('catches a mismatch', () => {
    expect(newPassphraseError('correct horse', 'correct horsE', MIN)).toBe('create.error.mismatch');
  });

  it('accepts two equal, long enough passphrases', () => {
    expect(newPassphraseError('correct horse', 'correct horse', MIN)).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    // 5 emoji are 10 UTF-16 units but 5 characters.
    expect(newPassphraseError('🌸🌸🌸🌸🌸', '🌸🌸🌸🌸🌸', MIN)).toBe('create.error.tooShort');
    expect(newPassphraseError('éééééééééé', 'éééééééééé', MIN)).toBeNull();
  });
});

describe('errorStillApplies', () => {
  it('drops "too short" and "do not match" once fixed, keeps other errors', () => {
    expect(errorStillApplies('create.error.mismatch', 'long enough phrase', 'long enough phras', 8)).toBe(true);
    expect(errorStillApplies('create.error.mismatch', 'long enough phrase', 'long enough phrase', 8)).toBe(false);
    expect(errorStillApplies('create.error.tooShort', 'short', '', 8)).toBe(true);
    expect(errorStillApplies('create.error.tooShort', 'now long enough', '', 8)).toBe(false);
    expect(errorStillApplies('passchange.error.wrong', 'same', 'same', 1)).toBe(true);
  });
});

describe('StrengthAsker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Types `text` one character every `gapMs`, as a person would. */
  async function type(asker: StrengthAsker, text: string, gapMs: number): Promise<void> {
    const chars = [...text];
    for (let i = 1; i <= chars.length; i++) {
      asker.update(chars.slice(0, i).join(''), MIN);
      await vi.advanceTimersByTimeAsync(gapMs);
    }
  }

  it('sends the worker only the passphrase typing paused on, never its prefixes', async () => {
    vi.useFakeTimers();
    const asked: string[] = [];
    const hints: (Hint | null)[] = [];
    const asker = new StrengthAsker(
      async (p) => {
        asked.push(p);
        return 3;
      },
      (h) => hints.push(h),
    );
    await type(asker, 'correct horse battery staple', 150);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(STRENGTH_QUIET_MS);
    expect(asked).toEqual(['correct horse battery staple']);
    expect(hints.at(-1)).toEqual({ key: 'strength.3', level: 3 });
    // Below the minimum nothing is sent at all: "too short" is known without asking.
    asker.update('short', MIN);
    await vi.advanceTimersByTimeAsync(STRENGTH_QUIET_MS * 2);
    expect(asked).toHaveLength(1);
    expect(hints.at(-1)).toEqual({ key: 'strength.tooShort', level: 0 });
  });

  it('drops an answer for a passphrase that has changed since, and asks nothing after cancel', async () => {
    vi.useFakeTimers();
    const answers: ((score: number) => void)[] = [];
    const hints: (Hint | null)[] = [];
    const asker = new StrengthAsker(
      (_p) =>
        new Promise<number>((resolve) => {
          answers.push(resolve);
        }),
      (h) => hints.push(h),
    );
    asker.update('first long passphrase', MIN);
    await vi.advanceTimersByTimeAsync(STRENGTH_QUIET_MS);
    asker.update('second long passphrase', MIN);
    answers[0]?.(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(hints).toEqual([]);
    asker.cancel();
    await vi.advanceTimersByTimeAsync(STRENGTH_QUIET_MS * 2);
    expect(answers).toHaveLength(1);
  });
});
