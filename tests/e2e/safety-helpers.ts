// Helpers for the safety specs: navigation, settings, visibility, quick-exit timing.
// Locators follow accessible names, like helpers.ts.
import { expect, type Page } from '@playwright/test';
import { heading } from './helpers';

/** The core's default quick-exit site (kintsugi-model DEFAULT_QUICK_EXIT_URL). */
export const DEFAULT_EXIT_URL = 'https://www.wikipedia.org/';

export function quickExitButton(page: Page) {
  return page.getByRole('button', { name: 'Quick exit', exact: true });
}

/** A button in the bottom bar ("Journal", "Help now", "Settings"). */
export function navButton(page: Page, name: string) {
  return page.getByRole('navigation').getByRole('button', { name, exact: true });
}

export async function goTo(page: Page, name: 'Journal' | 'Help now' | 'Settings'): Promise<void> {
  await navButton(page, name).click();
  await expect(heading(page, name)).toBeVisible();
  await expect(heading(page, name)).toBeFocused();
  await expect(navButton(page, name)).toHaveAttribute('aria-current', 'page');
}

export interface SettingsInput {
  minutes?: string;
  grace?: string;
  url?: string;
  region?: string;
}

/** On Settings: fills the given fields and saves; waits for "Settings saved." unless told not to. */
export async function saveSettings(page: Page, input: SettingsInput, expectSaved = true): Promise<void> {
  if (input.minutes !== undefined) await page.getByLabel('Lock after this many minutes without use').fill(input.minutes);
  if (input.grace !== undefined) {
    await page.getByLabel('Lock when the app has been in the background this many seconds').fill(input.grace);
  }
  if (input.url !== undefined) await page.getByLabel('Quick exit goes to').fill(input.url);
  if (input.region !== undefined) await page.getByLabel('Region for crisis lines').selectOption({ label: input.region });
  await page.getByRole('button', { name: 'Save settings', exact: true }).click();
  if (expectSaved) await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
}

/** Makes the page believe it was hidden (or shown again), as switching apps does on a phone. */
export async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** Serves `url` (and anything under it) from the test, so no real network is used. */
export async function fakeSite(page: Page, url: string, title: string): Promise<void> {
  await page
    .context()
    .route(`${url}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>${title}</title><h1>${title}</h1>` }),
    );
}

/**
 * Records, inside the page, when the person pressed (click or keydown, captured before the
 * app sees it) and when the page started to leave (beforeunload). Times are epoch ms.
 */
export async function recordExitTiming(page: Page): Promise<{ presses: number[]; leaves: number[] }> {
  const marks = { presses: [] as number[], leaves: [] as number[] };
  await page.exposeFunction('__safetyMark', (kind: 'press' | 'leave', at: number) => {
    (kind === 'press' ? marks.presses : marks.leaves).push(at);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __safetyMark: (kind: string, at: number) => void };
    const now = () => performance.timeOrigin + performance.now();
    const press = () => w.__safetyMark('press', now());
    window.addEventListener('click', press, { capture: true });
    window.addEventListener('keydown', press, { capture: true });
    window.addEventListener('beforeunload', () => w.__safetyMark('leave', now()));
  });
  return marks;
}

/** Every text a person could read or a field could hold, to search for secrets. */
export async function pageTextAndFields(page: Page): Promise<string> {
  const html = await page.content();
  const fields = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input, textarea'), (e) => (e as HTMLInputElement).value).join('\n'),
  );
  return `${html}\n${fields}`;
}
