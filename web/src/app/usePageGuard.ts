// Auto-lock and the privacy screen, and the Escape-twice shortcut for quick exit.
import { useEffect, useRef, useState } from 'preact/hooks';
import { createDoublePress, createIdleTimer, hiddenTooLong } from './guard';

/**
 * Input that counts as "in use" and restarts the idle timer: only events a person causes.
 * `scroll` is not one of them: the app scrolls the page itself (restoring a list's place,
 * bringing a focused field into view), and that must not keep the vault open. A person's own
 * scrolling arrives as touch, wheel, pointer or key events first.
 */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

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

/** Input types where a person types words (a press of Escape there may just end a thought). */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password', 'date', 'datetime-local', 'time']);

/** Whether `target` is a field holding the person's text: Escape there must not throw a draft away. */
export function isFieldWithText(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return target.value !== '';
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type) && target.value !== '';
  return target instanceof HTMLElement && target.isContentEditable && (target.textContent ?? '') !== '';
}

/**
 * Calls `onExit` when Escape is pressed twice within a second, on any screen. A press inside a
 * field that holds text does not count (and starts the count again): Escape twice while typing
 * keeps the draft; out of the field (or in an empty one) it leaves at once.
 */
export function useEscapeTwice(onExit: () => void): void {
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  useEffect(() => {
    const presses = createDoublePress();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (isFieldWithText(event.target)) {
        presses.reset();
        return;
      }
      if (presses.press()) exitRef.current();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

/**
 * Keeps `--bar-top` and `--bar-bottom` on the root equal to the heights of the sticky bars on
 * screen (the top bar; the bottom navigation plus a screen's action bar), at any text size, so
 * `scroll-padding` keeps a focused control clear of them and the action bar sits on the nav;
 * and scrolls a newly focused control out from under a bar where the browser left it there.
 */
export function useBarInsets(): void {
  useEffect(() => {
    const root = document.documentElement;
    const measure = () => {
      const height = (selector: string) => document.querySelector<HTMLElement>(selector)?.getBoundingClientRect().height ?? 0;
      const nav = height('.app-nav');
      root.style.setProperty('--bar-top', `${height('.topbar')}px`);
      root.style.setProperty('--nav-h', `${nav}px`);
      root.style.setProperty('--bar-bottom', `${nav + height('.actionbar')}px`);
    };
    const resize = new ResizeObserver(measure);
    const observeBars = () => {
      resize.disconnect();
      for (const bar of document.querySelectorAll('.topbar, .app-nav, .actionbar')) resize.observe(bar);
      measure();
    };
    const mutations = new MutationObserver(observeBars);
    mutations.observe(document.body, { childList: true, subtree: true });
    observeBars();
    // The browser honours scroll-padding when it scrolls a control into view, but not always
    // when focus lands in a text field (it only brings the caret up): finish the job.
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target.closest('.topbar, .app-nav, .actionbar')) return;
      requestAnimationFrame(() => {
        if (document.activeElement !== target) return;
        const top = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
        const bottoms = [...document.querySelectorAll('.app-nav, .actionbar')].map((bar) => bar.getBoundingClientRect().top);
        const bottom = Math.min(window.innerHeight, ...bottoms);
        const r = target.getBoundingClientRect();
        const margin = 8;
        // The top first: a field taller than the room keeps its first lines (and the caret) in view.
        if (r.top < top) window.scrollBy(0, r.top - top - margin);
        else if (r.bottom > bottom) window.scrollBy(0, Math.min(r.bottom - bottom + margin, r.top - top));
      });
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      resize.disconnect();
      mutations.disconnect();
      document.removeEventListener('focusin', onFocus);
    };
  }, []);
}
