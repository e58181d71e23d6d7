// Shown once after unlock when the check found something: failed unlock attempts since the person
// last looked, or records changed in storage outside the app (the vault's manifest, see
// worker/service.manifest.ts). It says what happened in plain words, never who did it, and stays
// until the person says they have seen it ("Later" shows it again at the next unlock).
import { t, tn, type MessageKey } from '../../../i18n';
import type { FoundRecord, SealedRecord } from '../../../worker/generated/model';
import type { IntegrityNotice } from '../../../worker/api';
import { formatDateTime } from '../../../kit/format';
import { ScreenHeader } from '../../../kit/ScreenHeader';

/** Whether the notice has anything to say. */
export function hasNews(notice: IntegrityNotice): boolean {
  const { listMissing, missing, replaced, damaged, added, failedAttempts } = notice;
  return listMissing || failedAttempts.length + missing.length + replaced.length + damaged.length + added.length > 0;
}

/** Every kind the core knows (a new kind fails to compile here until it has a name). */
const KIND_NAMES: Record<SealedRecord['kind'], MessageKey> = {
  journal: 'integrity.kind.journal',
  settings: 'integrity.kind.settings',
  contact: 'integrity.kind.contact',
  contactLog: 'integrity.kind.contactLog',
  noContactGoal: 'integrity.kind.noContactGoal',
  diaryDay: 'integrity.kind.diaryDay',
  boundaryPlan: 'integrity.kind.boundaryPlan',
  safetyPlan: 'integrity.kind.safetyPlan',
  walkAwayCheck: 'integrity.kind.walkAwayCheck',
  backupState: 'integrity.kind.backupState',
  incident: 'integrity.kind.incident',
  draft: 'integrity.kind.draft',
};

/** "Journal entries: 2", one line per kind, in the order first found. */
function byKind(found: readonly FoundRecord[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { kind } of found) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ name: t(KIND_NAMES[kind as SealedRecord['kind']] ?? 'integrity.kind.other'), count }));
}

function Findings({ id, found, lead }: { id: string; found: readonly FoundRecord[]; lead: MessageKey }) {
  if (found.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(lead)}</h2>
      <ul>
        {byKind(found).map(({ name, count }) => (
          <li key={name}>{t('integrity.kindCount', { name, count })}</li>
        ))}
      </ul>
    </section>
  );
}

interface Props {
  notice: IntegrityNotice;
  /** The person has seen it: not shown again. */
  onSeen: () => void;
  /** Not now: shown again at the next unlock. */
  onLater: () => void;
  busy: boolean;
}

export function IntegrityScreen({ notice, onSeen, onLater, busy }: Props) {
  const { failedAttempts, listMissing, missing, replaced, damaged, added } = notice;
  const changed = missing.length + replaced.length + damaged.length + added.length > 0;
  return (
    <main class="screen integrity">
      <ScreenHeader heading="integrity.title" />
      {failedAttempts.length > 0 && (
        <section aria-labelledby="integrity-attempts">
          <h2 id="integrity-attempts">{tn('integrity.attempts', failedAttempts.length)}</h2>
          <ul>
            {failedAttempts.map((at, i) => (
              <li key={`${at}-${i}`}>{formatDateTime(at)}</li>
            ))}
          </ul>
          <p>{t('integrity.attempts.meaning')}</p>
        </section>
      )}
      {listMissing && (
        <section aria-labelledby="integrity-list">
          <h2 id="integrity-list">{t('integrity.list.title')}</h2>
          <p>{t('integrity.list.body')}</p>
        </section>
      )}
      <Findings id="integrity-missing" found={missing} lead="integrity.missing" />
      {missing.some((r) => r.kind === 'settings') && <p>{t('integrity.missing.settings')}</p>}
      <Findings id="integrity-replaced" found={replaced} lead="integrity.replaced" />
      <Findings id="integrity-damaged" found={damaged} lead="integrity.damaged" />
      <Findings id="integrity-added" found={added} lead="integrity.added" />
      {changed && <p>{t('integrity.changed.meaning')}</p>}
      <p class="muted">{t('integrity.limits')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={onSeen} disabled={busy}>
          {t('integrity.seen')}
        </button>
        <button type="button" onClick={onLater} disabled={busy}>
          {t('integrity.later')}
        </button>
      </div>
    </main>
  );
}
