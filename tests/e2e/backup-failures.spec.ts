// A restore that fails for any reason (wrong passphrase, damaged, truncated, newer, not a backup,
// too expensive to open) or is cut short by closing the page leaves the stored vault exactly as it was.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cliBackup, entryId, startMerge, tempDir, vaultSnapshot, type JournalItem } from './backup-helpers';
import { addEntry, ARGON_TIMEOUT, createVault, entriesList, entryItem, openApp, unlock } from './helpers';
import { ENTRY_ONE, ENTRY_TWO, PASSPHRASE, WRONG_PASSPHRASE } from './markers';
import { goTo } from './safety-helpers';

const BACKUP_PASSPHRASE = 'MARKER-backup-passphrase-61d0 willow ferry';
/** A real v1 backup whose header asks Argon2 for 4 TiB (checksum fixed; core test `too_expensive.rs`). */
const TOO_EXPENSIVE = path.resolve(import.meta.dirname, '..', '..', 'crates', 'model', 'tests', 'vectors', 'too-expensive-v1.kbak');
const TOO_EXPENSIVE_MESSAGE =
  'Opening this backup would need more memory or time than this app allows, so it was not opened. Nothing has changed.';

/** A vault with two entries, open on Settings; returns the storage snapshot to compare against. */
async function vaultOfTwoInSettings(page: Page): Promise<string> {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  await goTo(page, 'Settings');
  return vaultSnapshot(page);
}

function entries(count: number, textLength: number): JournalItem[] {
  return Array.from({ length: count }, (_, i) => ({
    id: entryId(i + 1),
    kind: 'journal' as const,
    text: `MARKER-bulk-${i} ${'w'.repeat(textLength)}`,
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
  }));
}

test('wrong passphrase, damaged, truncated and foreign files each say so and change nothing', async ({ page }) => {
  const dir = tempDir();
  const good = readFileSync(cliBackup(dir, entries(40, 3000), BACKUP_PASSPHRASE));
  const damaged = Buffer.from(good);
  damaged[good.length - 200] ^= 0x01;
  // Version 2 in the header: made by a newer app (docs/backup-format.md, reader check 2).
  const newer = Buffer.from(good);
  newer.writeUInt16BE(2, 4);
  const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/octet-stream', buffer });

  const before = await vaultOfTwoInSettings(page);

  const cases: [string, ReturnType<typeof file>, string, string][] = [
    [
      'wrong passphrase',
      file('a.kbak', good),
      WRONG_PASSPHRASE,
      'That is not the passphrase of this backup. Nothing has changed; try again.',
    ],
    ['damaged', file('b.kbak', damaged), BACKUP_PASSPHRASE, 'This backup file is damaged, so it cannot be restored. Nothing has changed.'],
    [
      'truncated',
      file('c.kbak', good.subarray(0, good.length - 70_000)),
      BACKUP_PASSPHRASE,
      'This backup file is incomplete (it may not have finished copying). Nothing has changed.',
    ],
    [
      'newer version',
      file('e.kbak', newer),
      BACKUP_PASSPHRASE,
      'This backup was made by a newer version of the app. Update the app, then try again. Nothing has changed.',
    ],
    ['too expensive', file('f.kbak', readFileSync(TOO_EXPENSIVE)), BACKUP_PASSPHRASE, TOO_EXPENSIVE_MESSAGE],
    [
      'not a backup',
      file('d.txt', Buffer.from('Shopping: milk, bread, a new phone charger. '.repeat(20))),
      BACKUP_PASSPHRASE,
      'This file is not a Kintsugi backup. Nothing has changed.',
    ],
  ];
  for (const [what, input, passphrase, message] of cases) {
    await startMerge(page, input, passphrase);
    await expect(page.getByRole('alert'), what).toHaveText(message, { timeout: ARGON_TIMEOUT });
    expect(await vaultSnapshot(page), `${what}: the vault's storage is unchanged`).toBe(before);
  }
  await goTo(page, 'Journal');
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(2);
});

test('closing the page while a restore is verifying leaves the old vault intact', async ({ page, context }) => {
  const dir = tempDir();
  // A large backup with the full-strength key settings, so verifying takes a while.
  const big = cliBackup(dir, entries(4000, 4000), BACKUP_PASSPHRASE, true);

  const before = await vaultOfTwoInSettings(page);
  await startMerge(page, big, BACKUP_PASSPHRASE);
  await expect(page.getByRole('progressbar', { name: 'Restoring from the backup' })).toBeVisible();
  await expect(page.getByText(/^Checking the backup file: \d+%…$/)).toBeVisible();
  await page.close();

  const again = await context.newPage();
  await openApp(again);
  await unlock(again, PASSPHRASE);
  await expect(entriesList(again).getByRole('listitem')).toHaveCount(2);
  await expect(entryItem(again, ENTRY_ONE)).toHaveCount(1);
  await expect(entryItem(again, ENTRY_TWO)).toHaveCount(1);
  expect(await vaultSnapshot(again)).toBe(before);
});

test('a backup too expensive to open says so on the fresh-install restore screen and stores nothing', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'I have a backup', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Restore a backup' })).toBeFocused();
  const before = await vaultSnapshot(page);
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(TOO_EXPENSIVE);
  await page.getByLabel('Passphrase of the backup', { exact: true }).fill(BACKUP_PASSPHRASE);
  await page.getByRole('button', { name: 'Restore backup', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(TOO_EXPENSIVE_MESSAGE, { timeout: ARGON_TIMEOUT });
  await expect(page.getByRole('heading', { level: 1, name: 'Restore a backup' })).toBeVisible();
  expect(await vaultSnapshot(page), 'no vault and no record was stored').toBe(before);
  // Still a fresh install: the app offers to create a vault.
  await page.reload();
  await expect(page.getByRole('button', { name: 'I have a backup', exact: true })).toBeVisible();
});
