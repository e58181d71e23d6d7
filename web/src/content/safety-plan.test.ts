// The safety-plan guidance (issue 4, part 1): every section has a prompt, guidance and 2 to 4
// short examples; no phone numbers (crisis lines are their own data); sources named.
import { describe, expect, it } from 'vitest';
import { safetyPlan, STANLEY_BROWN } from './safety-plan.en';
import { containsPhoneNumber, MAX_STEP_CHARS } from './schema';

const sections = safetyPlan.groups.flatMap((g) => g.sections);

/** Every text in the content, with where it is, for the checks that apply to all of them. */
function allTexts(): [string, string][] {
  const out: [string, string][] = [['intro', safetyPlan.intro]];
  for (const g of safetyPlan.groups) out.push([`${g.id}.title`, g.title], [`${g.id}.intro`, g.intro]);
  for (const s of sections) {
    out.push([`${s.id}.title`, s.title], [`${s.id}.prompt`, s.prompt], [`${s.id}.guidance`, s.guidance]);
    s.examples.forEach((e, i) => out.push([`${s.id}.examples[${i}]`, e]));
  }
  for (const [k, v] of Object.entries(safetyPlan.checklist.items)) out.push([`checklist.${k}`, v]);
  for (const [k, v] of Object.entries(safetyPlan.checklist.statuses)) out.push([`status.${k}`, v]);
  for (const [k, v] of Object.entries(safetyPlan.tech.reminders)) out.push([`tech.${k}`, v]);
  out.push(['checklist.intro', safetyPlan.checklist.intro], ['tech.intro', safetyPlan.tech.intro], ['tech.caution', safetyPlan.tech.caution]);
  return out;
}

describe('safety-plan guidance', () => {
  it('has the Stanley-Brown sections and the domestic-violence plan, each id once', () => {
    expect(safetyPlan.groups.map((g) => g.id)).toEqual(['coping', 'during', 'leaving', 'after']);
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(safetyPlan.groups[0]?.sections.map((s) => s.id)).toEqual([
      'warningSigns',
      'copingAlone',
      'distractions',
      'helpers',
      'professionals',
      'safeSurroundings',
      'reasonsForLiving',
    ]);
    expect(ids).toHaveLength(20);
  });

  it('gives every section a one-line prompt, short guidance and 2 to 4 examples', () => {
    for (const s of sections) {
      expect(s.prompt.trim(), s.id).not.toBe('');
      expect(s.prompt, s.id).not.toContain('\n');
      expect(s.prompt.endsWith('?'), `${s.id} prompt asks a question`).toBe(true);
      expect(s.guidance.trim(), s.id).not.toBe('');
      expect(s.examples.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.examples.length, s.id).toBeLessThanOrEqual(4);
    }
  });

  it('keeps every text short, non-empty, without phone numbers or web addresses', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(120);
    for (const [where, text] of texts) {
      expect(text.trim(), where).not.toBe('');
      expect([...text].length, where).toBeLessThanOrEqual(where === 'tech.caution' ? 2 * MAX_STEP_CHARS : MAX_STEP_CHARS);
      expect(containsPhoneNumber(text), `${where}: ${text}`).toBe(false);
      expect(/https?:|www\./i.test(text), where).toBe(false);
    }
    expect(containsPhoneNumber('call 0808 2000 247'), 'positive control').toBe(true);
  });

  it('never blames: no "you should have", "why didn\'t you", "your fault"', () => {
    for (const [where, text] of allTexts()) {
      expect(/should have|why didn.t you|your fault|overreact/i.test(text), where).toBe(false);
    }
  });

  it('names every checklist item and status the issue lists, and the monitoring caution', () => {
    expect(Object.keys(safetyPlan.checklist.items)).toHaveLength(18);
    expect(Object.keys(safetyPlan.checklist.statuses)).toEqual(['have', 'copied', 'withSomeone', 'photographed']);
    expect(Object.keys(safetyPlan.tech.reminders)).toEqual(['saferDevice', 'locationSharing', 'sharedAccounts', 'newPasswords']);
    expect(safetyPlan.tech.caution).toMatch(/all at once.*more dangerous/);
  });

  it('names its sources', () => {
    expect(safetyPlan.sources[0]).toBe(STANLEY_BROWN);
    expect(STANLEY_BROWN).toContain('Cognitive and Behavioral Practice 19(2), 256-264');
    expect(safetyPlan.sources.join(' ')).toContain('National Domestic Violence Hotline');
    expect(safetyPlan.sources.join(' ')).toMatch(/Women's Aid.*Refuge/);
  });
});
