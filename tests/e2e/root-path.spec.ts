// Spec 8: the same build works when served at the root path.
import { expect, test } from '@playwright/test';
import { addEntry, createVault, entryItem, openApp, reloadAndUnlock } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { ROOT_BASE_URL } from './urls';

test.use({ baseURL: ROOT_BASE_URL });

test('the app works at /', async ({ page }) => {
  await openApp(page);
  expect(page.url()).toBe(ROOT_BASE_URL);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await reloadAndUnlock(page, PASSPHRASE);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? null);
  if (scope !== null) expect(scope).toBe(ROOT_BASE_URL);
});
