// Contract: an "Update available" prompt with a button "Update" when a new service worker
// waits; nothing reloads on its own; after "Update" the new worker controls the page and
// the vault is intact. Served by support/release-server.mjs, which can publish a
// byte-different sw.js (a new release) on demand.
import { expect, test } from '@playwright/test';
import { addEntry, createVault, entryItem, openApp, unlock, waitForServiceWorkerControl } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { RELEASE_BASE_URL, RELEASE_ORIGIN } from './urls';

test.use({ baseURL: RELEASE_BASE_URL });

test('a new service worker waits for "Update"', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await waitForServiceWorkerControl(page, PASSPHRASE);
  await expect(page.getByText('Update available')).toHaveCount(0);

  // Publish a new release (from the test runner, not the browser), then let the
  // browser look for it as it would on its own.
  const published = await fetch(`${RELEASE_ORIGIN}/__e2e/release`, { method: 'POST' });
  expect(published.ok).toBe(true);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  await expect(page.getByText('Update available')).toBeVisible({ timeout: 20_000 });
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null);
  expect(waiting, 'a new worker is waiting').toBe(true);
  // Nothing reloaded on its own: the journal is still open with its entry.
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await reloaded;
  await unlock(page, PASSPHRASE);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
  const after = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { waiting: reg?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
  });
  expect(after).toEqual({ waiting: null, controlled: true });
  await expect(page.getByText('Update available')).toHaveCount(0);
});
