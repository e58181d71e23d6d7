// Emotion trend lines: one small chart per feeling (its name is the heading, so no colour or
// legend is needed), each weekly average a point on a 0-5 scale. One table holds every value.
import { t } from '../../../i18n';
import type { EmotionWeek } from '../../../worker/generated/model';
import { emotionLabel } from '../../journal/client/TrackerFields';
import { dateMs, emotionSeries, linePaths, linear, oneDecimal } from './chart';
import { ChartTable } from './ChartTable';
import { shortDate } from './dates';

const W = 320;
const LEFT = 24;
const RIGHT = 308;
const TOP = 8;
const BOTTOM = 58;
const H = 78;
const DAY = 86_400_000;

export function EmotionTrends({ weeks }: { weeks: readonly EmotionWeek[] }) {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return <p class="muted">{t('insights.emotionsEmpty')}</p>;
  const series = emotionSeries(weeks);
  const start = dateMs(first.weekStart);
  const x = linear(start, dateMs(last.weekStart), LEFT + 8, RIGHT - 8);
  const y = linear(0, 5, BOTTOM, TOP);
  const weekLabels = weeks.map((w) => shortDate(dateMs(w.weekStart)));
  return (
    <div class="emotion-trends">
      <p class="hint">{t('insights.emotionsCaption')}</p>
      {series.map((s) => {
        const name = emotionLabel(s.emotion);
        const points = s.values.map((v, i) => {
          const week = weeks[i];
          if (v === null || !week) return null;
          const ms = dateMs(week.weekStart);
          return { x: x(ms), y: y(v), day: Math.round((ms - start) / DAY), v };
        });
        const values = s.values.map((v) => (v === null ? t('insights.notRated') : oneDecimal(v))).join(', ');
        return (
          <figure class="chart emotion-chart" key={s.emotion}>
            <figcaption class="chart-title">{name}</figcaption>
            <svg
              viewBox={`0 0 ${W} ${H}`}
              role="img"
              aria-label={t('insights.emotionsSummary', { emotion: name, count: weeks.length, values })}
            >
              <line class="chart-grid" x1={LEFT} x2={RIGHT} y1={y(5)} y2={y(5)} />
              <line class="chart-axis" x1={LEFT} x2={RIGHT} y1={y(0)} y2={y(0)} />
              <text class="chart-small" x={LEFT - 6} y={y(5)} text-anchor="end" dominant-baseline="central">
                5
              </text>
              <text class="chart-small" x={LEFT - 6} y={y(0)} text-anchor="end" dominant-baseline="central">
                0
              </text>
              {linePaths(points).map((d) => (
                <path key={d} class="trend-line" d={d} />
              ))}
              {points.map((p, i) => (p === null ? null : <circle key={i} class="trend-point" cx={p.x} cy={p.y} r={4} />))}
              <text class="chart-small" x={LEFT + 8} y={H - 4} text-anchor="start">
                {weekLabels[0]}
              </text>
              {weeks.length > 1 && (
                <text class="chart-small" x={RIGHT - 8} y={H - 4} text-anchor="end">
                  {weekLabels.at(-1)}
                </text>
              )}
            </svg>
          </figure>
        );
      })}
      <ChartTable id="emotion-table">
        <caption>{t('insights.emotionsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insights.col.week')}</th>
            {series.map((s) => (
              <th scope="col" key={s.emotion}>
                {emotionLabel(s.emotion)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((w, i) => (
            <tr key={w.weekStart}>
              <th scope="row">{weekLabels[i]}</th>
              {series.map((s) => {
                const v = s.values[i];
                return <td key={s.emotion}>{v === null || v === undefined ? t('insights.notRated') : oneDecimal(v)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </div>
  );
}
