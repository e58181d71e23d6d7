// The journal list's search and filters narrow to the expected entries
// (the worker searches over decrypted data), clearing restores them, and with 10,000 entries
// (restored from a CLI-made backup) the list is virtualised, scrolls to the oldest entry and
// searches. No timings here: those belong to `make bench`.
import { expect, test, type Page } from '@playwright/test';
import { cliBackup, entryId, tempDir, type JournalItem } from './backup-helpers';
import {
  addTrackedEntry,
  createVault,
  entriesList,
  entryItem,
  expectJournal,
  openApp,
  openFilters,
  resultCount,
  searchField,
} from './helpers';
import { PASSPHRASE } from './markers';

test.use({ timezoneId: 'UTC', locale: 'en-US' });

const FLOWERS = 'MARKER-search-flowers-2b7c — flowers and a long apology';
const MONEY = 'MARKER-search-money-91ad — shouting about money again';
const RIVER = 'MARKER-search-river-4e05 — a quiet walk by the river';

async function expectShown(page: Page, texts: string[]): Promise<void> {
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(texts.length);
  for (const text of texts) await expect(entryItem(page, text)).toHaveCount(1);
}

test('search and each filter narrow the journal, and clearing restores it', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addTrackedEntry(page, { text: FLOWERS, when: '2026-01-05T09:30', phase: 'Hoovering', emotion: ['Relief', 4], trigger: 'Apology' });
  await addTrackedEntry(page, { text: MONEY, when: '2026-01-10T20:00', phase: 'Devaluation', emotion: ['Fear', 5], trigger: 'Money' });
  await addTrackedEntry(page, { text: RIVER, when: '2026-01-15T08:00', phase: 'Calm', emotion: ['Joy', 3] });
  await expect(resultCount(page)).toHaveText('3 entries');
  // Newest first, by when it happened.
  const items = entriesList(page).getByRole('listitem');
  await expect(items.nth(0)).toContainText(RIVER);
  await expect(items.nth(2)).toContainText(FLOWERS);

  // Text search: case-insensitive, every word must occur (text or trigger tags).
  await searchField(page).fill('SHOUTING money');
  await expectShown(page, [MONEY]);
  await expect(resultCount(page)).toHaveText('1 of 3 entries matches');
  await searchField(page).fill('apology');
  await expectShown(page, [FLOWERS]);
  await searchField(page).fill('zebra crossing');
  await expect(entriesList(page)).toHaveCount(0);
  await expect(page.getByText(/^Nothing matches these filters\./)).toBeVisible();
  await searchField(page).fill('');
  await expectShown(page, [FLOWERS, MONEY, RIVER]);

  await openFilters(page);
  const phases = page.getByRole('group', { name: 'Phase', exact: true });
  await phases.getByRole('checkbox', { name: 'Calm', exact: true }).check();
  await expectShown(page, [RIVER]);
  await phases.getByRole('checkbox', { name: 'Hoovering', exact: true }).check();
  await expectShown(page, [FLOWERS, RIVER]);
  await expect(page.getByText('Filters (1 on)', { exact: true })).toBeVisible();
  await phases.getByRole('checkbox', { name: 'Calm', exact: true }).uncheck();
  await phases.getByRole('checkbox', { name: 'Hoovering', exact: true }).uncheck();
  await expectShown(page, [FLOWERS, MONEY, RIVER]);

  await page.getByLabel('Feeling', { exact: true }).selectOption({ label: 'Fear' });
  await expectShown(page, [MONEY]);
  await page.getByLabel('Feeling', { exact: true }).selectOption({ label: 'Relief' });
  await page.getByLabel('Rated at least', { exact: true }).selectOption({ label: '4 of 5' });
  await expectShown(page, [FLOWERS]);
  await page.getByLabel('Rated at least', { exact: true }).selectOption({ label: '5 of 5' });
  await expect(entriesList(page)).toHaveCount(0);
  await page.getByLabel('Feeling', { exact: true }).selectOption({ label: 'Any' });
  await expectShown(page, [FLOWERS, MONEY, RIVER]);

  // Triggers come from the suggestions of earlier entries.
  await page.getByLabel('Trigger', { exact: true }).selectOption('Money');
  await expectShown(page, [MONEY]);
  await page.getByLabel('Trigger', { exact: true }).selectOption({ label: 'Any' });

  // Dates are whole days, both ends included.
  await page.getByLabel('From', { exact: true }).fill('2026-01-05');
  await page.getByLabel('To', { exact: true }).fill('2026-01-10');
  await expectShown(page, [FLOWERS, MONEY]);
  await page.getByLabel('From', { exact: true }).fill('2026-01-11');
  await expect(page.getByRole('alert')).toHaveText(/“From” date is after the “To” date/);
  await page.getByLabel('To', { exact: true }).fill('2026-01-31');
  await expectShown(page, [RIVER]);

  // Everything at once, then "Clear filters" brings every entry back and empties the search.
  await searchField(page).fill('quiet');
  await expect(resultCount(page)).toHaveText('1 of 3 entries matches');
  await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
  await expectShown(page, [FLOWERS, MONEY, RIVER]);
  await expect(searchField(page)).toHaveValue('');
  await expect(resultCount(page)).toHaveText('3 entries');

  // A search survives editing an entry, and the list follows the edit.
  await searchField(page).fill('river');
  await expectShown(page, [RIVER]);
  await entryItem(page, RIVER).getByRole('button', { name: /^Edit/ }).click();
  await page.getByLabel('Entry', { exact: true }).fill(`${RIVER} and the sea`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(searchField(page)).toHaveValue('river');
  await expectShown(page, [`${RIVER} and the sea`]);
});

