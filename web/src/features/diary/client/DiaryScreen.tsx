import { useEffect, useState } from 'preact/hooks';
import { skillLibrary } from '../../../content/skills';
import { dateLocale, t, tn } from '../../../i18n';
import type { DiaryDayInput, DiaryRules, DiaryWeek } from '../shared/api';
import { vaultApi } from '../../../worker/client';
import { TopBar } from '../../skills/client/TopBar';
import { useFailure } from '../../../kit/useFailure';
import { DayForm } from './DayForm';
import { dateValue, dayForm, localDate } from './form';
import { diaryWeekSentences } from './sentences';
import { WeekTable } from './WeekTable';
import './diary.css';

interface Props {
  onBack: () => void;
  onHelpNow: () => void;
  onLocked: () => void;
}

const dayButton = new Intl.DateTimeFormat(dateLocale(), { weekday: 'short', day: 'numeric' });
const dayFull = new Intl.DateTimeFormat(dateLocale(), { weekday: 'long', day: 'numeric', month: 'long' });
const weekLabel = new Intl.DateTimeFormat(dateLocale(), { day: 'numeric', month: 'long', year: 'numeric' });

function skillName(id: string): string {
  return skillLibrary.skills.find((s) => s.id === id)?.name ?? id;
}

/** The DBT diary card: a week of days, one day's form, the week table and its summary. */
export function DiaryScreen({ onBack, onHelpNow, onLocked }: Props) {
  const today = localDate(new Date());
  const [rules, setRules] = useState<DiaryRules | null>(null);
  const [offset, setOffset] = useState(0);
  const [week, setWeek] = useState<DiaryWeek | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState(false);
  const { error, setError, show, fail } = useFailure(onLocked);

  async function load(weeks: number, keepDate?: string) {
    const [r, w] = await Promise.all([vaultApi().diaryRules(), vaultApi().diaryWeek(today, weeks)]);
    setRules(r);
    setWeek(w);
    const dates = w.summary.dates;
    setSelected(keepDate && dates.includes(keepDate) ? keepDate : dates.includes(today) ? today : (dates[0] ?? null));
  }

  useEffect(() => {
    load(offset).catch(fail);
  }, [offset]);

  function moveWeek(by: number) {
    setStatus(false);
    setError(null);
    setWeek(null);
    setOffset((o) => o + by);
  }

  async function save(input: DiaryDayInput): Promise<boolean> {
    setStatus(false);
    try {
      const result = await vaultApi().saveDiaryDay(input);
      if (!result.ok) {
        const key =
          result.field === 'emotions'
            ? 'diary.error.emotions'
            : result.field === 'urges'
              ? 'diary.error.urges'
              : result.field === 'note'
                ? 'diary.error.note'
                : 'diary.error.other';
        show(key, result.field);
        return false;
      }
      setError(null);
      await load(offset, input.date);
      setStatus(true);
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  }

  const filled = new Set(week?.days.map((d) => d.date));
  return (
    <div class="screen diary-screen">
      <TopBar title={t('diary.title')} onBack={onBack} />
      <main class="content">
        <p>{t('diary.intro')}</p>
        <nav class="row diary-weeknav" aria-label={t('diary.weekOf', { date: week ? weekLabel.format(dateValue(week.weekStart)) : '' })}>
          <button type="button" onClick={() => moveWeek(-1)}>
            {t('diary.prevWeek')}
          </button>
          <button type="button" onClick={() => moveWeek(1)}>
            {t('diary.nextWeek')}
          </button>
        </nav>
        {error && !week && (
          <p key={error.attempt} class="error" role="alert">
            {t('diary.error.other')}
          </p>
        )}
        {!week || !rules || !selected ? (
          <p class="muted">{t('diary.loading')}</p>
        ) : (
          <>
            <h2>{t('diary.weekOf', { date: weekLabel.format(dateValue(week.weekStart)) })}</h2>
            <div class="diary-days" role="group" aria-label={t('diary.daysLabel')}>
              {week.summary.dates.map((date) => (
                <button
                  key={date}
                  type="button"
                  class="diary-day"
                  aria-pressed={date === selected}
                  onClick={() => {
                    setStatus(false);
                    setError(null);
                    setSelected(date);
                  }}
                >
                  {/* The short day shows; its name is the full date (with no aria-label, the two never disagree). */}
                  <time dateTime={date} aria-hidden="true">
                    {dayButton.format(dateValue(date))}
                  </time>
                  <span class="sr-only">
                    <time dateTime={date}>{dayFull.format(dateValue(date))}</time>
                    {filled.has(date) ? `, ${t('diary.filled')}` : ''}
                  </span>
                  {filled.has(date) && <span class="diary-dot" aria-hidden="true" />}
                </button>
              ))}
            </div>
            <DayForm
              key={`${week.weekStart}-${selected}`}
              date={selected}
              title={dayFull.format(dateValue(selected))}
              initial={dayForm(selected, week.days, rules)}
              rules={rules}
              error={error}
              saved={status}
              onSave={save}
              onHelpNow={onHelpNow}
              onError={fail}
            />
            <WeekTable
              week={week}
              label={(date) => dayButton.format(dateValue(date))}
              fullLabel={(date) => dayFull.format(dateValue(date))}
            />
            <section class="diary-summary" aria-labelledby="diary-summary-title">
              <h2 id="diary-summary-title">{t('diary.summaryTitle')}</h2>
              <ul>
                {diaryWeekSentences(week.summary, rules).map((s) => (
                  <li key={s}>{s}</li>
                ))}
                {week.summary.skillsMostUsed.length > 0 && (
                  <li>
                    {t('diary.skillsMost', {
                      list: week.summary.skillsMostUsed.map((s) => tn('diary.skillDays', s.days, { name: skillName(s.id) })).join(', '),
                    })}
                  </li>
                )}
              </ul>
            </section>
          </>
        )}
      </main>
    </div>
  );
}
