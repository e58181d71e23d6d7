// The diary card's week, told in sentences worded here from the core's numbers (DiaryWeekSummary:
// the days filled in, the averages, the urges, the comparison with skills). The core's own English
// (`sentences`) is for its tests; the Vitest beside this file checks that the English here says
// the same.
import { formatNumber, t, tn, wordOf, type MessageKey } from '../../../i18n';
import type { DiaryRules } from '../shared/api';
import type { DiaryWeekSummary } from '../../../worker/generated/model';

/** The card's usual names inside a sentence; the person's own words as typed. */
const NAMES: Readonly<Record<string, MessageKey>> = {
  sadness: 'diary.s.name.sadness',
  shame: 'diary.s.name.shame',
  anger: 'diary.s.name.anger',
  fear: 'diary.s.name.fear',
  joy: 'diary.s.name.joy',
  guilt: 'diary.s.name.guilt',
  'self-harm': 'diary.s.name.selfHarm',
  suicide: 'diary.s.name.suicide',
  'substance use': 'diary.s.name.substance',
};

const nameWord = (name: string) => wordOf(NAMES, name);

/** A mean on the 0-5 scale, with one decimal always ("3.0"). */
const mean = (value: number) => formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const days = (n: number) => tn('diary.s.days', n);

/** The week's sentences, in reading order. */
export function diaryWeekSentences(s: DiaryWeekSummary, rules: Pick<DiaryRules, 'skillsUsedThreshold' | 'minDaysToCompare'>): string[] {
  if (s.daysRecorded === 0) return [t('diary.s.empty')];
  const out = [t('diary.s.filled', { days: days(s.daysRecorded) })];

  // Strongest first; equal means keep the core's order (the sort is stable).
  const rated = s.emotions.filter((e) => e.days > 0).sort((a, b) => b.mean - a.mean);
  const [first, ...rest] = rated;
  if (first) {
    const strongest = { name: nameWord(first.name), mean: mean(first.mean) };
    const more = rest.slice(0, 2).map((e) => t('diary.s.thenItem', { name: nameWord(e.name), mean: mean(e.mean) }));
    out.push(
      more.length === 0
        ? t('diary.s.strongest', strongest)
        : t('diary.s.strongestThen', { ...strongest, more: more.join(t('diary.s.thenSeparator')) }),
    );
  }

  for (const u of s.urges) {
    const acted =
      u.actedOnDays === 0
        ? t('diary.s.actedNever')
        : u.actedOnDays === u.days && u.days > 1
          ? t('diary.s.actedAll', { days: days(u.days) })
          : t('diary.s.actedSome', { count: formatNumber(u.actedOnDays), days: days(u.days) });
    out.push(t('diary.s.urge', { name: nameWord(u.name), mean: mean(u.mean), days: days(u.days), acted }));
  }

  const c = s.skillsAndUrges;
  if (c.lowerWithSkills !== null && c.withSkillsMean !== null && c.otherMean !== null) {
    out.push(
      t('diary.s.compare', {
        withDays: days(c.withSkillsDays),
        threshold: formatNumber(rules.skillsUsedThreshold),
        withMean: mean(c.withSkillsMean),
        otherDays: days(c.otherDays),
        otherMean: mean(c.otherMean),
      }),
    );
    out.push(t(c.lowerWithSkills ? 'diary.s.lower' : 'diary.s.notLower'));
  } else {
    out.push(t('diary.s.tooFewToCompare', { min: formatNumber(rules.minDaysToCompare) }));
  }
  return out;
}
