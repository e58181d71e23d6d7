// The "When to walk away" answers the person kept: when, what they suggested,
// and a delete with a confirmation. Shown on the check's screen only, while unlocked.
import { AlertPanel } from '../../../kit/AlertPanel';
import { useEffect, useState } from 'preact/hooks';
import { walkAway } from '../../../content/walk-away';
import { t, tn } from '../../../i18n';
import type { KeptCheck } from '../../incident/shared/api';
import { vaultApi } from '../../../worker/client';
import { formatDateTime, isoDateTime } from '../../../kit/format';

interface Props {
  /** Changes when a check was just saved, so the list reloads. */
  refresh: unknown;
  fail: (e: unknown) => void;
}

export function KeptChecks({ refresh, fail }: Props) {
  const [kept, setKept] = useState<KeptCheck[] | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);

  const load = () => vaultApi().listWalkAwayChecks().then(setKept, fail);
  useEffect(() => {
    void load();
  }, [refresh]);

  async function remove(id: string) {
    try {
      await vaultApi().deleteWalkAwayCheck(id);
      setAsking(null);
      setDeleted(true);
      await load();
    } catch (e) {
      fail(e);
    }
  }

  if (!kept) return null;
  return (
    <section class="walkaway-kept" aria-labelledby="walkaway-kept-title">
      <h2 id="walkaway-kept-title">{t('walkaway.keptTitle')}</h2>
      <p class="plan-status" role="status">
        {deleted && t('walkaway.deleted')}
      </p>
      {kept.length === 0 ? (
        <p class="muted">{t('walkaway.keptNone')}</p>
      ) : (
        <ul class="plan-items">
          {kept.map((c) => {
            const when = formatDateTime(c.takenAt);
            return (
              <li key={c.id} class="walkaway-kept-item">
                <p>
                  <time dateTime={isoDateTime(c.takenAt)}>
                    {t('walkaway.keptItem', { when, result: walkAway.results[c.result]?.title ?? c.result })}
                  </time>
                  <br />
                  <span class="muted small">{tn('walkaway.keptYes', c.yes.length)}</span>
                </p>
                {asking === c.id ? (
                  <AlertPanel labelledBy={`kept-${c.id}`}>
                    <p id={`kept-${c.id}`}>{t('walkaway.deleteConfirm', { when })}</p>
                    <button type="button" class="danger" onClick={() => void remove(c.id)}>
                      {t('walkaway.deleteYes')}
                    </button>
                    <button type="button" onClick={() => setAsking(null)}>
                      {t('walkaway.deleteNo')}
                    </button>
                  </AlertPanel>
                ) : (
                  <button type="button" aria-label={t('walkaway.deleteLabel', { when })} onClick={() => setAsking(c.id)}>
                    {t('walkaway.delete')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
