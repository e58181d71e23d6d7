import { describe, expect, it } from 'vitest';
import { promptLibrary, promptsFor, type PROMPT_AUDIENCES } from './prompts';
import { containsPhoneNumber, MAX_STEP_CHARS, validatePromptLibrary, validateSkillLibrary } from './schema';
import { SKILL_CATEGORIES, skillById, skillLibrary, skillsIn } from './skills';

// Deep copies typed loosely, so a test can break one field on purpose.
type Loose = Record<string, unknown>;
const looseSkills = () => structuredClone(skillLibrary) as unknown as { skills: Loose[] };
const loosePrompts = () => structuredClone(promptLibrary) as unknown as { safetyNote?: string; prompts: Loose[] };

describe('the skills library', () => {
  it('validates', () => {
    expect(validateSkillLibrary(skillLibrary)).toEqual([]);
  });

  it('has every skill the issue names, each in its group', () => {
    const expected: Record<string, string> = {
      'wise-mind': 'mindfulness',
      'observe-describe-participate': 'mindfulness',
      'how-skills': 'mindfulness',
      stop: 'distress-tolerance',
      tipp: 'distress-tolerance',
      accepts: 'distress-tolerance',
      'self-soothe': 'distress-tolerance',
      improve: 'distress-tolerance',
      'pros-and-cons': 'distress-tolerance',
      'radical-acceptance': 'distress-tolerance',
      'check-the-facts': 'emotion-regulation',
      'opposite-action': 'emotion-regulation',
      'abc-please': 'emotion-regulation',
      'dear-man': 'interpersonal-effectiveness',
      give: 'interpersonal-effectiveness',
      fast: 'interpersonal-effectiveness',
      'five-senses': 'grounding',
      'self-validation': 'grounding',
    };
    for (const [id, category] of Object.entries(expected)) expect(skillById(id).category, id).toBe(category);
    for (const category of SKILL_CATEGORIES) expect(skillsIn(category).length, category).toBeGreaterThan(0);
  });

  it('spells each acronym out in order, letter by letter', () => {
    const acronyms: Record<string, string[]> = {
      stop: ['Stop', 'Take a step back', 'Observe', 'Proceed mindfully'],
      tipp: ['Temperature', 'Intense exercise', 'Paced breathing', 'Paired muscle relaxation'],
      accepts: ['Activities', 'Contributing', 'Comparisons', 'Emotions', 'Pushing away', 'Thoughts', 'Sensations'],
      improve: ['Imagery', 'Meaning', 'Prayer', 'Relaxation', 'One thing in the moment', 'Vacation', 'Encouragement'],
      'dear-man': ['Describe', 'Express', 'Assert', 'Reinforce', 'Mindful', 'Appear confident', 'Negotiate'],
      give: ['Gentle', 'Interested', 'Validate', 'Easy manner'],
      fast: ['Fair', 'Apologies', 'Stick to values', 'Truthful'],
      'abc-please': [
        'Accumulate positive emotions',
        'Build mastery',
        'Cope ahead',
        'Treat physical illness',
        'Balance eating',
        'Avoid mood-altering substances',
        'Balance sleep',
        'Get exercise',
      ],
    };
    for (const [id, labels] of Object.entries(acronyms)) {
      const skill = skillById(id);
      expect(
        skill.steps.map((s) => s.label),
        id,
      ).toEqual(labels);
      // The acronym's letters are the labels' initials (ABC PLEASE's L is the "L" of "physicaL").
      if (id !== 'abc-please') {
        expect(skill.acronym?.replace(/\s/g, ''), id).toBe(
          labels
            .map((l) => l[0])
            .join('')
            .toUpperCase(),
        );
      }
    }
    expect(skillById('abc-please').acronym).toBe('ABC PLEASE');
  });

  it('names the DBT manual for every DBT skill, and a description for 5-4-3-2-1', () => {
    for (const skill of skillLibrary.skills.filter((s) => s.id !== 'five-senses')) {
      expect(skill.source, skill.id).toContain('Linehan, M. M. (2015). DBT Skills Training Manual (2nd ed.)');
    }
    expect(skillById('five-senses').source).toMatch(/grounding exercise/);
  });

  it('warns about cold water and intense exercise with a heart condition or an eating disorder', () => {
    const caution = skillById('tipp').caution ?? '';
    expect(caution).toMatch(/heart condition/);
    expect(caution).toMatch(/eating disorder/);
    expect(caution).toMatch(/intense exercise/);
    expect(caution).toMatch(/Never use ice or icy water/);
  });

  it('gives the water temperature of the TIP handout: about 10 °C (50 °F), no colder', () => {
    const temperature = skillById('tipp').steps[0]!.text;
    expect(temperature).toMatch(/about 10 °C \(50 °F\) and no colder/);
    expect(temperature).not.toMatch(/\bice\b/);
    expect(skillById('tipp').source).toMatch(/above 50 °F \(10 °C\)/);
  });

  it("has every step of check the facts and opposite action, in the handouts' order", () => {
    const facts = skillById('check-the-facts').steps.map((s) => s.text);
    expect(facts).toHaveLength(7);
    for (const [i, pattern] of [
      /Name the emotion/,
      /as a camera/,
      /telling yourself/,
      /threat/,
      /catastrophe.*cope/,
      /fit the facts/,
      /opposite action/,
    ].entries()) {
      expect(facts[i], String(pattern)).toMatch(pattern);
    }
    const opposite = skillById('opposite-action').steps.map((s) => s.text);
    expect(opposite).toHaveLength(7);
    for (const [i, pattern] of [
      /Name the emotion/,
      /Check the facts/,
      /urge/,
      /wise mind/,
      /opposite action/,
      /all the way.*thoughts/,
      /Keep acting opposite/,
    ].entries()) {
      expect(opposite[i], String(pattern)).toMatch(pattern);
    }
  });

  it('teaches the mindfulness "how" skills', () => {
    expect([...new Set(skillById('how-skills').steps.map((s) => s.label))]).toEqual(['Non-judgementally', 'One-mindfully', 'Effectively']);
  });

  it('cautions and names sources wherever the breath is held', () => {
    for (const skill of skillLibrary.skills) {
      const held = skill.steps.some((s) => /\bhold(ing)? (your breath|for \d)/i.test(s.text));
      if (held) expect(skill.caution, skill.id).toMatch(/breath/i);
    }
    const paced = skillById('paced-breathing');
    expect(paced.steps.map((s) => s.label).filter(Boolean)).toEqual(['Box', '4-7-8']);
    expect(paced.caution).toMatch(/dizzy, light-headed or more anxious\. If it does, stop and breathe normally/);
    expect(paced.source).toMatch(/Andrew Weil/);
    expect(paced.source).toMatch(/Box breathing as described by Mentemia/);
  });

  it('keeps no contact in the DEAR MAN example: says no to meeting, asks for no contact, invites none', () => {
    const steps = skillById('dear-man')
      .steps.map((s) => s.text)
      .join(' ');
    expect(steps).toMatch(/I will not meet you\. Please do not contact me again\./);
    expect(steps).not.toMatch(/talk properly|call after|what would work for you/i);
    expect(steps).toMatch(/not up for trade/);
  });

  it('points to Help now instead of a number where a crisis may come up', () => {
    expect(skillById('stop').caution).toContain('"Help now"');
    expect(skillById('dear-man').caution).toContain('"Help now"');
  });

  it('lets 5-4-3-2-1 count down five senses', () => {
    expect(skillById('five-senses').steps.map((s) => s.label)).toEqual(['See', 'Touch', 'Hear', 'Smell', 'Taste']);
  });

  it('throws for an unknown id', () => {
    expect(() => skillById('no-such-skill')).toThrow('no-such-skill');
  });
});

