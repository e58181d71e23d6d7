// Quick exit by button and by Escape twice replaces the page with a neutral site within 100 ms,
// locks the vault, and Back never shows the app unlocked. The button sits in the top bar's
// corner on every screen, on screen while scrolling and far from Save and Next; Escape twice
// while typing in a field keeps the draft.
import { expect, test, type Page } from '@playwright/test';
import { addEntry, createVault, expectJournal, expectUnlockScreen, heading, openApp, unlock } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { DEFAULT_EXIT_URL, fakeSite, goTo, pageTextAndFields, quickExitButton, recordExitTiming, saveSettings } from './safety-helpers';

const BEFORE_URL = 'https://before.example/';
const CUSTOM_EXIT_URL = 'https://neutral.example/weather';

test.beforeEach(async ({ page }) => {
  await fakeSite(page, DEFAULT_EXIT_URL, 'Neutral default');
  await fakeSite(page, BEFORE_URL, 'Before');
  await fakeSite(page, CUSTOM_EXIT_URL, 'Neutral weather');
});

async function expectLeftFast(page: Page, marks: { presses: number[]; leaves: number[] }): Promise<void> {
  const pressedAt = marks.presses.at(-1);
  const leftAt = marks.leaves.at(-1);
  expect(pressedAt, 'the press was recorded').toBeDefined();
  expect(leftAt, 'the page started to leave').toBeDefined();
  const navigationStart = await page.evaluate(() => performance.timeOrigin);
  const toLeave = (leftAt ?? 0) - (pressedAt ?? 0);
  const toNavigation = navigationStart - (pressedAt ?? 0);
  test.info().annotations.push({
    type: 'quick exit',
    description: `${toLeave.toFixed(1)} ms to unload, ${toNavigation.toFixed(1)} ms to navigation start`,
  });
  expect(toLeave, 'ms from press to the page leaving').toBeLessThan(100);
  expect(toNavigation, 'ms from press to the neutral page navigation start').toBeLessThan(100);
}

async function expectBackIsNotTheUnlockedApp(page: Page): Promise<void> {
  await page.goBack();
  await page.waitForLoadState();
  expect(page.url(), 'Back skips the app: its history entry was replaced').toBe(BEFORE_URL);
  const text = await pageTextAndFields(page);
  expect(text.includes('MARKER-entry'), 'no entry text after Back').toBe(false);
  await expect(heading(page, 'Journal')).toHaveCount(0);
}

test('the quick exit button is on every screen', async ({ page }) => {
  await openApp(page);
  await expect(quickExitButton(page)).toBeVisible(); // create
  await page.getByRole('button', { name: 'Help now', exact: true }).click();
  await expect(heading(page, 'Help now')).toBeVisible();
  await expect(quickExitButton(page)).toBeVisible(); // crisis lines while locked
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await createVault(page, PASSPHRASE);
  await expect(quickExitButton(page)).toBeVisible(); // journal
  await goTo(page, 'Help now');
  await expect(quickExitButton(page)).toBeVisible();
  await goTo(page, 'Settings');
  await expect(quickExitButton(page)).toBeVisible();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expectUnlockScreen(page);
  await expect(quickExitButton(page)).toBeVisible(); // unlock
  // In the top bar's corner: the top of the screen, at the right edge.
  const box = await quickExitButton(page).boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.y + box.height < viewport.height * 0.15 && box.x + box.width > viewport.width - 24).toBe(true);
});

/** The shortest distance in px between two boxes (0 when they touch or overlap). */
function gap(a: { x: number; y: number; width: number; height: number }, b: typeof a): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

test('quick exit stays on screen while scrolling, far from Save and Next, and one tap', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toBeVisible();
  const viewport = page.viewportSize();
  const height = viewport?.height ?? 0;
  for (const where of ['top', 'bottom'] as const) {
    await page.evaluate((to) => window.scrollTo(0, to === 'top' ? 0 : document.documentElement.scrollHeight), where);
    const exit = await quickExitButton(page).boundingBox();
    const saveBox = await save.boundingBox();
    expect(exit && exit.y >= 0 && exit.y + exit.height <= height, `quick exit on screen at the ${where}`).toBe(true);
    // A slip from Save (in thumb reach at the bottom) cannot land on quick exit: half a screen apart.
    expect(exit && saveBox && gap(exit, saveBox) > height / 2, `quick exit far from Save at the ${where}`).toBe(true);
  }
  // The same on a walk-through's Next.
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: 'Skills', exact: true }).click();
  await page.getByRole('button', { name: /^TIPP/ }).click();
  await page.getByRole('button', { name: 'Walk me through it', exact: true }).click();
  const next = await page.getByRole('button', { name: 'Next', exact: true }).boundingBox();
  const exit = await quickExitButton(page).boundingBox();
  expect(exit && next && gap(exit, next) > 44 * 2, 'quick exit apart from Next').toBe(true);
});

test('Escape twice while typing keeps the draft; out of the field it still leaves', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = page.getByLabel('Entry', { exact: true });
  await editor.fill(ENTRY_ONE);
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await expect(editor, 'still in the editor with the draft').toHaveValue(ENTRY_ONE);
  await expect(heading(page, 'Journal')).toBeVisible();
  // One press in the field and one outside do not add up to an exit either.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await expect(editor).toHaveValue(ENTRY_ONE);

  // Outside the field (focus on a button), twice: leaves.
  await page.waitForTimeout(1_200);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL(DEFAULT_EXIT_URL);
});

test('quick exit by button: neutral page within 100 ms, vault locked, Back does not return', async ({ page }) => {
  await page.goto(BEFORE_URL);
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  const marks = await recordExitTiming(page);
  // exposeFunction/addInitScript apply from the next document: reload, unlock.
  await page.reload();
  await unlock(page, PASSPHRASE);

  await quickExitButton(page).click();
  await page.waitForURL(DEFAULT_EXIT_URL);
  await expect(page.getByRole('heading', { name: 'Neutral default' })).toBeVisible();
  await expectLeftFast(page, marks);
  await expectBackIsNotTheUnlockedApp(page);

  // Opening the app again asks for the passphrase.
  await openApp(page);
  await expectUnlockScreen(page);
});

test('Escape twice: the person’s own site while unlocked, the default while locked', async ({ page }) => {
  await page.goto(BEFORE_URL);
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await goTo(page, 'Settings');
  await saveSettings(page, { url: CUSTOM_EXIT_URL });
  const marks = await recordExitTiming(page);
  await page.reload();
  await unlock(page, PASSPHRASE);

  // One Escape, then another after more than a second: nothing happens.
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1_200);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await expectJournal(page);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL(CUSTOM_EXIT_URL);
  await expectLeftFast(page, marks);
  await expectBackIsNotTheUnlockedApp(page);

  // Locked: the settings are encrypted, so quick exit uses the default site.
  await page.goForward().catch(() => undefined);
  await openApp(page);
  await expectUnlockScreen(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL(DEFAULT_EXIT_URL);
});
