// Auto-lock and the privacy screen (issue 4), and the Escape-twice shortcut for quick exit.
import { useEffect, useRef, useState } from 'preact/hooks';
import { createDoublePress, createIdleTimer, hiddenTooLong } from './guard';

/** Input that counts as "in use" and restarts the idle timer. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input', 'scroll'] as const;

/** Locks after `minutes` without input while `active` (unlocked). */
export function useIdleLock(active: boolean, minutes: number, onLock: () => void): void {
  const lockRef = useRef(onLock);
  lockRef.current = onLock;
  useEffect(() => {
    if (!active) return;
    const timer = createIdleTimer(minutes * 60_000, () => lockRef.current());
    const touch = () => timer.touch();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { capture: true, passive: true });
    return () => {
      timer.stop();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
    };
  }, [active, minutes]);
}

/**
 * Returns true while the page is hidden, so the app can show a blank screen (the app
 * switcher's thumbnail then shows nothing). While `active`, locks once the page has been
 * hidden `graceSeconds` (0: at once); the check also runs on return, before the blank
 * screen goes, because timers in hidden pages may be delayed.
 */
export function usePrivacyScreen(active: boolean, graceSeconds: number, onLock: () => void): boolean {
  const [hidden, setHidden] = useState(() => document.visibilityState === 'hidden');
  const lockRef = useRef(onLock);
  lockRef.current = onLock;
  useEffect(() => {
    let hiddenAt: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      if (document.visibilityState === 'hidden') {
        setHidden(true);
        if (!active) return;
        hiddenAt = Date.now();
        if (graceSeconds === 0) lockRef.current();
        else timer = setTimeout(() => lockRef.current(), graceSeconds * 1000);
      } else {
        clearTimeout(timer);
        if (active && hiddenAt !== null && hiddenTooLong(hiddenAt, Date.now(), graceSeconds)) lockRef.current();
        hiddenAt = null;
        setHidden(false);
      }
    };
    document.addEventListener('visibilitychange', onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onChange);
    };
  }, [active, graceSeconds]);
  return hidden;
}

/** Calls `onExit` when Escape is pressed twice within a second, on any screen. */
export function useEscapeTwice(onExit: () => void): void {
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  useEffect(() => {
    const presses = createDoublePress();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (presses.press()) exitRef.current();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
