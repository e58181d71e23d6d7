// Spec 1: entries persist through reload + unlock; edit and delete (in-app confirm) persist.
import { expect, test } from '@playwright/test';
import { addEntry, createVault, deleteEntry, editEntry, entriesList, entryItem, openApp, reloadAndUnlock } from './helpers';
import { ENTRY_ONE, ENTRY_ONE_EDITED, ENTRY_TWO, PASSPHRASE } from './markers';

test('entries survive reload and unlock; edit and delete persist', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await expect(page.getByText(/No entries yet/)).toBeVisible();

  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  await expect(page.getByText(/No entries yet/)).toHaveCount(0);

  await reloadAndUnlock(page, PASSPHRASE);
  const items = entriesList(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  // Newest first, each showing its full text.
  await expect(items.nth(0)).toContainText(ENTRY_TWO);
  await expect(items.nth(1)).toContainText(ENTRY_ONE);

  // Each entry's buttons name the entry by its date (contract: "Edit entry from <date>").
  await expect(items.nth(0).getByRole('button', { name: /^Edit entry from \S/ })).toHaveCount(1);
  await expect(items.nth(0).getByRole('button', { name: /^Delete entry from \S/ })).toHaveCount(1);

  // "Keep it" cancels a delete.
  await entryItem(page, ENTRY_TWO)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await page.getByRole('button', { name: 'Keep it', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete', exact: true })).toHaveCount(0);
  await expect(entryItem(page, ENTRY_TWO)).toHaveCount(1);

  await deleteEntry(page, ENTRY_TWO);
  await editEntry(page, ENTRY_ONE, ENTRY_ONE_EDITED);
  await expect(items).toHaveCount(1);

  await reloadAndUnlock(page, PASSPHRASE);
  await expect(items).toHaveCount(1);
  await expect(entryItem(page, ENTRY_ONE_EDITED)).toHaveCount(1);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(0);
  await expect(entryItem(page, ENTRY_TWO)).toHaveCount(0);
});
