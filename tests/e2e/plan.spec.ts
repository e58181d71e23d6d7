// Issue 4, part 1: the safety plan. Every section is written, saved encrypted, and back after a
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
  // Positive control: the plan is one more sealed record beside the header.
  const records = dump.databases.find((d) => d.name === 'kintsugi')?.stores.find((s) => s.name === 'records')?.records ?? [];
  expect(records).toHaveLength(1);
  expect(records[0]?.value.kind === 'bytes' && records[0].value.latin1.startsWith('KSRC')).toBe(true);
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
  await expect(page.getByRole('group', { name: 'My own item 1', exact: true }).getByLabel('Something else to take', { exact: true })).toHaveValue(
    'A spare phone charger',
  );
});
