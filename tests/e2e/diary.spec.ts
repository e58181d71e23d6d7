// A DBT diary-card week is filled in (four days, different values), saved,
// reloaded, unlocked and shown with the core's summary; the crisis note shows for a strong
// urge; the notes are stored as ciphertext only.
import { expect, test, type Page } from '@playwright/test';
import { createVault, dumpAllStorage, dumpStrings, findLeaks, heading, openApp, ratingOption, reloadAndUnlock } from './helpers';
import { PASSPHRASE } from './markers';

const NOTES = {
  Monday: 'MARKER-diary-mon-5c1e walked by the river',
  Tuesday: 'MARKER-diary-tue-8d02 he texted at midnight',
  Wednesday: 'MARKER-diary-wed-2f9a used STOP at work',
  Thursday: 'MARKER-diary-thu-a4b7 a long, heavy day',
};

interface Day {
  weekday: keyof typeof NOTES;
  selfHarm: number;
  acted: boolean;
  fear: number;
  skillsUsed: string;
}

// Skills 5 or more on Monday and Wednesday (urge 1 and 2), less on Tuesday and Thursday (4 and 5).
const WEEK: Day[] = [
  { weekday: 'Monday', selfHarm: 1, acted: false, fear: 2, skillsUsed: '5' },
  { weekday: 'Tuesday', selfHarm: 4, acted: true, fear: 4, skillsUsed: '0' },
  { weekday: 'Wednesday', selfHarm: 2, acted: false, fear: 1, skillsUsed: '7' },
  { weekday: 'Thursday', selfHarm: 5, acted: true, fear: 5, skillsUsed: '1' },
];

async function openDiaryLastWeek(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Diary card', exact: true }).click();
  await expect(heading(page, 'Diary card')).toBeFocused();
  await page.getByRole('button', { name: 'Previous week', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Day' })).toBeVisible();
}

function dayButton(page: Page, weekday: string) {
  return page.getByRole('group', { name: 'Day' }).getByRole('button', { name: new RegExp(`^${weekday},`) });
}

/** Chooses a 0-5 rating with the keyboard, as a person without a pointer would: from "Not rated", arrows along the row. */
async function setRating(page: Page, label: string, value: number): Promise<void> {
  const none = ratingOption(page, label, null);
  await expect(none).toBeChecked();
  await none.focus();
  for (let i = 0; i <= value; i++) await page.keyboard.press('ArrowRight');
  await expect(ratingOption(page, label, value)).toBeChecked();
}

test('a diary-card week is saved, reloaded, unlocked and summarised; notes stay encrypted', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await openDiaryLastWeek(page);

  const crisisNote = page.getByRole('note').filter({ hasText: 'Those urges sound strong today' });
  for (const day of WEEK) {
    await dayButton(page, day.weekday).click();
    await expect(dayButton(page, day.weekday)).toHaveAttribute('aria-pressed', 'true');
    if (day.weekday === 'Monday') {
      // The person's own emotion: added once, it is offered (not rated) on the week's other days.
      await page.getByLabel('Your own emotion', { exact: true }).fill('Lonely');
      await page.getByRole('button', { name: 'Add: Your own emotion', exact: true }).click();
      await setRating(page, 'Lonely', 3);
    }
    await setRating(page, 'Fear', day.fear);
    await setRating(page, 'Self-harm', day.selfHarm);
    if (day.selfHarm >= 4) {
      await expect(crisisNote).toBeVisible();
      await expect(crisisNote.getByRole('button', { name: 'Help now', exact: true })).toBeVisible();
    } else {
      await expect(crisisNote).toHaveCount(0);
    }
    if (day.acted) await page.getByRole('checkbox', { name: 'Acted on the urge: Self-harm', exact: true }).check();
    await page.getByLabel('Skills used today', { exact: true }).selectOption(day.skillsUsed);
    if (Number(day.skillsUsed) >= 5) {
      await page.getByText('Which skills (optional)', { exact: true }).click();
      await page.getByRole('checkbox', { name: 'STOP', exact: true }).check();
    }
    await page.getByLabel('Note (optional)', { exact: true }).fill(NOTES[day.weekday]);
    await page.getByRole('button', { name: 'Save this day', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(dayButton(page, day.weekday)).toHaveAccessibleName(/filled in$/);
  }

  await reloadAndUnlock(page, PASSPHRASE);
  await openDiaryLastWeek(page);
  const summary = page.getByRole('region', { name: 'This week' });
  await expect(summary).toContainText('You filled in the card on 4 days of 7.');
  await expect(summary).toContainText('Urge (self-harm): 3.0 out of 5 on average over 4 days, acted on 2 of 4 days.');
  // Only self-harm is rated (the other urges are left "not rated", so they do not count as 0): 1 and 2 with skills, 4 and 5 without.
  await expect(summary).toContainText(
    'On the 2 days you rated skills 5 or more, urges averaged 1.5; on the other 2 days they averaged 4.5.',
  );
  await expect(summary).toContainText('Urges were lower on the days you used skills.');
  await expect(summary).toContainText('Skills you noted most: STOP (2 days).');
  await expect(summary).toContainText('Strongest emotion on average: fear (3.0 out of 5), then Lonely 3.0.');
  await expect(summary).not.toContainText('0.0');

  // The week table holds each day's numbers, and a saved day reopens as it was.
  const table = page.getByRole('table', { name: 'The week at a glance' });
  const fearRow = table.getByRole('row', { name: /^Fear/ });
  await expect(fearRow.getByRole('cell')).toHaveText(['2', '4', '1', '5', '–', '–', '–']);
  await expect(table.getByRole('row', { name: /^Lonely/ }).getByRole('cell')).toHaveText(['3', '–', '–', '–', '–', '–', '–']);
  const harmRow = table.getByRole('row', { name: /^Self-harm/ });
  await expect(harmRow.getByRole('cell')).toHaveText(['1', '4, acted on', '2', '5, acted on', '–', '–', '–']);
  await dayButton(page, 'Tuesday').click();
  await expect(page.getByLabel('Note (optional)', { exact: true })).toHaveValue(NOTES.Tuesday);
  await expect(ratingOption(page, 'Self-harm', 4)).toBeChecked();
  await expect(ratingOption(page, 'Suicide', null)).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Acted on the urge: Self-harm', exact: true })).toBeChecked();
  await expect(page.getByLabel('Skills used today', { exact: true })).toHaveValue('0');

  const dump = await dumpAllStorage(page);
  const secrets = [...Object.values(NOTES), ...Object.values(NOTES).map((n) => n.slice(0, 22))];
  expect(findLeaks(dumpStrings(dump), secrets), 'diary notes found in storage').toEqual([]);
  const stored = dumpStrings(dump, { caches: false }).join('\n');
  for (const field of ['diaryDay', 'skillsUsed', 'actedOn', 'self-harm']) {
    expect(stored.includes(field), `plaintext ${field} in storage`).toBe(false);
  }
});
