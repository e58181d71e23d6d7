// Every screen, checked by machine: each has its top bar (Back at the top left where it is
// not a place of its own, Lock while unlocked, Quick exit last); axe-core finds no WCAG 2.2 A/AA violation in the light and
// the dark colour scheme; at 200% text (the browser's own text-size setting, as a phone's
// accessibility setting changes it) and at 320 px width no control is clipped or pushed past
// the edge, the page never scrolls sideways, the fixed bars' controls do not overlap, every
// target is at least 44 x 44 px and apart from the others, and Tab never puts focus under a
// fixed bar. With LAYOUT_SHOTS=<folder> each screen's screenshot is saved there too.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { addEntry, createVault, entriesList, entryItem, searchField, WCAG_TAGS } from './helpers';
import { ENTRY_ONE, ENTRY_TWO, PASSPHRASE } from './markers';
import { walkEveryScreen, type Screen } from './screens';

const MIN_TARGET = 44;
/** Most Tab presses per screen (a round ends sooner when focus leaves the page or comes back). */
const MAX_TABS = 40;

const shots = process.env.LAYOUT_SHOTS;

async function screenshot(page: Page, label: string, screen: Screen): Promise<void> {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${label}-${screen.name}.png`) });
}

/** Sets the browser's default text size (what a phone's text-size setting changes), in px. */
async function setTextSize(page: Page, px: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });
}

/** Whether the element at `selector` is partly under a sticky bar (then axe's target-size sees it as crowded). */
function underBar(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    if (!r) return false;
    return [...document.querySelectorAll('.topbar, .app-nav, .actionbar')].some((bar) => {
      const b = bar.getBoundingClientRect();
      return r.top < b.bottom && b.top < r.bottom;
    });
  }, selector);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found: string[] = [];
  for (const v of result.violations) {
    const nodes: string[] = [];
    for (const n of v.nodes) {
      const selector = n.target.join(' ');
      // A control scrolled half under a bar is crowded only at this scroll position; the layout
      // checks measure every target's own size and spacing.
      if (v.id === 'target-size' && (await underBar(page, selector))) continue;
      nodes.push(selector);
    }
    if (nodes.length > 0) found.push(`${v.id}: ${v.help} (${nodes.join(', ')})`);
  }
  return found;
}

/** Problems with the layout of what is on screen now: clipped, off-edge, overlapping or small controls. */
function layoutProblems(page: Page, minTarget: number): Promise<string[]> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const doc = document.documentElement;
    const vw = doc.clientWidth;
    if (doc.scrollWidth > vw + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${vw})`);
    const describeElement = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || el.id).trim().slice(0, 40)}"`;
    // Drawn on screen: not in a closed <details> (content-visibility), not hidden, not out of the flow as sr-only.
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (
        r.width > 1 && r.height > 1 && el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true, contentVisibilityAuto: true })
      );
    };
    // Inside a row that scrolls sideways on purpose (the journal's tools), edges are not clipping.
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, summary, label')].filter(shown);
    for (const el of controls) {
      const box = el as HTMLElement;
      const r = el.getBoundingClientRect();
      const clips = !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && box.scrollWidth > box.clientWidth + 1;
      if (clips) problems.push(`${describeElement(el)} is clipped (${box.scrollWidth} > ${box.clientWidth})`);
      if (!inScroller(el) && (r.right > vw + 1 || r.left < -1))
        problems.push(`${describeElement(el)} runs past the edge (${Math.round(r.left)}..${Math.round(r.right)} of ${vw})`);
    }
    // Targets: what a finger presses. A radio or checkbox is pressed through its label.
    const targets: { el: Element; r: DOMRect }[] = [];
    for (const el of controls) {
      if (el instanceof HTMLLabelElement) continue;
      // Links inside running text are exempt from the size rule (WCAG 2.5.8 "inline").
      if (el instanceof HTMLAnchorElement && el.closest('p, li > span')) continue;
      let target: Element = el;
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
        target = el.labels?.[0] ?? el;
      }
      if (target instanceof HTMLInputElement && target.type === 'file') continue;
      targets.push({ el: target, r: target.getBoundingClientRect() });
    }
    for (const { el, r } of targets) {
      if (r.width < min - 0.5 || r.height < min - 0.5)
        problems.push(`${describeElement(el)} is ${Math.round(r.width)}x${Math.round(r.height)} px`);
    }
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    for (let i = 0; i < targets.length; i++) {
      for (let j = i + 1; j < targets.length; j++) {
        const a = targets[i],
          b = targets[j];
        if (!a || !b || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        // Two rows of a list scrolled under a sticky bar overlap the bar's controls on purpose.
        const inBarA = !!a.el.closest('.topbar, .app-nav, .actionbar');
        const inBarB = !!b.el.closest('.topbar, .app-nav, .actionbar');
        if (inBarA !== inBarB) continue;
        if (overlap(a.r, b.r)) problems.push(`${describeElement(a.el)} overlaps ${describeElement(b.el)}`);
      }
    }
    return problems;
  }, minTarget);
}

