// Erase after wrong passphrases, through the worker against the real WASM core and a Map store: off
// by default; once set, the wrong passphrase that reaches the count in a row erases everything and
// says so; a right passphrase starts the count again; only the counts offered can be chosen.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshVault, loadWasm } from './service.fixture';
import { codeOf } from './service.test-store';

const PASS = 'correct horse battery staple';
const WRONG = 'not the passphrase at all';

beforeAll(loadWasm);

describe('erase after wrong passphrases', () => {
  it('is off by default: wrong passphrases are only counted', async () => {
    const { api, store } = await freshVault(PASS);
    await api.saveEntry({ text: 'kept' });
    expect(await api.eraseAfterFailedAttempts()).toBeNull();
    await api.lock();
    for (let i = 0; i < 6; i++) expect(await codeOf(api.unlock(WRONG))).toBe('wrong-passphrase');
    expect(store.failedInARow).toBe(6);
    await api.unlock(PASS);
    expect(store.failedInARow).toBeUndefined();
    expect((await api.listEntries()).entries.map((e) => e.text)).toEqual(['kept']);
  }, 60_000);

  it('erases everything at the chosen count in a row, and a right passphrase starts the count again', async () => {
    const { api, store } = await freshVault(PASS);
    await api.saveEntry({ text: 'kept until the fifth' });
    await api.setEraseAfterFailedAttempts(5);
    expect(await api.eraseAfterFailedAttempts()).toBe(5);
    await api.lock();
    for (let i = 0; i < 4; i++) expect(await codeOf(api.unlock(WRONG))).toBe('wrong-passphrase');
    await api.unlock(PASS);
    await api.integrityNotice();
    await api.lock();
    for (let i = 0; i < 4; i++) expect(await codeOf(api.unlock(WRONG))).toBe('wrong-passphrase');
    expect(store.header).toBeDefined();
    expect(await codeOf(api.unlock(WRONG))).toBe('erased');
    expect(store.header).toBeUndefined();
    expect(store.records.size).toBe(0);
    expect(store.attempts).toBeUndefined();
    expect(store.eraseAfter).toBeUndefined();
    expect(await api.status()).toEqual({ hasVault: false, unlocked: false });
    expect(await codeOf(api.unlock(PASS))).toBe('no-vault');
  }, 60_000);

  it('takes only the counts offered, only while unlocked, and can be turned off', async () => {
    const { api, store } = await freshVault(PASS);
    for (const odd of [0, 1, 4, 6, 1000]) expect(await codeOf(api.setEraseAfterFailedAttempts(odd)), String(odd)).toBe('invalid-input');
    expect(store.eraseAfter).toBeUndefined();
    await api.setEraseAfterFailedAttempts(20);
    await api.setEraseAfterFailedAttempts(null);
    expect(store.eraseAfter).toBeUndefined();
    await api.setEraseAfterFailedAttempts(10);
    await api.lock();
    expect(await codeOf(api.setEraseAfterFailedAttempts(null))).toBe('locked');
    expect(await codeOf(api.eraseAfterFailedAttempts())).toBe('locked');
    expect(store.eraseAfter).toBe(10);
  });

  it('never erases for a stored count nobody can choose (edited storage), nor when the count cannot be written', async () => {
    const { api, store } = await freshVault(PASS);
    await api.lock();
    store.eraseAfter = 1;
    for (let i = 0; i < 3; i++) expect(await codeOf(api.unlock(WRONG))).toBe('wrong-passphrase');
    expect(store.header).toBeDefined();
    store.eraseAfter = 5;
    store.failedInARow = 10;
    const update = store.updateAttemptLog.bind(store);
    store.updateAttemptLog = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect(await codeOf(api.unlock(WRONG))).toBe('wrong-passphrase');
    expect(store.header).toBeDefined();
    store.updateAttemptLog = update;
    expect(await codeOf(api.unlock(WRONG))).toBe('erased');
  }, 60_000);
});
