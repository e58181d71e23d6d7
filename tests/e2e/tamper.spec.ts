// Threat model: someone who swaps stored records. Each record is bound to its id, so
// swapped blobs must not open as the other entry; the unlock says two journal entries are
// damaged, the journal still opens and shows the untouched entry, and the swapped blobs are kept
// as they are (nothing silently deleted).
import { expect, test } from '@playwright/test';
import {
  addEntry,
  createVault,
  dumpAllStorage,
  entriesList,
  expectJournal,
  lock,
  openApp,
  passphraseField,
  recordBlobs,
  changeRecords,
} from './helpers';
import { ENTRY_ONE, ENTRY_THREE, ENTRY_TWO, PASSPHRASE } from './markers';

test('swapped record blobs do not open as each other', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  // The vault's manifest is the one record every save rewrites: it is left alone here.
  const keysBefore = await recordBlobs(page);
  await addEntry(page, ENTRY_THREE);
  await lock(page);
  const keysAfter = await recordBlobs(page);
  const rewritten = Object.keys(keysBefore).filter((k) => k in keysAfter && keysAfter[k] !== keysBefore[k]);
  expect(rewritten).toHaveLength(1);
  const manifest = rewritten[0] as string;

  // Swap the blobs of two entries, inside the page, straight in IndexedDB.
  const keys = Object.keys(keysAfter);
  const [a, b] = keys.filter((k) => k !== manifest) as [string, string];
  await changeRecords(page, { put: { key: a, hex: keysAfter[b] as string } });
  await changeRecords(page, { put: { key: b, hex: keysAfter[a] as string } });
  const swapped = { count: keys.length };
  expect(swapped.count).toBe(4);
  const before = await dumpAllStorage(page);

  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const damaged = page.getByRole('region', { name: /^Records that are damaged/ });
  await expect(damaged.getByRole('listitem')).toHaveText(['Journal entries: 2'], { timeout: 20_000 });
  await page.getByRole('button', { name: 'I’ve seen this', exact: true }).click();
  await expectJournal(page);
  // Exactly one entry (the untouched one) is readable; the two swapped ones show no text.
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(1);
  const bodyText = await page.locator('body').innerText();
  const visible = [ENTRY_ONE, ENTRY_TWO, ENTRY_THREE].filter((text) => bodyText.includes(text));
  expect(visible, 'entries whose text is shown').toHaveLength(1);

  const after = await dumpAllStorage(page);
  // Nothing was rewritten or deleted but the manifest, which "I've seen this" brought up to date.
  const records = (d: typeof before) =>
    d.databases
      .find((x) => x.name === 'kintsugi')
      ?.stores.find((s) => s.name === 'records')
      ?.records.filter((r) => r.key !== manifest);
  expect(records(after)).toHaveLength(3);
  expect(records(after)).toEqual(records(before));
});
