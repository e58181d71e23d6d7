// Spec 2: a wrong passphrase shows the contract's alert, keeps focus, and changes no stored byte
// but the failed-attempt log (one sealed entry), which the next unlock shows once, and the count of
// wrong passphrases in a row (which the right one clears).
import { expect, test } from '@playwright/test';
import {
  addEntry,
  byteValues,
  createVault,
  dumpAllStorage,
  entriesList,
  entryItem,
  expectJournal,
  expectUnlockScreen,
  lock,
  openApp,
  passphraseField,
  unlock,
  type StorageDump,
} from './helpers';
import { ENTRY_ONE, ENTRY_TWO, PASSPHRASE, WRONG_PASSPHRASE } from './markers';

/** Every IndexedDB record as "db/store/key" -> hex (or JSON/string) of its value. */
function idbSnapshot(dump: StorageDump): Record<string, string> {
  const out: Record<string, string> = {};
  for (const db of dump.databases) {
    for (const store of db.stores) {
      for (const r of store.records) {
        const v = r.value;
        out[`${db.name}/${store.name}/${r.key}`] =
          v.kind === 'bytes' ? `bytes:${v.hex}` : v.kind === 'string' ? `string:${v.value}` : `json:${v.json}`;
      }
    }
  }
  return out;
}

test('a wrong passphrase is refused, changes nothing stored but the sealed attempt log, and is shown after unlock', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  await lock(page);

  const before = await dumpAllStorage(page);
  const blobs = byteValues(before);
  // The comparison below is only meaningful if the dump really holds the vault.
  expect(
    blobs.filter((b) => b.value.latin1.startsWith('KSVH')),
    'one vault header',
  ).toHaveLength(1);
  expect(blobs.filter((b) => b.value.latin1.startsWith('KSRC')).length, 'record blobs').toBeGreaterThanOrEqual(2);

  await passphraseField(page).fill(WRONG_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('passphrase is not right', { timeout: 20_000 });
  await expectUnlockScreen(page);
  await expect(passphraseField(page)).toBeFocused();
  await expect(page.getByRole('list', { name: 'Entries' })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('MARKER-entry');

  const after = await dumpAllStorage(page);
  const { 'kintsugi/meta/attempts': log, 'kintsugi/meta/failedInARow': inARow, ...rest } = idbSnapshot(after);
  expect(rest).toEqual(idbSnapshot(before));
  expect(inARow).toBe('json:1');
  // One entry: a sealed box per key slot (2 x 56 bytes), no time in the clear.
  expect(log).toMatch(/^bytes:[0-9a-f]{224}$/);
  expect(after.localStorage).toEqual(before.localStorage);
  expect(after.sessionStorage).toEqual(before.sessionStorage);

  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const attempts = page.getByRole('region', { name: 'Someone tried to open it once with a wrong passphrase:' });
  await expect(attempts.getByRole('listitem')).toHaveCount(1, { timeout: 20_000 });
  await page.getByRole('button', { name: 'I’ve seen this', exact: true }).click();
  await expectJournal(page);
  expect(
    idbSnapshot(await dumpAllStorage(page))['kintsugi/meta/failedInARow'],
    'the right passphrase starts the count again',
  ).toBeUndefined();
  await lock(page);
  await unlock(page, PASSPHRASE);
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(2);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
  await expect(entryItem(page, ENTRY_TWO)).toHaveCount(1);
});