/** Tabs through the screen; returns each focused control that ended up under a fixed bar, and how many were focused. */
async function focusUnderBars(page: Page): Promise<string[]> {
  const hidden: string[] = [];
  let focused = 0;
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-tab-seen]')) delete el.dataset.tabSeen;
  });
  await page.locator('h1').first().focus();
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    // Two frames: the app finishes its own scroll of a newly focused field in the next one.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const problem = await page.evaluate(() => {
      const el = document.activeElement;
      // Past the last control focus leaves the page, then starts again at the top: the round is done.
      if (!(el instanceof HTMLElement) || el === document.body || el.dataset.tabSeen) return 'done';
      el.dataset.tabSeen = '1';
      if (el.closest('.topbar, .app-nav, .actionbar')) return null;
      const r = el.getBoundingClientRect();
      const bar = (s: string) => document.querySelector(s)?.getBoundingClientRect();
      const top = bar('.topbar')?.bottom ?? 0;
      const bottoms = [bar('.app-nav')?.top, bar('.actionbar')?.top].filter((v): v is number => v !== undefined);
      const bottom = Math.min(window.innerHeight, ...bottoms);
      // A control taller than the space between the bars cannot show whole: enough of it must.
      const hidden =
        r.height <= bottom - top ? r.top < top - 1 || r.bottom > bottom + 1 : Math.min(r.bottom, bottom) - Math.max(r.top, top) < 44;
      if (hidden) {
        return `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}" at ${Math.round(r.top)}..${Math.round(r.bottom)}, bars end at ${Math.round(top)} and start at ${Math.round(bottom)}`;
      }
      return null;
    });
    if (problem === 'done') break;
    focused++;
    if (problem) hidden.push(problem);
  }
  // Every screen has controls past its h1 (at least the bottom bar): a round that focused none checked nothing.
  if (focused === 0) hidden.push('Tab focused nothing');
  return hidden;
}

/** Screens that are places of their own (the bottom bar's, the first screens, and the editor with its Cancel): no Back. */
const NO_BACK = new Set(['create', 'unlock', 'journal', 'editor', 'help', 'settings', 'backup']);
const LOCKED = new Set(['create', 'restore', 'help-locked', 'unlock']);

/** The top bar: Back first at the top left (unless a place of its own), Lock (while unlocked), Quick exit last at the right. */
async function topBarProblems(page: Page, screen: Screen): Promise<string[]> {
  const bar = page.getByRole('banner');
  const names = (await bar.getByRole('button').allTextContents()).map((n) => n.trim());
  const problems: string[] = [];
  const expected = [...(NO_BACK.has(screen.name) ? [] : ['Back']), ...(LOCKED.has(screen.name) ? [] : ['Lock']), 'Quick exit'];
  if (names.join('|') !== expected.join('|')) problems.push(`top bar has ${names.join(', ')}; expected ${expected.join(', ')}`);
  const backButton = bar.getByRole('button', { name: 'Back', exact: true });
  const back = (await backButton.count()) === 1 ? await backButton.boundingBox() : null;
  if (back && back.x > 24) problems.push(`Back is not at the left edge (x = ${back.x})`);
  return problems;
}

