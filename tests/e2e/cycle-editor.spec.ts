// The entry editor's phase picker, emotion ratings and triggers with suggestions
// persist through lock and unlock, text-only edits keep them, and storage stays ciphertext.
import { expect, test, type Locator } from '@playwright/test';
import { createVault, dumpAllStorage, dumpStrings, entryItem, findLeaks, lock, openApp, ratingOption, unlock } from './helpers';
import { PASSPHRASE } from './markers';

const TEXT = 'MARKER-cycle-entry-3d7e — the silent treatment again';
const TRIGGER = 'MARKER-trigger-88af birthday';
const OWN_FEELING = 'MARKER-feeling-1c4b numb';

test.use({ timezoneId: 'UTC' });

test('phase, emotions and triggers are saved, suggested and kept encrypted', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);

  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByLabel('Entry', { exact: true }).fill(TEXT);
  await page.getByLabel('When did it happen?', { exact: true }).fill('2026-01-05T09:30');
  // Each phase is explained in one sentence, tied to its radio button.
  const devaluation = page.getByRole('radio', { name: 'Devaluation', exact: true });
  await expect(devaluation).toHaveAccessibleDescription(/fights that escalate fast/);
  await expect(page.getByRole('radio', { name: 'Hoovering', exact: true })).toHaveAccessibleDescription(/charm or guilt/);
  await devaluation.check();
  // Not rated is its own choice, distinct from 0; choosing a rating adds and moves nothing.
  await expect(ratingOption(page, 'Fear', null)).toBeChecked();
  await expect(ratingOption(page, 'Fear', 0)).not.toBeChecked();
  const fearGroup = page.getByRole('radiogroup', { name: 'Fear', exact: true });
  // Where a box sits on the page (not the viewport: a tap may scroll).
  const place = (l: Locator) =>
    l.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    });
  // The touch target is the radio's label (the button drawn around it).
  const fourButton = ratingOption(page, 'Fear', 4).locator('xpath=..');
  const before = await place(fearGroup);
  const fourBefore = await place(fourButton);
  await ratingOption(page, 'Fear', 4).check();
  await expect(ratingOption(page, 'Fear', 4)).toBeChecked();
  await expect(ratingOption(page, 'Fear', null)).not.toBeChecked();
  expect(await place(fearGroup)).toEqual(before);
  expect(await place(fourButton)).toEqual(fourBefore);
  expect(fourBefore.width).toBeGreaterThanOrEqual(44);
  expect(fourBefore.height).toBeGreaterThanOrEqual(44);
  // And back to not rated.
  await ratingOption(page, 'Fear', null).check();
  await expect(ratingOption(page, 'Fear', 4)).not.toBeChecked();
  await ratingOption(page, 'Fear', 4).check();
  await page.getByLabel('A feeling of your own', { exact: true }).fill(OWN_FEELING);
  await page.getByRole('button', { name: 'Add feeling', exact: true }).click();
  await ratingOption(page, OWN_FEELING, 2).check();
  await page.getByLabel('New trigger', { exact: true }).fill(`  ${TRIGGER} `);
  await page.getByRole('button', { name: 'Add trigger', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Triggers on this entry' })).toContainText(TRIGGER);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(entryItem(page, TEXT)).toHaveCount(1);
  // The list shows the phase and the time it happened, not the time it was typed.
  await expect(entryItem(page, TEXT)).toContainText('Devaluation');
  await expect(entryItem(page, TEXT).locator('time')).toHaveAttribute('datetime', '2026-01-05T09:30:00.000Z');

  await lock(page);
  await unlock(page, PASSPHRASE);

  // Edit only the text: the tracker fields come back as saved and stay.
  await entryItem(page, TEXT).getByRole('button', { name: /^Edit/ }).click();
  await expect(page.getByRole('radio', { name: 'Devaluation', exact: true })).toBeChecked();
  await expect(ratingOption(page, 'Fear', 4)).toBeChecked();
  await expect(ratingOption(page, OWN_FEELING, 2)).toBeChecked();
  await expect(ratingOption(page, 'Joy', null)).toBeChecked();
  await page.getByLabel('Entry', { exact: true }).fill(`${TEXT} (edited)`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(entryItem(page, `${TEXT} (edited)`)).toHaveCount(1);

  // A new entry suggests the trigger used before; tapping adds it.
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByRole('button', { name: `Add trigger ${TRIGGER}`, exact: true }).click();
  await expect(page.getByRole('list', { name: 'Triggers on this entry' })).toContainText(TRIGGER);
  await expect(page.getByRole('button', { name: `Add trigger ${TRIGGER}`, exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  // The cached app code names the phases, so the phase is looked for outside the caches only.
  const dump = await dumpAllStorage(page);
  const leaks = [
    ...findLeaks(dumpStrings(dump), [TEXT, TRIGGER, OWN_FEELING]),
    ...findLeaks(dumpStrings(dump, { caches: false }), ['"phase":"devaluation"', 'devaluation']),
  ];
  expect(leaks, 'tracker fields found in storage').toEqual([]);
});

test('a phase and two ratings chosen in the same moment all stay (no choice is undone by a stale copy)', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByLabel('Entry', { exact: true }).fill(TEXT);
  // Three taps before the screen re-renders in between (as fast taps can be): all run in one
  // task, so a handler that built on the draft as drawn would undo the ones before it.
  const radios = await Promise.all(
    [page.getByRole('radio', { name: 'Devaluation', exact: true }), ratingOption(page, 'Fear', 4), ratingOption(page, 'Anger', 2)].map(
      (l) => l.elementHandle(),
    ),
  );
  await page.evaluate((inputs) => {
    for (const input of inputs) (input as HTMLInputElement | null)?.click();
  }, radios);
  await expect(page.getByRole('radio', { name: 'Devaluation', exact: true })).toBeChecked();
  await expect(ratingOption(page, 'Fear', 4)).toBeChecked();
  await expect(ratingOption(page, 'Anger', 2)).toBeChecked();
});
