// The safety-plan guidance: every section has a prompt, guidance and 2 to 4
// short examples; no phone numbers (crisis lines are their own data); sources named.
import { describe, expect, it } from 'vitest';
import { safetyPlan, STANLEY_BROWN } from './safety-plan.en';
import { containsPhoneNumber, MAX_STEP_CHARS } from './schema';

const sections = safetyPlan.groups.flatMap((g) => g.sections);

/** Every text in the content, with where it is, for the checks that apply to all of them. */
function allTexts(): [string, string][] {
  const out: [string, string][] = [['intro', safetyPlan.intro]];
  for (const g of safetyPlan.groups) {
    out.push([`${g.id}.title`, g.title], [`${g.id}.intro`, g.intro]);
    for (const [i, n] of (g.notes ?? []).entries()) out.push([`${g.id}.notes[${i}]`, n]);
  }
  for (const s of sections) {
    out.push([`${s.id}.title`, s.title], [`${s.id}.prompt`, s.prompt], [`${s.id}.guidance`, s.guidance]);
    for (const [i, e] of s.examples.entries()) out.push([`${s.id}.examples[${i}]`, e]);
  }
  for (const [k, v] of Object.entries(safetyPlan.checklist.items)) out.push([`checklist.${k}`, v]);
  for (const [k, v] of Object.entries(safetyPlan.checklist.statuses)) out.push([`status.${k}`, v]);
  for (const [k, v] of Object.entries(safetyPlan.tech.reminders)) out.push([`tech.${k}`, v]);
  out.push(
    ['checklist.intro', safetyPlan.checklist.intro],
    ['tech.intro', safetyPlan.tech.intro],
    ['tech.caution', safetyPlan.tech.caution],
  );
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
    expect(Object.keys(safetyPlan.tech.reminders)).toEqual([
      'saferDevice',
      'locationSharing',
      'sharedAccounts',
      'newPasswords',
      'stalkerware',
      'trackers',
      'phonePlan',
      'safetyCheck',
      'childrenDevices',
      'accountRecovery',
    ]);
    expect(safetyPlan.tech.caution).toMatch(/all at once.*more dangerous/);
  });

  it('never sends a helper into danger: helpers call the emergency number and do not come in', () => {
    for (const [where, text] of allTexts()) {
      // Any "come over", "come in", "step in" that is not said as a "not" or "never".
      expect(/(?<!(?:not|never|not to) )(?:come (?:over|round|in\b|and get)|step in)|pick me up/i.test(text), `${where}: ${text}`).toBe(
        false,
      );
    }
    const codeWords = sections.find((s) => s.id === 'codeWords')!;
    expect(codeWords.guidance).toMatch(/call the emergency number for you, and never come in/);
    expect(codeWords.examples.join(' ')).not.toMatch(/come over/);
    expect(codeWords.examples.join(' ')).toMatch(/call the emergency number, and do not come to the door/);
  });

  it("covers weapons, who to leave out, children, leaving fast and the helpers' part", () => {
    const safer = sections.find((s) => s.id === 'safeSurroundings')!;
    expect(safer.guidance).toMatch(/gun or other weapon/);
    expect(safer.examples.join(' ')).toMatch(/hold the gun/);
    expect(safer.examples.join(' ')).toMatch(/Know where the weapons are kept; if one is brought out, leave/);
    expect(sections.find((s) => s.id === 'helpers')!.guidance).toMatch(
      /Leave out anyone who hurts or controls you, or who might tell them/,
    );
    const during = safetyPlan.groups.find((g) => g.id === 'during')!;
    const notes = (during.notes ?? []).join('\n');
    expect(notes).toMatch(/If you must leave fast, go: things can wait/);
    expect(notes).toMatch(/children to call the emergency number, to go to a safe place or a trusted neighbour, and not to step in/);
    expect(notes).toMatch(/helpers to call the emergency number .* not to come in/);
  });

  it('gives real technology safety, with the caution about alerting a partner', () => {
    const r = safetyPlan.tech.reminders;
    expect(r.stalkerware).toMatch(/battery.*apps you do not know.*knows things/);
    expect(r.trackers).toMatch(/AirTag/);
    expect(r.trackers).toMatch(/advocate before removing it: removing it can alert them/);
    expect(r.phonePlan).toMatch(/phone plans and family sharing/);
    expect(r.safetyCheck).toMatch(/iOS 16 or later.*Privacy & Security, Safety Check/);
    expect(r.safetyCheck).toMatch(/Security Checkup/);
    expect(r.childrenDevices).toMatch(/children/);
    expect(r.accountRecovery).toMatch(/recovery email and phone number/);
    const sources = safetyPlan.sources.join(' ');
    expect(sources).toMatch(/Safety Net.*National Network to End Domestic Violence \(techsafety\.org\)/);
    expect(sources).toMatch(/Refuge's tech safety guides \(refugetechsafety\.org\)/);
    expect(sources).toMatch(/Personal Safety User Guide/);
  });

  it('names its sources', () => {
    expect(safetyPlan.sources[0]).toBe(STANLEY_BROWN);
    expect(STANLEY_BROWN).toContain('Cognitive and Behavioral Practice 19(2), 256-264');
    expect(safetyPlan.sources.join(' ')).toContain('National Domestic Violence Hotline');
    expect(safetyPlan.sources.join(' ')).toMatch(/Women's Aid.*Refuge/);
  });
});
