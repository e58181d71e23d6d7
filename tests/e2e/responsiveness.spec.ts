// Spec 7: Argon2 runs off the main thread: timers keep ticking during unlock, and the
// progress indicator shows with the button disabled.
import { expect, test } from '@playwright/test';
import { addEntry, createVault, expectJournal, lock, openApp, passphraseField } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';

interface ProbeResult {
  clickAt: number;
  journalAt: number;
  progressSeenAt: number;
  unlockButtonDuringWait: string;
  maxGap: number;
  ticks: number;
  rafTicks: number;
}

test('the main thread stays responsive while unlocking', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  await lock(page);
  await passphraseField(page).fill(PASSPHRASE);

  // In-page probe: a setTimeout(0) loop and a rAF loop record their timestamps; a
  // MutationObserver notes when the progress indicator appears and when the journal shows.
  await page.evaluate(() => {
    const s = {
      stop: false,
      last: performance.now(),
      gaps: [] as [number, number][], // [end time, gap]
      raf: [] as number[],
      clickAt: 0,
      journalAt: 0,
      progressSeenAt: 0,
      unlockButtonDuringWait: 'not seen',
    };
    (window as unknown as { __probe: typeof s }).__probe = s;
    const check = () => {
      const now = performance.now();
      if (!s.progressSeenAt && s.clickAt) {
        const candidates = [
          ...Array.from(document.querySelectorAll('[role="progressbar"]')).filter((e) => e.getAttribute('aria-label') === 'Unlocking'),
          ...Array.from(document.querySelectorAll('[role="status"]')).filter((e) => (e.textContent ?? '').includes('Unlocking')),
        ];
        if (candidates.some((e) => e.checkVisibility())) {
          s.progressSeenAt = now;
          // The Unlock button (its label may read "Unlocking…" now) must be disabled.
          const buttons = Array.from(document.querySelectorAll('button')).filter((b) => /^unlock/i.test((b.textContent ?? '').trim()));
          s.unlockButtonDuringWait =
            buttons.length === 0
              ? 'absent'
              : buttons.every((b) => b.disabled || b.getAttribute('aria-disabled') === 'true')
                ? 'disabled'
                : 'enabled';
        }
      }
      if (!s.journalAt && document.querySelector('h1')?.textContent?.trim() === 'Journal') s.journalAt = now;
    };
    new MutationObserver(check).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    document.addEventListener(
      'click',
      () => {
        if (!s.clickAt) s.clickAt = performance.now();
      },
      true,
    );
    const tick = () => {
      const now = performance.now();
      s.gaps.push([now, now - s.last]);
      s.last = now;
      check();
      if (!s.stop) setTimeout(tick, 0);
    };
    const frame = (t: number) => {
      s.raf.push(t);
      if (!s.stop) requestAnimationFrame(frame);
    };
    setTimeout(tick, 0);
    requestAnimationFrame(frame);
  });

  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expectJournal(page);

  const r = await page.evaluate((): ProbeResult => {
    const s = (
      window as unknown as {
        __probe: {
          stop: boolean;
          gaps: [number, number][];
          raf: number[];
          clickAt: number;
          journalAt: number;
          progressSeenAt: number;
          unlockButtonDuringWait: string;
        };
      }
    ).__probe;
    s.stop = true;
    // Gaps that ended between the click and the journal appearing: the unlock wait.
    const during = s.gaps.filter(([end]) => end > s.clickAt && end <= s.journalAt);
    return {
      clickAt: s.clickAt,
      journalAt: s.journalAt,
      progressSeenAt: s.progressSeenAt,
      unlockButtonDuringWait: s.unlockButtonDuringWait,
      maxGap: Math.max(0, ...during.map(([, gap]) => gap)),
      ticks: during.length,
      rafTicks: s.raf.filter((t) => t > s.clickAt && t <= s.journalAt).length,
    };
  });
  const unlockMs = r.journalAt - r.clickAt;
  test.info().annotations.push({
    type: 'timing',
    description: `unlock ${unlockMs.toFixed(0)} ms, max main-thread gap ${r.maxGap.toFixed(1)} ms, ${r.ticks} timer ticks, ${r.rafTicks} frames`,
  });
  console.log(test.info().annotations.at(-1)?.description);

  expect(r.clickAt, 'the probe saw the click').toBeGreaterThan(0);
  expect(r.journalAt, 'the probe saw the journal').toBeGreaterThan(r.clickAt);
  // Argon2id at 64 MiB takes ~240 ms in Chromium here; an unlock under 100 ms would mean
  // the measurement (or the KDF cost) is not what this test assumes.
  expect(unlockMs, 'unlock takes long enough to measure').toBeGreaterThanOrEqual(100);
  expect(r.maxGap, 'longest main-thread stall during unlock (ms)').toBeLessThan(150);
  expect(r.maxGap, 'stall well below the unlock duration').toBeLessThan(unlockMs / 2);
  expect(r.ticks, 'timer ticks kept coming').toBeGreaterThan(10);
  expect(r.rafTicks, 'frames kept coming').toBeGreaterThan(2);
  expect(r.progressSeenAt, 'progress indicator visible during the wait').toBeGreaterThan(0);
  expect(r.progressSeenAt).toBeLessThan(r.journalAt);
  // Contract: "the button is disabled" (a button removed during the wait is reported as 'absent').
  expect(r.unlockButtonDuringWait, 'Unlock button while unlocking').toBe('disabled');
});
