// Spec 5: during a full session the app requests nothing but its own files.
import { expect, test } from '@playwright/test';
import { addEntry, createVault, lock, openApp, recordRequests, reloadAndUnlock, unlock, waitForServiceWorkerControl } from './helpers';
import { ENTRY_ONE, ENTRY_TWO, PASSPHRASE } from './markers';
import { APP_ORIGIN, SUBPATH_BASE_URL } from './urls';

test('every request goes to the app origin', async ({ page, context }) => {
  const recorder = recordRequests(context);

  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await lock(page);
  await unlock(page, PASSPHRASE);
  await reloadAndUnlock(page, PASSPHRASE);
  await waitForServiceWorkerControl(page, PASSPHRASE);
  await context.setOffline(true);
  await reloadAndUnlock(page, PASSPHRASE);
  await addEntry(page, ENTRY_TWO);
  await context.setOffline(false);
  // Let late requests (SW update checks, prefetches) arrive before judging.
  await page.waitForTimeout(500);
  recorder.stop();

  const urls = recorder.urls();
  const fromSw = recorder.requests.filter((r) => r.fromServiceWorker).length;
  const summary = `${urls.length} requests (${fromSw} by the service worker), ${new Set(urls).size} distinct URLs`;
  test.info().annotations.push({ type: 'requests', description: summary });
  console.log(summary);
  if (process.env.E2E_DEBUG) {
    for (const r of recorder.requests) console.log(r.fromServiceWorker ? 'SW ' : 'PG ', r.resourceType, r.url);
  }
  expect(urls.length, 'requests were recorded').toBeGreaterThan(0);
  // Positive control: the recorder sees the core's module, whoever fetched it (worker or SW).
  expect(
    urls.some((u) => new URL(u).pathname.endsWith('.wasm')),
    'a .wasm request was recorded',
  ).toBe(true);
  const foreign = urls.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'data:') return false; // inline data, no network
    return url.origin !== APP_ORIGIN;
  });
  expect(foreign, 'requests to other origins').toEqual([]);

  // Served from a sub-path, the app must stay inside it (absolute "/x" URLs break there).
  const basePath = new URL(SUBPATH_BASE_URL).pathname;
  const outside = urls.filter((u) => u.startsWith('http') && !new URL(u).pathname.startsWith(basePath));
  expect(outside, `requests outside ${basePath}`).toEqual([]);
  const failed = recorder.responses.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`);
  expect(failed, 'responses with an error status').toEqual([]);
});
