// "Erase everything on this device" (Settings): a backup is offered first, the person types a word,
// then the database, Cache Storage and the service worker are removed and the page leaves as quick
// exit does. Afterwards the origin stores nothing.
import { expect, test } from '@playwright/test';
import { addEntry, createVault, dumpAllStorage, openApp, waitForServiceWorkerControl } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { DEFAULT_EXIT_URL, fakeSite, goTo } from './safety-helpers';
import { SUBPATH_BASE_URL } from './urls';

test('erase everything: a backup offered, a typed word, then nothing stored and the page gone', async ({ page, context }) => {
  await fakeSite(page, DEFAULT_EXIT_URL, 'Neutral default');
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await waitForServiceWorkerControl(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await goTo(page, 'Settings');
  const before = await dumpAllStorage(page);
  expect(before.databases.length, 'the vault is stored before erasing').toBeGreaterThan(0);
  expect(before.caches.length, 'the offline copy is cached before erasing').toBeGreaterThan(0);

  // A backup is offered first.
  await page.getByRole('button', { name: 'Make a backup first', exact: true }).click();
  await expect(page.locator('#backup-export-pass')).toBeFocused();

  // Without the word, nothing is erased.
  const word = page.getByLabel('To confirm, type the word “erase”', { exact: true });
  await word.fill('delete');
  await page.getByRole('button', { name: 'Erase everything', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Type the word “erase” to erase. Nothing has been erased.');
  expect((await dumpAllStorage(page)).databases).toEqual(before.databases);

  await word.fill(' Erase ');
  await page.getByRole('button', { name: 'Erase everything', exact: true }).click();
  await page.waitForURL(DEFAULT_EXIT_URL, { timeout: 15_000 });
  await expect(page).toHaveTitle('Neutral default');

  // The origin, looked at from one of its plain files (which runs no app code): nothing stored.
  const look = await context.newPage();
  await look.goto(`${SUBPATH_BASE_URL}icon.svg`);
  const after = await dumpAllStorage(look);
  expect(after.databases).toEqual([]);
  expect(after.caches).toEqual([]);
  expect(after.localStorage).toEqual({});
  expect(after.sessionStorage).toEqual({});
  expect(await look.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
