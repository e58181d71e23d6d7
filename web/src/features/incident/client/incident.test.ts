import { describe, expect, it } from 'vitest';
import type { IncidentLog, IncidentVersion } from '../shared/api';
import { type DocumentLabels, documentEntries, emptyFields, fieldsOf, logToText } from './text';

const version = (seq: number, extra: Partial<IncidentVersion> = {}): IncidentVersion => ({
  ...emptyFields(1000 + seq),
  whatHappened: `what ${seq}`,
  seq,
  hash: String(seq).repeat(64),
  prevHash: seq ? String(seq - 1).repeat(64) : '0'.repeat(64),
  createdAt: 2000 + seq,
  status: 'intact',
  ...extra,
});

const labels: DocumentLabels = {
  title: 'Log',
  intro: 'intro',
  made: 'made',
  entry: (n) => `Entry ${n}`,
  when: 'When',
  savedAt: 'Saved',
  hash: 'Hash',
  prevHash: 'Prev',
  replaces: 'Replaces',
  check: 'Check',
  verified: 'Verified',
  notVerified: 'Not verified',
  head: 'Head: 1111',
  fields: {
    place: 'Place',
    whatHappened: 'What',
    injuries: 'Injuries',
    witnesses: 'Witnesses',
    evidence: 'Evidence',
    reportNumbers: 'Reports',
    howIFelt: 'Felt',
    after: 'After',
  },
  status: { intact: 'matches', fork: 'fork', afterGap: 'gap', moved: 'moved', edited: 'does not match' },
  date: (ms) => `d${ms}`,
};

describe('incident document', () => {
  const a = version(0, { place: 'Kitchen' });
  const b = version(1, { supersedes: a.hash, place: 'Kitchen', injuries: 'bruise', status: 'edited' });
  const log: IncidentLog = {
    incidents: [{ current: b, versions: [a, b] }],
    versions: [a, b],
    check: { intact: false, count: 2, head: b.hash, problems: [{ first: 1, last: 1, kind: 'edited' }] },
  };

  it('lists every version with its hash, status and only the fields written', () => {
    const entries = documentEntries(log, labels);
    expect(entries.map((e) => e.heading)).toEqual(['Entry 1', 'Entry 2']);
    expect(entries[0]!.lines).toEqual([
      { label: 'Hash', value: a.hash },
      { label: 'Check', value: 'matches' },
      { label: 'When', value: 'd1000' },
      { label: 'Saved', value: 'd2000' },
      { label: 'Prev', value: '0'.repeat(64) },
      { label: 'Place', value: 'Kitchen' },
      { label: 'What', value: 'what 0' },
    ]);
    expect(entries[1]!.lines).toContainEqual({ label: 'Replaces', value: a.hash });
    expect(entries[1]!.lines).toContainEqual({ label: 'Check', value: 'does not match' });
  });

  it('puts the check result first in the text file', () => {
    const text = logToText(log, labels).split('\n');
    expect(text.slice(0, 9)).toEqual([
      'Log',
      '===',
      '',
      'intro',
      'made',
      '',
      'Check: Not verified',
      'Not verified: the log does not match its hash chain. What was found is listed below.',
      'Entry 2 does not match its hash: it was changed after it was saved, or damaged.',
    ]);
    expect(text).toContain('Head: 1111');
    expect(text).toContain(`Hash: ${b.hash}`);
    expect(logToText({ ...log, check: { ...log.check, intact: true } }, labels)).toContain('Check: Verified');
  });

  it('gives the editor only the written fields', () => {
    expect(fieldsOf(b)).toEqual({ ...emptyFields(1001), place: 'Kitchen', whatHappened: 'what 1', injuries: 'bruise' });
  });
});
