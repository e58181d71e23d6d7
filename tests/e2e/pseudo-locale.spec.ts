// The pseudo-locale finds text shown without translation. With the browser set to `en-XA`, every
// message and every content text comes out marked (⟦…⟧) and accented; this walks the main screens,
// locked and unlocked, and fails on any text or accessible name shown without its marks. Dates in
// <time>, numbers, and what the person typed are data, not words, and are left out.
import { expect, test, type Page } from '@playwright/test';
import { pseudo } from '../../web/src/i18n/language';
import { PASSPHRASE } from './markers';

test.use({ locale: 'en-XA' });

const P = pseudo;

/** Text nodes and accessible names on screen that carry no pseudo marks. */
async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = /\p{L}{2,}/u;
    const marked = (s: string) => s.includes('⟦') || s.includes('⟧');
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!parent || text === '' || !words.test(text) || marked(text)) continue;
      // Data, not words: dates and times, the passphrase field, a phone number's digits.
      if (parent.closest('time, script, style, [data-user-text], [aria-hidden="true"]') || !visible(parent)) continue;
      found.push(`text: ${text}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if ((!visible(el) && el.tagName !== 'INPUT') || el.closest('time')) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value && words.test(value) && !marked(value)) found.push(`${name} of <${el.tagName.toLowerCase()}>: ${value}`);
      }
    }
    return found;
  });
}

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name: P(name), exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name: P(name), exact: true }).first();
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name: P(name), exact: true });

async function expectAllTranslated(page: Page, screen: string): Promise<void> {
  await page.waitForTimeout(300); // let a lazy screen's data arrive
  expect(await untranslated(page), screen).toEqual([]);
}

test('every main screen shows only translated text (pseudo-locale)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(h1(page, 'Create your vault')).toBeVisible();
  await expectAllTranslated(page, 'create');

  await nav(page, 'Help now').click();
  await expect(h1(page, 'Help now')).toBeVisible();
  await expectAllTranslated(page, 'help, locked');
  await button(page, 'Back').click();

  await page.getByLabel(P('Passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(P('Repeat passphrase'), { exact: true }).fill(PASSPHRASE);
  await button(page, 'Create vault').click();
  await expect(h1(page, 'Journal')).toBeVisible({ timeout: 20_000 });
  await expectAllTranslated(page, 'journal');

  /** Opens a screen from the Journal or Help now tab through `steps`, then checks it. */
  const visit = async (tab: 'Journal' | 'Help now', screen: string, title: string, ...steps: string[]) => {
    await nav(page, tab).click();
    await expect(h1(page, tab)).toBeVisible();
    for (const step of steps) await button(page, step).click();
    await expect(h1(page, title)).toBeVisible();
    await expectAllTranslated(page, screen);
  };
  const fromJournal = (screen: string, title: string, ...steps: string[]) => visit('Journal', screen, title, ...steps);
  const fromHelp = (screen: string, title: string, ...steps: string[]) => visit('Help now', screen, title, ...steps);
  await fromJournal('editor', 'Journal', 'New entry');
  await button(page, 'Cancel').click();
  await fromJournal('patterns', 'Patterns', 'Patterns');
  await fromJournal('contact log', 'Contact log', 'Contact log');
  await fromJournal('diary card', 'Diary card', 'Diary card');
  await fromJournal('skills', 'Skills', 'Skills');
  await fromJournal('calm down', 'Calm down now', 'Calm down now');
  await fromJournal('reflect', 'Reflect', 'Reflect');
  await fromJournal('contact plan', 'Plan for contact', 'Plan for contact');

  await nav(page, 'Help now').click();
  await expect(h1(page, 'Help now')).toBeVisible();
  await expectAllTranslated(page, 'help');
  await button(page, 'My safety plan').click();
  await expect(h1(page, 'My safety plan')).toBeVisible();
  await expectAllTranslated(page, 'safety plan');

  await fromHelp('walk-away check', 'When to walk away', 'When to walk away: a short check');
  await fromHelp('incident log', 'Incident log', 'Incident log: write down what happened');
  await fromHelp('incident editor', 'A new incident', 'Incident log: write down what happened', 'Add an incident');
  await button(page, 'Cancel').click();

  await nav(page, 'Settings').click();
  await expect(h1(page, 'Settings')).toBeVisible();
  await expectAllTranslated(page, 'settings');

  await button(page, 'Lock').click();
  await expect(h1(page, 'Unlock')).toBeVisible();
  await expectAllTranslated(page, 'unlock');
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
