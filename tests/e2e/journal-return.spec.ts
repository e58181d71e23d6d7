// Back from the editor, the list is where the person left it and stays there: the first tap
// lands on the control it aims at (the page must not jump under the finger).
import { expect, test } from '@playwright/test';
import { addEntry, createVault, editEntry, entryItem, openApp } from './helpers';
import { ENTRY_ONE, ENTRY_ONE_EDITED, ENTRY_TWO, PASSPHRASE } from './markers';

test('a tap right after returning from the editor lands on its button', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  for (let n = 0; n < 4; n += 1) await addEntry(page, `Another day, number ${n + 3}`);

  // Scroll so the older entries are on screen, then edit one.
  await entryItem(page, ENTRY_ONE).scrollIntoViewIfNeeded();
  await editEntry(page, ENTRY_ONE, ENTRY_ONE_EDITED);
  const before = await page.evaluate(() => window.scrollY);

  // At once, delete the entry next to it: one real tap, no retries.
  const remove = entryItem(page, ENTRY_TWO).getByRole('button', { name: /^Delete/ });
  await remove.click();
  await expect(page.getByRole('button', { name: 'Yes, delete', exact: true })).toBeVisible();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(150);
});
