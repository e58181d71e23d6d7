// Settings: values persist (encrypted) across lock and reload, bad values are refused
// by the core with a clear message; Change passphrase re-wraps the key and keeps the entries.
import { expect, test } from '@playwright/test';
import {
  addEntry,
  createVault,
  entryItem,
  expectUnlockScreen,
  lock,
  openApp,
  passphraseField,
  reloadAndUnlock,
  unlock,
  unlockAfterFailedAttempts,
  ARGON_TIMEOUT,
} from './helpers';
import { ENTRY_ONE, ENTRY_TWO, PASSPHRASE, WRONG_PASSPHRASE } from './markers';
import { goTo, saveSettings } from './safety-helpers';

const NEW_PASSPHRASE = 'MARKER-new-passphrase-4e7d copper meadow kettle';

test('settings persist across lock and reload, and bad values are refused', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await goTo(page, 'Settings');
  const minutes = page.getByLabel('Lock after this many minutes without use');
  const grace = page.getByLabel('Lock when the app has been in the background this many seconds');
  const url = page.getByLabel('Quick exit goes to');
  const region = page.getByLabel('Region for crisis lines');
  // Defaults from the core.
  await expect(minutes).toHaveValue('5');
  await expect(grace).toHaveValue('30');
  await expect(url).toHaveValue('https://www.wikipedia.org/');
  await expect(region).toHaveValue('');

  await saveSettings(page, { minutes: '61' }, false);
  await expect(page.getByRole('alert')).toHaveText('Choose a whole number of minutes from 1 to 60.');
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await expect(minutes).toBeFocused();
  await saveSettings(page, { minutes: '12', grace: '601' }, false);
  await expect(page.getByRole('alert')).toHaveText('Choose a whole number of seconds from 0 to 600.');
  await saveSettings(page, { grace: '2.5' }, false);
  await expect(page.getByRole('alert')).toHaveText('Choose a whole number of seconds from 0 to 600.');
  await saveSettings(page, { grace: '45', url: 'http://neutral.example/' }, false);
  await expect(page.getByRole('alert')).toContainText('starts with “https:”');
  await lock(page);
  await unlock(page, PASSPHRASE);
  await goTo(page, 'Settings');
  await expect(minutes).toHaveValue('5'); // nothing refused was saved

  await saveSettings(page, { minutes: '12', grace: '45', url: 'https://neutral.example/news', region: 'Ireland' });
  await lock(page);
  await reloadAndUnlock(page, PASSPHRASE);
  await goTo(page, 'Settings');
  await expect(minutes).toHaveValue('12');
  await expect(grace).toHaveValue('45');
  await expect(url).toHaveValue('https://neutral.example/news');
  await expect(region).toHaveValue('ie');
  // The saved region picks the crisis lines.
  await goTo(page, 'Help now');
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('ie');
  await expect(page.getByRole('link', { name: "Call 1800 341 900, Women's Aid National Freephone Helpline" })).toHaveAttribute(
    'href',
    'tel:1800341900',
  );
});

test('change passphrase: the old one stops working, the new one opens the same entries', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await addEntry(page, ENTRY_TWO);
  await goTo(page, 'Settings');
  const old = page.getByLabel('Current passphrase', { exact: true });
  const next = page.getByLabel('New passphrase', { exact: true });
  const repeat = page.getByLabel('Repeat new passphrase', { exact: true });
  const submit = page.getByRole('button', { name: 'Change passphrase', exact: true });

  await old.fill(PASSPHRASE);
  await next.fill(NEW_PASSPHRASE);
  await expect(page.getByText(/^(Good|Strong)\.$/)).toBeVisible();
  await repeat.fill(`${NEW_PASSPHRASE}x`);
  await submit.click();
  await expect(page.getByRole('alert')).toHaveText('The two passphrases do not match.');

  await old.fill(WRONG_PASSPHRASE);
  await repeat.fill(NEW_PASSPHRASE);
  await submit.click();
  await expect(page.getByRole('alert')).toHaveText('The current passphrase is not right. Nothing has changed.', {
    timeout: ARGON_TIMEOUT,
  });
  await expect(old).toBeFocused();

  await old.fill(PASSPHRASE);
  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Passphrase changed.' })).toBeVisible({ timeout: ARGON_TIMEOUT });
  await expect(old).toHaveValue('');
  await expect(next).toHaveValue('');

  await lock(page);
  await page.reload();
  await expectUnlockScreen(page);
  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('passphrase is not right', { timeout: ARGON_TIMEOUT });
  await unlockAfterFailedAttempts(page, NEW_PASSPHRASE, 1);
  await expect(entryItem(page, ENTRY_ONE)).toHaveCount(1);
  await expect(entryItem(page, ENTRY_TWO)).toHaveCount(1);
});

test('two settings changed in the same moment both stay (no change is undone by a stale copy)', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await goTo(page, 'Settings');
  const minutes = page.getByLabel('Lock after this many minutes without use');
  await expect(minutes).toHaveValue('5');
  // Both inputs in one task, before the screen re-renders in between.
  await minutes.evaluate((input: HTMLInputElement) => {
    input.value = '12';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const url = document.querySelector<HTMLInputElement>('#settings-url');
    if (!url) throw new Error('no quick-exit address field');
    url.value = 'https://neutral.example/weather';
    url.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(minutes).toHaveValue('12');
  await expect(page.locator('#settings-url')).toHaveValue('https://neutral.example/weather');
});

test('the passphrase stretching shows what this phone was given, and measuring again keeps the passphrase and the entries', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await goTo(page, 'Settings');
  const section = page.getByRole('form', { name: 'How hard your passphrase is to guess' });
  // The vault was made with parameters measured here: never below 64 MiB and 3 passes.
  const shown = section.getByTestId('kdf-params');
  await expect(shown).toHaveText(/^Now: \d+ MiB of memory, \d+ passes\.$/);
  const [memory, passes] = ((await shown.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  expect(memory).toBeGreaterThanOrEqual(64);
  expect(passes).toBeGreaterThanOrEqual(3);

  const field = section.getByLabel('Your passphrase, to measure again', { exact: true });
  await field.fill(WRONG_PASSPHRASE);
  await section.getByRole('button', { name: 'Measure this phone again' }).click();
  await expect(section.getByRole('alert')).toContainText('not right', { timeout: ARGON_TIMEOUT });

  await field.fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Measure this phone again' }).click();
  await expect(section.getByText(/^Done\. Everything is locked with work sized to this phone/)).toBeVisible({ timeout: ARGON_TIMEOUT * 2 });
  await expect(shown).toHaveText(/^Now: \d+ MiB of memory, \d+ passes\.$/);

  await lock(page);
  await unlock(page, PASSPHRASE);
  await expect(entryItem(page, ENTRY_ONE)).toBeVisible();
});