describe('the skills validator catches', () => {
  it('a duplicate id', () => {
    const bad = looseSkills();
    bad.skills.push(structuredClone(bad.skills[2]!));
    expect(validateSkillLibrary(bad)).toContain('skill stop: id is used twice');
  });

  it('a skill with no steps, or an empty step', () => {
    const bad = looseSkills();
    bad.skills[0]!.steps = [];
    bad.skills[1]!.steps = [{ text: '  ' }];
    expect(validateSkillLibrary(bad)).toEqual([
      'skill wise-mind: needs at least one step',
      'skill observe-describe-participate step 1: must be non-empty text',
    ]);
  });

  it('a missing source, and an unknown category', () => {
    const bad = looseSkills();
    bad.skills[2]!.source = undefined;
    bad.skills[3]!.category = 'magic';
    expect(validateSkillLibrary(bad)).toEqual(['skill stop source: must be non-empty text', 'skill tipp: category is not known']);
  });

  it('a step that is too long', () => {
    const bad = looseSkills();
    bad.skills[0]!.steps = [{ text: 'x'.repeat(MAX_STEP_CHARS + 1) }];
    expect(validateSkillLibrary(bad)).toEqual([`skill wise-mind step 1: longer than ${MAX_STEP_CHARS} characters`]);
  });

  it('a phone number in the text', () => {
    const bad = looseSkills();
    bad.skills[0]!.caution = 'Call 0800 123 4567 now.';
    expect(validateSkillLibrary(bad)).toEqual([
      'skill wise-mind caution: looks like a phone number; crisis lines belong in their own data',
    ]);
  });

  it('a missing category, and one the app does not know', () => {
    const bad = structuredClone(skillLibrary) as unknown as { categories: Record<string, unknown> };
    delete bad.categories.grounding;
    bad.categories.astrology = { name: 'Stars', about: 'Not a category.' };
    expect(validateSkillLibrary(bad)).toEqual(['category grounding: missing', 'category astrology: not a known category']);
  });

  it('something that is not a library at all', () => {
    expect(validateSkillLibrary(null)).toEqual(['library: needs categories and a list of skills']);
    expect(validateSkillLibrary({ categories: {}, skills: 'no' })).toEqual(['library: needs categories and a list of skills']);
  });
});

