import { describe, expect, it } from 'vitest';
import { activeFilters, dayEnd, dayStart, isFiltered, NO_FILTERS, toQuery, togglePhase } from './filters';

describe('journal filters', () => {
  it('sends nothing when nothing is set', () => {
    expect(toQuery(NO_FILTERS)).toEqual({});
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, text: '   ' })).toBe(false);
  });

  it('turns each control into its part of the query', () => {
    const query = toQuery({
      text: '  work fight ',
      phases: ['calm', 'discard'],
      emotion: 'fear',
      minRating: 3,
      trigger: 'Text message',
      from: '2026-01-02',
      to: '2026-01-02',
    });
    expect(query).toEqual({
      text: 'work fight',
      phases: ['calm', 'discard'],
      emotion: { name: 'fear', min: 3 },
      trigger: 'Text message',
      from: new Date(2026, 0, 2).getTime(),
      to: new Date(2026, 0, 3).getTime() - 1,
    });
    expect(activeFilters({ ...NO_FILTERS, phases: ['calm'], from: '2026-01-02' })).toBe(2);
  });

  it('refuses a range that ends before it starts, and ignores dates it cannot read', () => {
    expect(toQuery({ ...NO_FILTERS, from: '2026-02-01', to: '2026-01-31' })).toBe('bad-range');
    expect(toQuery({ ...NO_FILTERS, from: '2026-02-30' })).toEqual({});
    expect(dayStart('not a date')).toBeNull();
    expect(dayEnd('2026-03-01')).toBe(new Date(2026, 2, 2).getTime() - 1);
  });

  it('keeps the search text within the core cap', () => {
    const query = toQuery({ ...NO_FILTERS, text: 'x'.repeat(500) });
    expect(query !== 'bad-range' && query.text?.length).toBe(200);
    const many = toQuery({ ...NO_FILTERS, text: 'a '.repeat(40) });
    expect(many !== 'bad-range' && many.text?.split(' ').length).toBe(16);
  });

  it('toggles phase chips', () => {
    expect(togglePhase([], 'calm')).toEqual(['calm']);
    expect(togglePhase(['calm', 'discard'], 'calm')).toEqual(['discard']);
  });
});
