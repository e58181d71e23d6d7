import { describe, expect, it } from 'vitest';
import { diaryDaysJson, diaryRecordJson, parseDiaryRecord } from './records';

const INPUT = {
  date: '2026-11-24',
  emotions: [{ name: ' fear ', rating: 3 }],
  urges: [{ name: 'suicide', rating: 4, actedOn: false }],
  skillsUsed: 5,
  skills: ['stop'],
  note: ' walked ',
};

describe('diary records', () => {
  it('shapes the record JSON (trimmed) and reads it back', () => {
    const json = diaryRecordJson(INPUT, 1, 2);
    expect(JSON.parse(json)).toEqual({
      kind: 'diaryDay',
      date: '2026-11-24',
      emotions: [{ name: 'fear', rating: 3 }],
      urges: [{ name: 'suicide', rating: 4, actedOn: false }],
      skillsUsed: 5,
      skills: ['stop'],
      note: 'walked',
      createdAt: 1,
      updatedAt: 2,
    });
    const day = parseDiaryRecord('id1', json);
    expect(day).toMatchObject({ id: 'id1', note: 'walked', createdAt: 1, updatedAt: 2 });
    expect(JSON.parse(diaryDaysJson(day ? [day] : []))).toEqual([JSON.parse(json)]);
  });

  // A wrong shape never opens: the core refuses it (record.rs, opened records of a wrong shape).
  it('ignores other kinds and what is not JSON', () => {
    expect(parseDiaryRecord('id', '{"kind":"journal","text":"x","createdAt":1,"updatedAt":1}')).toBeNull();
    expect(parseDiaryRecord('id', '{')).toBeNull();
    expect(parseDiaryRecord('id', '[]')).toBeNull();
  });
});
