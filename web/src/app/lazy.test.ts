import { describe, expect, it } from 'vitest';
import { lazyScreen } from './lazy';

const Screen = () => null;

describe('lazyScreen', () => {
  it('fetches the code once, however often it is asked for', async () => {
    let loads = 0;
    const lazy = lazyScreen(async () => {
      loads++;
      return Screen;
    });
    const [a, b] = await Promise.all([lazy.preload(), lazy.preload()]);
    expect(await lazy.preload()).toBe(Screen);
    expect([a, b]).toEqual([Screen, Screen]);
    expect(loads).toBe(1);
  });

  it('tries again after a failed fetch instead of keeping the failure', async () => {
    let loads = 0;
    const lazy = lazyScreen(async () => {
      loads++;
      if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return Screen;
    });
    await expect(lazy.preload()).rejects.toThrow('Failed to fetch');
    expect(await lazy.preload()).toBe(Screen);
    expect(loads).toBe(2);
  });
});
