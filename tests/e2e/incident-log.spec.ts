// The incident log. Incidents with set dates, an edit that keeps the earlier
// version, reload and unlock, the export document with each hash and the chain verified, the
// whole log deleted only after a typed confirmation, and nothing readable at rest. Also the
// kept walk-away checks: listed, and deleted after a confirmation.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createVault, dumpAllStorage, dumpStrings, expectRevealed, findLeaks, heading, openApp, reloadAndUnlock } from './helpers';
import { PASSPHRASE } from './markers';
import { goTo } from './safety-helpers';

const FIRST = { when: '2026-11-10T21:30', place: 'MARKER-incident-kitchen-3e1a', what: 'MARKER-incident-said-worthless-77b2' };
const SECOND = { when: '2026-11-14T08:05', place: 'MARKER-incident-car-park-91d0', what: 'MARKER-incident-grabbed-arm-c4f8' };
const INJURY = 'MARKER-incident-bruise-left-arm-0a5e';

async function openLog(page: Page): Promise<void> {
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'Incident log: write down what happened', exact: true }).click();
  await expect(heading(page, 'Incident log')).toBeVisible();
}

async function addIncident(page: Page, incident: typeof FIRST): Promise<void> {
  await page.getByRole('button', { name: 'Add an incident', exact: true }).click();
  await expect(heading(page, 'A new incident')).toBeFocused();
  await page.getByLabel('When did it happen?', { exact: true }).fill(incident.when);
  await page.getByLabel('Where did it happen?', { exact: true }).fill(incident.place);
  await page.getByLabel('What did they do and say?', { exact: true }).fill(incident.what);
  await page.getByLabel('How did you feel?', { exact: true }).fill('scared');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved and sealed into the log.' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the log', exact: true }).click();
}

function listedPlaces(page: Page) {
  return page.locator('.incident-list .incident-place');
}

test('incidents are kept in a verified chain; an edit keeps the earlier version; nothing plain at rest', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openLog(page);
  await expect(page.getByText('Nothing written yet.', { exact: false })).toBeVisible();

  await addIncident(page, FIRST);
  await addIncident(page, SECOND);
  // Newest first, by when it happened.
  await expect(listedPlaces(page)).toHaveText([SECOND.place, FIRST.place]);

  // Edit the first: a new version; the list shows it, the history keeps the old one.
  await page.locator('.incident-item', { hasText: FIRST.place }).click();
  await expect(heading(page, 'Incident')).toBeFocused();
  await page.getByRole('button', { name: 'Change this incident', exact: true }).click();
  await expect(heading(page, 'Change this incident')).toBeFocused();
  await expect(page.getByLabel('Where did it happen?', { exact: true })).toHaveValue(FIRST.place);
  await page.getByLabel('Injuries', { exact: true }).fill(INJURY);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.incident-current')).toContainText(INJURY);
  const history = page.getByRole('region', { name: 'Earlier versions' });
  await expect(history.locator('details')).toHaveCount(1);
  await history.locator('summary').click();
  await expect(history).toContainText(FIRST.what);
  await expect(history).not.toContainText(INJURY);

  await reloadAndUnlock(page, PASSPHRASE);
  await openLog(page);
  await expect(listedPlaces(page)).toHaveText([SECOND.place, FIRST.place]);
  await expect(page.locator('.incident-item', { hasText: FIRST.place })).toContainText('edited');
  await expect(page.locator('.incident-check')).toContainText('Verified: all 3 entries');

  // The export warns first, then lists every version with its hash and the verified chain.
  await page.getByRole('button', { name: 'Show the log to print or save', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toContainText('This will not be protected');
  await expectRevealed(page.getByRole('alertdialog'));
  await page.getByRole('button', { name: 'I understand, show it', exact: true }).click();
  const doc = page.locator('.incident-document');
  await expect(doc.locator('.incident-verdict')).toHaveText('Verified');
  await expect(doc.locator('.incident-doc-entry')).toHaveCount(3);
  const hashes = await doc.locator('.incident-doc-entry dd.incident-hash').allTextContents();
  // Each entry: its own hash and the one before it; the edit also names the version it replaces.
  expect(hashes).toHaveLength(7);
  for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/);
  // [hash 1, prev 1 (zeros), hash 2, prev 2, hash 3, prev 3, replaces 3]: each links to the one before.
  expect(hashes[1]).toBe('0'.repeat(64));
  expect([hashes[3], hashes[5], hashes[6]]).toEqual([hashes[0], hashes[2], hashes[0]]);
  await expect(doc).toContainText(`Hash of the newest entry: ${hashes[4]}`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as text file', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('incident-log.txt');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain('Check: Verified');
  for (const h of new Set(hashes)) expect(text).toContain(h);
  expect(text).toContain(INJURY);

  const secrets = [FIRST.place, FIRST.what, SECOND.place, SECOND.what, INJURY];
  expect(findLeaks(dumpStrings(await dumpAllStorage(page)), secrets)).toEqual([]);
});

test('the whole log is deleted only after typing the word', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openLog(page);
  await addIncident(page, FIRST);
  await page.getByRole('button', { name: 'Delete the whole incident log', exact: true }).click();
  await expectRevealed(page.getByRole('alertdialog'));
  const confirm = page.getByRole('button', { name: 'Delete the whole log', exact: true });
  await expect(confirm).toBeDisabled();
  await page.getByLabel('To confirm, type the word delete', { exact: true }).fill('delete');
  await confirm.click();
  await expect(page.getByRole('status').filter({ hasText: 'The incident log has been deleted.' })).toBeVisible();
  await expect(listedPlaces(page)).toHaveCount(0);
  await reloadAndUnlock(page, PASSPHRASE);
  await openLog(page);
  await expect(page.getByText('Nothing written yet.', { exact: false })).toBeVisible();
});

test('kept walk-away answers are listed and can be deleted', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'When to walk away: a short check', exact: true }).click();
  const kept = page.getByRole('region', { name: 'Answers you kept' });
  await expect(kept).toContainText('No answers kept.');
  await page.getByLabel('They twist what happened until you doubt your own memory.', { exact: true }).check();
  await page.getByRole('button', { name: 'See what my answers suggest', exact: true }).click();
  await page.getByRole('button', { name: 'Save my answers', exact: true }).click();
  await expect(kept.locator('li')).toHaveCount(1);
  await expect(kept).toContainText('These are signs of abuse');
  await expect(kept).toContainText('1 answer was “yes”');

  await kept.getByRole('button', { name: /^Delete the answers from / }).click();
  await kept.getByRole('button', { name: 'Yes, delete them', exact: true }).click();
  await expect(kept).toContainText('No answers kept.');
  await reloadAndUnlock(page, PASSPHRASE);
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'When to walk away: a short check', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Answers you kept' })).toContainText('No answers kept.');
});
