// Pure timing rules behind quick exit and auto-lock. No DOM: unit-tested with fake timers.

/** Escape twice within this many milliseconds triggers quick exit. */
export const DOUBLE_PRESS_MS = 1000;
/** Quick exit waits at most this long for the worker to lock before leaving anyway. */
export const EXIT_LOCK_CAP_MS = 40;

/** Counts presses; `press()` is true on the second one within `windowMs` of the first. */
export function createDoublePress(windowMs = DOUBLE_PRESS_MS, now: () => number = () => performance.now()) {
  let last = Number.NEGATIVE_INFINITY;
  return {
    press(): boolean {
      const t = now();
      const hit = t - last <= windowMs;
      last = hit ? Number.NEGATIVE_INFINITY : t;
      return hit;
    },
    reset(): void {
      last = Number.NEGATIVE_INFINITY;
    },
  };
}

/** Calls `onIdle` once after `timeoutMs` without a `touch()`. */
export function createIdleTimer(timeoutMs: number, onIdle: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const touch = () => {
    stop();
    timer = setTimeout(() => {
      timer = undefined;
      onIdle();
    }, timeoutMs);
  };
  touch();
  return { touch, stop };
}

/** Whether a page hidden at `hiddenAt` (ms) must lock at `now`; a grace of 0 locks at once. */
export function hiddenTooLong(hiddenAt: number, now: number, graceSeconds: number): boolean {
  return now - hiddenAt >= graceSeconds * 1000;
}

/**
 * Quick exit: clear the screen at once, let the worker lock (wipe its keys) for at most
 * `capMs`, then replace the page so Back does not return to it. Leaves even if locking fails.
 */
export async function quickExit(opts: {
  url: string;
  clearScreen: () => void;
  lock: () => Promise<unknown>;
  replace: (url: string) => void;
  capMs?: number;
}): Promise<void> {
  opts.clearScreen();
  const cap = new Promise<void>((resolve) => setTimeout(resolve, opts.capMs ?? EXIT_LOCK_CAP_MS));
  try {
    await Promise.race([opts.lock(), cap]);
  } catch {
    // The page is leaving; the worker ends with it and its memory with it.
  }
  opts.replace(opts.url);
}
