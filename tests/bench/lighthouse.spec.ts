// `make bench`: Lighthouse's accessibility audit of the three screens a person in distress meets
// first (unlock, the journal, Help now), at a phone's size, in the built app. Lighthouse drives
// its own Chromium through puppeteer-core: a navigation audit for the unlock screen (storage kept,
// so a vault exists), then snapshots of the screens reached by unlocking and by a tap.
// Writes target/bench/browser-lighthouse.json; the scores are reported, never asserted.
import { expect, test } from '@playwright/test';
import { startFlow } from 'lighthouse';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../support/chromium';
import { PASSPHRASE } from './inputs';
import { APP_BASE_URL } from './ports';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..', '..', 'target', 'bench');

const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

async function tap(page: Page, name: string): Promise<void> {
  await page.locator(`::-p-aria([name="${name}"][role="button"])`).click();
}

async function waitForHeading(page: Page, name: string): Promise<void> {
  await page.locator(`::-p-aria([name="${name}"][role="heading"])`).setTimeout(30_000).wait();
}

test('Lighthouse accessibility: unlock, journal, Help now', async () => {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    headless: true,
    args: CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
    defaultViewport: PHONE,
  });
  try {
    const page = await browser.newPage();
    await page.goto(APP_BASE_URL);
    await page.locator('#create-passphrase').fill(PASSPHRASE);
    await page.locator('#create-repeat').fill(PASSPHRASE);
    await tap(page, 'Create vault');
    await waitForHeading(page, 'Journal');
    await tap(page, 'Lock');
    await waitForHeading(page, 'Unlock');

    const flow = await startFlow(page, {
      name: 'Kintsugi, first screens',
      flags: {
        onlyCategories: ['accessibility'],
        // The vault in IndexedDB must survive the navigation, or the unlock screen is not shown.
        disableStorageReset: true,
        formFactor: 'mobile',
        screenEmulation: {
          mobile: true,
          width: PHONE.width,
          height: PHONE.height,
          deviceScaleFactor: PHONE.deviceScaleFactor,
          disabled: false,
        },
      },
    });
    await flow.navigate(APP_BASE_URL, { name: 'Unlock' });
    await waitForHeading(page, 'Unlock');
    await page.locator('#unlock-passphrase').fill(PASSPHRASE);
    await tap(page, 'Unlock');
    await waitForHeading(page, 'Journal');
    await flow.snapshot({ name: 'Journal' });
    await tap(page, 'Help now');
    await waitForHeading(page, 'Help now');
    await flow.snapshot({ name: 'Help now' });

    const result = await flow.createFlowResult();
    const screens = result.steps.map((step) => {
      const category = step.lhr.categories.accessibility;
      const scored = Object.values(step.lhr.audits).filter((audit) => audit.scoreDisplayMode === 'binary');
      const failing = scored.filter((audit) => audit.score === 0).map((audit) => audit.id);
      return { name: step.name, score: category?.score ?? null, audits: scored.length, failing };
    });
    expect(screens.map((s) => s.name)).toEqual(['Unlock', 'Journal', 'Help now']);
    for (const screen of screens) {
      expect(screen.score, `${screen.name} has an accessibility score`).not.toBeNull();
      expect(screen.audits, `${screen.name}: Lighthouse ran its checks`).toBeGreaterThan(10);
    }
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      path.join(outDir, 'browser-lighthouse.json'),
      `${JSON.stringify({ lighthouse: result.steps[0]?.lhr.lighthouseVersion, chromium: await browser.version(), screens }, null, 2)}\n`,
    );
  } finally {
    await browser.close();
  }
});
