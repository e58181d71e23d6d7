import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ERROR_CODES } from '../worker/errors';
import { messageForCode } from './errors';

describe('messageForCode', () => {
  it('gives every error code a message from the catalogue', () => {
    for (const code of ERROR_CODES) expect(Object.hasOwn(en, messageForCode(code)), code).toBe(true);
  });

  it('says plainly when the passphrase is wrong or too short', () => {
    expect(en[messageForCode('wrong-passphrase')]).toContain('passphrase is not right');
    expect(en[messageForCode('weak-passphrase')]).toContain('at least');
  });

  it('never blames the person for an internal failure', () => {
    expect(en[messageForCode('internal')]).toContain('has not been changed');
  });
});
