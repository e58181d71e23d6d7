import { useEffect, useRef, useState } from 'preact/hooks';
import { vaultApi } from '../worker/client';
import { charCount } from './hooks';
import { strengthHint, type Hint } from './passphrase';

/** The strength hint for a new passphrase. Strength comes from the core (in the worker); only the latest answer counts. */
export function usePassphraseHint(passphrase: string, minChars: number | null): Hint | null {
  const [hint, setHint] = useState<Hint | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    if (minChars === null) return;
    const mine = ++seq.current;
    const length = charCount(passphrase);
    if (length === 0) {
      setHint(null);
      return;
    }
    const timer = setTimeout(() => {
      vaultApi()
        .passphraseStrength(passphrase)
        .then(
          (score) => {
            if (mine === seq.current) setHint(strengthHint(score, length, minChars));
          },
          () => undefined,
        );
    }, 150);
    return () => clearTimeout(timer);
  }, [passphrase, minChars]);
  return hint;
}

/** The core's shortest accepted passphrase (null until the worker answers). */
export function useMinPassphraseChars(): number | null {
  const [minChars, setMinChars] = useState<number | null>(null);
  useEffect(() => {
    vaultApi()
      .minPassphraseChars()
      .then(setMinChars, () => undefined);
  }, []);
  return minChars;
}
