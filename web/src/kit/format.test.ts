import { describe, expect, it } from 'vitest';
import { formatDateTime, isoDateTime } from './format';

const instant = Date.UTC(2026, 10, 25, 20, 8, 30); // 25 Nov 2026, 20:08:30 UTC

describe('formatDateTime', () => {
  it('uses the given locale', () => {
    expect(formatDateTime(instant, { locale: 'en-GB', timeZone: 'UTC' })).toBe('25 Nov 2026, 20:08');
    expect(formatDateTime(instant, { locale: 'en-US', timeZone: 'UTC' })).toMatch(/^Nov 25, 2026, 8:08\sPM$/);
    expect(formatDateTime(instant, { locale: 'de-DE', timeZone: 'UTC' })).toBe('25.11.2026, 20:08');
  });

  it('shows the time in the given time zone, crossing the date line', () => {
    expect(formatDateTime(instant, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('26 Nov 2026, 05:08');
  });

  it('does not mix up cached formatters', () => {
    const gb = formatDateTime(instant, { locale: 'en-GB', timeZone: 'UTC' });
    formatDateTime(instant, { locale: 'fr-FR', timeZone: 'UTC' });
    expect(formatDateTime(instant, { locale: 'en-GB', timeZone: 'UTC' })).toBe(gb);
  });

  it('formats the epoch, the earliest allowed timestamp', () => {
    expect(formatDateTime(0, { locale: 'en-GB', timeZone: 'UTC' })).toBe('1 Jan 1970, 00:00');
  });
});

describe('isoDateTime', () => {
  it('gives a machine-readable UTC value', () => {
    expect(isoDateTime(instant)).toBe('2026-11-25T20:08:30.000Z');
  });
});
