// The pseudo-locale finds text shown without translation. With the browser set to `en-XA`, every
// message and every content text comes out marked (⟦…⟧) and accented; this walks the main screens,
// locked and unlocked, and fails on any text or accessible name shown without its marks. Dates in
// <time>, numbers, and what the person typed are data, not words, and are left out.
import { expect, test, type Page } from '@playwright/test';
import { pseudo } from '../../web/src/i18n/language';
import { bare, shownTexts, walkMainScreens } from './language-walk';

test.use({ locale: 'en-XA' });

const P = pseudo;

/** Text nodes and accessible names on screen that carry no pseudo marks. */
async function untranslated(page: Page): Promise<string[]> {
  return (await shownTexts(page)).filter((shown) => !bare(shown).includes('⟦') && !bare(shown).includes('⟧'));
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name: P(name), exact: true });

test('every main screen shows only translated text (pseudo-locale)', async ({ page }) => {
  test.setTimeout(120_000);
  await walkMainScreens(page, P, async (_page, screen) => {
    expect(await untranslated(page), screen).toEqual([]);
  });
});

test('the page says its language and is never sent to a page translator', async ({ page }) => {
  await page.goto('./');
  await expect(h1(page, 'Create your vault')).toBeVisible();
  const html = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    translate: document.documentElement.translate,
    google: document.querySelector('meta[name="google"]')?.getAttribute('content'),
  }));
  expect(html).toEqual({ lang: 'en-XA', translate: false, google: 'notranslate' });
});

test('the pseudo-locale check finds English left on screen', async ({ page }) => {
  await page.goto('./');
  await expect(h1(page, 'Create your vault')).toBeVisible();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'An English sentence nobody translated';
    document.querySelector('main')?.append(p);
  });
  expect(await untranslated(page)).toEqual(['text: An English sentence nobody translated']);
});
