// The "When to walk away" check. The result follows the core's rule: Help now is the first
// button of every result, the plan the second; a danger answer shows the urgent message first
// and moves focus to it, and a strangulation answer adds the advice to see a doctor. The
// answers are kept (encrypted) only when the person presses "Save my answers".
import { expect, test, type Page } from '@playwright/test';
import { createVault, dumpAllStorage, dumpStrings, heading, openApp } from './helpers';
import { PASSPHRASE } from './markers';
import { goTo } from './safety-helpers';

const TWISTING = 'They twist what happened until you doubt your own memory.';
const AFRAID = 'You are afraid of what they might do to you or someone you love.';
const STRANGLED = 'They have ever choked or strangled you, or put pressure on your neck, even once.';
const URGENT = 'What you describe can be dangerous';
const DOCTOR = 'If you were choked or strangled, see a doctor';

/** The records stored, but the vault's manifest (its sealed list of the others). */
async function recordCount(page: Page): Promise<number> {
  const dump = await dumpAllStorage(page);
  return (dump.databases.find((d) => d.name === 'kintsugi')?.stores.find((s) => s.name === 'records')?.records.length ?? 0) - 1;
}

async function openCheck(page: Page): Promise<void> {
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'When to walk away: a short check', exact: true }).click();
  await expect(heading(page, 'When to walk away')).toBeVisible();
}

/** The result's buttons, in screen order. */
function resultButtons(page: Page) {
  return page.locator('.walkaway-result .plan-actions button');
}

const see = (page: Page) => page.getByRole('button', { name: 'See what my answers suggest', exact: true });

test('a result without danger still puts safety first; answers are saved only on request', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openCheck(page);

  await see(page).click();
  const noSigns = page.getByRole('heading', { name: 'No warning signs ticked' });
  await expect(noSigns).toBeFocused();
  await expect(resultButtons(page).first()).toHaveText('Help now');
  await expect(resultButtons(page).nth(1)).toHaveText('My safety plan');
  await expect(page.getByRole('heading', { name: URGENT })).toHaveCount(0);

  // Gaslighting is a sign of abuse, not only a partner who refuses to change.
  await page.getByLabel(TWISTING, { exact: true }).check();
  await expect(noSigns).toBeHidden();
  await see(page).click();
  await expect(page.getByRole('heading', { name: 'These are signs of abuse' })).toBeFocused();
  await expect(resultButtons(page).first()).toHaveText('Help now');
  await expect(page.getByRole('heading', { name: URGENT })).toHaveCount(0);

  await page.getByLabel(AFRAID, { exact: true }).check();
  await see(page).click();
  await expect(page.getByRole('heading', { name: URGENT })).toBeFocused();
  await expect(page.getByText('call your emergency number', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your safety comes first' })).toBeVisible();
  await expect(page.getByRole('heading', { name: DOCTOR })).toHaveCount(0);
  // Nothing was kept while the person only looked.
  expect(await recordCount(page)).toBe(0);

  await page.getByRole('button', { name: 'Save my answers', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your answers are saved, encrypted.' })).toBeVisible();
  expect(await recordCount(page)).toBe(1);
  const stored = dumpStrings(await dumpAllStorage(page), { caches: false }).join('\n');
  for (const plain of ['walkAwayCheck', 'twisting', 'afraid', 'takenAt', 'version']) expect(stored.includes(plain), plain).toBe(false);

  await resultButtons(page).nth(1).click();
  await expect(heading(page, 'My safety plan')).toBeVisible();
});

test('a strangulation yes shows the urgent message and the doctor advice first, and Help now is the first action', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openCheck(page);

  await page.getByLabel(STRANGLED, { exact: true }).check();
  await see(page).click();
  const urgent = page.getByRole('heading', { name: URGENT });
  await expect(urgent).toBeFocused();
  await expect(page.getByRole('heading', { name: DOCTOR })).toBeVisible();
  await expect(page.getByText('without leaving a mark', { exact: false })).toBeVisible();
  await expect(page.getByText('hours or days later', { exact: false })).toBeVisible();

  // In reading order: the urgent message, the doctor advice, the result, then Help now first.
  const result = page.locator('.walkaway-result');
  const order = await result.locator('h2, h3, button').allInnerTexts();
  expect(order.slice(0, 4)).toEqual([URGENT, DOCTOR, 'Your safety comes first', 'Help now']);
  await expect(resultButtons(page).first()).toHaveClass(/primary/);

  await resultButtons(page).first().click();
  await expect(heading(page, 'Help now')).toBeVisible();
});
