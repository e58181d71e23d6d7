// Erase after wrong passphrases (Settings), off unless chosen: the warnings come first; once on, the
// wrong passphrase that reaches the count in a row erases the database, Cache Storage and the service
// worker, and the page leaves as quick exit does. The choice is the one new thing kept unencrypted.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  ARGON_TIMEOUT,
  addEntry,
  createVault,
  dumpAllStorage,
  lock,
  openApp,
  passphraseField,
  WCAG_TAGS,
  waitForServiceWorkerControl,
} from './helpers';
import { ENTRY_ONE, PASSPHRASE, WRONG_PASSPHRASE } from './markers';
import { DEFAULT_EXIT_URL, fakeSite, goTo } from './safety-helpers';
import { SUBPATH_BASE_URL } from './urls';

test('after the chosen count of wrong passphrases in a row, everything is erased and the page leaves', async ({ page, context }) => {
  test.setTimeout(120_000);
  await fakeSite(page, DEFAULT_EXIT_URL, 'Neutral default');
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await waitForServiceWorkerControl(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await goTo(page, 'Settings');

  const section = page.getByRole('form', { name: 'Erase after wrong passphrases' });
  const never = section.getByRole('radio', { name: 'Never (off)', exact: true });
  await expect(never).toBeChecked();
  await expect(section.getByText(/cannot help you later, for example in court/)).toBeVisible();
  await expect(section.getByText(/kept unencrypted on the phone/)).toBeVisible();
  await section.getByRole('radio', { name: 'After 5 wrong passphrases in a row', exact: true }).check();
  await section.getByRole('button', { name: 'Save this choice', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText('Saved: everything on this device is erased after 5 wrong passphrases in a row.');
  const axe = await new AxeBuilder({ page }).include('[aria-labelledby="erase-after-title"]').withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // Kept as a plain number beside the header, so it works while locked.
  const meta = (await dumpAllStorage(page)).databases[0]?.stores.find((s) => s.name === 'meta')?.records ?? [];
  expect(meta.find((r) => r.key === 'eraseAfter')?.value).toEqual({ kind: 'json', json: '5' });

  await goTo(page, 'Journal');
  await lock(page);
  for (let attempt = 1; attempt <= 4; attempt++) {
    await passphraseField(page).fill(WRONG_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right. Nothing has changed; try again.', {
      timeout: ARGON_TIMEOUT,
    });
  }
  expect((await dumpAllStorage(page)).databases.length, 'four wrong passphrases erase nothing').toBe(1);
  await passphraseField(page).fill(WRONG_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.waitForURL(DEFAULT_EXIT_URL, { timeout: ARGON_TIMEOUT });
  await expect(page).toHaveTitle('Neutral default');

  // The origin, looked at from one of its plain files (which runs no app code): nothing stored.
  const look = await context.newPage();
  await look.goto(`${SUBPATH_BASE_URL}icon.svg`);
  const after = await dumpAllStorage(look);
  expect(after.databases).toEqual([]);
  expect(after.caches).toEqual([]);
  expect(await look.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
