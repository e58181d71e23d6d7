// The create screen (contract UI section): the recovery warning, a polite strength hint,
// and alerts for mismatched or too-short passphrases that store nothing.
import { expect, test } from '@playwright/test';
import { byteValues, dumpAllStorage, expectCreateScreen, openApp, passphraseField } from './helpers';
import { PASSPHRASE } from './markers';

test('the create screen validates before storing anything', async ({ page }) => {
  await openApp(page);
  await expectCreateScreen(page);
  await expect(page.getByText(/cannot be recovered/)).toBeVisible();
  await expect(page.locator('[aria-live="polite"]')).not.toHaveCount(0);

  const repeat = page.getByLabel('Repeat passphrase', { exact: true });
  const create = page.getByRole('button', { name: 'Create vault', exact: true });

  // The strength hint reacts to typing.
  const hints = page.locator('[aria-live="polite"]');
  await passphraseField(page).fill('ab');
  await expect.poll(async () => (await hints.allInnerTexts()).join(' ').trim()).not.toBe('');
  const shortHint = (await hints.allInnerTexts()).join(' ');
  await passphraseField(page).fill(PASSPHRASE);
  await expect.poll(async () => (await hints.allInnerTexts()).join(' ')).not.toBe(shortHint);

  await repeat.fill(`${PASSPHRASE} typo`);
  await create.click();
  await expect(page.getByRole('alert')).toContainText('do not match');
  await expect(repeat).toHaveAttribute('aria-invalid', 'true');
  await expectCreateScreen(page);
  // Fixed: the error goes as soon as the two match, without another submit.
  await repeat.fill(PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(repeat).not.toHaveAttribute('aria-invalid', 'true');

  // "Show passphrase" shows both fields as text and hides them again.
  const show = page.getByRole('button', { name: 'Show passphrase', exact: true });
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await expect(passphraseField(page)).toHaveAttribute('type', 'password');
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(passphraseField(page)).toHaveAttribute('type', 'text');
  await expect(repeat).toHaveAttribute('type', 'text');
  await expect(passphraseField(page)).toHaveValue(PASSPHRASE);
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await expect(passphraseField(page)).toHaveAttribute('type', 'password');
  await expect(repeat).toHaveAttribute('type', 'password');

  await passphraseField(page).fill('ab');
  await repeat.fill('ab');
  await create.click();
  await expect(page.getByRole('alert')).toContainText('at least');
  await expectCreateScreen(page);

  // Nothing was written: no vault header, no record.
  const dump = await dumpAllStorage(page);
  expect(byteValues(dump).map((b) => `${b.store}/${b.key}`)).toEqual([]);
  await page.reload();
  await expectCreateScreen(page);
});