test('the journal opens on its entries, with New entry and every tool one tap away; search results land on screen', async ({ page }) => {
  await page.goto('./');
  await createVault(page, PASSPHRASE);
  for (const text of [ENTRY_ONE, ENTRY_TWO]) await addEntry(page, text);
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = page.viewportSize()?.height ?? 0;
  const onFirstScreen = async (what: string, box: { y: number; height: number } | null) =>
    expect(box && box.y >= 0 && box.y + box.height <= height, `${what} on the first screen`).toBe(true);
  await onFirstScreen('New entry', await page.getByRole('button', { name: 'New entry', exact: true }).boundingBox());
  await onFirstScreen('the newest entry', await entryItem(page, ENTRY_TWO).boundingBox());
  const tools = page.getByRole('navigation', { name: 'Right now' });
  const names = ['Calm down now', 'Skills', 'Reflect', 'Diary card', 'Plan for contact', 'Patterns', 'Contact log'];
  await expect(tools.getByRole('button')).toHaveText(names);
  await onFirstScreen('the tools row', await tools.boundingBox());
  await searchField(page).fill(ENTRY_ONE.slice(0, 20));
  await expect(entriesList(page).getByRole('listitem')).toHaveCount(1);
  await onFirstScreen('the search result', await entryItem(page, ENTRY_ONE).boundingBox());
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe (WCAG 2.2 AA) in the ${scheme} scheme`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    await walkEveryScreen(page, async (screen) => {
      await screenshot(page, scheme, screen);
      for (const v of await axeViolations(page)) found.push(`${screen.name}: ${v}`);
      for (const p of await topBarProblems(page, screen)) found.push(`${screen.name}: ${p}`);
    });
    expect(found).toEqual([]);
  });
}

const SIZES = [
  { label: 'text-200', width: 390, text: 32 },
  { label: 'narrow-320', width: 320, text: 16 },
  { label: 'narrow-320-text-200', width: 320, text: 32 },
];

for (const size of SIZES) {
  test(`every screen at ${size.width} px and ${(size.text / 16) * 100}% text: nothing clipped, overlapping, small or hidden under a bar`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: size.width, height: 844 });
    await setTextSize(page, size.text);
    await walkEveryScreen(page, async (screen) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, size.label, screen);
      // Soft: every screen's findings are reported, even if a later screen cannot be reached.
      expect.soft(await layoutProblems(page, MIN_TARGET), `${screen.name}: layout`).toEqual([]);
      expect.soft([...new Set(await focusUnderBars(page))], `${screen.name}: focus under a bar`).toEqual([]);
    });
  });
}

test('the checks can fail: a clipped, small, overlapping control and focus under the bottom bar are found', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const clipped = document.createElement('button');
    clipped.textContent = 'A label far too long to fit in its box';
    clipped.style.cssText = 'width:60px;white-space:nowrap;overflow:hidden';
    const small = document.createElement('button');
    small.textContent = 'x';
    small.style.cssText = 'min-height:0;min-width:0;width:20px;height:20px;padding:0;position:fixed;left:0;top:300px';
    const over = document.createElement('button');
    over.textContent = 'y';
    over.style.cssText = 'position:fixed;left:0;top:300px;width:50px;height:50px';
    // Fixed at the bottom, so no scroll of the page can bring it out from under the bar.
    const underBar = document.createElement('button');
    underBar.textContent = 'z';
    underBar.style.cssText = 'position:fixed;left:0;bottom:0;width:60px;height:60px';
    main.prepend(clipped, small, over);
    main.append(underBar);
    const nav = document.querySelector<HTMLElement>('.app-nav');
    if (nav) nav.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:70vh';
  });
  const problems = await layoutProblems(page, MIN_TARGET);
  expect(problems.some((p) => p.includes('is clipped'))).toBe(true);
  expect(problems.some((p) => p.includes('"x" is 20x20'))).toBe(true);
  expect(problems.some((p) => p.includes('overlaps'))).toBe(true);
  expect((await focusUnderBars(page)).some((p) => p.startsWith('button "z"'))).toBe(true);
});
