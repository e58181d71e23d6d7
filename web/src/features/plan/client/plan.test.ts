// The plan's content matches the record the core stores, and the text export holds it all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import init, * as wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import { safetyPlan as content } from '../../../content/safety-plan.en';
import { emptyPlan, parsePlanRecord, parsePlanRules, planRecordJson } from '../shared/records';
import { PLAN_PEOPLE_SECTIONS, PLAN_TEXT_SECTIONS, type SafetyPlan } from '../shared/types';
import { planToText } from './text';

beforeAll(async () => {
  await init({ module_or_path: readFileSync(join(import.meta.dirname, '../../../wasm/pkg/kintsugi_wasm_bg.wasm')) });
});

const labels = { title: 'My safety plan', none: 'Nothing yet', where: 'Where is it?', sources: 'Where this comes from' };

describe('safety plan content and record', () => {
  it('has guidance for exactly the sections, checklist items and reminders the core knows', () => {
    const rules = parsePlanRules(wasm.planRules());
    const sectionIds = content.groups.flatMap((g) => g.sections.map((s) => s.id)).sort();
    expect(sectionIds).toEqual([...PLAN_TEXT_SECTIONS, ...PLAN_PEOPLE_SECTIONS].sort());
    expect(Object.keys(content.checklist.items).sort()).toEqual([...rules.checklist].sort());
    expect(Object.keys(content.tech.reminders).sort()).toEqual([...rules.tech].sort());
  });

  it('writes JSON the core accepts as it is, and reads the canonical form back', () => {
    const plan: SafetyPlan = {
      ...emptyPlan(),
      reasonsForLiving: ['my dog'],
      professionals: [{ name: 'GP', contact: '' }],
      techDone: ['newPasswords'],
    };
    const json = planRecordJson(plan, 7);
    expect(wasm.invalidField(json)).toBeUndefined();
    expect(parsePlanRecord(json)).toEqual({ plan, updatedAt: 7 });
    expect(parsePlanRecord('{"kind":"settings"}')).toBeNull();
    // A wrong shape never opens: the core refuses it (record.rs, opened records of a wrong shape).
    expect(
      wasm.invalidField(
        planRecordJson(
          {
            ...plan,
            checklist: [{ item: 'own', label: '', where: 'x', have: false, copied: false, withSomeone: false, photographed: false }],
          },
          1,
        ),
      ),
    ).toBe('checklist');
  });

  it('puts every section, the checklist with statuses, the ticked reminders and the sources in the text', () => {
    const plan = emptyPlan();
    for (const id of PLAN_TEXT_SECTIONS) plan[id] = [`text-${id}`];
    plan.helpers = [{ name: 'Mia', contact: '555 0100' }];
    plan.checklist = [
      { item: 'passports', label: '', where: 'blue folder', have: true, copied: false, withSomeone: false, photographed: true },
      { item: 'own', label: 'Ring', where: '', have: false, copied: true, withSomeone: false, photographed: false },
    ];
    plan.techDone = ['locationSharing'];
    const text = planToText(plan, content, labels);
    expect(text.startsWith('My safety plan\n==============\n')).toBe(true);
    for (const id of PLAN_TEXT_SECTIONS) expect(text, id).toContain(`- text-${id}`);
    for (const s of content.groups.flatMap((g) => g.sections))
      expect(text, s.id).toContain(`\n${s.title}\n${'-'.repeat(s.title.length)}\n`);
    expect(text).toContain('- Mia: 555 0100');
    expect(text).toMatch(/Professionals and services\n-+\nNothing yet/);
    expect(text).toContain('- Passports and immigration papers: I have it, Photographed (Where is it? blue folder)');
    expect(text).toContain('- Ring: Copied');
    expect(text).toContain(`- [x] ${content.tech.reminders.locationSharing}`);
    expect(text).not.toContain(content.tech.reminders.saferDevice);
    expect(text).toContain('Stanley, B. & Brown, G. K. (2012)');
  });
});

describe('walk-away check content and the core', () => {
  it('words every question the core asks, and every result it gives', async () => {
    const { walkAway } = await import('../../../content/walk-away.en');
    const ids = JSON.parse(wasm.walkAwayQuestions()) as string[];
    expect(Object.keys(walkAway.questions)).toEqual(ids);
    const outcomes = ['[]', ...ids.map((id) => JSON.stringify([id]))].map(
      (yes) => JSON.parse(wasm.walkAwayResult(yes)!) as { result: string; advice: string[]; actions: string[] },
    );
    expect([...new Set(outcomes.map((o) => o.result))].sort()).toEqual(Object.keys(walkAway.results).sort());
    expect([...new Set(outcomes.flatMap((o) => o.advice))].sort()).toEqual(Object.keys(walkAway.advice).sort());
    // Every result's first button is Help now, the plan second.
    for (const o of outcomes) expect(o.actions).toEqual(['helpNow', 'safetyPlan']);
  });
});
