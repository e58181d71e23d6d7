// Threat model: someone makes the person open the app. A second passphrase, set in Settings, opens
// a separate vault that looks and works like a real one: its own journal and settings, no word of
// the first vault's records (no "could not be opened", no notice), and Settings that read as in a
// vault with no second passphrase. From storage alone, a device with one has the same shape as a
// device without: the same stores and keys, a header of the same size, records of the same sizes.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import {
  ARGON_TIMEOUT,
  addEntry,
  createVault,
  dumpAllStorage,
  dumpStrings,
  entriesList,
  entryItem,
  expectJournal,
  findLeaks,
  heading,
  lock,
  openApp,
  type StorageDump,
  unlock,
  WCAG_TAGS,
} from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { goTo } from './safety-helpers';

const SECOND = 'MARKER-second-passphrase-3d8e quiet orchard';
const ORDINARY = 'MARKER-ordinary-entry-a41f — slept badly, long day at work';

function section(page: Page) {
  return page.getByRole('region', { name: 'A second passphrase' });
}

/** In Settings: sets the second passphrase and waits until it is. */
async function setSecond(page: Page, passphrase: string): Promise<void> {
  const second = section(page);
  await second.getByLabel('Second passphrase', { exact: true }).fill(passphrase);
  await second.getByLabel('Repeat second passphrase', { exact: true }).fill(passphrase);
  await second.getByRole('button', { name: 'Set second passphrase', exact: true }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Second passphrase set.' })).toBeVisible({ timeout: ARGON_TIMEOUT });
}

/** What storage alone shows: each store's keys (record ids replaced by their shape) and value sizes. */
function shape(dump: StorageDump) {
  return dump.databases.map((db) => ({
    name: db.name,
    version: db.version,
    stores: db.stores.map((store) => ({
      name: store.name,
      records: store.records
        .map((r) => ({
          key: store.name === 'records' ? (/^[0-9a-f]{32}$/.test(r.key) ? 'a random id' : r.key) : r.key,
          length: r.value.kind === 'bytes' ? r.value.length : -1,
        }))
        .sort((a, b) => a.key.localeCompare(b.key) || a.length - b.length),
    })),
  }));
}

test('a second passphrase opens a separate vault that never shows the first', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await goTo(page, 'Settings');
  const second = section(page);
  // Before it is set: what it does and does not promise, and how to make it believable.
  await expect(second.getByText('It cannot hide that Kintsugi is on this phone.', { exact: false })).toBeVisible();
  await expect(second.getByText(/write something ordinary but true/)).toBeVisible();
  // A second passphrase that opens this vault is refused, and says so.
  await second.getByLabel('Second passphrase', { exact: true }).fill(PASSPHRASE);
  await second.getByLabel('Repeat second passphrase', { exact: true }).fill(PASSPHRASE);
  await second.getByRole('button', { name: 'Set second passphrase', exact: true }).click();
  await expect(second.getByRole('alert')).toHaveText('The second passphrase must be different from your passphrase. Nothing has changed.', {
    timeout: ARGON_TIMEOUT,
  });
  await setSecond(page, SECOND);
  await expect(second.getByText(/A second passphrase is set on this device/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('[aria-labelledby="second-title"]').withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await second.getByRole('button', { name: 'Lock now', exact: true }).click();

  // The second passphrase: an empty journal, nothing reported about the first vault's records.
  await unlock(page, SECOND);
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(0);
  await expect(page.getByText(/could not be opened/)).toHaveCount(0);
  await expect(page.getByText(ENTRY_ONE)).toHaveCount(0);
  await addEntry(page, ORDINARY);
  // Its Settings read as in a vault with no second passphrase; setting one here is refused, as it
  // would make the first vault unreadable.
  await goTo(page, 'Settings');
  await expect(section(page).getByText(/A second passphrase is set/)).toHaveCount(0);
  await expect(section(page).getByRole('button', { name: 'Set second passphrase', exact: true })).toBeVisible();
  await section(page).getByLabel('Second passphrase', { exact: true }).fill('MARKER-third-passphrase-77aa plain words');
  await section(page).getByLabel('Repeat second passphrase', { exact: true }).fill('MARKER-third-passphrase-77aa plain words');
  await section(page).getByRole('button', { name: 'Set second passphrase', exact: true }).click();
  await expect(section(page).getByRole('alert')).toHaveText('A second passphrase can’t be set on this device. Nothing has changed.', {
    timeout: ARGON_TIMEOUT,
  });
  await goTo(page, 'Journal');
  await lock(page);

  // The person's own passphrase: their journal as it was, no notice, nothing unreadable.
  await unlock(page, PASSPHRASE);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText(/could not be opened/)).toHaveCount(0);
  // No word of either vault, nor of either passphrase, is stored in the clear.
  const leaks = findLeaks(dumpStrings(await dumpAllStorage(page), { caches: false }), [ENTRY_ONE, ORDINARY, PASSPHRASE, SECOND]);
  expect(leaks).toEqual([]);

  // Removing it deletes the vault it opened: the second passphrase then opens nothing.
  await goTo(page, 'Settings');
  await section(page).getByRole('button', { name: 'Remove the second passphrase', exact: true }).click();
  // It asks for the second passphrase, so exactly that journal's records are deleted.
  await section(page).getByLabel('Type the second passphrase to remove it', { exact: true }).fill(PASSPHRASE);
  await section(page).getByRole('button', { name: 'Remove it and delete that journal', exact: true }).click();
  await expect(section(page).getByRole('alert')).toHaveText('That is not the second passphrase. Nothing has changed.', {
    timeout: ARGON_TIMEOUT,
  });
  await section(page).getByLabel('Type the second passphrase to remove it', { exact: true }).fill(SECOND);
  await section(page).getByRole('button', { name: 'Remove it and delete that journal', exact: true }).click();
  await expect(section(page).getByRole('status').filter({ hasText: 'Second passphrase removed.' })).toBeVisible({ timeout: ARGON_TIMEOUT });
  await goTo(page, 'Journal');
  await lock(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(SECOND);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('passphrase', { timeout: ARGON_TIMEOUT });
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(heading(page, 'Since you last opened Kintsugi')).toBeVisible({ timeout: ARGON_TIMEOUT });
  await page.getByRole('button', { name: 'I’ve seen this', exact: true }).click();
  await expectJournal(page);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
});

test('from storage alone, a device with a second passphrase has the same shape as one without', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // With: the person's vault and the second one, each holding its settings and its list of records.
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await goTo(page, 'Settings');
  await setSecond(page, SECOND);
  await goTo(page, 'Journal');
  await lock(page);
  await unlock(page, SECOND);
  await lock(page);
  const withSecond = shape(await dumpAllStorage(page));

  // Without: one vault holding as many records (two entries, its settings, its list). Each vault's
  // list grows with what it lists, so the two devices hold few enough that every record, entries,
  // settings and lists alike, is of the smallest padded size.
  const context = await browser.newContext();
  const other = await context.newPage();
  await openApp(other);
  await createVault(other, PASSPHRASE);
  await addEntry(other, ENTRY_ONE);
  await addEntry(other, ORDINARY);
  await goTo(other, 'Settings');
  await other.getByRole('button', { name: 'Save settings', exact: true }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await goTo(other, 'Journal');
  await lock(other);
  const without = shape(await dumpAllStorage(other));
  await context.close();

  const records = withSecond[0]?.stores.find((s) => s.name === 'records')?.records ?? [];
  expect(records, 'two vaults, two records each').toHaveLength(4);
  expect(withSecond).toEqual(without);
});
