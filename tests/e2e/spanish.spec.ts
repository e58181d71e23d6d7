// Spanish, through the main screens: with the browser in Spanish (or Spanish chosen on the
// device), every screen speaks Spanish. A text on screen that is exactly an English message or an
// English content text, where the Spanish says something else, is text that skipped translation.
import { expect, test, type Page } from '@playwright/test';
import { REGIONS_EN } from '../../web/src/content/crisis';
import { DIRECTORY_ES } from '../../web/src/content/crisis/text.es';
import { promptsEn } from '../../web/src/content/prompts/prompts.en';
import { promptsEs } from '../../web/src/content/prompts/prompts.es';
import { safetyPlan as planEn } from '../../web/src/content/safety-plan.en';
import { safetyPlan as planEs } from '../../web/src/content/safety-plan.es';
import { skillsEn } from '../../web/src/content/skills/skills.en';
import { skillsEs } from '../../web/src/content/skills/skills.es';
import { walkAway as walkAwayEn } from '../../web/src/content/walk-away.en';
import { walkAway as walkAwayEs } from '../../web/src/content/walk-away.es';
import { en } from '../../web/src/i18n/en';
import { es } from '../../web/src/i18n/es';
import { bare, shownTexts, walkMainScreens } from './language-walk';

test.use({ locale: 'es-ES' });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string in a content value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const spanishContent = new Set([promptsEs, planEs, skillsEs, walkAwayEs, DIRECTORY_ES].flatMap(strings));
const spanishMessages = new Set(Object.values(es));

/** English messages (a `{param}` matches anything) and content texts that Spanish words differently. */
const ENGLISH: readonly RegExp[] = [
  ...Object.entries(en)
    // A message that is mostly parameters ("{phase}: {days}", "{d1} to {d2}") would match any text.
    .filter(([key, text]) => es[key as keyof typeof es] !== text && text.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length >= 8)
    .map(
      ([, text]) =>
        new RegExp(
          `^${text
            .split(/\{\w+\}/)
            .map(escapeRegExp)
            .join('.+?')}$`,
          's',
        ),
    ),
  ...[
    promptsEn,
    planEn,
    skillsEn,
    walkAwayEn,
    REGIONS_EN.map((r) => [r.name, r.note, r.lines.map((l) => [l.purpose, l.hours, l.silentCall])]),
  ]
    .flatMap(strings)
    .filter((text) => /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(text) && !spanishContent.has(text) && !spanishMessages.has(text))
    .map((text) => new RegExp(`^${escapeRegExp(text)}$`)),
];

async function english(page: Page): Promise<string[]> {
  return (await shownTexts(page)).filter((shown) => ENGLISH.some((pattern) => pattern.test(bare(shown))));
}

/** The Spanish of an English message: one text, or each of them when keys of the same English differ. */
function say(english: string): string | RegExp {
  const spanish = [...new Set(Object.entries(en).flatMap(([key, text]) => (text === english ? [es[key as keyof typeof es]] : [])))];
  if (spanish.length === 0) throw new Error(`No message says “${english}”`);
  return spanish.length === 1 ? (spanish[0] as string) : new RegExp(`^(?:${spanish.map(escapeRegExp).join('|')})$`);
}

test('every main screen speaks Spanish when the browser does', async ({ page }) => {
  test.setTimeout(150_000);
  await walkMainScreens(page, say, async (_page, screen) => {
    expect(await english(page), screen).toEqual([]);
  });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
});

test('the check finds an English message left on a Spanish screen', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: es['create.title'] })).toBeVisible();
  expect(await english(page)).toEqual([]);
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('main')?.append(p);
  }, en['create.warning']);
  expect(await english(page)).toEqual([`text: ${en['create.warning']}`]);
});

test('the language is chosen on the locked screen, kept on this device, and given back to the phone', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: es['create.title'] })).toBeVisible();
  const choice = page.getByLabel(es['language.label'], { exact: true });
  await expect(choice.locator('option', { hasText: 'English' })).toHaveAttribute('lang', 'en');
  await choice.selectOption('en');
  // The page opens again in English, and stays English after another reload.
  await expect(page.getByRole('heading', { level: 1, name: en['create.title'] })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: en['create.title'] })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByLabel(en['language.label'], { exact: true }).selectOption('');
  await expect(page.getByRole('heading', { level: 1, name: es['create.title'] })).toBeVisible();
});

test('Help now in Spain lists its lines in Spanish, while locked', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: es['create.title'] })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: es['nav.help'], exact: true }).click();
  const spain = DIRECTORY_ES.es.lines;
  await expect(page.getByText(spain['es-016']?.purpose ?? 'missing', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /112/ }).first()).toBeVisible();
});
