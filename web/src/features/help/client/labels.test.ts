import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../../../content/crisis-lines';
import { en } from '../../../i18n/en';
import { LINE_GROUPS } from './crisis';
import { formatDay, GROUP_TITLE, joinList, languageList, WHO } from './labels';

describe('crisis-line card labels', () => {
  it('names languages in English and joins them', () => {
    expect(languageList(['en'])).toBe('English');
    expect(languageList(['en', 'es'])).toBe('English and Spanish');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('shows a check date as that calendar day in any time zone', () => {
    expect(formatDay('2026-12-02', 'en-GB')).toBe('2 Dec 2026');
    expect(formatDay('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
  });

  it('has a heading for every group and words for every audience', () => {
    for (const g of LINE_GROUPS) expect(en[GROUP_TITLE[g]], g).toBeTruthy();
    for (const a of AUDIENCES) expect(en[WHO[a]], a).toBeTruthy();
    expect(new Set(Object.values(WHO)).size).toBe(AUDIENCES.length);
  });
});
