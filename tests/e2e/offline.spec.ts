// Spec 4: once the service worker controls the page, the app loads, unlocks, reads and
// writes with the network off.
import { expect, test } from '@playwright/test';
import { addEntry, createVault, entriesList, entryItem, openApp, reloadAndUnlock, waitForServiceWorkerControl } from './helpers';
import { ENTRY_ONE, ENTRY_TWO, PASSPHRASE } from './markers';

test('works offline after the first visit', async ({ page, context }) => {
  await openApp(page);
  // Contract: a status line once the SW has installed (first visit only).
  await expect(page.getByText('Ready to work offline')).toBeVisible({ timeout: 20_000 });
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await waitForServiceWorkerControl(page, PASSPHRASE);

  await context.setOffline(true);
  // Prove the network really is off for this context.
  const online = await page.evaluate(async () => {
    try {
      await fetch(`/never-cached-${Math.random()}`, { cache: 'no-store' });
      return true;
    } catch {
      return false;
    }
  });
  expect(online, 'a fetch not in the precache fails while offline').toBe(false);

  await reloadAndUnlock(page, PASSPHRASE);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
  await addEntry(page, ENTRY_TWO);

  // Still offline: a second reload shows both entries.
  await reloadAndUnlock(page, PASSPHRASE);
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(2);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
  await expect(entryItem(page, ENTRY_TWO)).toHaveCount(1);
  await context.setOffline(false);
});
