import { describe, expect, it } from 'vitest';
import { BREATHING_PATTERNS, breathingPhaseAt, clockText, cycleMs, patternById, sessionEndMs } from './breathing';

const fourSix = patternById('four-six');
const box = patternById('box');
const fourSevenEight = patternById('four-seven-eight');

describe('the patterns', () => {
  it('are 4-6, box 4-4-4-4 and 4-7-8', () => {
    const shape = (id: Parameters<typeof patternById>[0]) => patternById(id).phases.map((p) => `${p.phase} ${p.seconds}`);
    expect(shape('four-six')).toEqual(['in 4', 'out 6']);
    expect(shape('box')).toEqual(['in 4', 'hold-in 4', 'out 4', 'hold-out 4']);
    expect(shape('four-seven-eight')).toEqual(['in 4', 'hold-in 7', 'out 8']);
    expect(BREATHING_PATTERNS.map(cycleMs)).toEqual([10_000, 16_000, 19_000]);
  });
});

describe('breathingPhaseAt', () => {
  it('starts with a full in-breath', () => {
    expect(breathingPhaseAt(fourSix, 0)).toEqual({ phase: 'in', index: 0, cycle: 0, phaseMs: 4000, phaseElapsedMs: 0, secondsLeft: 4 });
  });

  it('counts the seconds down to 1 and switches phase exactly on the boundary', () => {
    expect(breathingPhaseAt(fourSix, 999).secondsLeft).toBe(4);
    expect(breathingPhaseAt(fourSix, 1000).secondsLeft).toBe(3);
    expect(breathingPhaseAt(fourSix, 3999)).toMatchObject({ phase: 'in', secondsLeft: 1 });
    expect(breathingPhaseAt(fourSix, 4000)).toMatchObject({ phase: 'out', index: 1, phaseElapsedMs: 0, secondsLeft: 6 });
    expect(breathingPhaseAt(fourSix, 9999)).toMatchObject({ phase: 'out', secondsLeft: 1 });
  });

  it('repeats the cycle and counts cycles', () => {
    expect(breathingPhaseAt(fourSix, 10_000)).toMatchObject({ phase: 'in', cycle: 1, phaseElapsedMs: 0 });
    expect(breathingPhaseAt(fourSix, 57_500)).toMatchObject({ phase: 'out', cycle: 5, phaseElapsedMs: 3500, secondsLeft: 3 });
  });

  it('walks box breathing through its four sides', () => {
    expect([0, 4000, 8000, 12_000, 16_000].map((ms) => breathingPhaseAt(box, ms).phase)).toEqual([
      'in',
      'hold-in',
      'out',
      'hold-out',
      'in',
    ]);
  });

  it('holds for 7 and breathes out for 8 in 4-7-8', () => {
    expect(breathingPhaseAt(fourSevenEight, 4000)).toMatchObject({ phase: 'hold-in', secondsLeft: 7 });
    expect(breathingPhaseAt(fourSevenEight, 10_999)).toMatchObject({ phase: 'hold-in', secondsLeft: 1 });
    expect(breathingPhaseAt(fourSevenEight, 11_000)).toMatchObject({ phase: 'out', secondsLeft: 8 });
    expect(breathingPhaseAt(fourSevenEight, 18_999)).toMatchObject({ phase: 'out', cycle: 0 });
    expect(breathingPhaseAt(fourSevenEight, 19_000)).toMatchObject({ phase: 'in', cycle: 1 });
  });

  it('refuses negative or non-finite time, and a pattern with an empty phase', () => {
    expect(() => breathingPhaseAt(fourSix, -1)).toThrow(RangeError);
    expect(() => breathingPhaseAt(fourSix, Number.NaN)).toThrow(RangeError);
    expect(() => breathingPhaseAt({ id: 'box', phases: [{ phase: 'in', seconds: 0 }] }, 0)).toThrow(/empty phase/);
  });
});

describe('sessionEndMs', () => {
  it('rounds up to whole breaths', () => {
    expect(sessionEndMs(fourSix, 1)).toBe(60_000);
    expect(sessionEndMs(box, 1)).toBe(64_000);
    expect(sessionEndMs(fourSevenEight, 1)).toBe(76_000);
    expect(sessionEndMs(fourSevenEight, 3)).toBe(190_000);
    expect(sessionEndMs(box, 5)).toBe(304_000);
  });

  it('ends on a cycle boundary: the next moment is a fresh in-breath', () => {
    for (const pattern of BREATHING_PATTERNS) {
      for (const minutes of [1, 3, 5]) {
        const end = sessionEndMs(pattern, minutes);
        expect(end).toBeGreaterThanOrEqual(minutes * 60_000);
        expect(end - minutes * 60_000).toBeLessThan(cycleMs(pattern));
        expect(breathingPhaseAt(pattern, end)).toMatchObject({ phase: 'in', phaseElapsedMs: 0 });
      }
    }
  });

  it('refuses a session of no length', () => {
    expect(() => sessionEndMs(fourSix, 0)).toThrow(RangeError);
  });
});

describe('clockText', () => {
  it('shows minutes and seconds, rounded up, never negative', () => {
    expect(clockText(180_000)).toBe('3:00');
    expect(clockText(179_001)).toBe('3:00');
    expect(clockText(179_000)).toBe('2:59');
    expect(clockText(9_500)).toBe('0:10');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-50)).toBe('0:00');
  });
});
