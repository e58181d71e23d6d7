import { describe, expect, it } from 'vitest';
import type { EmotionWeek, TimelineStretch } from '../../../worker/generated/model';
import { MIN_BAR, emotionSeries, linePaths, linear, oneDecimal, timelineBars } from './chart';

const DAY = 86_400_000;
const stretch = (phase: TimelineStretch['phase'], from: number, to: number): TimelineStretch => ({
  phase,
  start: from * DAY,
  end: to * DAY,
  lengthDays: to - from,
  segment: 0,
  ongoing: false,
});

describe('timeline layout', () => {
  it('places each stretch in its phase row, in proportion to time', () => {
    const bars = timelineBars(
      [stretch('idealization', 0, 2), stretch('calm', 2, 12), stretch('devaluation', 12, 12), stretch('hoovering', 12, 20)],
      100,
      300,
    );
    expect(bars.map((b) => [b.phase, b.row, b.x, b.width])).toEqual([
      ['idealization', 0, 100, 20],
      ['calm', 4, 120, 100],
      ['devaluation', 1, 220, MIN_BAR],
      ['hoovering', 3, 220, 80],
    ]);
    expect(timelineBars([], 0, 10)).toEqual([]);
  });

  it('keeps a zero-length last stretch inside the chart', () => {
    const bars = timelineBars([stretch('calm', 0, 4), stretch('discard', 4, 4)], 0, 100);
    expect(bars[1]).toMatchObject({ x: 100 - MIN_BAR, width: MIN_BAR });
  });

  it('maps a zero-width domain to the start', () => {
    expect(linear(5, 5, 10, 20)(5)).toBe(10);
    expect(linear(0, 10, 0, 100)(2.5)).toBe(25);
  });
});

describe('emotion series', () => {
  const week = (weekStart: string, averages: [string, number][]): EmotionWeek => ({
    year: 2026,
    week: 1,
    weekStart,
    entries: 1,
    averages: averages.map(([emotion, average]) => ({ emotion, average, ratings: 1, total: average })),
  });

  it('gives one series per emotion with gaps where it was not rated', () => {
    const series = emotionSeries([
      week('2026-01-05', [
        ['fear', 4],
        ['joy', 1],
      ]),
      week('2026-01-12', [['Fear', 2.5]]),
      week('2026-01-19', [['joy', 3]]),
    ]);
    expect(series).toEqual([
      { emotion: 'fear', values: [4, 2.5, null] },
      { emotion: 'joy', values: [1, null, 3] },
    ]);
  });

  it('joins consecutive weeks and breaks the line at a gap', () => {
    const p = (x: number, day: number) => ({ x, y: 10, day });
    expect(linePaths([p(0, 0), p(10, 7), null, p(30, 21), p(40, 28)])).toEqual(['M0.0,10.0 L10.0,10.0', 'M30.0,10.0 L40.0,10.0']);
    expect(linePaths([p(0, 0), p(10, 14)])).toEqual([]);
    expect(oneDecimal(2.25)).toBe('2.3');
    expect(oneDecimal(3)).toBe('3');
  });
});
