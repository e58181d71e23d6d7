import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en';
import type { DiaryDay, DiaryRules } from '../shared/api';
import { SKILLS_USED_SCALE, builtInLabel, canAddName, dateValue, dayForm, dayInput, localDate, needsCrisisNote, weekRows } from './form';

const RULES = { emotions: ['sadness', 'joy'], urges: ['self-harm'] } as DiaryRules;
const MON: DiaryDay = {
  id: 'a',
  date: '2026-11-23',
  emotions: [
    { name: 'joy', rating: 4 },
    { name: 'Lonely', rating: 2 },
  ],
  urges: [
    { name: 'self-harm', rating: 1, actedOn: false },
    { name: 'calling him', rating: 5, actedOn: true },
  ],
  skillsUsed: 5,
  skills: ['stop'],
  note: 'n',
  createdAt: 1,
  updatedAt: 2,
};

describe('diary form', () => {
  it('opens a saved day with its ratings, the usual rows it left out not rated, and saves it back unchanged', () => {
    const form = dayForm('2026-11-23', [MON], RULES);
    expect(form).toEqual({
      date: '2026-11-23',
      emotions: [
        { name: 'sadness', rating: null },
        { name: 'joy', rating: 4 },
        { name: 'Lonely', rating: 2 },
      ],
      urges: MON.urges,
      skillsUsed: 5,
      skills: ['stop'],
      note: 'n',
    });
    expect(dayInput(form)).toEqual({
      date: '2026-11-23',
      emotions: MON.emotions,
      urges: MON.urges,
      skillsUsed: 5,
      skills: ['stop'],
      note: 'n',
    });
  });

  it('starts a new day with the usual names and the week’s own names, none rated (not 0)', () => {
    const form = dayForm('2026-11-24', [MON], RULES);
    expect(form.emotions).toEqual([
      { name: 'sadness', rating: null },
      { name: 'joy', rating: null },
      { name: 'Lonely', rating: null },
    ]);
    expect(form.urges.map((u) => u.name)).toEqual(['self-harm', 'calling him']);
    expect(form.urges.every((u) => u.rating === null && !u.actedOn)).toBe(true);
    expect(form.skillsUsed).toBe(0);
  });

  it('saves only what was rated: a 0 stays, "not rated" is left out', () => {
    const form = dayForm('2026-11-24', [MON], RULES);
    const rated = {
      ...form,
      emotions: form.emotions.map((e) => (e.name === 'joy' ? { ...e, rating: 0 } : e)),
      urges: form.urges.map((u) => (u.name === 'calling him' ? { ...u, rating: 3, actedOn: true } : u)),
    };
    const input = dayInput(rated);
    expect(input.emotions).toEqual([{ name: 'joy', rating: 0 }]);
    expect(input.urges).toEqual([{ name: 'calling him', rating: 3, actedOn: true }]);
  });

  it('checks new names and lists the week’s rows', () => {
    expect(canAddName(' lonely ', MON.emotions)).toBe(false);
    expect(canAddName('  ', [])).toBe(false);
    expect(canAddName('hope', MON.emotions)).toBe(true);
    expect(
      weekRows([
        MON,
        {
          ...MON,
          emotions: [
            { name: 'JOY', rating: 1 },
            { name: 'hope', rating: 1 },
          ],
        },
      ]).emotions,
    ).toEqual(['joy', 'Lonely', 'hope']);
  });

  it('labels the usual names and the 0-7 scale in order', () => {
    expect(builtInLabel('self-harm')).toBe('diary.urge.selfHarm');
    expect(builtInLabel('toString')).toBeNull();
    expect(builtInLabel('Lonely')).toBeNull();
    expect(SKILLS_USED_SCALE.map((key) => en[key as keyof typeof en].slice(0, 1))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    expect(dateValue('2026-02-01').getDate()).toBe(1);
  });

  it('shows the crisis note only for crisis urges at the threshold', () => {
    const rules = { crisisUrges: ['self-harm', 'suicide'], crisisRating: 4 } as DiaryRules;
    expect(needsCrisisNote([{ name: 'suicide', rating: 4 }], rules)).toBe(true);
    expect(needsCrisisNote([{ name: 'self-harm', rating: 3 }], rules)).toBe(false);
    expect(needsCrisisNote([{ name: 'substance use', rating: 5 }], rules)).toBe(false);
    expect(needsCrisisNote([{ name: 'suicide', rating: null }], rules)).toBe(false);
  });

  it('formats the local date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
