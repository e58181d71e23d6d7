// The incident log as a document: the same lines for the on-screen/print view and the text
// file. Pure: tested in Node. Built only after the person confirmed the warning;
// never stored by the app.
import type { IncidentFields, IncidentLog, IncidentStatus, IncidentVersion } from '../shared/api';
import { checkSentences } from './check';

/** The written fields, in the order the editor and the document show them. */
export const TEXT_FIELDS = ['place', 'whatHappened', 'injuries', 'witnesses', 'evidence', 'reportNumbers', 'howIFelt', 'after'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface DocumentLabels {
  title: string;
  intro: string;
  made: string;
  /** "Entry {n}" with the number filled in. */
  entry: (n: number) => string;
  when: string;
  savedAt: string;
  hash: string;
  prevHash: string;
  replaces: string;
  check: string;
  verified: string;
  notVerified: string;
  head: string;
  fields: Readonly<Record<TextField, string>>;
  status: Readonly<Record<IncidentStatus, string>>;
  date: (ms: number) => string;
}

export interface DocEntry {
  heading: string;
  lines: { label: string; value: string }[];
}

/** Each version as a heading and labelled lines; empty fields are left out. */
export function documentEntries(log: IncidentLog, labels: DocumentLabels): DocEntry[] {
  return log.versions.map((v: IncidentVersion) => {
    const lines = [
      { label: labels.hash, value: v.hash },
      { label: labels.check, value: labels.status[v.status] },
      { label: labels.when, value: labels.date(v.occurredAt) },
      { label: labels.savedAt, value: labels.date(v.createdAt) },
      { label: labels.prevHash, value: v.prevHash },
    ];
    if (v.supersedes) lines.push({ label: labels.replaces, value: v.supersedes });
    for (const f of TEXT_FIELDS) if (v[f].trim()) lines.push({ label: labels.fields[f], value: v[f] });
    return { heading: labels.entry(v.seq + 1), lines };
  });
}

/** The whole log as plain text: title, the check result and its sentences, then every version. */
export function logToText(log: IncidentLog, labels: DocumentLabels): string {
  const out = [labels.title, '='.repeat(labels.title.length), '', labels.intro, labels.made, ''];
  out.push(`${labels.check}: ${log.check.intact ? labels.verified : labels.notVerified}`, ...checkSentences(log.check));
  if (log.check.head) out.push(labels.head);
  out.push('');
  for (const entry of documentEntries(log, labels)) {
    out.push(entry.heading, '-'.repeat(entry.heading.length));
    for (const { label, value } of entry.lines) out.push(`${label}: ${value}`);
    out.push('');
  }
  return out.join('\n');
}

/** An empty draft for a new incident, happening now. */
export function emptyFields(now: number): IncidentFields {
  return {
    occurredAt: now,
    place: '',
    whatHappened: '',
    injuries: '',
    witnesses: '',
    evidence: '',
    reportNumbers: '',
    howIFelt: '',
    after: '',
  };
}

/** The written fields of a version, for the editor. */
export function fieldsOf(v: IncidentVersion): IncidentFields {
  const { occurredAt, place, whatHappened, injuries, witnesses, evidence, reportNumbers, howIFelt, after } = v;
  return { occurredAt, place, whatHappened, injuries, witnesses, evidence, reportNumbers, howIFelt, after };
}
