// Pure formatting for the crisis-line cards (unit-tested in labels.test.ts).
import type { Audience } from '../../../content/crisis-lines';
import { dateLocale, messagesLocale, type MessageKey } from '../../../i18n';
import type { LineGroup } from './crisis';

export const GROUP_TITLE: Readonly<Record<LineGroup, MessageKey>> = {
  domestic: 'help.group.domestic',
  suicide: 'help.group.suicide',
  men: 'help.group.men',
  lgbtq: 'help.group.lgbtq',
  'sexual-violence': 'help.group.sexualViolence',
  'young-people': 'help.group.youngPeople',
  'stop-hurting': 'help.group.stopHurting',
};

/** Who a line is for, as the object of "For …". */
export const WHO: Readonly<Record<Audience, MessageKey>> = {
  everyone: 'help.who.everyone',
  women: 'help.who.women',
  men: 'help.who.men',
  lgbtq: 'help.who.lgbtq',
  'sexual-violence': 'help.who.sexualViolence',
  'young-people': 'help.who.youngPeople',
  suicide: 'help.who.suicide',
  'stop-hurting': 'help.who.stopHurting',
};

/** The list of the language names behind BCP 47 tags: "English and Spanish". */
export function languageList(tags: readonly string[]): string {
  const names = new Intl.DisplayNames(messagesLocale(), { type: 'language' });
  return joinList(tags.map((tag) => names.of(tag) ?? tag));
}

/** "a, b and c" in the UI's language. */
export function joinList(items: readonly string[]): string {
  return new Intl.ListFormat(messagesLocale(), { type: 'conjunction' }).format(items);
}

/** A YYYY-MM-DD check date as a calendar day in the person's locale ("2 Dec 2026"), never shifted by time zone. */
export function formatDay(isoDay: string, locale?: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return isoDay;
  return new Intl.DateTimeFormat(locale ?? dateLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
