// "When to walk away" content: plain, short, non-diagnostic, no numbers; the danger items
// asked one by one, gender-neutral, with their sources named.
import { describe, expect, it } from 'vitest';
import { containsPhoneNumber, MAX_STEP_CHARS } from './schema';
import { walkAway } from './walk-away.en';

describe('the walk-away check content', () => {
  const shown: [string, string][] = [
    ['intro', walkAway.intro],
    ...Object.entries(walkAway.questions),
    ...Object.entries(walkAway.results).flatMap(([id, r]): [string, string][] => [
      [`${id}.title`, r.title],
      [`${id}.body`, r.body],
    ]),
    ['urgent.title', walkAway.urgent.title],
    ['urgent.body', walkAway.urgent.body],
    ...Object.entries(walkAway.advice).flatMap(([id, a]): [string, string][] => [
      [`advice.${id}.title`, a.title],
      [`advice.${id}.body`, a.body],
    ]),
  ];
  const sources = walkAway.sources.map((s, i): [string, string] => [`source ${i}`, s]);

  it('is short, plain, without phone numbers, diagnoses or scores', () => {
    expect(shown.length).toBeGreaterThan(30);
    for (const [where, text] of [...shown, ...sources]) {
      expect(text.trim(), where).not.toBe('');
      expect([...text].length, where).toBeLessThanOrEqual(2 * MAX_STEP_CHARS);
      expect(containsPhoneNumber(text), where).toBe(false);
    }
    for (const [where, text] of shown) {
      expect(
        /narcissis|borderline|disorder|diagnos(?!is\.)|score|danger assessment|lethality/i.test(text.replace('not a diagnosis', '')),
        where,
      ).toBe(false);
    }
  });

  it('speaks of the partner without gender', () => {
    for (const [where, text] of shown)
      expect(/\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend)\b/i.test(text), where).toBe(false);
    expect(walkAway.intro).toContain('partner or ex');
  });

  it('asks each danger item on its own', () => {
    const q = walkAway.questions;
    expect(q.strangled).toMatch(/choked or strangled you, or put pressure on your neck, even once/);
    expect(q.strangled).not.toMatch(/push|hit/);
    expect(q.physical).not.toMatch(/chok|strang|neck/);
    expect(q.threatsToKill).toMatch(/threatened to kill you or your children/);
    expect(q.weapon).toMatch(/weapon/);
    expect(q.weapon).toMatch(/gun/);
    expect(q.leaving).toMatch(/left .*separated.*planning to leave/);
    expect(q.worse).toMatch(/more often.*worse/);
    expect(q.forced).toMatch(/sex/);
    expect(q.stalking).toMatch(/follow.*track your phone or car.*messages/);
    expect(q.suicideThreats).toMatch(/kill themselves/);
    expect(q.jealousy).toMatch(/violently and constantly jealous/);
    expect(q.couldKill).toMatch(/believe they could kill you/);
    // Gaslighting and blame are asked as abuse, beside control and put-downs.
    expect(q.twisting).toMatch(/doubt your own memory/);
    expect(q.blamesMe).toMatch(/your fault/);
  });

  it('puts safety first, says it is not a diagnosis, and tells a strangled person to see a doctor', () => {
    expect(walkAway.intro).toContain('not a diagnosis');
    expect(walkAway.urgent.body).toContain('emergency number');
    expect(walkAway.urgent.body).toContain('not your fault');
    expect(walkAway.results.safetyFirst?.body).toMatch(/^Start with Help now/);
    expect(Object.keys(walkAway.results)).toEqual(['safetyFirst', 'abuseSigns', 'refusesChange', 'noSigns']);
    const strangulation = walkAway.advice.strangulation;
    expect(strangulation?.title).toMatch(/see a doctor/);
    expect(strangulation?.body).toMatch(/without leaving a mark/);
    expect(strangulation?.body).toMatch(/hours or days later/);
    expect(strangulation?.body).toMatch(/even if you feel fine/);
    expect(Object.keys(walkAway.advice).sort()).toEqual(['leaving', 'strangulation']);
  });

  it('names the Danger Assessment, the lethality screen and the strangulation source', () => {
    const all = walkAway.sources.join('\n');
    expect(all).toContain('Danger Assessment by Jacquelyn Campbell (dangerassessment.org)');
    expect(all).toContain('Lethality Assessment Program');
    expect(all).toContain('Maryland Network Against Domestic Violence');
    expect(all).toContain('Training Institute on Strangulation Prevention');
  });
});
