// One walk through the main screens, locked and unlocked, for the language specs: `say` turns the
// English name of a button or heading into what the screen shows in the language under test, and
// `check` is called on each screen. The pseudo-locale spec and the Spanish spec share it, so both
// cover the same screens.
import { expect, type Page } from '@playwright/test';
import { PASSPHRASE } from './markers';

export type Say = (english: string) => string | RegExp;
export type Check = (page: Page, screen: string) => Promise<void>;

/** Every visible text node and accessible name, with what kind of text it is. Dates in <time>,
 * what the person typed, hidden parts and text marked as another language are left out. */
export async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = /\p{L}{2,}/u;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    // Text marked with its own language (a language's name in the chooser) is data, not a message.
    const otherLanguage = (el: Element) => el.closest('[lang]') !== document.documentElement;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!parent || text === '' || !words.test(text)) continue;
      if (parent.closest('time, script, style, [data-user-text], [aria-hidden="true"]') || otherLanguage(parent) || !visible(parent))
        continue;
      found.push(`text: ${text}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if ((!visible(el) && el.tagName !== 'INPUT') || el.closest('time') || otherLanguage(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value && words.test(value)) found.push(`${name} of <${el.tagName.toLowerCase()}>: ${value}`);
      }
    }
    return found;
  });
}

/** The text after "text: " or "aria-label of <x>: ". */
export function bare(shown: string): string {
  return shown.replace(/^(?:text|[\w-]+ of <\w+>): /, '');
}

export async function walkMainScreens(page: Page, say: Say, check: Check): Promise<void> {
  const named = (english: string) => ({ name: say(english), exact: true });
  const nav = (name: string) => page.getByRole('navigation').getByRole('button', named(name));
  const button = (name: string) => page.getByRole('button', named(name)).first();
  const h1 = (name: string) => page.getByRole('heading', { level: 1, ...named(name) });
  const settle = async (screen: string) => {
    await page.waitForTimeout(300); // let a lazy screen's data arrive
    await check(page, screen);
  };

  await page.goto('./');
  await expect(h1('Create your vault')).toBeVisible();
  await settle('create');

  await nav('Help now').click();
  await expect(h1('Help now')).toBeVisible();
  await settle('help, locked');
  await button('Back').click();

  await page.getByLabel(say('Passphrase'), { exact: true }).first().fill(PASSPHRASE);
  await page.getByLabel(say('Repeat passphrase'), { exact: true }).fill(PASSPHRASE);
  await button('Create vault').click();
  await expect(h1('Journal')).toBeVisible({ timeout: 20_000 });
  await settle('journal');

  /** Opens a screen from the Journal or Help now tab through `steps`, then checks it. */
  const visit = async (tab: 'Journal' | 'Help now', screen: string, title: string, ...steps: string[]) => {
    await nav(tab).click();
    await expect(h1(tab)).toBeVisible();
    for (const step of steps) await button(step).click();
    await expect(h1(title)).toBeVisible();
    await settle(screen);
  };
  const fromJournal = (screen: string, title: string, ...steps: string[]) => visit('Journal', screen, title, ...steps);
  const fromHelp = (screen: string, title: string, ...steps: string[]) => visit('Help now', screen, title, ...steps);
  await fromJournal('editor', 'Journal', 'New entry');
  await button('Cancel').click();
  await fromJournal('patterns', 'Patterns', 'Patterns');
  await fromJournal('contact log', 'Contact log', 'Contact log');
  await fromJournal('diary card', 'Diary card', 'Diary card');
  await fromJournal('skills', 'Skills', 'Skills');
  await fromJournal('calm down', 'Calm down now', 'Calm down now');
  await fromJournal('reflect', 'Reflect', 'Reflect');
  await fromJournal('contact plan', 'Plan for contact', 'Plan for contact');

  await nav('Help now').click();
  await expect(h1('Help now')).toBeVisible();
  await settle('help');
  await button('My safety plan').click();
  await expect(h1('My safety plan')).toBeVisible();
  await settle('safety plan');

  await fromHelp('walk-away check', 'When to walk away', 'When to walk away: a short check');
  await fromHelp('incident log', 'Incident log', 'Incident log: write down what happened');
  await fromHelp('incident editor', 'A new incident', 'Incident log: write down what happened', 'Add an incident');
  await button('Cancel').click();

  await nav('Settings').click();
  await expect(h1('Settings')).toBeVisible();
  await settle('settings');

  await button('Lock').click();
  await expect(h1('Unlock')).toBeVisible();
  await settle('unlock');
}
