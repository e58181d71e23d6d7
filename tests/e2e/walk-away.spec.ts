// Issue 4, part 4: the "When to walk away" check. The result follows the core's rule, puts
// safety first, links to the plan and Help now, and the answers are kept (encrypted) only
// when the person presses "Save my answers".
import { expect, test, type Page } from '@playwright/test';
import { createVault, dumpAllStorage, dumpStrings, heading, openApp } from './helpers';
import { PASSPHRASE } from './markers';
import { goTo } from './safety-helpers';

const TWISTING = 'They twist what happened until you doubt your own memory.';
const AFRAID = 'You are afraid of what they might do to you or someone you love.';

async function recordCount(page: Page): Promise<number> {
  const dump = await dumpAllStorage(page);
  return dump.databases.find((d) => d.name === 'kintsugi')?.stores.find((s) => s.name === 'records')?.records.length ?? -1;
}

test('answers lead to a plain result, safety first, saved only on request', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'When to walk away: a short check', exact: true }).click();
  await expect(heading(page, 'When to walk away')).toBeVisible();

  const see = page.getByRole('button', { name: 'See what my answers suggest', exact: true });
  await see.click();
  await expect(page.getByRole('heading', { name: 'No warning signs ticked' })).toBeVisible();

  await page.getByLabel(TWISTING, { exact: true }).check();
  await expect(page.getByRole('heading', { name: 'No warning signs ticked' })).toBeHidden();
  await see.click();
  await expect(page.getByRole('heading', { name: 'Change takes two' })).toBeVisible();

  await page.getByLabel(AFRAID, { exact: true }).check();
  await see.click();
  await expect(page.getByRole('heading', { name: 'Your safety comes first' })).toBeVisible();
  await expect(page.getByText('call your emergency number', { exact: false })).toBeVisible();
  // Nothing was kept while the person only looked.
  expect(await recordCount(page)).toBe(0);

  await page.getByRole('button', { name: 'Save my answers', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your answers are saved, encrypted.' })).toBeVisible();
  expect(await recordCount(page)).toBe(1);
  const stored = dumpStrings(await dumpAllStorage(page), { caches: false }).join('\n');
  for (const plain of ['walkAwayCheck', 'twisting', 'afraid', 'takenAt']) expect(stored.includes(plain), plain).toBe(false);

  await page.getByRole('button', { name: 'My safety plan', exact: true }).click();
  await expect(heading(page, 'My safety plan')).toBeVisible();
});
