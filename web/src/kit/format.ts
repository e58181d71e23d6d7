// Dates in the person's own locale (Intl); pure, so unit-tested.
import { dateLocale } from '../i18n';

export interface DateFormatOptions {
  /** BCP 47 locale(s); defaults to the browser's when it is in the language spoken (`dateLocale`). */
  locale?: string | readonly string[];
  /** IANA time zone; defaults to the device's. Tests pin it. */
  timeZone?: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(options: DateFormatOptions): Intl.DateTimeFormat {
  const locales =
    options.locale === undefined ? [dateLocale()] : [...(typeof options.locale === 'string' ? [options.locale] : options.locale)];
  const cacheKey = JSON.stringify([locales ?? null, options.timeZone ?? null]);
  let f = cache.get(cacheKey);
  if (!f) {
    f = new Intl.DateTimeFormat(locales, { dateStyle: 'medium', timeStyle: 'short', timeZone: options.timeZone });
    cache.set(cacheKey, f);
  }
  return f;
}

/** "25 Nov 2026, 20:08" (en-GB), "Nov 25, 2026, 8:08 PM" (en-US), ... */
export function formatDateTime(ms: number, options: DateFormatOptions = {}): string {
  return formatter(options).format(new Date(ms));
}

/** A machine-readable value for <time datetime>. */
export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}
