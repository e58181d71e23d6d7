// The chain check is worded by the UI from what the core found. Against the real WASM core: for
// logs that make every kind of result and problem, the English worded here is exactly the core's.
import { beforeAll, describe, expect, it } from 'vitest';
import * as wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { ChainProblem } from '../../../worker/generated/model';
import { loadWasm } from '../../../worker/service.fixture';
import { checkSentences } from './check';

beforeAll(loadWasm);

type Version = Record<string, unknown> & { seq: number; hash: string };

/** Appends a version with `what` to `log` (the core computes seq, prevHash and hash). */
function append(log: Version[], what: string): Version {
  const draft = { occurredAt: 1_764_000_000_000, whatHappened: what };
  return JSON.parse(wasm.incidentAppend(JSON.stringify(log), JSON.stringify(draft), 1_764_100_000_000 + log.length)) as Version;
}

function chain(n: number): Version[] {
  const log: Version[] = [];
  for (let i = 0; i < n; i++) log.push(append(log, `version ${i}`));
  return log;
}

interface Report {
  intact: boolean;
  count: number;
  head: string | null;
  problems: ChainProblem[];
  sentences: string[];
}
const verify = (log: Version[]) => JSON.parse(wasm.incidentVerify(JSON.stringify(log))) as Report;

function logs(): Record<string, Version[]> {
  const five = chain(5);
  const [a, b, c] = chain(3) as [Version, Version, Version];
  const other = append([a], 'another device'); // also place 2, after the same first version
  const reordered = chain(4).map((v) => ({ ...v }));
  (reordered[1] as Version).seq = 2;
  (reordered[2] as Version).seq = 1;
  return {
    empty: [],
    one: chain(1),
    two: chain(2),
    five,
    edited: five.map((v, i) => (i === 1 ? { ...v, whatHappened: 'changed later' } : v)),
    'changed before the next': [a, other, c],
    fork: [a, b, other, c],
    'one missing': five.filter((_, i) => i !== 2),
    'two missing': five.filter((_, i) => i !== 1 && i !== 2),
    reordered,
  };
}

describe('the chain check worded by the UI', () => {
  it('says in English exactly what the core says, for every result and problem', () => {
    const kinds = new Set<string>();
    for (const [name, log] of Object.entries(logs())) {
      const report = verify(log);
      for (const p of report.problems) kinds.add(p.first === p.last ? p.kind : `${p.kind} range`);
      expect(checkSentences(report), name).toEqual(report.sentences);
    }
    expect([...kinds].sort()).toEqual(['changedBeforeNext', 'edited', 'fork', 'missing', 'missing range', 'reordered']);
  });
});
