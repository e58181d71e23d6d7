// Settings and contacts are stored like entries: ciphertext under random ids, so no
// store reveals a settings value, a contact's name or number, or even that they exist.
import { expect, test } from '@playwright/test';
import { addEntry, byteValues, createVault, dumpAllStorage, dumpStrings, findLeaks, lock, openApp, unlock } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { goTo, saveSettings } from './safety-helpers';

const EXIT_URL = 'https://marker-exit-3b7e.example/MARKER-exit-path-90ad';
const CONTACT_NAME = 'MARKER-contact-name-d4e2 Neighbour Jo';
const CONTACT_NUMBER = '+1 (555) 014-7392';
const CONTACT_NOTE = 'MARKER-contact-note-71f0 knows the code word';

test('settings and contacts leave no plaintext in any store', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await goTo(page, 'Settings');
  await saveSettings(page, { minutes: '17', grace: '123', url: EXIT_URL, region: 'Australia' });
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'Add contact', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).fill(CONTACT_NAME);
  await page.getByLabel('Phone number', { exact: true }).fill(CONTACT_NUMBER);
  await page.getByLabel('Note (optional)', { exact: true }).fill(CONTACT_NOTE);
  await page.getByRole('button', { name: 'Save contact', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact saved.' })).toBeVisible();
  await lock(page);
  await unlock(page, PASSPHRASE);

  const dump = await dumpAllStorage(page);
  const kintsugi = dump.databases.find((d) => d.name === 'kintsugi');
  expect(kintsugi?.stores.map((s) => s.name).sort()).toEqual(['meta', 'records']);
  // Positive control: entry, settings, contact and the vault's manifest (its sealed list of
  // records) are four sealed records under random-looking ids.
  const records = kintsugi?.stores.find((s) => s.name === 'records')?.records ?? [];
  expect(records).toHaveLength(4);
  for (const r of records) {
    expect(r.key).toMatch(/^[0-9a-f]{32}$/);
    expect(r.value.kind === 'bytes' && r.value.latin1.startsWith('KSRC')).toBe(true);
  }
  expect(kintsugi?.stores.find((s) => s.name === 'meta')?.records.map((r) => r.key)).toEqual(['header']);
  expect(byteValues(dump).length).toBe(5);

  const secrets = [
    EXIT_URL,
    'marker-exit-3b7e',
    'MARKER-exit-path-90ad',
    CONTACT_NAME,
    'MARKER-contact-name-d4e2',
    CONTACT_NUMBER,
    '5550147392',
    '014-7392',
    CONTACT_NOTE,
    'MARKER-contact-note-71f0',
  ];
  expect(findLeaks(dumpStrings(dump), secrets), 'secrets found in storage').toEqual([]);
  const stored = dumpStrings(dump, { caches: false }).join('\n');
  for (const field of ['"settings"', '"contact"', 'quickExitUrl', 'autoLockMinutes', 'hiddenGraceSeconds', 'crisisRegion']) {
    expect(stored.includes(field), `plaintext ${field} in storage`).toBe(false);
  }
});
