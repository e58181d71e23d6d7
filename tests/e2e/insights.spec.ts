// A scripted month of entries with set dates and phases, entered through the
// real editor, gives the cycles worked out by hand from docs/cycle-insights.md; the charts'
// screen-reader tables hold the same data as the charts; the contact log and the no-contact
// streak behave; and every browser store still holds no plaintext.
import { expect, test, type Page } from '@playwright/test';
import { createVault, dumpAllStorage, dumpStrings, entryItem, findLeaks, heading, openApp, ratingOption } from './helpers';
import { CONTACT_NOTE, INSIGHTS_ENTRY, INSIGHTS_TRIGGER, PASSPHRASE } from './markers';

// Dates are read and shown in UTC, in English, so the expected text is fixed.
test.use({ timezoneId: 'UTC', locale: 'en-US' });

type PhaseName = 'Idealization' | 'Devaluation' | 'Discard' | 'Hoovering' | 'Calm' | 'Not sure';

/** February 2026, every entry at 09:00 UTC, so each stretch is a whole number of days. */
const MONTH: { when: string; phase: PhaseName; fear?: number; trigger?: boolean }[] = [
  { when: '2026-02-01T09:00', phase: 'Idealization', fear: 2 },
  { when: '2026-02-03T09:00', phase: 'Calm' },
  { when: '2026-02-08T09:00', phase: 'Calm', trigger: true },
  { when: '2026-02-10T09:00', phase: 'Devaluation', fear: 4, trigger: true },
  { when: '2026-02-12T09:00', phase: 'Discard', fear: 5 },
  { when: '2026-02-14T09:00', phase: 'Hoovering' },
  { when: '2026-02-16T09:00', phase: 'Idealization' },
  { when: '2026-02-18T09:00', phase: 'Not sure' },
  { when: '2026-02-19T09:00', phase: 'Calm' },
  { when: '2026-02-24T09:00', phase: 'Devaluation', trigger: true },
  { when: '2026-03-02T09:00', phase: 'Hoovering' },
  { when: '2026-03-04T09:00', phase: 'Calm' },
];

// Worked out by hand from docs/cycle-insights.md:
// - Unsure entries are left out (18 Feb), and no two entries are more than 28 days apart, so
//   the stretches are: idealization 1-3 Feb, calm 3-10 (8 Feb joins the calm stretch),
//   devaluation 10-12, discard 12-14, hoovering 14-16, idealization 16-19, calm 19-24,
//   devaluation 24 Feb - 2 Mar, hoovering 2-4 Mar, calm from 4 Mar.
// - "Now" is long after 4 March (more than 28 days), so the last calm stretch ends at its own
//   entry (0 days) and nothing is in progress.
// - Cycle 1 opens at the idealization of 1 Feb, escalates on 10 Feb, and ends at the next
//   return, the hoovering of 14 Feb: 13 days (idealization 2, calm 7, devaluation 2, discard 2).
// - Cycle 2 opens at that hoovering (14 Feb; the idealization of 16 Feb comes before any
//   escalation, so it stays inside), escalates on 24 Feb, and ends at the hoovering of 2 Mar:
//   16 days (February 2026 has 28 days): hoovering 2, idealization 3, calm 5, devaluation 6.
// - The cycle opened on 2 Mar never escalates and the sequence stops more than 28 days before
//   now: it is interrupted, not counted. So: 2 full cycles, of 13 and 16 days.
// - Triggers: the onsets are 10 Feb, 12 Feb and 24 Feb; the trigger on 8, 10 and 24 Feb lies
//   in the 72 hours before each of them: 3 of 3.
// - Fear: 2 in the ISO week of Monday 26 Jan (1 Feb is a Sunday); 4 and 5 in the week of
//   Monday 9 Feb: an average of 4.5.
const EXPECTED_STRETCHES = [
  ['Idealization', 'Feb 1', 'Feb 3', '2'],
  ['Calm', 'Feb 3', 'Feb 10', '7'],
  ['Devaluation', 'Feb 10', 'Feb 12', '2'],
  ['Discard', 'Feb 12', 'Feb 14', '2'],
  ['Hoovering', 'Feb 14', 'Feb 16', '2'],
  ['Idealization', 'Feb 16', 'Feb 19', '3'],
  ['Calm', 'Feb 19', 'Feb 24', '5'],
  ['Devaluation', 'Feb 24', 'Mar 2', '6'],
  ['Hoovering', 'Mar 2', 'Mar 4', '2'],
  ['Calm', 'Mar 4', 'Mar 4', '0'],
];

