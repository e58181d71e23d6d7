// Short dates for the charts, in the person's own locale ("3 Jan", "Jan 3").
import { dateLocale } from '../../../i18n';

const short = new Intl.DateTimeFormat(dateLocale(), { day: 'numeric', month: 'short' });

export function shortDate(ms: number): string {
  return short.format(new Date(ms));
}
