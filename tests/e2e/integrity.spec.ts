// Threat model: someone with the phone's storage (not the passphrase) deletes a record or puts an
// older copy back, straight in IndexedDB. The vault's sealed list of its records (the manifest)
// makes the next unlock say so in plain words, once, before the journal; what is stored is never
// rewritten by the check, and after "I've seen this" the journal opens as usual.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import {
  addEntry,
  changeRecords,
  createVault,
  editEntry,
  entriesList,
  entryItem,
  expectJournal,
  heading,
  lock,
  openApp,
  passphraseField,
  type RecordChange,
  recordBlobs,
  WCAG_TAGS,
} from './helpers';
import { ENTRY_ONE, ENTRY_ONE_EDITED, ENTRY_THREE, ENTRY_TWO, PASSPHRASE } from './markers';

/** Every record (hex), after changing the store as someone with the storage could. */
async function records(page: Page, change?: RecordChange): Promise<Record<string, string>> {
  if (change) await changeRecords(page, change);
  return recordBlobs(page);
}

/** The key `add` made: the one record that is new afterwards (the manifest changes, it is not new). */
async function keyMadeBy(page: Page, add: () => Promise<void>): Promise<string> {
  const before = await records(page);
  await add();
  // The editor's draft is deleted once the entry is saved.
  await expect.poll(async () => Object.keys(await records(page)).filter((k) => !(k in before))).toHaveLength(1);
  const after = await records(page);
  return Object.keys(after).find((k) => !(k in before)) as string;
}

async function unlockTo(page: Page): Promise<void> {
  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

test('a record deleted or put back in storage is reported once after unlock', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  const one = await keyMadeBy(page, () => addEntry(page, ENTRY_ONE));
  await keyMadeBy(page, () => addEntry(page, ENTRY_TWO));
  const three = await keyMadeBy(page, () => addEntry(page, ENTRY_THREE));
  const olderOne = (await records(page))[one] as string;
  await editEntry(page, ENTRY_ONE, ENTRY_ONE_EDITED);
  await lock(page);

  // Behind the app: entry three removed, entry one's older version put back.
  await records(page, { remove: three, put: { key: one, hex: olderOne } });
  const tampered = await records(page);

  await unlockTo(page);
  await expect(heading(page, 'Since you last opened Kintsugi')).toBeFocused({ timeout: 20_000 });
  const gone = page.getByRole('region', { name: 'Records that are gone, though they were not deleted in the app:' });
  await expect(gone.getByRole('listitem')).toHaveText(['Journal entries: 1']);
  const older = page.getByRole('region', { name: /^Records that are not the version you last saved/ });
  await expect(older.getByRole('listitem')).toHaveText(['Journal entries: 1']);
  await expect(page.getByText('The app did not make these changes.')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // The check wrote nothing: what someone changed is kept as it is, for the person to see.
  expect(await records(page)).toEqual(tampered);

  // "Later" shows it again at the next unlock; "I've seen this" does not.
  await page.getByRole('button', { name: 'Later', exact: true }).click();
  await expectJournal(page);
  await lock(page);
  await unlockTo(page);
  await expect(heading(page, 'Since you last opened Kintsugi')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'I’ve seen this', exact: true }).click();
  await expectJournal(page);
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(2);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
  await lock(page);
  await unlockTo(page);
  await expectJournal(page);
  await expect(heading(page, 'Since you last opened Kintsugi')).toHaveCount(0);
});