async function addTrackedEntry(page: Page, text: string, entry: (typeof MONTH)[number]): Promise<void> {
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByLabel('Entry', { exact: true }).fill(text);
  await page.getByLabel('When did it happen?', { exact: true }).fill(entry.when);
  await page.getByRole('radio', { name: entry.phase, exact: true }).check();
  if (entry.fear !== undefined) await ratingOption(page, 'Fear', entry.fear).check();
  if (entry.trigger) {
    await page.getByLabel('New trigger', { exact: true }).fill(INSIGHTS_TRIGGER);
    await page.getByRole('button', { name: 'Add trigger', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(entryItem(page, text)).toHaveCount(1);
}

/** The screen's own status line (the service worker's lives outside <main>). */
const status = (page: Page) => page.getByRole('main').getByRole('status');

/** YYYY-MM-DD, `days` before today (UTC, the page's time zone too). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test('a scripted month gives the cycles worked out by hand; contacts and streaks behave; storage holds no plaintext', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await createVault(page, PASSPHRASE);
  for (const [i, entry] of MONTH.entries()) await addTrackedEntry(page, `${INSIGHTS_ENTRY} #${i + 1}`, entry);

  // ---- Patterns: count, lengths and time per phase, as worked out above.
  await page.getByRole('button', { name: 'Patterns', exact: true }).click();
  await expect(heading(page, 'Patterns')).toBeFocused();
  await expect(page.getByText('2 full cycles', { exact: true })).toBeVisible();
  await expect(page.getByText('Your entries show 2 full cycles.', { exact: true })).toBeVisible();
  // The latest week of feelings is named by its dates, as people read them (not "week 9 of 2026").
  await expect(page.getByText(/^In the week of \d{1,2} (\w+ )?to \d{1,2} \w+ \d{4}, the feelings? you rated strongest/)).toBeVisible();
  const cycles = page
    .getByRole('list', { name: 'Cycles', exact: true })
    .getByRole('listitem')
    .filter({ hasText: /^Cycle \d/ });
  await expect(cycles).toHaveCount(2);
  await expect(cycles.nth(0)).toContainText('Cycle 1: 13 days, Feb 1 to Feb 14');
  await expect(cycles.nth(0)).toContainText('Idealization: 2 days');
  await expect(cycles.nth(0)).toContainText('Calm: 7 days');
  await expect(cycles.nth(0)).toContainText('Devaluation: 2 days');
  await expect(cycles.nth(0)).toContainText('Discard: 2 days');
  await expect(cycles.nth(1)).toContainText('Cycle 2: 16 days, Feb 14 to Mar 2');
  await expect(cycles.nth(1)).toContainText('Hoovering: 2 days');
  await expect(cycles.nth(1)).toContainText('Idealization: 3 days');
  await expect(cycles.nth(1)).toContainText('Calm: 5 days');
  await expect(cycles.nth(1)).toContainText('Devaluation: 6 days');
  await expect(page.getByText(`${INSIGHTS_TRIGGER}: before 3 of 3`, { exact: true })).toBeVisible();

  // ---- The timeline's table holds the same stretches as the chart's bars.
  const timeline = page.getByRole('img', { name: /^Timeline of phases from Feb 1 to Mar 4, in 10 stretches/ });
  await expect(timeline).toBeVisible();
  const table = page.getByRole('table', { name: 'Phases over time' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(EXPECTED_STRETCHES.length);
  const tableData = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
  expect(tableData).toEqual(EXPECTED_STRETCHES);
  const bars = await timeline.locator('rect').evaluateAll((rects) => rects.map((r) => r.querySelector('title')?.textContent ?? ''));
  expect(bars).toEqual(tableData.map(([phase, from, to, days]) => `${phase}: ${from} to ${to}, ${days} ${days === '1' ? 'day' : 'days'}`));
  // The table is for screen readers until asked for; then it is on screen too.
  await expect(table).not.toBeInViewport();
  const toggle = page.getByRole('button', { name: 'Show as a table' }).first();
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Hide the table' }).first()).toHaveAttribute('aria-expanded', 'true');
  await table.scrollIntoViewIfNeeded();
  await expect(table).toBeInViewport();

  // ---- Emotion trend: the chart's summary and the table say the same.
  await expect(page.getByRole('img', { name: 'Weekly average of Fear, from 0 to 5, over 2 weeks: 2, 4.5.', exact: true })).toBeVisible();
  const feelings = page.getByRole('table', { name: 'Feelings week by week' });
  const feelingRows = await feelings
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  expect(feelingRows).toEqual([
    ['Jan 26', '2'],
    ['Feb 9', '4.5'],
  ]);

  // ---- Contact log: a goal started ten days ago, a contact four days ago that broke it, and
  // one two days ago that did not. Streaks (local calendar days): 10 -> 4 is 6 days, then 4 so far.
  await page.getByRole('button', { name: 'Open the contact log', exact: true }).click();
  await expect(heading(page, 'Contact log')).toBeFocused();
  await expect(page.getByTestId('streak-current')).toHaveText('none yet');
  await page.getByLabel('Starting on', { exact: true }).fill(daysAgo(10));
  await page.getByRole('button', { name: 'Start a no-contact goal', exact: true }).click();
  await expect(status(page)).toHaveText('Your no-contact goal has started.');
  await expect(page.getByTestId('streak-current')).toHaveText('10 days');

  await page.getByRole('button', { name: 'Contact happened', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'This broke a no-contact commitment' })).toBeChecked();
  await page.getByLabel('When did it happen?', { exact: true }).fill(`${daysAgo(4)}T12:00`);
  await page.getByRole('radio', { name: 'Me', exact: true }).check();
  await page.getByLabel('How did it happen?', { exact: true }).selectOption({ label: 'Phone or video call' });
  const loveBombing = page.getByRole('radio', { name: 'Love-bombing', exact: true });
  await expect(loveBombing).toHaveAccessibleDescription(/flood of affection/);
  await loveBombing.check();
  await page.getByLabel('Note (optional)', { exact: true }).fill(CONTACT_NOTE);
  await page.getByRole('button', { name: 'Save contact', exact: true }).click();
  await expect(status(page)).toContainText('That is something to learn from, not a failure');
  // The message takes focus and is on screen, clear of the sticky top bar.
  await expect(status(page)).toBeFocused();
  await expect(status(page)).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('streak-current')).toHaveText('4 days');
  await expect(page.getByTestId('streak-longest')).toHaveText('6 days');

  await page.getByRole('button', { name: 'Log a contact', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'This broke a no-contact commitment' })).not.toBeChecked();
  await page.getByLabel('When did it happen?', { exact: true }).fill(`${daysAgo(2)}T18:30`);
  await page.getByRole('radio', { name: 'An apology', exact: true }).check();
  await page.getByRole('button', { name: 'Save contact', exact: true }).click();
  await expect(status(page)).toHaveText('Contact saved.');

  const contacts = page.getByRole('list', { name: 'Contacts, newest first' }).getByRole('listitem');
  await expect(contacts).toHaveCount(2);
  await expect(contacts.nth(0)).toContainText('An apology');
  await expect(contacts.nth(0)).toContainText('Started by: Them');
  await expect(contacts.nth(0)).not.toContainText('Broke no contact');
  await expect(contacts.nth(1)).toContainText('Love-bombing');
  await expect(contacts.nth(1)).toContainText('Phone or video call');
  await expect(contacts.nth(1)).toContainText('Broke no contact');
  await expect(contacts.nth(1)).toContainText(CONTACT_NOTE);
  // A contact that did not break no contact leaves the streaks as they were.
  await expect(page.getByTestId('streak-current')).toHaveText('4 days');
  await expect(page.getByTestId('streak-longest')).toHaveText('6 days');

  // Editing the apology into a break restarts the streak from it; deleting it undoes that.
  await contacts
    .nth(0)
    .getByRole('button', { name: /^Edit the contact of/ })
    .click();
  await page.getByRole('checkbox', { name: 'This broke a no-contact commitment' }).check();
  await page.getByRole('button', { name: 'Save contact', exact: true }).click();
  await expect(page.getByTestId('streak-current')).toHaveText('2 days');
  await contacts
    .nth(0)
    .getByRole('button', { name: /^Delete the contact of/ })
    .click();
  await page.getByRole('button', { name: 'Yes, delete', exact: true }).click();
  await expect(status(page)).toHaveText('Contact deleted.');
  await expect(page.getByRole('button', { name: 'Log a contact', exact: true })).toBeFocused();
  await expect(contacts).toHaveCount(1);
  await expect(page.getByTestId('streak-current')).toHaveText('4 days');

  // The patterns screen reads the same streaks and the tactic logged.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Patterns', exact: true }).click();
  await expect(page.getByTestId('streak-current')).toHaveText('4 days');
  await expect(page.getByTestId('streak-longest')).toHaveText('6 days');
  await expect(page.getByText('Love-bombing: once', { exact: true })).toBeVisible();

  // ---- Nothing readable in any browser store.
  const dump = await dumpAllStorage(page);
  const leaks = findLeaks(dumpStrings(dump), [INSIGHTS_ENTRY, INSIGHTS_TRIGGER, CONTACT_NOTE, PASSPHRASE]);
  expect(leaks, 'plaintext found in storage').toEqual([]);
});
