import { useEffect, useMemo, useState } from 'preact/hooks';
import { vaultApi } from '../../../worker/client';
import { StrengthAsker, type Hint } from './passphrase';

/**
 * The strength hint for a new passphrase. The score comes from the core (in the worker), asked only when
 * typing pauses (StrengthAsker), so the worker does not receive every prefix as it is typed.
 */
export function usePassphraseHint(passphrase: string, minChars: number | null): Hint | null {
  const [hint, setHint] = useState<Hint | null>(null);
  const asker = useMemo(() => new StrengthAsker((p) => vaultApi().passphraseStrength(p), setHint), []);
  useEffect(() => () => asker.cancel(), [asker]);
  useEffect(() => {
    if (minChars !== null) asker.update(passphrase, minChars);
  }, [asker, passphrase, minChars]);
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
