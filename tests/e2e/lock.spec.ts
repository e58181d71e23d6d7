// Spec 9: "Lock" removes every journal text (and an open draft) from the page and shows
// the unlock screen.
import { expect, test } from '@playwright/test';
import { ARGON_TIMEOUT, addEntry, createVault, expectUnlockScreen, lockButton, openApp, passphraseField } from './helpers';
import { DRAFT, ENTRY_ONE, ENTRY_TWO, PASSPHRASE } from './markers';

test('locking removes the journal from the page', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  // Sanity: the texts are on the page before locking (the check below can fail).
  expect(await page.content()).toContain('MARKER-entry-one-91c2');
  // An unsaved draft in the open editor.
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByLabel('Entry', { exact: true }).fill(DRAFT);
  await expect(page.getByLabel('Entry', { exact: true })).toHaveValue(DRAFT);

  await lockButton(page).click();
  await expectUnlockScreen(page);
  await expect(page).toHaveTitle('Kintsugi');
  await expect(passphraseField(page)).toHaveValue('');

  const html = await page.content();
  const fieldValues = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input, textarea'), (e) => (e as HTMLInputElement).value).join('\n'),
  );
  for (const secret of ['MARKER-entry', 'MARKER-draft', 'MARKER-passphrase', ENTRY_ONE, ENTRY_TWO, DRAFT, PASSPHRASE]) {
    expect(html.includes(secret), `page HTML contains ${secret}`).toBe(false);
    expect(fieldValues.includes(secret), `a field still holds ${secret}`).toBe(false);
  }
  await expect(page.getByRole('list', { name: 'Entries' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New entry' })).toHaveCount(0);
});

test('a passphrase shown on the unlock screen is hidden again after the next lock', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await lockButton(page).click();
  await expectUnlockScreen(page);
  const show = page.getByRole('button', { name: 'Show passphrase', exact: true });
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await passphraseField(page).fill(PASSPHRASE);
  await expect(passphraseField(page)).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(lockButton(page)).toBeVisible({ timeout: ARGON_TIMEOUT });
  await lockButton(page).click();
  await expectUnlockScreen(page);
  await expect(passphraseField(page)).toHaveAttribute('type', 'password');
  await expect(passphraseField(page)).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Show passphrase', exact: true })).toHaveAttribute('aria-pressed', 'false');
});
