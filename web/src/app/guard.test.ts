import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDoublePress, createIdleTimer, hiddenTooLong, quickExit } from './guard';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('escape twice', () => {
  it('fires on the second press within the window, then starts over', () => {
    let t = 0;
    const d = createDoublePress(1000, () => t);
    expect(d.press()).toBe(false);
    t = 900;
    expect(d.press()).toBe(true);
    t = 950;
    expect(d.press()).toBe(false); // a third press starts a new pair
    t = 2100;
    expect(d.press()).toBe(false); // too late for the 950 press
    t = 2200;
    expect(d.press()).toBe(true);
    d.press();
    d.reset();
    expect(d.press()).toBe(false);
  });
});

describe('idle timer', () => {
  it('fires once after the timeout, and each touch starts it again', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(60_000, onIdle);
    vi.advanceTimersByTime(59_000);
    timer.touch();
    vi.advanceTimersByTime(59_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never fires once stopped', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(1_000, onIdle);
    timer.stop();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('hidden grace', () => {
  it('locks at or after the grace; 0 locks at once', () => {
    expect(hiddenTooLong(1_000, 30_999, 30)).toBe(false);
    expect(hiddenTooLong(1_000, 31_000, 30)).toBe(true);
    expect(hiddenTooLong(1_000, 1_000, 0)).toBe(true);
  });
});

describe('quick exit', () => {
  it('clears the screen before locking, and leaves after the lock', async () => {
    const steps: string[] = [];
    const done = quickExit({
      url: 'https://neutral.example/',
      clearScreen: () => steps.push('clear'),
      lock: async () => {
        steps.push('lock');
      },
      replace: (u) => steps.push(`replace ${u}`),
    });
    expect(steps).toEqual(['clear', 'lock']);
    await done;
    expect(steps).toEqual(['clear', 'lock', 'replace https://neutral.example/']);
  });

  it('leaves after the cap when locking hangs, and when it fails', async () => {
    const replace = vi.fn();
    const hanging = quickExit({ url: 'u', clearScreen: () => {}, lock: () => new Promise(() => {}), replace, capMs: 40 });
    await vi.advanceTimersByTimeAsync(39);
    expect(replace).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await hanging;
    expect(replace).toHaveBeenCalledWith('u');

    const failing = vi.fn();
    await quickExit({ url: 'v', clearScreen: () => {}, lock: () => Promise.reject(new Error('x')), replace: failing });
    expect(failing).toHaveBeenCalledWith('v');
  });
});
