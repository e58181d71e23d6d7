// Auto-lock after idle and after the page was hidden past its grace; the
// privacy screen while hidden. Playwright's clock fast-forwards the idle timer.
import { expect, test, type Page } from '@playwright/test';
import { addEntry, createVault, expectJournal, expectUnlockScreen, heading, openApp, passphraseField } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { goTo, pageTextAndFields, saveSettings, setPageHidden } from './safety-helpers';

async function expectLockedWithNoEntry(page: Page): Promise<void> {
  await expectUnlockScreen(page);
  await expect(passphraseField(page)).toHaveValue('');
  const text = await pageTextAndFields(page);
  expect(text.includes('MARKER-entry'), 'entry text left in the DOM').toBe(false);
  await expect(page.getByRole('list', { name: 'Entries' })).toHaveCount(0);
}

test('locks after the idle time set in Settings, and input restarts the wait', async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await goTo(page, 'Settings');
  await saveSettings(page, { minutes: '1' });
  await goTo(page, 'Journal');

  await page.clock.fastForward('00:50');
  await expectJournal(page);
  await page.getByRole('button', { name: 'New entry', exact: true }).click(); // input: the wait starts again
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.clock.fastForward('00:50');
  await expectJournal(page);
  // The app's own scrolling (a list restoring its place) is not the person's input.
  await page.evaluate(() => window.dispatchEvent(new Event('scroll')));
  await page.clock.fastForward('00:15');
  await expectLockedWithNoEntry(page);
});

test('locks after the default five idle minutes', async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await page.clock.fastForward('04:50');
  await expectJournal(page);
  await page.clock.fastForward('00:15');
  await expectLockedWithNoEntry(page);
});

test('the privacy screen covers the app while hidden; back within the grace it stays unlocked', async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);

  await setPageHidden(page, true);
  const privacy = page.getByRole('img', { name: 'Hidden while the app is in the background' });
  await expect(privacy).toBeVisible();
  const box = await privacy.boundingBox();
  const viewport = page.viewportSize();
  expect(box).toMatchObject({ x: 0, y: 0, width: viewport?.width, height: viewport?.height });
  // Under it, the app is hidden from assistive tech and from interaction.
  await expect(heading(page, 'Journal')).toHaveCount(0);
  expect(await page.locator('.app-body').getAttribute('inert')).not.toBeNull();

  await page.clock.fastForward('00:20');
  await setPageHidden(page, false);
  await expect(privacy).toHaveCount(0);
  await expectJournal(page);

  // Hidden past the default 30 s grace: locked on return, before the privacy screen goes.
  await setPageHidden(page, true);
  await page.clock.fastForward('00:31');
  await setPageHidden(page, false);
  await expectLockedWithNoEntry(page);
});

test('a grace of 0 locks as soon as the page is hidden', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await goTo(page, 'Settings');
  await saveSettings(page, { grace: '0' });
  await goTo(page, 'Journal');

  await setPageHidden(page, true);
  // Locked while still hidden: the entry has left the DOM, not only the screen.
  await expect.poll(async () => (await pageTextAndFields(page)).includes('MARKER-entry')).toBe(false);
  await setPageHidden(page, false);
  await expectLockedWithNoEntry(page);
});
