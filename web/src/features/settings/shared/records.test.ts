import { describe, expect, it } from 'vitest';
import {
  contactRecordJson,
  newestSettings,
  parseContactRecord,
  parseSettingsRecord,
  parseSettingsRules,
  settingsRecordJson,
  sortContacts,
} from './records';

const S = { autoLockMinutes: 5, hiddenGraceSeconds: 30, quickExitUrl: 'https://a.example/', crisisRegion: '' };

describe('safety records', () => {
  it('round-trips settings and contacts through their JSON', () => {
    expect(parseSettingsRecord(settingsRecordJson(S, 9))).toEqual({ settings: S, updatedAt: 9 });
    const json = contactRecordJson({ name: 'Ana', number: '555', note: 'n' }, 1, 2);
    expect(JSON.parse(json)).toEqual({ kind: 'contact', name: 'Ana', number: '555', note: 'n', createdAt: 1, updatedAt: 2 });
    expect(parseContactRecord('id', json)).toEqual({ id: 'id', name: 'Ana', number: '555', note: 'n', createdAt: 1, updatedAt: 2 });
  });

  it('ignores other kinds and malformed JSON', () => {
    const journal = '{"kind":"journal","text":"x","createdAt":1,"updatedAt":1}';
    expect(parseSettingsRecord(journal)).toBeNull();
    expect(parseContactRecord('id', journal)).toBeNull();
    expect(parseSettingsRecord('{')).toBeNull();
    expect(parseContactRecord('id', 'null')).toBeNull();
    // A wrong shape never opens: the core refuses it (record.rs, opened records of a wrong shape).
  });

  it("reads the rules, leaving the record's time out of the defaults", () => {
    const { kind: _kind, ...defaults } = JSON.parse(settingsRecordJson(S, 0)) as Record<string, unknown>;
    const rules = parseSettingsRules(JSON.stringify({ defaults, autoLockMinutes: [1, 60], hiddenGraceSeconds: [0, 600] }));
    expect(rules).toEqual({ defaults: S, autoLockMinutes: [1, 60], hiddenGraceSeconds: [0, 600] });
  });

  it('picks the newest settings copy and sorts contacts by name', () => {
    expect(newestSettings([])).toBeUndefined();
    const a = { settings: S, updatedAt: 1, id: 'a' };
    const b = { settings: S, updatedAt: 5, id: 'b' };
    expect(newestSettings([a, b])?.id).toBe('b');
    expect(newestSettings([b, a])?.id).toBe('b');
    const c = (name: string, createdAt: number) => ({ id: name, name, number: '555', note: '', createdAt, updatedAt: 0 });
    expect(sortContacts([c('zed', 1), c('Ana', 3), c('ana', 2)]).map((x) => `${x.name}${x.createdAt}`)).toEqual(['ana2', 'Ana3', 'zed1']);
  });
});
