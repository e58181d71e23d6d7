// A passphrase change rotates the keys: every record is re-sealed under a new data key and written,
// with the new header, in one IndexedDB transaction. Closing the page at any moment of it leaves the
// whole vault readable under exactly one of the two passphrases; a finished change says that earlier
// backups still open with the old passphrase and offers a new one.
import { expect, type Page, test } from '@playwright/test';
import { cliBackup, entryId, tempDir, type JournalItem } from './backup-helpers';
import { addEntry, ARGON_TIMEOUT, createVault, entryItem, expectJournal, openApp, passphraseField } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { goTo } from './safety-helpers';

const NEW_PASSPHRASE = 'MARKER-new-passphrase-9a2c pebble orchard';
const BACKUP_PASSPHRASE = 'MARKER-seed-backup-5e1d lantern meadow';
/** Enough records that re-sealing and the write take a while, so a close can land inside them. */
const SEEDED = 1500;
const NEWEST = `MARKER-seeded-newest-c41a entry ${SEEDED}`;

function seededEntries(): JournalItem[] {
  return Array.from({ length: SEEDED }, (_, i) => {
    const at = 1_700_000_000_000 + i * 60_000;
    const text = i === SEEDED - 1 ? NEWEST : `seeded entry ${i + 1}: ${'calm words '.repeat(12)}`;
    return { id: entryId(i + 1), kind: 'journal', text, createdAt: at, updatedAt: at };
  });
}

/** A fresh install holding SEEDED journal entries under PASSPHRASE, restored from a CLI-made backup. */
async function seededVault(page: Page, file: string): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'I have a backup', exact: true }).click();
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await page.getByLabel('Passphrase of the backup', { exact: true }).fill(BACKUP_PASSPHRASE);
  await page.getByRole('checkbox', { name: 'Use the backup’s passphrase to open the app on this device' }).uncheck();
  await page.getByLabel('New passphrase for this device', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat new passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore backup', exact: true }).click();
  await expectJournal(page);
}

async function startChange(page: Page): Promise<void> {
  await goTo(page, 'Settings');
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Repeat new passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: 'Changing your passphrase' })).toBeVisible();
}

/** Tries both passphrases on a new page; returns how many open the vault, checking `expected` under each. */
async function passphrasesThatOpen(page: Page, expected: string): Promise<number> {
  let opened = 0;
  const names = new Map([
    [PASSPHRASE, 'the old passphrase'],
    [NEW_PASSPHRASE, 'the new passphrase'],
  ]);
  for (const candidate of [PASSPHRASE, NEW_PASSPHRASE]) {
    await openApp(page);
    await passphraseField(page).fill(candidate);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    const journal = page.getByRole('heading', { level: 1, name: 'Journal', exact: true });
    const refused = page.getByRole('alert');
    // After the other passphrase was refused, the app first shows that failed attempt.
    const notice = page.getByRole('heading', { level: 1, name: 'Since you last opened Kintsugi', exact: true });
    await expect(journal.or(refused).or(notice)).toBeVisible({ timeout: ARGON_TIMEOUT });
    const noticed = await notice.isVisible();
    if (noticed) {
      await expect(page.getByRole('region', { name: 'Someone tried to open it once with a wrong passphrase:' })).toBeVisible();
      await page.getByRole('button', { name: 'I’ve seen this', exact: true }).click();
    }
    if (noticed || (await journal.isVisible())) {
      opened += 1;
      test.info().annotations.push({ type: 'opened with', description: names.get(candidate) ?? '' });
      await expectJournal(page);
      await expect(entryItem(page, expected)).toHaveCount(1);
      // Every record opens under the passphrase that works: none was left under the other key.
      await expect(page.getByText(/could not be opened/)).toHaveCount(0);
    }
  }
  return opened;
}

test('closing the page during a passphrase change leaves the vault opening with one of the two', async ({ page, context }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await startChange(page);
  await page.close();
  expect(await passphrasesThatOpen(await context.newPage(), ENTRY_ONE), 'exactly one of the two passphrases opens the vault').toBe(1);
});

for (const cutAfterMs of [0, 300, 700, 1200]) {
  test(`a change of a ${SEEDED}-record vault cut ${cutAfterMs} ms in leaves all of it under exactly one passphrase`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const file = cliBackup(tempDir(), seededEntries(), BACKUP_PASSPHRASE);
    const context = await browser.newContext();
    const page = await context.newPage();
    await seededVault(page, file);
    await startChange(page);
    await page.waitForTimeout(cutAfterMs);
    await page.close();
    expect(await passphrasesThatOpen(await context.newPage(), NEWEST), 'exactly one of the two passphrases opens the vault').toBe(1);
    await context.close();
  });
}

test(`a full change of a ${SEEDED}-record vault: how long it takes`, async ({ page }) => {
  test.setTimeout(120_000);
  await seededVault(page, cliBackup(tempDir(), seededEntries(), BACKUP_PASSPHRASE));
  const started = Date.now();
  await startChange(page);
  await expect(page.getByText('Passphrase changed.', { exact: false })).toBeVisible({ timeout: 60_000 });
  test
    .info()
    .annotations.push({ type: 'change took', description: `${Date.now() - started} ms for ${SEEDED} records, Argon2id twice included` });
  expect(await passphrasesThatOpen(await page.context().newPage(), NEWEST)).toBe(1);
});

test('a finished change says earlier backups still open with the old passphrase, and offers a new backup', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await startChange(page);
  await expect(page.getByText('Passphrase changed.', { exact: false })).toBeVisible({ timeout: ARGON_TIMEOUT });
  await expect(page.getByText('Backup files you made before still open with the old passphrase.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Make a new backup', exact: true }).click();
  await expect(page.locator('#backup-export-pass')).toBeFocused();
});
