import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en';
import { ERROR_CODES } from '../../../worker/errors';
import { backupFileName, messageForBackupCode, needsBackupReminder, progressLine } from './backup';

describe('backup helpers', () => {
  it('names the file neutrally after the local day', () => {
    const name = backupFileName(new Date(2026, 10, 5, 23, 59));
    expect(name).toBe('notes-2026-11-05.kbak');
    expect(name.toLowerCase()).not.toMatch(/kintsugi|abuse|backup|journal/);
  });

  it('gives every reading failure its own plain message', () => {
    const keys = ['wrong-passphrase', 'corrupt', 'truncated', 'not-a-backup', 'unsupported-version', 'invalid-parameters'].map((c) =>
      messageForBackupCode(c as never),
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const code of ERROR_CODES) expect(Object.hasOwn(en, messageForBackupCode(code)), code).toBe(true);
  });

  it('turns progress into a fraction and a line', () => {
    expect(progressLine({ phase: 'verify', done: 50, total: 200 })).toEqual({
      key: 'backup.phase.verify',
      params: { percent: 25 },
      fraction: 0.25,
    });
    expect(progressLine({ phase: 'records', done: 3, total: 4 }).params).toEqual({ done: 3, total: 4 });
    expect(progressLine({ phase: 'key', done: 0, total: 0 }).fraction).toBeNull();
  });
});

describe('backup reminder', () => {
  const now = Date.UTC(2026, 10, 25);
  const day = 24 * 60 * 60 * 1000;
  it('waits for the first entry, then reminds until a backup is made', () => {
    expect(needsBackupReminder(null, 0, now)).toBe(false);
    expect(needsBackupReminder(null, 1, now)).toBe(true);
  });
  it('reminds only once the last backup is over 30 days old', () => {
    expect(needsBackupReminder(now - 30 * day, 5, now)).toBe(false);
    expect(needsBackupReminder(now - 30 * day - 1, 5, now)).toBe(true);
    expect(needsBackupReminder(now - day, 0, now)).toBe(false);
  });
});
