// A DEAR MAN boundary script becomes a message draft that is copied to the
// clipboard (read back here), and the script and cope-ahead plan are saved encrypted.
import { expect, test } from '@playwright/test';
import { createVault, dumpAllStorage, dumpStrings, findLeaks, heading, openApp, reloadAndUnlock } from './helpers';
import { PASSPHRASE } from './markers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PARTS = {
  'Describe: the facts, without judging': 'MARKER-describe-1a7c You have called me at work four times this week',
  'Express: how I feel about it': 'I feel anxious when my phone keeps ringing.',
  'Assert: what I want, or what I won’t do': 'Please only message me in the evening',
  'Reinforce: why it helps, or what happens next': 'Then I can answer you calmly!',
};
const DRAFT =
  'MARKER-describe-1a7c You have called me at work four times this week. I feel anxious when my phone keeps ringing. ' +
  'Please only message me in the evening. Then I can answer you calmly!';
const CALL_AFTER = 'MARKER-call-after-9e3d my sister Ana';

test('a boundary script is built, copied and saved with a cope-ahead plan', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await page.getByRole('button', { name: 'Plan for contact', exact: true }).click();
  await expect(heading(page, 'Plan for contact')).toBeFocused();

  const draft = page.getByLabel('Your message', { exact: true });
  const copy = page.getByRole('button', { name: 'Copy message', exact: true });
  await expect(copy).toBeDisabled();
  for (const [label, text] of Object.entries(PARTS)) {
    await page.getByLabel(label, { exact: true }).fill(text);
  }
  await expect(draft).toHaveValue(DRAFT);
  // Mindful, Appear confident and Negotiate are reminders beside the script, not part of it.
  const reminders = page.getByRole('complementary', { name: 'While you talk' });
  await expect(reminders.getByRole('listitem')).toHaveCount(3);
  await expect(reminders).toContainText('Negotiate:');

  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DRAFT);

  await page.getByLabel('The situation I expect', { exact: true }).fill('He turns up after work to “just talk”.');
  await page.getByLabel('Who I can call afterwards', { exact: true }).fill(CALL_AFTER);
  await page.getByRole('button', { name: 'Save plan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();

  await reloadAndUnlock(page, PASSPHRASE);
  await page.getByRole('button', { name: 'Plan for contact', exact: true }).click();
  await expect(page.getByLabel('Your message', { exact: true })).toHaveValue(DRAFT);
  await expect(page.getByLabel('Who I can call afterwards', { exact: true })).toHaveValue(CALL_AFTER);

  const dump = await dumpAllStorage(page);
  expect(findLeaks(dumpStrings(dump), [DRAFT, 'MARKER-describe-1a7c', CALL_AFTER, 'MARKER-call-after-9e3d'])).toEqual([]);
  expect(dumpStrings(dump, { caches: false }).join('\n').includes('boundaryPlan')).toBe(false);
});
