import { describe, expect, it } from 'vitest';
import type { ContactLogEntry } from '../shared/api';
import { draftFrom, goalStart, inputFrom, localDate } from './form';

const NOW = new Date(2026, 0, 15, 14, 30, 45).getTime();

describe('contact form', () => {
  it('starts a new contact now, and keeps an edited one exactly as it was', () => {
    const fresh = draftFrom(undefined, NOW, true);
    expect(fresh).toMatchObject({ when: '2026-01-15T14:30', initiatedBy: 'them', hooverTactic: null, brokeNoContact: true });
    expect(inputFrom({ ...fresh, hooverTactic: 'gift' }, undefined)).toEqual({
      occurredAt: new Date(2026, 0, 15, 14, 30).getTime(),
      initiatedBy: 'them',
      channel: 'text',
      hooverTactic: 'gift',
      note: '',
      brokeNoContact: true,
    });

    const entry: ContactLogEntry = {
      id: 'x',
      occurredAt: NOW,
      initiatedBy: 'me',
      channel: 'call',
      hooverTactic: 'apology',
      note: 'n',
      brokeNoContact: false,
      createdAt: 1,
      updatedAt: 2,
    };
    const draft = draftFrom(entry, 0);
    expect(inputFrom(draft, entry)).toMatchObject({ id: 'x', occurredAt: NOW, channel: 'call', hooverTactic: 'apology' });
    expect(inputFrom({ ...draft, when: '2026-01-14T09:00' }, entry)).toMatchObject({ occurredAt: new Date(2026, 0, 14, 9, 0).getTime() });
    expect(inputFrom({ ...draft, when: '' }, entry)).toBe('bad-date');
    expect(inputFrom({ ...draft, when: '2026-02-30T10:00' }, undefined)).toBe('bad-date');
  });

  it('starts a goal now when it is today, else at that local midnight', () => {
    expect(localDate(NOW)).toBe('2026-01-15');
    expect(goalStart('2026-01-15', NOW)).toBe(NOW);
    expect(goalStart('2026-01-10', NOW)).toBe(new Date(2026, 0, 10).getTime());
    expect(goalStart('nonsense', NOW)).toBeNull();
  });
});
