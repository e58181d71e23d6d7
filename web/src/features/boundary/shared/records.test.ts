import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, parsePlanRecord, planRecordJson } from './records';

describe('boundary plan records', () => {
  it('round-trips the plan and ignores other kinds or shapes', () => {
    const plan = { ...EMPTY_PLAN, describe: 'd', callAfter: 'Sam' };
    const json = planRecordJson(plan, 7);
    expect(JSON.parse(json)).toMatchObject({ kind: 'boundaryPlan', describe: 'd', callAfter: 'Sam', updatedAt: 7 });
    expect(parsePlanRecord(json)).toEqual({ plan, updatedAt: 7 });
    expect(parsePlanRecord('{"kind":"settings"}')).toBeNull();
    // A wrong shape never opens: the core refuses it (record.rs, opened records of a wrong shape).
    expect(parsePlanRecord('nope')).toBeNull();
  });
});
