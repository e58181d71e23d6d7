// The safety plan. Every section is written, saved encrypted, and back after a
// reload and unlock; nothing of it is in any store in plaintext.
import { expect, test } from '@playwright/test';
import { createVault, dumpAllStorage, dumpStrings, findLeaks, openApp, reloadAndUnlock } from './helpers';
import { PASSPHRASE } from './markers';
import { expectWholePlan, fillWholePlan, openAllGroups, openPlan, planMarkers, savePlan } from './plan-helpers';

test('every section of the plan survives a reload and unlock', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openPlan(page);
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet.' })).toBeVisible();
  await fillWholePlan(page);
  // The core trimmed the spaces typed around each item, and the screen shows what was stored.
  await expectWholePlan(page);

  await reloadAndUnlock(page, PASSPHRASE);
  await openPlan(page);
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Only you can open it.' })).toBeVisible();
  await expectWholePlan(page);
});

test('an emptied item is dropped on save, and the plan leaves no plaintext in any store', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openPlan(page);
  await fillWholePlan(page);
  await page.getByRole('button', { name: 'Add to “Money”', exact: true }).click();
  await page.getByLabel('Money, item 2', { exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Save plan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Only you can open it.' })).toBeVisible();
  await expect(page.getByLabel('Money, item 2', { exact: true })).toHaveCount(0);

  const dump = await dumpAllStorage(page);
  const secrets = planMarkers();
  expect(secrets.length).toBeGreaterThan(20);
  expect(findLeaks(dumpStrings(dump), secrets), 'plan text found in storage').toEqual([]);
  const stored = dumpStrings(dump, { caches: false }).join('\n');
  for (const field of ['safetyPlan', 'warningSigns', 'techDone', 'withSomeone', 'MARKER-plan']) {
    expect(stored.includes(field), `plaintext ${field} in storage`).toBe(false);
  }
  // Positive control: the plan is one more sealed record beside the header (and the vault's manifest, its sealed list of records).
  const records = dump.databases.find((d) => d.name === 'kintsugi')?.stores.find((s) => s.name === 'records')?.records ?? [];
  expect(records).toHaveLength(2);
  for (const r of records) expect(r.value.kind === 'bytes' && r.value.latin1.startsWith('KSRC')).toBe(true);
});

test('two edits made in the same moment both stay (no edit is undone by a stale copy)', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openPlan(page);
  await openAllGroups(page);
  await page.getByRole('button', { name: 'Add something else', exact: true }).click();
  const own = page.getByRole('group', { name: 'My own item 1', exact: true });
  const label = own.getByLabel('Something else to take', { exact: true });
  // Typing and a tick before the screen has re-rendered in between (as a fast tap can be):
  // both events run in one task, so the second handler sees the props of before the first.
  await label.evaluate((input: HTMLInputElement) => {
    input.value = 'A spare phone charger';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const firstStatus = input.closest('fieldset')?.querySelector<HTMLInputElement>('input[type=checkbox]');
    firstStatus?.click();
  });
  await expect(label).toHaveValue('A spare phone charger');
  await expect(own.getByLabel('I have it', { exact: true })).toBeChecked();
  await savePlan(page);
  await reloadAndUnlock(page, PASSPHRASE);
  await openPlan(page);
  await openAllGroups(page);
  await expect(
    page.getByRole('group', { name: 'My own item 1', exact: true }).getByLabel('Something else to take', { exact: true }),
  ).toHaveValue('A spare phone charger');
});

test('plan items read in full, and a removal can be undone with focus kept in place', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openPlan(page);
  await openAllGroups(page);
  const add = page.getByRole('button', { name: 'Add to “My warning signs”', exact: true });
  const LONG = 'I stop answering my sister, I sleep badly for days, I start checking his messages again and again at night';
  for (const text of ['I go quiet', LONG, 'I skip meals']) {
    await add.click();
    await page.locator(':focus').fill(text);
  }
  const item = (n: number) => page.getByLabel(`My warning signs, item ${n}`, { exact: true });
  // The whole text is on screen: a full-width field that grows with its words.
  const short = await item(1).boundingBox();
  const long = await item(2).boundingBox();
  const section = await page.locator('#plan-warningSigns').boundingBox();
  expect(short && long && section).toBeTruthy();
  if (!short || !long || !section) return;
  expect(long.width).toBeGreaterThan(section.width * 0.9);
  expect(long.height).toBeGreaterThan(short.height);
  expect(await item(2).evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

  await page.getByRole('button', { name: 'Remove My warning signs, item 2', exact: true }).click();
  const undo = page.getByRole('button', { name: 'Undo: put back what was removed from My warning signs', exact: true });
  await expect(undo).toBeFocused();
  await expect(page.locator('#plan-warningSigns').getByRole('status')).toContainText(`Removed “${LONG}”.`);
  await expect(item(2)).toHaveValue('I skip meals');
  await undo.click();
  await expect(item(2)).toHaveValue(LONG);
  await expect(item(2)).toBeFocused();
  await expect(item(3)).toHaveValue('I skip meals');
  await expect(undo).toHaveCount(0);
  await savePlan(page);
});
