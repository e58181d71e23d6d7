// Two tabs on a fresh install cannot make two vaults over each other: each checks for a vault again
// inside the transaction that writes its header, so the second to write is refused with plain words,
// and the first tab's vault is the one on the device.
import { expect, type Page, test } from '@playwright/test';
import { cliBackup, entryId, tempDir } from './backup-helpers';
import { addEntry, ARGON_TIMEOUT, entryItem, expectCreateScreen, expectJournal, openApp, passphraseField, unlock } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';

const OTHER_PASSPHRASE = 'MARKER-other-tab-7f3e willow harbour';
const BACKUP_PASSPHRASE = 'MARKER-two-tabs-backup-2b9d copper kettle';
const REFUSED = 'This device already has a vault, made a moment ago in another tab or window.';

async function fillCreate(page: Page, passphrase: string): Promise<void> {
  await openApp(page);
  await expectCreateScreen(page);
  await passphraseField(page).fill(passphrase);
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(passphrase);
}

async function fillRestore(page: Page, file: string, passphrase: string): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'I have a backup', exact: true }).click();
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await page.getByLabel('Passphrase of the backup', { exact: true }).fill(BACKUP_PASSPHRASE);
  await page.getByRole('checkbox', { name: 'Use the backup’s passphrase to open the app on this device' }).uncheck();
  await page.getByLabel('New passphrase for this device', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat new passphrase', { exact: true }).fill(passphrase);
}

/** Presses `name` in both pages at once: straight in the page, so neither waits for the other to be painted. */
async function pressTogether(one: Page, oneButton: string, two: Page, twoButton: string): Promise<void> {
  const press = (page: Page, name: string) =>
    page.evaluate((label) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
      if (!button) throw new Error(`no button ${label}`);
      button.click();
    }, name);
  await Promise.all([press(one, oneButton), press(two, twoButton)]);
}

/** Waits until `page` shows the journal or the refusal; true for the journal. */
async function won(page: Page): Promise<boolean> {
  const journal = page.getByRole('heading', { level: 1, name: 'Journal', exact: true });
  const refused = page.getByRole('alert').filter({ hasText: REFUSED });
  await expect(journal.or(refused)).toBeVisible({ timeout: ARGON_TIMEOUT });
  return journal.isVisible();
}

/** The winner writes an entry; the loser, reloaded, unlocks the winner's vault and finds it. */
async function theWinnersVaultStays(winner: Page, loser: Page, passphrase: string): Promise<void> {
  await expectJournal(winner);
  await addEntry(winner, ENTRY_ONE);
  await loser.reload();
  await unlock(loser, passphrase);
  await expect(entryItem(loser, ENTRY_ONE)).toHaveCount(1);
}

test('two tabs creating a vault at once: one vault is made, the other tab is told and writes nothing', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await fillCreate(one, PASSPHRASE);
  await fillCreate(two, OTHER_PASSPHRASE);
  await pressTogether(one, 'Create vault', two, 'Create vault');
  const results = [await won(one), await won(two)];
  expect(results.filter(Boolean), 'exactly one tab made a vault').toHaveLength(1);
  const [winner, loser, passphrase] = results[0] ? [one, two, PASSPHRASE] : [two, one, OTHER_PASSPHRASE];
  await theWinnersVaultStays(winner, loser, passphrase);
});

test('a restore and a create in two tabs at once: one vault is made, the other tab is told', async ({ context }) => {
  const at = 1_700_000_000_000;
  const file = cliBackup(
    tempDir(),
    [{ id: entryId(1), kind: 'journal', text: 'restored words', createdAt: at, updatedAt: at }],
    BACKUP_PASSPHRASE,
  );
  const one = await context.newPage();
  const two = await context.newPage();
  await fillRestore(one, file, PASSPHRASE);
  await fillCreate(two, OTHER_PASSPHRASE);
  await pressTogether(one, 'Restore backup', two, 'Create vault');
  const results = [await won(one), await won(two)];
  expect(results.filter(Boolean), 'exactly one tab made a vault').toHaveLength(1);
  const [winner, loser, passphrase] = results[0] ? [one, two, PASSPHRASE] : [two, one, OTHER_PASSPHRASE];
  await theWinnersVaultStays(winner, loser, passphrase);
});
