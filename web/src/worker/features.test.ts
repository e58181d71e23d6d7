import { describe, expect, it } from 'vitest';
import { joinServices } from './features';
import { serviceOver } from './service.fixture';

describe("the worker's service, joined from its parts", () => {
  it('refuses a call that two parts answer, instead of letting one hide the other', () => {
    const first = { saveThing: () => 1 };
    const second = { saveThing: () => 2 };
    expect(() => joinServices([first, second])).toThrow(/saveThing/);
    const joined = joinServices<{ a: () => number; b: () => number }>([{ a: () => 1 }, { b: () => 2 }]);
    expect([joined.a(), joined.b()]).toEqual([1, 2]);
  });

  it("answers every feature's calls and the vault's own", () => {
    const { api } = serviceOver();
    // One call of each feature in the list, and of the vault and the journal beside it.
    for (const name of [
      'getSettings',
      'saveDiaryDay',
      'saveBoundaryPlan',
      'getSafetyPlan',
      'exportBackup',
      'saveContactLog',
      'saveIncident',
      'saveDraft',
      'unlock',
      'saveEntry',
      'insights',
    ]) {
      expect(typeof (api as unknown as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
