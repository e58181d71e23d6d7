// Guided exercises: a paced-breathing session runs its timer and finishes; with reduced motion
// nothing animates and the words-and-count guide shows; the 5-4-3-2-1 stepper goes through its
// five senses; the 0-10 before/after reaches the journal only when the person ticks the box.
import { expect, test, type Page } from '@playwright/test';
import { createVault, entryItem, expectJournal, heading, openApp } from './helpers';
import { PASSPHRASE } from './markers';

/** From the journal, opens "Calm down now" (the entry point the app's navigation offers). */
async function openCalmNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Calm down now', exact: true }).click();
  await expect(heading(page, 'Calm down now')).toBeVisible();
}

async function startCalmOption(page: Page, name: RegExp, title: string): Promise<void> {
  await page.getByRole('list', { name: 'Ways to calm down' }).getByRole('button', { name }).click();
  await expect(heading(page, title)).toBeVisible();
  await expect(heading(page, title)).toBeFocused();
}

/** With the page's clock installed (so tests can move time), a new vault, then paced breathing. */
async function openBreathing(page: Page): Promise<void> {
  await page.clock.install();
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openCalmNow(page);
  await startCalmOption(page, /^Breathe slowly/, 'Paced breathing');
}

/** Names of CSS animations running anywhere in the document. */
function runningAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() => document.getAnimations().map((a) => (a instanceof CSSAnimation ? a.animationName : a.constructor.name)));
}

/** Elements whose computed style would move: an animation or a transform transition. */
function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body *')).flatMap((el) => {
      const style = getComputedStyle(el);
      const transitionMoves =
        style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && /all|transform|scale/.test(style.transitionProperty);
      return style.animationName !== 'none' || transitionMoves ? [`${el.tagName}.${el.className}`] : [];
    }),
  );
}

/** Stops the page's clock (installed at the start of the test) so only runFor moves time. */
async function freezeClock(page: Page): Promise<void> {
  await page.clock.pauseAt(Date.now() + 2_000);
}

const timeLeft = (page: Page) => page.getByRole('timer');
const phase = (page: Page) => page.locator('.breath-phase');

test('a paced-breathing session animates, pauses, runs its timer and finishes', async ({ page }) => {
  await openBreathing(page);

  await expect(page.getByRole('radio', { name: /^In 4, out 6/ })).toBeChecked();
  await page.getByRole('radio', { name: '1 minute', exact: true }).check();
  await freezeClock(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeFocused();
  await expect(phase(page)).toHaveText('Breathe in');
  await expect(phase(page)).toHaveAttribute('aria-live', 'polite');
  await expect(timeLeft(page)).toHaveText('1:00 left');
  // The circle breathes with a CSS animation matching the rhythm.
  expect(await runningAnimations(page)).toContain('breathe-four-six');

  await page.clock.runFor(4_000);
  await expect(phase(page)).toHaveText('Breathe out');
  await expect(timeLeft(page)).toHaveText('0:56 left');

  // Paused time does not count.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(phase(page)).toHaveText('Paused');
  await page.clock.runFor(30_000);
  await expect(timeLeft(page)).toHaveText('0:56 left');
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await page.clock.runFor(6_000);
  await expect(phase(page)).toHaveText('Breathe in');
  await expect(timeLeft(page)).toHaveText('0:50 left');

  await page.clock.runFor(50_500);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeFocused();
  await expect(page.getByText('You gave yourself 1 minute of slow breathing.')).toBeVisible();
  await expect(timeLeft(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(heading(page, 'How are you now?')).toBeVisible();
});

test('Stop ends a session early and says how long it ran', async ({ page }) => {
  await openBreathing(page);
  await page.getByRole('radio', { name: /^4-7-8/ }).check();
  await page.getByRole('radio', { name: '3 minutes', exact: true }).check();
  await freezeClock(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  // 3 minutes of 19-second breaths rounds up to 10 whole breaths.
  await expect(timeLeft(page)).toHaveText('3:10 left');
  await page.clock.runFor(5_000);
  await expect(phase(page)).toHaveText('Hold');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByText(/You breathed slowly for 0:0[5-6]\./)).toBeVisible();
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing animates; the words and a count guide the breath', async ({ page }) => {
    await openBreathing(page);
    await expect(page.getByText(/Follow the words and the count/)).toBeVisible();
    await page.getByRole('radio', { name: /^Box, 4-4-4-4/ }).check();
    await freezeClock(page);
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    await expect(phase(page)).toHaveText('Breathe in');
    const count = page.locator('.breath-count');
    await expect(count).toHaveText('4');
    expect(await runningAnimations(page)).toEqual([]);
    expect(await movingElements(page)).toEqual([]);

    await page.clock.runFor(1_000);
    await expect(count).toHaveText('3');
    await page.clock.runFor(3_000);
    await expect(phase(page)).toHaveText('Hold');
    await expect(count).toHaveText('4');
    expect(await runningAnimations(page)).toEqual([]);

    await page.clock.runFor(61_000);
    await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  });
});

test('the 5-4-3-2-1 stepper goes through the five senses, back and forth', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openCalmNow(page);
  await startCalmOption(page, /^5-4-3-2-1/, '5-4-3-2-1 grounding');

  const senses = ['See', 'Touch', 'Hear', 'Smell', 'Taste'];
  const step = page.locator('.walk-step');
  await expect(step).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('button', { name: 'Previous', exact: true })).toBeDisabled();
  for (const [i, sense] of senses.entries()) {
    const total = 5 - i;
    await expect(step).toContainText(`Step ${i + 1} of 5`);
    await expect(page.getByRole('heading', { level: 2, name: sense, exact: true })).toBeVisible();
    const ticks = page.getByRole('button', { name: /^Found \d of \d$/ });
    await expect(ticks).toHaveCount(total);
    const first = page.getByRole('button', { name: `Found 1 of ${total}`, exact: true });
    await expect(first).toHaveAttribute('aria-pressed', 'false');
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    if (i < senses.length - 1) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  // Back one step keeps the count made there; then forward again.
  await page.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Smell', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Found 1 of 2', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(heading(page, 'How are you now?')).toBeVisible();
});

test('the 0-10 before and after reach the journal only when asked', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);

  // Not ticked: nothing is saved.
  await openCalmNow(page);
  await page
    .getByRole('group', { name: /right now/ })
    .getByRole('radio', { name: '6', exact: true })
    .check();
  await startCalmOption(page, /^STOP/, 'STOP');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByText('Before, you said 6.')).toBeVisible();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expectJournal(page);
  await expect(page.getByText(/No entries yet/)).toBeVisible();

  // Ticked: one plain entry with the exercise and both numbers.
  await openCalmNow(page);
  await page
    .getByRole('group', { name: /right now/ })
    .getByRole('radio', { name: '8', exact: true })
    .check();
  await startCalmOption(page, /^TIPP/, 'TIPP');
  await expect(page.getByText(/heart condition/)).toBeVisible();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page.getByRole('group', { name: /now\?/ }).getByRole('radio', { name: '4', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Save this to my journal' }).check();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expectJournal(page);
  await expect(entryItem(page, 'Calming exercise: TIPP. How strong it felt (0 to 10): 8 before, 4 after.')).toHaveCount(1);
});
