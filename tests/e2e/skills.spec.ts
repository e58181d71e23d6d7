// The skills library and reflection prompts, read from the content data: groups, one skill with
// its caution and source, its walk-through, and focus back on the skill; the prompts put the
// safety note first and cover both partners and the two together.
import { expect, test } from '@playwright/test';
import { createVault, heading, openApp } from './helpers';
import { PASSPHRASE } from './markers';

test('the skills library lists each group and opens a skill with its steps, caution and source', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await page.getByRole('button', { name: 'Skills', exact: true }).click();
  await expect(heading(page, 'Skills')).toBeFocused();

  for (const group of [
    'Mindfulness',
    'Getting through a crisis',
    'Working with emotions',
    'Asking and saying no',
    'Grounding and self-validation',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: group, exact: true })).toBeVisible();
  }
  const crisis = page.getByRole('list', { name: 'Getting through a crisis skills' });
  await expect(crisis.getByRole('button')).toHaveCount(7);
  await expect(page.getByText(/crisis lines are in Help now/)).toBeVisible();

  await crisis.getByRole('button', { name: /^TIPP/ }).click();
  await expect(heading(page, 'TIPP')).toBeFocused();
  await expect(page.getByRole('complementary', { name: 'Before you try it' })).toContainText('heart condition');
  const steps = page.getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('Temperature');
  await expect(steps.nth(3)).toContainText('Paired muscle relaxation');
  await expect(page.getByText('Linehan, M. M. (2015). DBT Skills Training Manual (2nd ed.). Guilford Press.')).toBeVisible();

  // The walk-through goes step by step, and Back returns to the skill, then to the list.
  await page.getByRole('button', { name: 'Walk me through it', exact: true }).click();
  await expect(page.getByText('Step 1 of 4')).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Intense exercise' })).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(heading(page, 'TIPP')).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(heading(page, 'Skills')).toBeVisible();
  await expect(crisis.getByRole('button', { name: /^TIPP/ })).toBeFocused();

  // A skill without a guided exercise has no start button.
  await page.getByRole('button', { name: /^Radical acceptance/ }).click();
  await expect(page.getByRole('complementary', { name: 'Before you try it' })).toContainText('never means accepting harm');
  await expect(page.getByRole('button', { name: /Walk me through it|Start|Breathe with/ })).toHaveCount(0);
});

test('reflection prompts show the safety note first, then both partners and together', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await page.getByRole('button', { name: 'Reflect', exact: true }).click();
  await expect(heading(page, 'Reflect')).toBeFocused();

  const safety = page.getByRole('complementary', { name: 'Safety first' });
  await expect(safety).toContainText('not advised while there is abuse');
  const titles = page.getByRole('heading', { level: 2 });
  await expect(titles).toHaveText(['When the fear of being left takes over', 'When closeness feels like a threat', 'Together']);
  // The note comes before any prompt in reading order.
  const order = await page.evaluate(() => {
    const note = document.querySelector('[aria-label="Safety first"]');
    const first = document.querySelector('h2');
    return note && first ? note.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();

  const together = page.getByRole('region', { name: 'Together' });
  await expect(together.getByRole('listitem')).toHaveCount(4);
  await together.getByText('Sources', { exact: true }).click();
  await expect(together.getByText(/borderline-narcissist relationship dynamic/)).toBeVisible();
});

test('every control on the calm-down and breathing screens is at least 48 by 48 CSS pixels', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  const tooSmall = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('.skills-screen button, .skills-screen input')).flatMap((el) => {
        // A radio or checkbox is tapped through its label; measure what the finger hits.
        const target = el instanceof HTMLInputElement ? (el.closest('label') ?? el) : el;
        const box = target.getBoundingClientRect();
        return box.width < 48 || box.height < 48 ? [`${el.outerHTML.slice(0, 60)} ${box.width}x${box.height}`] : [];
      }),
    );
  await page.getByRole('button', { name: 'Calm down now', exact: true }).click();
  await expect(heading(page, 'Calm down now')).toBeVisible();
  expect(await page.locator('.skills-screen button, .skills-screen input').count()).toBeGreaterThan(15);
  expect(await tooSmall()).toEqual([]);
  await page.getByRole('button', { name: /^Breathe slowly/ }).click();
  await expect(heading(page, 'Paced breathing')).toBeVisible();
  expect(await tooSmall()).toEqual([]);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  expect(await tooSmall()).toEqual([]);
});
