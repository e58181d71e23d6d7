// Short dates for the charts, in the person's own locale ("3 Jan", "Jan 3").
const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

export function shortDate(ms: number): string {
  return short.format(new Date(ms));
}
