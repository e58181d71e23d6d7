// Threat model: someone who swaps stored records. Each record is bound to its id, so
// swapped blobs must not open as the other entry; the journal still opens and shows the
// untouched entry, and the swapped blobs are kept as they are (nothing silently deleted).
import { expect, test } from '@playwright/test';
import { addEntry, createVault, dumpAllStorage, entriesList, expectJournal, lock, openApp, passphraseField } from './helpers';
import { ENTRY_ONE, ENTRY_THREE, ENTRY_TWO, PASSPHRASE } from './markers';

test('swapped record blobs do not open as each other', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  await addEntry(page, ENTRY_THREE);
  await lock(page);

  // Swap the blobs of two records, inside the page, straight in IndexedDB.
  const swapped = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('kintsugi');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const get = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const keys = (await get(store.getAllKeys())) as string[];
    const [a, b] = keys;
    const va = await get(store.get(a));
    const vb = await get(store.get(b));
    store.put(vb, a);
    store.put(va, b);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return { count: keys.length, a, b };
  });
  expect(swapped.count).toBe(3);
  const before = await dumpAllStorage(page);

  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expectJournal(page);
  // Exactly one entry (the untouched one) is readable; the two swapped ones show no text.
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(1);
  const bodyText = await page.locator('body').innerText();
  const visible = [ENTRY_ONE, ENTRY_TWO, ENTRY_THREE].filter((text) => bodyText.includes(text));
  expect(visible, 'entries whose text is shown').toHaveLength(1);

  // Nothing was rewritten or deleted.
  const after = await dumpAllStorage(page);
  const records = (d: typeof before) => d.databases.find((x) => x.name === 'kintsugi')?.stores.find((s) => s.name === 'records')?.records;
  expect(records(after)).toEqual(records(before));
});
