// Spec 3: after a full session, no store holds the passphrase or any entry text in any
// encoding; positive controls prove the dump really reads the vault's stores.
import { expect, test } from '@playwright/test';
import { addEntry, byteValues, createVault, dumpAllStorage, dumpStrings, editEntry, findLeaks, lock, openApp, unlock } from './helpers';
import { ENTRY_ONE, ENTRY_ONE_EDITED, ENTRY_THREE, ENTRY_TWO, PASSPHRASE } from './markers';

const SECRETS = [
  PASSPHRASE,
  ENTRY_ONE,
  ENTRY_TWO,
  ENTRY_THREE,
  ENTRY_ONE_EDITED,
  // The distinctive markers alone (catches partial or re-encoded copies of the texts).
  'MARKER-passphrase-7f3a',
  'MARKER-entry-one-91c2',
  'MARKER-entry-two-4be0',
  'MARKER-entry-three-c7d5',
  'MARKER-entry-edited-5a61',
  // Non-ASCII fragments of the texts.
  'café at noon ☕',
  'Ausweis, Schlüssel',
];

test('the leak detector finds a secret in each form it claims to check', () => {
  const s = 'MARKER-selftest-2d4e café';
  const utf8 = Buffer.from(s, 'utf8');
  const utf16 = Buffer.from(s, 'utf16le');
  expect(findLeaks([`xx${s}yy`], [s])).toContain(`${JSON.stringify(s)} as raw`);
  expect(findLeaks([`..${utf8.toString('latin1')}..`], [s])).toContain(`${JSON.stringify(s)} as utf-8 bytes`);
  expect(findLeaks([`..${utf16.toString('latin1')}..`], [s])).toContain(`${JSON.stringify(s)} as utf-16le bytes`);
  expect(findLeaks([`00${utf8.toString('hex').toUpperCase()}ff`], [s])).toContain(`${JSON.stringify(s)} as utf-8 hex`);
  expect(findLeaks(['nothing to see'], [s])).toEqual([]);
});

test('storage holds ciphertext only after a full session', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  await addEntry(page, ENTRY_THREE);
  await lock(page);
  await unlock(page, PASSPHRASE);
  await editEntry(page, ENTRY_ONE, ENTRY_ONE_EDITED);

  const dump = await dumpAllStorage(page);

  // Positive controls: the dump reads the vault's database and stores.
  const kintsugi = dump.databases.find((d) => d.name === 'kintsugi');
  expect(kintsugi, 'IndexedDB database "kintsugi" exists').toBeDefined();
  expect(kintsugi!.stores.map((s) => s.name).sort(), 'stores per the contract, nothing else').toEqual(['meta', 'records']);
  const blobs = byteValues(dump);
  const headers = blobs.filter((b) => b.value.latin1.startsWith('KSVH'));
  expect(headers, 'one vault header starting with KSVH').toHaveLength(1);
  expect(headers[0]).toMatchObject({ db: 'kintsugi', store: 'meta', key: 'header' });
  expect(headers[0].value.hex.slice(8, 12), 'header version u16 BE 2').toBe('0002');
  // Two key slots, whether or not the second is in use: the same 400 bytes for every vault.
  expect(headers[0].value.length, 'a version-2 header of 400 bytes').toBe(400);
  const records = kintsugi!.stores.find((s) => s.name === 'records')!.records;
  expect(records, 'three live records (one edited in place) and the vault manifest').toHaveLength(4);
  for (const r of records) {
    expect(r.key, 'record key is a random 32-hex id').toMatch(/^[0-9a-f]{32}$/);
    expect(r.value.kind, `record ${r.key} is stored as bytes`).toBe('bytes');
    if (r.value.kind === 'bytes') {
      expect(r.value.latin1.slice(0, 4), `record ${r.key} starts with KSRC`).toBe('KSRC');
      expect(r.value.hex.slice(8, 12), 'record version u16 BE 1').toBe('0001');
      // Nonce (24 B) + tag (16 B) + padded plaintext: a record is larger than its text.
      expect(r.value.length).toBeGreaterThan(4 + 2 + 24 + 16);
    }
  }
  for (const meta of kintsugi!.stores.find((s) => s.name === 'meta')!.records) {
    expect(meta.key, 'meta holds only the header').toBe('header');
  }

  // No secret in any store, in any form.
  const leaks = findLeaks(dumpStrings(dump), SECRETS);
  expect(leaks, 'secrets found in storage').toEqual([]);

  // No plaintext record JSON in IndexedDB / web storage (cached app code may name these).
  const stored = dumpStrings(dump, { caches: false }).join('\n');
  for (const field of ['"createdAt"', '"updatedAt"', '"kind"', '"journal"']) {
    expect(stored.includes(field), `plaintext field ${field} in storage`).toBe(false);
  }
});
