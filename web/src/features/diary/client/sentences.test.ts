// The diary week is worded by the UI from the core's summary numbers. Against the real WASM core:
// for weeks that make every kind of sentence, the English worded here is exactly the core's own.
import { beforeAll, describe, expect, it } from 'vitest';
import * as wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { DiaryRules } from '../shared/api';
import type { DiaryWeekSummary } from '../../../worker/generated/model';
import { parseDiaryRules, parseDiarySummary } from '../shared/records';
import { loadWasm } from '../../../worker/service.fixture';
import { diaryWeekSentences } from './sentences';

beforeAll(loadWasm);

const WEEK = '2026-11-16';

interface Day {
  date: string;
  emotions?: [string, number][];
  urges?: [string, number, boolean][];
  skillsUsed?: number;
}

function summary(days: Day[]): DiaryWeekSummary {
  const records = days.map((d) => ({
    kind: 'diaryDay',
    date: d.date,
    emotions: (d.emotions ?? []).map(([name, rating]) => ({ name, rating })),
    urges: (d.urges ?? []).map(([name, rating, actedOn]) => ({ name, rating, actedOn })),
    skillsUsed: d.skillsUsed ?? 0,
    skills: [],
    note: '',
    createdAt: 1,
    updatedAt: 1,
  }));
  return parseDiarySummary(wasm.diaryWeekSummary(JSON.stringify(records), WEEK));
}

const WEEKS: Record<string, Day[]> = {
  empty: [],
  'one day, one feeling, an urge not acted on': [{ date: '2026-11-17', emotions: [['sadness', 3]], urges: [['self-harm', 2, false]] }],
  'five days, skills lower the urges': [
    {
      date: '2026-11-16',
      emotions: [
        ['sadness', 4],
        ['fear', 2],
        ['numb', 5],
      ],
      urges: [
        ['self-harm', 4, true],
        ['substance use', 3, true],
      ],
      skillsUsed: 1,
    },
    {
      date: '2026-11-17',
      emotions: [
        ['sadness', 3],
        ['fear', 3],
      ],
      urges: [
        ['self-harm', 4, false],
        ['substance use', 2, true],
      ],
      skillsUsed: 2,
    },
    {
      date: '2026-11-18',
      emotions: [
        ['sadness', 2],
        ['joy', 1],
        ['anger', 4],
      ],
      urges: [['self-harm', 1, false]],
      skillsUsed: 6,
    },
    {
      date: '2026-11-19',
      emotions: [['sadness', 3]],
      urges: [
        ['self-harm', 0, false],
        ['suicide', 1, false],
      ],
      skillsUsed: 5,
    },
    { date: '2026-11-20', urges: [['self-harm', 5, true]], skillsUsed: 0 },
  ],
  'four days, skills on the hardest days': [
    {
      date: '2026-11-16',
      emotions: [
        ['guilt', 2],
        ['shame', 2],
      ],
      urges: [['suicide', 4, false]],
      skillsUsed: 7,
    },
    { date: '2026-11-18', emotions: [['guilt', 1]], urges: [['suicide', 5, false]], skillsUsed: 5 },
    { date: '2026-11-19', urges: [['suicide', 1, false]], skillsUsed: 0 },
    { date: '2026-11-22', urges: [['suicide', 0, false]], skillsUsed: 1 },
  ],
};

describe('diary week sentences worded by the UI', () => {
  let rules: DiaryRules;
  beforeAll(() => {
    rules = parseDiaryRules(wasm.diaryRules());
  });

  it('say in English exactly what the core says', () => {
    const counts: Record<string, number> = {};
    for (const [name, days] of Object.entries(WEEKS)) {
      const s = summary(days);
      expect(diaryWeekSentences(s, rules), name).toEqual(s.sentences);
      counts[name] = s.sentences.length;
    }
    // Each week says what it should: nothing; filled, strongest, one urge, too few to compare;
    // filled, strongest with two more, three urges, the comparison and its verdict.
    expect(counts).toEqual({
      empty: 1,
      'one day, one feeling, an urge not acted on': 4,
      'five days, skills lower the urges': 7,
      'four days, skills on the hardest days': 5,
    });
  });

  it('never reads the core’s English', () => {
    const s = summary(WEEKS['five days, skills lower the urges'] ?? []);
    const worded = diaryWeekSentences({ ...s, sentences: ['NOT SHOWN'] }, rules);
    expect(worded.join(' ')).not.toContain('NOT SHOWN');
    expect(worded.length).toBeGreaterThan(3);
  });
});