describe('phone number detection', () => {
  it.each(['Call 0800 123 4567', 'ring +44 20 7946 0958', '(555) 010-9999', 'dial 988', 'call 911 now', 'Call 116 123', 'dial 000'])(
    'finds %s',
    (s) => expect(containsPhoneNumber(s)).toBe(true),
  );
  it.each(['5-4-3-2-1 grounding', 'breathe 4-7-8', 'from 0 to 10', 'count back from 100 in sevens', 'about 30 seconds', 'box 4-4-4-4'])(
    'leaves %s alone',
    (s) => expect(containsPhoneNumber(s)).toBe(false),
  );
});

describe('the reflection prompts', () => {
  it('validate', () => {
    expect(validatePromptLibrary(promptLibrary)).toEqual([]);
  });

  it("cover each partner's path and the shared one, theme by theme", () => {
    const themes = (a: (typeof PROMPT_AUDIENCES)[number]) => new Set(promptsFor(a).map((p) => p.theme));
    expect([...themes('fear-of-abandonment')]).toEqual(['Self-validation', 'Naming the fear of being left', 'Checking the facts']);
    expect([...themes('shame-and-control')]).toEqual([
      'Noticing shame and defence',
      'Empathy you feel, not perform',
      'Relinquishing control',
    ]);
    expect([...themes('together')]).toEqual(['Clear boundaries', 'Trust through steady, safe behaviour']);
  });

  it('say couples work is not advised while there is abuse', () => {
    expect(promptLibrary.safetyNote).toMatch(/not advised while there is abuse/);
    expect(promptLibrary.safetyNote).toContain('"Help now"');
  });

  it('never label the reader with a diagnosis', () => {
    const all = [
      ...promptLibrary.prompts.flatMap((p) => [p.text, p.hint ?? '', p.theme]),
      ...Object.values(promptLibrary.audiences).flatMap((a) => [a.title, a.intro]),
      ...skillLibrary.skills.flatMap((s) => [s.name, s.whenToUse, s.caution ?? '', ...s.steps.map((x) => x.text)]),
    ];
    const labelling = /\b(because you are|you are (a )?(narcissist|borderline)|your (bpd|npd|disorder)|narcissist\b|borderline\b)/i;
    expect(all.filter((s) => labelling.test(s))).toEqual([]);
  });

  it('name the article and the approaches it draws on', () => {
    const sources = promptLibrary.prompts.flatMap((p) => p.sources);
    expect(sources.some((s) => s.startsWith('Dialectical behaviour therapy (DBT): Linehan, M. M. (2015)'))).toBe(true);
    expect(sources.some((s) => s.startsWith('Schema therapy: Young, J. E., Klosko, J. S., & Weishaar, M. E. (2003)'))).toBe(true);
    expect(promptLibrary.prompts.every((p) => p.sources.some((s) => s.includes('borderline-narcissist relationship dynamic')))).toBe(true);
  });
});

describe('the prompts validator catches', () => {
  it('an unknown audience, a missing safety note, and an audience with no prompts', () => {
    const bad = loosePrompts();
    bad.safetyNote = undefined;
    for (const p of bad.prompts) if (p.audience === 'together') p.audience = 'strangers';
    const problems = validatePromptLibrary(bad);
    expect(problems).toContain('safetyNote: must be non-empty text');
    expect(problems).toContain('prompt to-say-the-boundary: audience is not known');
    expect(problems).toContain('audience together: has no prompts');
  });

  it('a prompt with no source, or an empty one', () => {
    const bad = loosePrompts();
    bad.prompts[0]!.sources = [];
    bad.prompts[1]!.sources = ['Linehan', ' '];
    expect(validatePromptLibrary(bad)).toEqual([
      'prompt fa-name-the-feeling: needs at least one source',
      'prompt fa-soothe-yourself source 2: must be non-empty text',
    ]);
  });
});
