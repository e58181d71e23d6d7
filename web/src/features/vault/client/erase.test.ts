import { describe, expect, it } from 'vitest';
import { confirmsErase } from './EraseSection';

describe('confirmsErase', () => {
  it('takes the word in any case with spaces around, and nothing else', () => {
    expect(confirmsErase('erase', 'erase')).toBe(true);
    expect(confirmsErase('  ERASE ', 'erase')).toBe(true);
    for (const typed of ['', 'eras', 'erase it', 'delete', 'e rase']) expect(confirmsErase(typed, 'erase'), typed).toBe(false);
  });
});
