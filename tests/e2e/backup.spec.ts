// A backup made in the browser opens with the offline CLI; a CLI-made backup restores on a
// fresh install and merges into an open vault with counts; the storage never holds plaintext.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  cliBackup,
  cliDecryptJournal,
  entryId,
  exportInBrowser,
  runCli,
  passphraseFile,
  startMerge,
  tempDir,
  type JournalItem,
} from './backup-helpers';
import {
  addEntry,
  ARGON_TIMEOUT,
  createVault,
  dumpAllStorage,
  dumpStrings,
  entryItem,
  expectJournal,
  findLeaks,
  lock,
  openApp,
  unlock,
} from './helpers';
import { ENTRY_ONE, ENTRY_THREE, ENTRY_TWO, PASSPHRASE } from './markers';
import { goTo } from './safety-helpers';

const BACKUP_PASSPHRASE = 'MARKER-backup-passphrase-61d0 willow ferry';
const CLI_ONE = 'MARKER-cli-entry-a3f1 — written before the phone was lost';
const CLI_TWO = 'MARKER-cli-entry-77b2 — the safety plan lives in my bag now';

test('a backup made in the browser verifies and decrypts with the CLI, and merges back with counts', async ({ page }) => {
  const dir = tempDir();
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  // Entries and no backup yet: the journal reminds gently, and its button leads to Settings.
  const reminder = page.getByText('You have not made a backup yet.', { exact: false });
  await expect(reminder).toBeVisible();
  const { file, name } = await exportInBrowser(page, dir, BACKUP_PASSPHRASE);
  expect(name).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.kbak$/);
  await expect(page.getByRole('button', { name: 'Save the file', exact: true })).toBeVisible();

  const verify = runCli(['backup', 'verify', file, '--passphrase-file', passphraseFile(dir, BACKUP_PASSPHRASE)]);
  expect(verify.code, verify.stderr).toBe(0);
  const wrong = runCli(['backup', 'verify', file, '--passphrase-file', passphraseFile(dir, PASSPHRASE)]);
  expect(wrong.code, 'the vault passphrase does not open a backup made with another').toBe(3);
  const journal = cliDecryptJournal(dir, file, BACKUP_PASSPHRASE);
  expect(journal.map((e) => e.text).sort()).toEqual([ENTRY_ONE, ENTRY_TWO].sort());

  // Edit one entry off the phone (newer), add one, and merge that back: 1 added, 1 updated, 1 copy.
  const edited = journal.find((e) => e.text === ENTRY_ONE)!;
  const changed: JournalItem[] = [
    { ...edited, text: ENTRY_THREE, updatedAt: edited.updatedAt + 1000 },
    ...journal.filter((e) => e !== edited),
    { id: entryId(7), kind: 'journal', text: CLI_ONE, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 },
  ];
  const back = cliBackup(dir, changed, BACKUP_PASSPHRASE);
  await startMerge(page, back, BACKUP_PASSPHRASE);
  await expect(page.getByText('Done: 1 added, 1 updated, 1 kept as a copy.')).toBeVisible({ timeout: ARGON_TIMEOUT });
  await goTo(page, 'Journal');
  for (const text of [ENTRY_ONE, ENTRY_TWO, ENTRY_THREE, CLI_ONE]) await expect(entryItem(page, text)).toHaveCount(1);
  await expect(reminder, 'a backup was just made').toHaveCount(0);

  // No plaintext anywhere in storage after export + restore.
  const leaks = findLeaks(dumpStrings(await dumpAllStorage(page)), [
    PASSPHRASE,
    BACKUP_PASSPHRASE,
    'MARKER-entry-one-91c2',
    'MARKER-entry-two-4be0',
    'MARKER-entry-three-c7d5',
    'MARKER-cli-entry-a3f1',
    'MARKER-backup-passphrase-61d0',
  ]);
  expect(leaks).toEqual([]);
});

test('a CLI-made backup restores on a fresh install via "I have a backup"', async ({ page }) => {
  const dir = tempDir();
  const file = cliBackup(
    dir,
    [
      { id: entryId(1), kind: 'journal', text: CLI_ONE, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 },
      { id: entryId(2), kind: 'journal', text: CLI_TWO, createdAt: 1_700_000_100_000, updatedAt: 1_700_000_100_000 },
    ],
    BACKUP_PASSPHRASE,
  );
  await openApp(page);
  await page.getByRole('button', { name: 'I have a backup', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Restore a backup' })).toBeFocused();
  // No file yet: a plain message, nothing stored.
  await page.getByRole('button', { name: 'Restore backup', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose a backup file first.');
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await page.getByLabel('Passphrase of the backup', { exact: true }).fill(BACKUP_PASSPHRASE);
  await page.getByRole('checkbox', { name: 'Use the backup’s passphrase to open the app on this device' }).uncheck();
  await page.getByLabel('New passphrase for this device', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat new passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore backup', exact: true }).click();
  await expectJournal(page);
  await expect(entryItem(page, CLI_ONE)).toHaveCount(1);
  await expect(entryItem(page, CLI_TWO)).toHaveCount(1);

  // The vault opens with the new device passphrase, not the backup's.
  await lock(page);
  await unlock(page, PASSPHRASE);
  await expect(entryItem(page, CLI_TWO)).toHaveCount(1);
  const leaks = findLeaks(dumpStrings(await dumpAllStorage(page)), [
    PASSPHRASE,
    BACKUP_PASSPHRASE,
    'MARKER-cli-entry-a3f1',
    'MARKER-cli-entry-77b2',
  ]);
  expect(leaks).toEqual([]);
  // The backup file itself holds no plaintext either.
  expect(findLeaks([readFileSync(file).toString('latin1')], [BACKUP_PASSPHRASE, 'MARKER-cli-entry-a3f1'])).toEqual([]);
});
