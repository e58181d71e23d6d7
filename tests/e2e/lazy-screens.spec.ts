// The screens after unlock are fetched on first use. Offline, every one of them still opens
// (the service worker precaches their chunks); when a screen's code cannot be fetched, the app
// says so in plain words, keeps its bars, and nothing the person wrote is touched.
import { expect, test } from '@playwright/test';
import { addEntry, createVault, entryItem, expectJournal, heading, openApp, reloadAndUnlock, waitForServiceWorkerControl } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { navButton } from './safety-helpers';
import { UNLOCKED_SCREENS } from './screens';

test('offline, every screen after unlock opens from the service worker cache', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await waitForServiceWorkerControl(page, PASSPHRASE);
  await context.setOffline(true);
  const fetched: string[] = [];
  page.on('requestfailed', (request) => fetched.push(request.url()));
  await reloadAndUnlock(page, PASSPHRASE);
  for (const screen of UNLOCKED_SCREENS) {
    await screen.open(page);
    await expect(heading(page, screen.title), `${screen.name} opens offline`).toBeVisible();
    await expect(page.getByText('could not be loaded')).toHaveCount(0);
    await screen.close?.(page);
  }
  expect(fetched, 'requests that failed offline').toEqual([]);
  await context.setOffline(false);
});

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a screen whose code cannot be fetched says so, and the journal is untouched', async ({ page }) => {
    await page.route(/\/assets\/SettingsScreen-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await openApp(page);
    await createVault(page, PASSPHRASE);
    await addEntry(page, ENTRY_ONE);
    await navButton(page, 'Settings').click();
    await expect(page.getByRole('alert')).toContainText('This part of the app could not be loaded. Nothing has been changed.');
    await expect(page.getByRole('button', { name: 'Try again', exact: true })).toBeVisible();
    await expect(navButton(page, 'Journal')).toBeVisible();
    await navButton(page, 'Journal').click();
    await expectJournal(page);
    await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
  });
});
