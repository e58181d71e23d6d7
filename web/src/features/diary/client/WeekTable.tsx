import { t } from '../../../i18n';
import type { DiaryWeek } from '../shared/api';
import { builtInLabel, weekRows } from './form';

interface Props {
  week: DiaryWeek;
  /** Short column heading for a date. */
  label: (date: string) => string;
  /** Full date, for screen readers. */
  fullLabel: (date: string) => string;
}

const nameLabel = (name: string) => {
  const key = builtInLabel(name);
  return key ? t(key) : name;
};

/** The paper card's grid: a row per emotion, urge and skills-used, a column per day. */
export function WeekTable({ week, label, fullLabel }: Props) {
  const { emotions, urges } = weekRows(week.days);
  const byDate = new Map(week.days.map((d) => [d.date, d]));
  const dates = week.summary.dates;
  const cell = (date: string, value: (d: NonNullable<ReturnType<typeof byDate.get>>) => string | undefined) => {
    const day = byDate.get(date);
    const text = day ? value(day) : undefined;
    return <td key={date}>{text ?? t('diary.tableEmpty')}</td>;
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways on a phone; a keyboard reaches the scroll only through focus (axe's scrollable-region-focusable).
    <div class="diary-table-wrap" tabIndex={0} role="region" aria-labelledby="diary-table-caption">
      <table class="diary-table">
        <caption id="diary-table-caption">{t('diary.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diary.tableItem')}</th>
            {dates.map((date) => (
              <th key={date} scope="col">
                <time dateTime={date}>
                  <abbr title={fullLabel(date)}>{label(date)}</abbr>
                </time>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {emotions.map((name) => (
            <tr key={`e-${name}`}>
              <th scope="row">{nameLabel(name)}</th>
              {dates.map((date) =>
                cell(date, (d) => d.emotions.find((e) => e.name.toLowerCase() === name.toLowerCase())?.rating.toString()),
              )}
            </tr>
          ))}
          {urges.map((name) => (
            <tr key={`u-${name}`}>
              <th scope="row">{nameLabel(name)}</th>
              {dates.map((date) =>
                cell(date, (d) => {
                  const u = d.urges.find((x) => x.name.toLowerCase() === name.toLowerCase());
                  if (!u) return undefined;
                  return u.actedOn ? t('diary.tableActed', { rating: u.rating }) : String(u.rating);
                }),
              )}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('diary.tableSkillsUsed')}</th>
            {dates.map((date) => cell(date, (d) => String(d.skillsUsed)))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
