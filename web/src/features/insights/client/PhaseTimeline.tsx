// The timeline of phases over time: one row per phase (so colour is never the only cue), a
// bar per stretch, dashed lines where cycles began. Screen readers get the same data as a
// table (visually hidden until "Show as a table").
import { t, tn } from '../../../i18n';
import type { InsightsCycle } from '../shared/api';
import type { TimelineStretch } from '../../../worker/generated/model';
import { PHASE_NAME } from '../../journal/client/TrackerFields';
import { TIMELINE_PHASES, linear, timelineBars } from './chart';
import { ChartTable } from './ChartTable';
import { shortDate } from './dates';

const W = 320;
const LEFT = 96;
const RIGHT = 312;
const TOP = 20;
const ROW = 26;
const BAR = 16;
const BOTTOM = TOP + ROW * TIMELINE_PHASES.length;
const H = BOTTOM + 22;

/** "Calm: 3 Jan to 9 Jan, 6 days"; the chart's tooltip and the table say the same. */
export function stretchText(s: TimelineStretch) {
  return {
    phase: t(PHASE_NAME[s.phase]),
    from: shortDate(s.start),
    to: s.ongoing ? t('insights.ongoing', { date: shortDate(s.end) }) : shortDate(s.end),
    days: s.lengthDays,
  };
}

export function PhaseTimeline({ timeline, cycles }: { timeline: readonly TimelineStretch[]; cycles: readonly InsightsCycle[] }) {
  const first = timeline[0];
  if (!first) return <p class="muted">{t('insights.timelineEmpty')}</p>;
  const end = Math.max(...timeline.map((s) => s.end));
  const x = linear(first.start, end, LEFT, RIGHT);
  const bars = timelineBars(timeline, LEFT, RIGHT);
  const label = t('insights.timelineSummary', { from: shortDate(first.start), to: shortDate(end), count: timeline.length });
  return (
    <figure class="chart">
      <svg class="timeline-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {TIMELINE_PHASES.map((phase, row) => (
          <g key={phase}>
            <line class="chart-grid" x1={LEFT} x2={RIGHT} y1={TOP + row * ROW + ROW / 2} y2={TOP + row * ROW + ROW / 2} />
            <text class="chart-label" x={LEFT - 6} y={TOP + row * ROW + ROW / 2} text-anchor="end" dominant-baseline="central">
              {t(PHASE_NAME[phase])}
            </text>
          </g>
        ))}
        {cycles.map((c, i) => (
          <g key={c.start} class="chart-cycle">
            <line x1={x(c.start)} x2={x(c.start)} y1={TOP - 6} y2={BOTTOM} />
            <text class="chart-small" x={x(c.start)} y={TOP - 9} text-anchor="middle">
              {t('insights.cycleMark', { n: i + 1 })}
            </text>
          </g>
        ))}
        {bars.map((b) => {
          const s = stretchText(b.stretch);
          return (
            <rect
              key={`${b.stretch.start}-${b.phase}`}
              class={`bar bar-${b.phase}`}
              data-phase={b.phase}
              x={b.x}
              y={TOP + b.row * ROW + (ROW - BAR) / 2}
              width={b.width}
              height={BAR}
              rx={3}
            >
              <title>{t('insights.stretchTitle', { phase: s.phase, from: s.from, to: s.to, days: tn('insights.days', s.days) })}</title>
            </rect>
          );
        })}
        <line class="chart-axis" x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} />
        <text class="chart-small" x={LEFT} y={H - 4} text-anchor="start">
          {shortDate(first.start)}
        </text>
        <text class="chart-small" x={RIGHT} y={H - 4} text-anchor="end">
          {shortDate(end)}
        </text>
      </svg>
      <figcaption class="hint">{t('insights.timelineCaption')}</figcaption>
      <ChartTable id="timeline-table">
        <caption>{t('insights.timelineTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insights.col.phase')}</th>
            <th scope="col">{t('insights.col.from')}</th>
            <th scope="col">{t('insights.col.to')}</th>
            <th scope="col">{t('insights.col.days')}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.map((stretch) => {
            const s = stretchText(stretch);
            return (
              <tr key={`${stretch.start}-${stretch.phase}`} data-phase={stretch.phase}>
                <th scope="row">{s.phase}</th>
                <td>{s.from}</td>
                <td>{s.to}</td>
                <td>{s.days}</td>
              </tr>
            );
          })}
        </tbody>
      </ChartTable>
    </figure>
  );
}
