// The Patterns sentences are worded by the UI from the core's kind, numbers and labels. Against the
// real WASM core: for vaults that make every kind of sentence, the English worded here is exactly
// the core's own English, and a kind the fixtures never produce fails the test.
import { beforeAll, describe, expect, it } from 'vitest';
import * as wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { InsightSentence, InsightsResult } from '../shared/api';
import type { SentenceKind } from '../../../worker/generated/model';
import { loadWasm } from '../../../worker/service.fixture';
import { isoWeekMonday, weekRange, wordSentence } from './sentences';

beforeAll(loadWasm);

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const ago = (days: number) => NOW - days * DAY;

type Json = Record<string, unknown>;

function entry(at: number, fields: Json = {}): Json {
  return { kind: 'journal', text: 'x', createdAt: at, updatedAt: at, occurredAt: at, ...fields };
}
function contact(at: number, hooverTactic?: string): Json {
  const tactic = hooverTactic === undefined ? {} : { hooverTactic };
  return {
    kind: 'contactLog',
    occurredAt: at,
    initiatedBy: 'them',
    channel: 'text',
    ...tactic,
    note: '',
    brokeNoContact: false,
    createdAt: at,
    updatedAt: at,
  };
}
function goal(startedAt: number, endedAt?: number): Json {
  const end = endedAt === undefined ? {} : { endedAt };
  return { kind: 'noContactGoal', startedAt, ...end, note: '', createdAt: startedAt, updatedAt: startedAt };
}

/** Cycles of idealization -> calm -> devaluation -> discard -> hoovering, from `start` (days ago). */
function cycles(start: number, parts: { ideal: number; calm: number; deval: number; triggers?: string[] }[]): Json[] {
  const out: Json[] = [];
  let day = start;
  for (const { ideal, calm, deval, triggers } of parts) {
    out.push(entry(ago(day), { phase: 'idealization' }));
    day -= ideal;
    out.push(entry(ago(day), { phase: 'calm' }));
    day -= calm;
    if (triggers) out.push(entry(ago(day) - 3_600_000, { triggers }));
    out.push(entry(ago(day), { phase: 'devaluation' }));
    day -= deval;
    out.push(entry(ago(day), { phase: 'discard' }));
    day -= 1;
    out.push(entry(ago(day), { phase: 'hoovering' }));
    day -= 1;
  }
  out.push(entry(ago(day), { phase: 'idealization' }));
  return out;
}

function sentencesOf(records: Json[], now = NOW): InsightSentence[] {
  return (JSON.parse(wasm.insights(JSON.stringify(records), now, 0)) as InsightsResult).sentences;
}

const thisWeek = ago(1);
const VAULTS: Record<string, Json[]> = {
  empty: [],
  'one plain entry': [entry(ago(3))],
  'four shrinking cycles, triggers, feelings, tactics and goals': [
    ...cycles(120, [
      { ideal: 10, calm: 2, deval: 5, triggers: ['money', 'late message'] },
      { ideal: 8, calm: 3, deval: 4, triggers: ['money'] },
      { ideal: 6, calm: 4, deval: 3, triggers: ['money', 'his mother'] },
      { ideal: 4, calm: 5, deval: 2, triggers: ['late message'] },
    ]),
    entry(thisWeek, { emotions: { fear: 3, hope: 4 } }),
    entry(thisWeek + 1000, { emotions: { fear: 4, hope: 2 } }),
    entry(thisWeek + 2000, { emotions: { fear: 3, hope: 3 } }),
    entry(thisWeek + 3000, { emotions: { fear: 3, hope: 4 } }),
    contact(ago(30), 'apology'),
    contact(ago(29), 'apology'),
    contact(ago(28), 'promiseToChange'),
    contact(ago(27), 'justCheckingIn'),
    contact(ago(26), 'justCheckingIn'),
    contact(ago(25), 'apology'),
    goal(ago(60), ago(40)),
    goal(ago(5)),
  ],
  'one cycle, a gap, one tactic, a goal begun today': [
    ...cycles(200, [{ ideal: 3, calm: 1, deval: 2 }]),
    ...cycles(120, [{ ideal: 5, calm: 2, deval: 2 }]),
    entry(ago(2), { emotions: { 'my own word': 2 } }),
    contact(ago(10), 'thirdParty'),
    goal(NOW),
  ],
  'two mixed cycles, feelings at 0, goals ended': [
    ...cycles(40, [
      { ideal: 5, calm: 3, deval: 2 },
      { ideal: 7, calm: 1, deval: 3 },
    ]),
    entry(thisWeek, { emotions: { sadness: 0 } }),
    goal(ago(20), ago(10)),
    goal(ago(9), ago(8)),
  ],
  'a cycle begun today': [entry(ago(30), { phase: 'devaluation' }), entry(NOW - 1000, { phase: 'idealization' })],
};

describe('Patterns sentences worded by the UI', () => {
  it('say in English exactly what the core says, for every kind', () => {
    const seen = new Set<SentenceKind>();
    for (const [name, records] of Object.entries(VAULTS)) {
      for (const sentence of sentencesOf(records)) {
        seen.add(sentence.kind);
        expect(wordSentence(sentence), `${name}: ${sentence.kind}`).toBe(sentence.text);
      }
    }
    const every: SentenceKind[] = [
      'noEntries',
      'cyclesTooFew',
      'cycleCount',
      'cycleLengths',
      'cycleInProgress',
      'cyclesInterrupted',
      'phaseTrend',
      'triggersBefore',
      'noTriggersBefore',
      'noEscalationYet',
      'emotionWeek',
      'noEmotions',
      'hooverTactics',
      'noHooverTactics',
      'noContactCurrent',
      'noContactLongest',
      'noContactInactive',
      'noContactNone',
    ];
    expect([...seen].sort()).toEqual([...every].sort());
  });

  it('never reads the core’s English', () => {
    for (const sentence of sentencesOf(VAULTS['four shrinking cycles, triggers, feelings, tactics and goals'] ?? [])) {
      expect(wordSentence({ ...sentence, text: 'NOT SHOWN' })).not.toContain('NOT SHOWN');
    }
  });

  it('finds the Monday of an ISO week, across year ends', () => {
    expect(new Date(isoWeekMonday(2026, 1)).toISOString().slice(0, 10)).toBe('2025-12-29');
    expect(new Date(isoWeekMonday(2020, 53)).toISOString().slice(0, 10)).toBe('2020-12-28');
    expect(new Date(isoWeekMonday(2025, 48)).toISOString().slice(0, 10)).toBe('2025-11-24');
    expect(weekRange(2026, 1)).toBe('29 December 2025 to 4 January 2026');
    expect(weekRange(2025, 44)).toBe('27 October to 2 November 2025');
    expect(weekRange(2025, 48)).toBe('24 to 30 November 2025');
  });
});
