// The Patterns sentences, worded here from what the core sends: a kind, its numbers and its labels
// (crates/model/src/insights/sentences.rs documents each kind). The words are the UI's messages,
// lists and numbers go through Intl in the messages' language, so a second language needs only its
// messages. The core's own English rendering (`text`) is for the CLI and the core's tests; the
// Vitest beside this file checks that the English here says the same.
import { formatList, formatNumber, messagesLocale, t, tn, wordOf, type MessageKey } from '../../../i18n';
import type { InsightSentence } from '../shared/api';

const MONTH_FORMAT = () => new Intl.DateTimeFormat(messagesLocale(), { month: 'long', timeZone: 'UTC' });

/** The Monday (UTC, ms) of ISO week `week` of ISO year `year`: week 1 holds 4 January. */
export function isoWeekMonday(year: number, week: number): number {
  const fourth = Date.UTC(year, 0, 4);
  const weekday = (new Date(fourth).getUTCDay() + 6) % 7; // Monday 0
  return fourth - weekday * 86_400_000 + (week - 1) * 7 * 86_400_000;
}

/** "24 to 30 November 2025", "27 October to 2 November 2025", "29 December 2025 to 4 January 2026". */
export function weekRange(year: number, week: number): string {
  const monday = new Date(isoWeekMonday(year, week));
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  const month = MONTH_FORMAT();
  const parts = {
    d1: monday.getUTCDate(),
    m1: month.format(monday),
    y1: monday.getUTCFullYear(),
    d2: sunday.getUTCDate(),
    m2: month.format(sunday),
    y2: sunday.getUTCFullYear(),
  };
  if (parts.y1 !== parts.y2) return t('insights.s.weekRange.years', parts);
  if (parts.m1 !== parts.m2) return t('insights.s.weekRange.months', parts);
  return t('insights.s.weekRange.days', parts);
}

const days = (n: number) => tn('insights.days', n);

/** Phase names inside a sentence. */
const PHASES: Readonly<Record<string, MessageKey>> = {
  idealization: 'insights.s.phase.idealization',
  devaluation: 'insights.s.phase.devaluation',
  discard: 'insights.s.phase.discard',
  hoovering: 'insights.s.phase.hoovering',
  calm: 'insights.s.phase.calm',
  unsure: 'insights.s.phase.unsure',
};

const TRENDS: Readonly<Record<string, MessageKey>> = {
  tooLittleData: 'insights.s.trend.tooLittleData',
  shorter: 'insights.s.trend.shorter',
  longer: 'insights.s.trend.longer',
  mixed: 'insights.s.trend.mixed',
};

/** The usual emotions inside a sentence; one the person named themselves is shown as typed. */
const EMOTIONS: Readonly<Record<string, MessageKey>> = {
  sadness: 'insights.s.emotion.sadness',
  shame: 'insights.s.emotion.shame',
  anger: 'insights.s.emotion.anger',
  fear: 'insights.s.emotion.fear',
  joy: 'insights.s.emotion.joy',
  guilt: 'insights.s.emotion.guilt',
  loneliness: 'insights.s.emotion.loneliness',
  relief: 'insights.s.emotion.relief',
};

/** Hoover tactics inside a sentence ("an apology"). */
const TACTICS: Readonly<Record<string, MessageKey>> = {
  apology: 'insights.s.tactic.apology',
  promiseToChange: 'insights.s.tactic.promiseToChange',
  gift: 'insights.s.tactic.gift',
  guilt: 'insights.s.tactic.guilt',
  crisis: 'insights.s.tactic.crisis',
  loveBombing: 'insights.s.tactic.loveBombing',
  justCheckingIn: 'insights.s.tactic.justCheckingIn',
  threat: 'insights.s.tactic.threat',
  thirdParty: 'insights.s.tactic.thirdParty',
  other: 'insights.s.tactic.other',
};

/** One insight in the person's language. */
export function wordSentence({ kind, numbers, labels }: InsightSentence): string {
  const n = (i: number) => numbers[i] ?? 0;
  switch (kind) {
    case 'noEntries':
      return t('insights.s.noEntries');
    case 'cyclesTooFew':
      return t('insights.s.cyclesTooFew');
    case 'cycleCount':
      return tn('insights.s.cycleCount', n(0));
    case 'cycleLengths':
      if (numbers.length === 1) return t('insights.s.cycleLength', { days: days(n(0)) });
      // The core sends the last two or three complete cycles.
      return t(numbers.length === 2 ? 'insights.s.cycleLengths.lastTwo' : 'insights.s.cycleLengths.lastThree', {
        list: formatList(numbers.map((d) => formatNumber(d))),
      });
    case 'cycleInProgress':
      return n(0) === 0 ? t('insights.s.cycleInProgress.today') : t('insights.s.cycleInProgress', { days: days(n(0)) });
    case 'cyclesInterrupted':
      return tn('insights.s.cyclesInterrupted', n(0));
    case 'phaseTrend': {
      const phase = wordOf(PHASES, labels[0]);
      const list = formatList(numbers.map((d) => formatNumber(d)));
      return t(TRENDS[labels[1] ?? ''] ?? 'insights.s.trend.mixed', { phase, list });
    }
    case 'triggersBefore': {
      const onsets = n(0);
      const items = labels.map((trigger, i) => t('insights.s.triggerItem', { trigger, count: formatNumber(n(i + 1)), onsets }));
      return tn('insights.s.triggersBefore', items.length, { list: formatList(items) });
    }
    case 'noTriggersBefore':
      return t('insights.s.noTriggersBefore');
    case 'noEscalationYet':
      return t('insights.s.noEscalationYet');
    case 'emotionWeek': {
      const range = weekRange(n(0), n(1));
      if (labels.length === 0) return t('insights.s.emotionWeek.zero', { range });
      const items = labels.map((name, i) =>
        t('insights.s.emotionItem', { emotion: wordOf(EMOTIONS, name), average: formatNumber(n(i + 2), { maximumFractionDigits: 1 }) }),
      );
      return tn('insights.s.emotionWeek', items.length, { range, list: formatList(items) });
    }
    case 'noEmotions':
      return t('insights.s.noEmotions');
    case 'hooverTactics': {
      const across = tn('insights.s.hooverAcross', n(0));
      const items = labels.map((tactic, i) =>
        t('insights.s.tacticItem', { tactic: wordOf(TACTICS, tactic), times: tn('insights.s.times', n(i + 1)) }),
      );
      return tn('insights.s.hooverTactics', items.length, { across, list: formatList(items) });
    }
    case 'noHooverTactics':
      return t('insights.s.noHooverTactics');
    case 'noContactCurrent':
      return n(0) === 0 ? t('insights.s.noContactCurrent.today') : t('insights.s.noContactCurrent', { days: days(n(0)) });
    case 'noContactLongest':
      return t('insights.s.noContactLongest', { days: days(n(0)) });
    case 'noContactInactive':
      return t('insights.s.noContactInactive');
    case 'noContactNone':
      return t('insights.s.noContactNone');
    default: {
      const unknown: never = kind;
      return String(unknown);
    }
  }
}