const COUNT = 10_000;
const NEEDLE = 'MARKER-needle-5e2a';
const T0 = Date.UTC(2024, 0, 1);

function scaleEntries(): JournalItem[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const at = T0 + i * 3_600_000;
    const text =
      i === 0 ? 'The oldest entry, written first' : i === 4321 ? `Entry ${i}: ${NEEDLE} in the middle` : `Entry ${i}: an ordinary day`;
    return { id: entryId(i + 1), kind: 'journal', text, createdAt: at, updatedAt: at };
  });
}

test('10,000 entries: a virtualised list that scrolls to the oldest entry and searches', async ({ page }) => {
  test.setTimeout(300_000);
  const dir = tempDir();
  const file = cliBackup(dir, scaleEntries(), PASSPHRASE);
  await openApp(page);
  await page.getByRole('button', { name: 'I have a backup', exact: true }).click();
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await page.getByLabel('Passphrase of the backup', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore backup', exact: true }).click();
  await expectJournal(page);
  await expect(resultCount(page)).toHaveText('10,000 entries', { timeout: 120_000 });

  // Virtualised: the list says 10,000, the page holds a screenful or so of rows.
  const items = entriesList(page).getByRole('listitem');
  await expect(items.first()).toContainText('Entry 9999: an ordinary day');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(COUNT));
  const drawn = await items.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(60);

  // Keyboard: Tab walks from row to row past the rows first drawn (each row: Edit, Delete).
  const firstEdit = entryItem(page, 'Entry 9999:').getByRole('button', { name: /^Edit/ });
  await firstEdit.focus();
  for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/^Edit entry from /);
  await expect(items.filter({ has: focused })).toContainText('Entry 9969: an ordinary day');

  // A focused row stays in the page while the rest scroll away (focus is not lost).
  await page.evaluate(() => window.scrollTo(0, 0));
  await firstEdit.focus();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(items.filter({ hasText: /Entry [3-6]\d{3}:/ }).first()).toBeVisible();
  await expect(firstEdit).toBeFocused();

  // Scrolling to the end reaches the oldest entry (rows are measured as they come, so keep going).
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(entryItem(page, 'The oldest entry, written first')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(entryItem(page, 'The oldest entry, written first')).toHaveAttribute('aria-posinset', String(COUNT));
  expect(await items.count()).toBeLessThan(60);

  // Opening the editor and coming back returns to the same place, focus on the same row.
  const oldestEdit = entryItem(page, 'The oldest entry, written first').getByRole('button', { name: /^Edit/ });
  await oldestEdit.click();
  await expect(page.getByLabel('Entry', { exact: true })).toHaveValue('The oldest entry, written first');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(oldestEdit).toBeFocused();
  await expect(oldestEdit).toBeInViewport();

  await page.evaluate(() => window.scrollTo(0, 0));
  await searchField(page).fill(NEEDLE);
  await expect(resultCount(page)).toHaveText('1 of 10,000 entries matches');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(`Entry 4321: ${NEEDLE} in the middle`);
});
