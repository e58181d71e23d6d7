// Print and share. The print view is one document holding the plan, with the
// navigation, quick exit and buttons hidden in print; the text export warns first and writes
// nothing until the person confirms.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createVault, dumpAllStorage, dumpStrings, expectRevealed, findLeaks, openApp } from './helpers';
import { PASSPHRASE } from './markers';
import { fillWholePlan, markerFor, OWN_ITEM, PASSPORT_WHERE, PERSON_CONTACT, openPlan, planMarkers, PLAN_SECTIONS } from './plan-helpers';
import { quickExitButton } from './safety-helpers';

async function planSaved(page: Page) {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openPlan(page);
  await fillWholePlan(page);
}

test('the print view holds the whole plan and hides everything else in print', async ({ page }) => {
  await planSaved(page);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Printable plan', level: 1 })).toBeVisible();
  const doc = page.locator('article.plan-document');
  for (const [, title, , id] of PLAN_SECTIONS) {
    const section = doc.locator(`[data-section="${id}"]`);
    await expect(section.getByRole('heading', { name: title, exact: true })).toBeVisible();
    await expect(section).toContainText(markerFor(id));
  }
  await expect(doc).toContainText(`${markerFor('helpers')}: ${PERSON_CONTACT('helpers')}`);
  await expect(doc).toContainText(`Passports and immigration papers: I have it, Photographed (Where is it? ${PASSPORT_WHERE})`);
  await expect(doc).toContainText(`${OWN_ITEM}: Copied`);
  await expect(doc).toContainText('Stanley, B. & Brown, G. K. (2012)');

  // On screen the controls are there; in print they are not.
  await expect(quickExitButton(page)).toBeVisible();
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(quickExitButton(page)).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print now', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Back to editing', exact: true })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Printable plan', level: 1 })).toBeHidden();
  await expect(page.getByText('Anyone who finds a paper copy can read it.', { exact: false })).toBeHidden();
  for (const [, title, , id] of PLAN_SECTIONS) {
    await expect(doc.locator(`[data-section="${id}"]`).getByRole('heading', { name: title, exact: true })).toBeVisible();
  }
  await expect(doc.getByRole('heading', { name: 'My safety plan', level: 2 })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Showing the print view wrote nothing new: the plan is still only ciphertext.
  expect(findLeaks(dumpStrings(await dumpAllStorage(page)), planMarkers())).toEqual([]);
  await page.getByRole('button', { name: 'Back to editing', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'My safety plan', level: 1 })).toBeVisible();
});

test('the text export warns first; nothing is downloaded unless the person confirms', async ({ page }) => {
  await planSaved(page);
  let downloads = 0;
  page.on('download', () => downloads++);

  await page.getByRole('button', { name: 'Save as text file', exact: true }).click();
  const warning = page.getByRole('alertdialog', { name: 'This file will not be protected' });
  await expect(warning).toBeVisible();
  await expectRevealed(warning);
  await expect(warning).toContainText(
    'The text file is not encrypted. Anyone who uses this phone, or finds the file, can read your whole plan.',
  );
  await warning.getByRole('button', { name: 'Don’t save', exact: true }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save as text file', exact: true })).toBeFocused();
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);

  await page.getByRole('button', { name: 'Save as text file', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'I understand, save the file', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('safety-plan.txt');
  const text = await readFile(await download.path(), 'utf8');
  for (const marker of planMarkers()) expect(text, marker).toContain(marker);
  for (const [, title] of PLAN_SECTIONS) expect(text, title).toContain(`\n${title}\n`);
  expect(text).toContain(`- Passports and immigration papers: I have it, Photographed (Where is it? ${PASSPORT_WHERE})`);
  expect(text).toContain('- [x] Check location sharing in your phone, apps and photos.');
  await expect(page.getByRole('status').filter({ hasText: 'The text file has been saved to your downloads.' })).toBeVisible();
  expect(downloads).toBe(1);
  // The app itself kept no plaintext copy.
  expect(findLeaks(dumpStrings(await dumpAllStorage(page)), planMarkers())).toEqual([]);
});
