// The i18n keys of the incident fields and statuses (literal keys, so the i18n test sees each one).
import { t, type MessageKey } from '../../../i18n';
import type { IncidentStatus } from '../shared/api';
import { formatDateTime } from '../../../kit/format';
import type { DocumentLabels, TextField } from './text';

export const FIELD_LABEL: Readonly<Record<TextField, MessageKey>> = {
  place: 'incident.place',
  whatHappened: 'incident.whatHappened',
  injuries: 'incident.injuries',
  witnesses: 'incident.witnesses',
  evidence: 'incident.evidence',
  reportNumbers: 'incident.reportNumbers',
  howIFelt: 'incident.howIFelt',
  after: 'incident.after',
};

export const FIELD_HINT: Readonly<Record<TextField, MessageKey>> = {
  place: 'incident.place.hint',
  whatHappened: 'incident.whatHappened.hint',
  injuries: 'incident.injuries.hint',
  witnesses: 'incident.witnesses.hint',
  evidence: 'incident.evidence.hint',
  reportNumbers: 'incident.reportNumbers.hint',
  howIFelt: 'incident.howIFelt.hint',
  after: 'incident.after.hint',
};

const STATUS: Readonly<Record<IncidentStatus, MessageKey>> = {
  intact: 'incident.status.intact',
  fork: 'incident.status.fork',
  afterGap: 'incident.status.afterGap',
  moved: 'incident.status.moved',
  edited: 'incident.status.edited',
};

/** The document's labels in the person's language, dates in their locale. */
export function documentLabels(head: string | null, now: number): DocumentLabels {
  const map = <K extends string>(keys: Readonly<Record<K, MessageKey>>) =>
    Object.fromEntries(Object.entries(keys).map(([k, key]) => [k, t(key as MessageKey)])) as Record<K, string>;
  return {
    title: t('incident.documentTitle'),
    intro: t('incident.documentIntro'),
    made: t('incident.documentMade', { when: formatDateTime(now) }),
    entry: (n) => t('incident.entry', { n }),
    when: t('incident.when'),
    savedAt: t('incident.savedLabel'),
    hash: t('incident.hash'),
    prevHash: t('incident.prevHash'),
    replaces: t('incident.replacesLabel'),
    check: t('incident.checkResult'),
    verified: t('incident.verified'),
    notVerified: t('incident.notVerified'),
    head: head ? t('incident.head', { hash: head }) : '',
    fields: map(FIELD_LABEL),
    status: map(STATUS),
    date: (ms) => formatDateTime(ms),
  };
}
