// "When to walk away" content (issue 4, part 4): plain, short, non-diagnostic, no numbers.
import { describe, expect, it } from 'vitest';
import { containsPhoneNumber, MAX_STEP_CHARS } from './schema';
import { walkAway } from './walk-away.en';

describe('the walk-away check content', () => {
  const texts: [string, string][] = [
    ['intro', walkAway.intro],
    ...Object.entries(walkAway.questions),
    ...Object.entries(walkAway.results).flatMap(([id, r]): [string, string][] => [
      [`${id}.title`, r.title],
      [`${id}.body`, r.body],
    ]),
    ...walkAway.sources.map((s, i): [string, string] => [`source ${i}`, s]),
  ];

  it('is short, plain, without phone numbers, diagnoses or scores', () => {
    expect(texts.length).toBeGreaterThan(20);
    for (const [where, text] of texts) {
      expect(text.trim(), where).not.toBe('');
      expect([...text].length, where).toBeLessThanOrEqual(2 * MAX_STEP_CHARS);
      expect(containsPhoneNumber(text), where).toBe(false);
      expect(/narcissis|borderline|disorder|diagnos(?!is\.)|score|danger assessment/i.test(text.replace('not a diagnosis', '')), where).toBe(false);
    }
  });

  it('puts safety first and says it is not a diagnosis', () => {
    expect(walkAway.intro).toContain('not a diagnosis');
    expect(walkAway.results.safetyFirst?.body).toContain('emergency number');
    expect(walkAway.results.safetyFirst?.body).toContain('not your fault');
    expect(Object.keys(walkAway.results)).toEqual(['safetyFirst', 'abuseSigns', 'refusesChange', 'noSigns']);
  });
});
