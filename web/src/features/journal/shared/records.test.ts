import { describe, expect, it } from 'vitest';
import type { Entry } from './api';
import { journalRecordJson, parseRecord, sortNewestFirst } from './records';

describe('parseRecord', () => {
  it('reads a journal record and round-trips what journalRecordJson writes', () => {
    const json = journalRecordJson('line one\nline "two"', 1764100000000, 1764100005000);
    expect(JSON.parse(json)).toEqual({ kind: 'journal', text: 'line one\nline "two"', createdAt: 1764100000000, updatedAt: 1764100005000 });
    expect(parseRecord(json)).toEqual({
      kind: 'journal',
      text: 'line one\nline "two"',
      createdAt: 1764100000000,
      updatedAt: 1764100005000,
    });
  });

  it('sets readable records of other kinds aside', () => {
    expect(parseRecord('{"kind":"diaryCard","createdAt":1}')).toBe('other-kind');
  });

  // A journal record of a wrong shape never opens: the core refuses it (record.rs,
  // `opened_records_of_a_wrong_shape_are_refused`), so this reader only sorts out what is no record.
  it('rejects what is not a record at all', () => {
    for (const bad of ['not json', 'null', '[]', '"journal"', '{"text":"x","createdAt":1,"updatedAt":1}', '{"kind":5}']) {
      expect(parseRecord(bad), bad).toBeNull();
    }
  });
});

describe('sortNewestFirst', () => {
  const e = (id: string, createdAt: number, updatedAt = createdAt): Entry => ({ id, text: id, createdAt, updatedAt });

  it('orders by creation, newest first, and keeps an edited old entry in its place', () => {
    const sorted = sortNewestFirst([e('a', 1), e('c', 3), e('b', 2, 99)]);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });

  it('orders by when it happened when the person set that time', () => {
    const backdated: Entry = { ...e('old-day', 5), occurredAt: 0 };
    expect(sortNewestFirst([backdated, e('b', 2), e('c', 3)]).map((x) => x.id)).toEqual(['c', 'b', 'old-day']);
  });

  it('is stable for equal times and does not mutate its input', () => {
    const input = [e('b', 1), e('a', 1)];
    expect(sortNewestFirst(input).map((x) => x.id)).toEqual(['a', 'b']);
    expect(input.map((x) => x.id)).toEqual(['b', 'a']);
  });
});

describe('tracker fields', () => {
  it('writes only the fields that are set, and reads them back', () => {
    expect(JSON.parse(journalRecordJson('x', 1, 2, { triggers: [], emotions: {}, bodyNote: '  ' }))).toEqual({
      kind: 'journal',
      text: 'x',
      createdAt: 1,
      updatedAt: 2,
    });
    const json = journalRecordJson('x', 1, 2, {
      occurredAt: 0,
      phase: 'hoovering',
      emotions: { joy: 2 },
      triggers: ['gift'],
      bodyNote: 'warm',
    });
    expect(parseRecord(json)).toEqual({
      kind: 'journal',
      text: 'x',
      createdAt: 1,
      updatedAt: 2,
      occurredAt: 0,
      phase: 'hoovering',
      emotions: { joy: 2 },
      triggers: ['gift'],
      bodyNote: 'warm',
    });
  });
});
