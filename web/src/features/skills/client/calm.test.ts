import { describe, expect, it } from 'vitest';
import { skillById } from '../../../content/skills';
import { calmJournalLine, CALM_OPTIONS, isIntensity } from './calm';
import { EXERCISE_FOR_SKILL } from './exercises';

describe('calm down now', () => {
  it('offers breathing, 5-4-3-2-1, STOP and TIPP, in that order', () => {
    expect(CALM_OPTIONS.map((o) => o.exercise)).toEqual(['breathing', 'grounding', 'stop', 'tipp']);
  });

  it('writes one plain journal line with the exercise and both numbers', () => {
    expect(calmJournalLine('breathing', 8, 5)).toBe('Calming exercise: Breathe slowly. How strong it felt (0 to 10): 8 before, 5 after.');
    expect(calmJournalLine('grounding', 0, 10)).toContain('5-4-3-2-1');
  });

  it('says "not rated" where the person skipped a number', () => {
    expect(calmJournalLine('tipp', null, 3)).toBe('Calming exercise: TIPP. How strong it felt (0 to 10): not rated before, 3 after.');
    expect(calmJournalLine('stop', 7, null)).toContain('7 before, not rated after');
  });

  it('refuses a number outside 0-10', () => {
    expect(() => calmJournalLine('stop', 11, 2)).toThrow(RangeError);
    expect(() => calmJournalLine('stop', 2, -1)).toThrow(RangeError);
    expect(() => calmJournalLine('stop', 2.5, 1)).toThrow(RangeError);
    expect(isIntensity(10)).toBe(true);
    expect(isIntensity('5')).toBe(false);
  });
});

describe('the skills that open a guided exercise', () => {
  it('are the ones in the library that have one', () => {
    expect(Object.keys(EXERCISE_FOR_SKILL).map((id) => skillById(id).id)).toEqual(['paced-breathing', 'five-senses', 'tipp', 'stop']);
    expect(new Set(Object.values(EXERCISE_FOR_SKILL).map((e) => e.exercise))).toEqual(new Set(CALM_OPTIONS.map((o) => o.exercise)));
  });
});
