// A passphrase change cut short by closing the page leaves the vault opening with
// one of the two passphrases (the new header is written in one put), and the entries intact.
import { expect, test } from '@playwright/test';
import { addEntry, ARGON_TIMEOUT, createVault, entryItem, expectJournal, openApp, passphraseField } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { goTo } from './safety-helpers';

const NEW_PASSPHRASE = 'MARKER-new-passphrase-9a2c pebble orchard';

test('closing the page during a passphrase change leaves the vault opening with one of the two', async ({ page, context }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await goTo(page, 'Settings');
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Repeat new passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: 'Changing your passphrase' })).toBeVisible();
  await page.close();

  const again = await context.newPage();
  let opened = 0;
  for (const candidate of [PASSPHRASE, NEW_PASSPHRASE]) {
    await openApp(again);
    await passphraseField(again).fill(candidate);
    await again.getByRole('button', { name: 'Unlock', exact: true }).click();
    const journal = again.getByRole('heading', { level: 1, name: 'Journal', exact: true });
    const refused = again.getByRole('alert');
    await expect(journal.or(refused)).toBeVisible({ timeout: ARGON_TIMEOUT });
    if (await journal.isVisible()) {
      opened += 1;
      await expectJournal(again);
      await expect(entryItem(again, ENTRY_ONE)).toHaveCount(1);
    }
  }
  expect(opened, 'exactly one of the two passphrases opens the vault').toBe(1);
});
