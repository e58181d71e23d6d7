// Layout for the insights charts: pure arithmetic from the core's data to SVG coordinates
// (unit-tested in Node). The rules (stretches, cycles, weekly averages) are the core's; this
// only places them.
import type { EmotionWeek, Phase, TimelineStretch } from '../../../worker/generated/model';

/** The phases a timeline row can hold, top to bottom (unsure entries are never stretches). */
export const TIMELINE_PHASES: readonly Exclude<Phase, 'unsure'>[] = ['idealization', 'devaluation', 'discard', 'hoovering', 'calm'];

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps to r0. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

export interface Bar {
  phase: Exclude<Phase, 'unsure'>;
  row: number;
  x: number;
  width: number;
  stretch: TimelineStretch;
}

/** Narrowest bar drawn, so a stretch of a few hours still shows. */
export const MIN_BAR = 3;

/** Bars for the timeline between `left` and `right` (SVG units). */
export function timelineBars(timeline: readonly TimelineStretch[], left: number, right: number): Bar[] {
  const first = timeline[0];
  const last = timeline.at(-1);
  if (!first || !last) return [];
  const end = Math.max(...timeline.map((s) => s.end));
  const x = linear(first.start, end, left, right);
  return timeline.flatMap((stretch) => {
    const row = TIMELINE_PHASES.indexOf(stretch.phase as Exclude<Phase, 'unsure'>);
    if (row < 0) return [];
    const x0 = x(stretch.start);
    const width = Math.max(MIN_BAR, x(stretch.end) - x0);
    return [{ phase: TIMELINE_PHASES[row] as Exclude<Phase, 'unsure'>, row, x: Math.min(x0, right - width), width, stretch }];
  });
}

/** Local midnight of a YYYY-MM-DD date, in ms. */
export function dateMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

export interface Series {
  emotion: string;
  /** One per week of `weeks` (same order); null where the emotion was not rated. */
  values: (number | null)[];
}

/**
 * One series per emotion, in order of first appearance, compared ignoring case (the core gives
 * each week's names in the earliest spelling; the first spelling seen is kept).
 */
export function emotionSeries(weeks: readonly EmotionWeek[]): Series[] {
  const order = new Map<string, Series>();
  weeks.forEach((week, i) => {
    for (const { emotion, average } of week.averages) {
      const key = emotion.toLocaleLowerCase();
      let series = order.get(key);
      if (!series) {
        series = { emotion, values: weeks.map(() => null) };
        order.set(key, series);
      }
      series.values[i] = average;
    }
  });
  return [...order.values()];
}

/**
 * SVG path pieces for a series: consecutive rated weeks (7 days apart) are joined; a week
 * without a rating breaks the line.
 */
export function linePaths(points: readonly ({ x: number; y: number; day: number } | null)[]): string[] {
  const paths: string[] = [];
  let current: string[] = [];
  let lastDay: number | null = null;
  for (const p of points) {
    if (p === null || (lastDay !== null && p.day - lastDay > 7.5)) {
      if (current.length > 1) paths.push(current.join(' '));
      current = [];
    }
    if (p !== null) {
      current.push(`${current.length === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`);
      lastDay = p.day;
    } else {
      lastDay = null;
    }
  }
  if (current.length > 1) paths.push(current.join(' '));
  return paths;
}

/** One decimal, without a trailing ".0" (3, 2.5). */
export function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}
