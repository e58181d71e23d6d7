// `make bench`, the browser part: drives tests/bench/page and the built app in Chromium
// and writes target/bench/browser-*.json for report.ts. It records figures and never asserts a
// time; it only checks that each run did what it says (same bytes as libsodium, 10,000 entries).
import { expect, test, type Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTACT_LOGS, ENTRIES, PASSPHRASE, SAVES } from './inputs';
import { browserPid, withPeakMemory } from './memory';
import type { KintsugiBench } from './page/main';
import { APP_BASE_URL, BENCH_BASE_URL, BROWSER_MARKER } from './ports';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..', '..', 'target', 'bench');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** Fresh installs to import into (each also gives unlock-to-list, export and save runs, and one almost empty vault's saves). */
const INSTALLS = Number(process.env.BENCH_INSTALLS ?? 3);
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 7);

function write(name: string, data: unknown): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, name), `${JSON.stringify(data, null, 2)}\n`);
}

declare global {
  interface Window {
    kintsugiBench: KintsugiBench;
    unlockInteractiveAt?: number;
  }
}

async function benchPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BENCH_BASE_URL);
  await page.waitForFunction(() => window.kintsugiBench !== undefined);
  return { context, page };
}

test('crypto: ours beside libsodium.js and hash-wasm', async ({ browser }) => {
  const { context, page } = await benchPage(browser);
  const results = await page.evaluate((rounds) => window.kintsugiBench.crypto(rounds), ROUNDS);
  expect(results.sameBytes).toEqual({ aead: true, argon2: true });
  write('browser-crypto.json', { chromium: browser.version(), rounds: ROUNDS, ...results });
  await context.close();
});

interface WorkerRun {
  ms: number;
  fileBytes?: number;
  peakBytes?: number;
  unlockMs?: number;
  checkMs?: number;
  /** The integrity check after the unlock found nothing (it compared with a stored manifest). */
  checkClean?: boolean;
  phases?: Record<string, number>;
}

test('worker: import, unlock-to-list, contact log, export and saves with 10,000 entries', async ({ browser }) => {
  const root = browserPid(BROWSER_MARKER);
  const runs: Record<string, WorkerRun[]> = {
    import: [],
    unlockToList: [],
    contactLogAfterList: [],
    contactLogFirst: [],
    export: [],
    save: [],
    saveSmall: [],
  };
  for (let install = 0; install < INSTALLS; install++) {
    const { context, page } = await benchPage(browser);
    const fileBytes = await page.evaluate(() => window.kintsugiBench.prepareBackup());
    await page.evaluate(() => window.kintsugiBench.warmWorker());
    const imported = await withPeakMemory(root, () => page.evaluate(() => window.kintsugiBench.importRun()));
    expect(imported.result.added).toBe(ENTRIES + CONTACT_LOGS);
    runs.import!.push({
      ms: imported.result.ms,
      phases: imported.result.phases,
      fileBytes,
      peakBytes: imported.peakBytes - imported.baselineBytes,
    });
    for (let i = 0; i < 2; i++) {
      const listed = await page.evaluate(() => window.kintsugiBench.unlockToList());
      expect(listed.count).toBe(ENTRIES);
      runs.unlockToList!.push({ ms: listed.ms, unlockMs: listed.unlockMs, checkMs: listed.checkMs, checkClean: listed.clean });
    }
    for (const afterList of [true, false]) {
      for (let i = 0; i < 2; i++) {
        const opened = await page.evaluate((after) => window.kintsugiBench.contactLogRun(after), afterList);
        expect(opened.count).toBe(CONTACT_LOGS);
        runs[afterList ? 'contactLogAfterList' : 'contactLogFirst']!.push({ ms: opened.ms });
      }
    }
    for (let i = 0; i < 2; i++) {
      const exported = await withPeakMemory(root, () => page.evaluate(() => window.kintsugiBench.exportRun()));
      // The backup also holds the vault's own backup-state record once one was made.
      expect(exported.result.recordCount).toBeGreaterThanOrEqual(ENTRIES);
      runs.export!.push({
        ms: exported.result.ms,
        phases: exported.result.phases,
        fileBytes: exported.result.size,
        peakBytes: exported.peakBytes - exported.baselineBytes,
      });
    }
    // Last, so the runs above see the imported vault as it was: SAVES new entries, each timed.
    const saved = await page.evaluate((n) => window.kintsugiBench.saveRun(n), SAVES);
    expect(saved.before).toBe(ENTRIES);
    expect(saved.after).toBe(ENTRIES + SAVES);
    runs.save!.push(...saved.ms.map((ms) => ({ ms })));
    await context.close();
    // The same saves in an almost empty vault: a fresh install of its own with a new vault.
    const small = await benchPage(browser);
    await small.page.evaluate(() => window.kintsugiBench.createEmptyVault());
    const savedSmall = await small.page.evaluate((n) => window.kintsugiBench.saveRun(n), SAVES);
    expect(savedSmall.before).toBe(0);
    expect(savedSmall.after).toBe(SAVES);
    runs.saveSmall!.push(...savedSmall.ms.map((ms) => ({ ms })));
    await small.context.close();
  }
  write('browser-worker.json', { chromium: browser.version(), entries: ENTRIES, saves: SAVES, runs });
});

test('cold start: navigation to an interactive unlock screen', async ({ browser }) => {
  const context = await browser.newContext();
  // Records when the unlock screen first has an enabled passphrase field and Unlock button.
  await context.addInitScript(() => {
    const check = (): void => {
      if (window.unlockInteractiveAt !== undefined) return;
      const field = document.querySelector<HTMLInputElement>('input[type="password"]');
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Unlock');
      if (field && !field.disabled && button && !button.disabled) window.unlockInteractiveAt = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  });
  const first = await context.newPage();
  await first.goto(APP_BASE_URL);
  await first.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await first.getByLabel('Repeat passphrase', { exact: true }).fill(PASSPHRASE);
  await first.getByRole('button', { name: 'Create vault', exact: true }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible({ timeout: 30_000 });
  // Once the service worker is active, later navigations are served from its cache, as for an
  // installed app.
  await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await first.close();
  const ms: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const page = await context.newPage();
    await page.goto(APP_BASE_URL);
    await page.waitForFunction(() => window.unlockInteractiveAt !== undefined, undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    ms.push(await page.evaluate(() => window.unlockInteractiveAt!));
    await page.close();
  }
  write('browser-coldstart.json', { chromium: browser.version(), ms });
  await context.close();
});
