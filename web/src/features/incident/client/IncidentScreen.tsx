// The incident log, reached from "Help now": incidents newest first, one
// incident with its earlier versions, the editor (an edit appends a new version), the document
// to print or save (after a plaintext warning) and "delete the whole log" (typed confirmation).
import { AlertPanel } from '../../../kit/AlertPanel';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import type { IncidentFields, IncidentItem, IncidentLog, IncidentRules, IncidentVersion } from '../shared/api';
import { vaultApi } from '../../../worker/client';
import { downloadText } from '../../../kit/download';
import { formatDateTime, isoDateTime } from '../../../kit/format';
import { ScreenHeader } from '../../../kit/ScreenHeader';
import { type Failure, useFailure } from '../../../kit/useFailure';
import { IncidentDocument } from './IncidentDocument';
import { IncidentEditor } from './IncidentEditor';
import { FIELD_LABEL, documentLabels } from './labels';
import { TEXT_FIELDS, emptyFields, fieldsOf, logToText } from './text';
import '../../plan/client/plan.css';
import './incident.css';
import { checkSummary } from './check';

interface Props {
  onLock: () => void;
  onLocked: () => void;
}

type Mode = { name: 'list' } | { name: 'detail'; hash: string } | { name: 'edit'; base: IncidentVersion | null } | { name: 'document' };

export function IncidentScreen({ onLock, onLocked }: Props) {
  const [rules, setRules] = useState<IncidentRules | null>(null);
  const [log, setLog] = useState<IncidentLog | null>(null);
  const [mode, setMode] = useState<Mode>({ name: 'list' });
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<'export' | 'delete' | null>(null);
  const [typed, setTyped] = useState('');
  const { error, setError, show, fail } = useFailure(onLocked);

  async function reload() {
    setLog(await vaultApi().incidentLog());
  }

  useEffect(() => {
    Promise.all([vaultApi().incidentRules(), vaultApi().incidentLog()]).then(([r, l]) => {
      setRules(r);
      setLog(l);
    }, fail);
  }, []);

  function go(next: Mode) {
    setError(null);
    setConfirm(null);
    setStatus(null);
    setMode(next);
  }

  async function save(fields: IncidentFields): Promise<boolean> {
    if (busy || mode.name !== 'edit') return false;
    setBusy(true);
    try {
      const result = await vaultApi().saveIncident(fields, mode.base?.hash);
      if (result.ok) {
        await reload();
        go({ name: 'detail', hash: result.value.hash });
        setStatus('incident.saved');
        return true;
      }
      show('incident.error', result.field);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
    return false;
  }

  async function deleteLog() {
    setBusy(true);
    try {
      await vaultApi().deleteIncidentLog();
      await reload();
      setTyped('');
      setConfirm(null);
      setStatus('incident.deleted');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  if (!rules || !log) {
    return (
      <div key="loading" class="screen incident-screen">
        <ScreenHeader heading="incident.title" onLock={onLock} />
        <main class="content">
          {error ? <ErrorLine key={error.attempt} error={error} /> : <p class="muted">{t('incident.loading')}</p>}
        </main>
      </div>
    );
  }

  const back = (
    <button type="button" onClick={() => go({ name: 'list' })}>
      {t('incident.back')}
    </button>
  );

  if (mode.name === 'edit') {
    return (
      <div key="edit" class="screen incident-screen">
        <ScreenHeader heading={mode.base ? 'incident.editTitle' : 'incident.newTitle'} onLock={onLock} />
        <main class="content">
          <IncidentEditor
            start={mode.base ? fieldsOf(mode.base) : emptyFields(Date.now())}
            editing={mode.base !== null}
            rules={rules}
            busy={busy}
            error={error}
            base={mode.base?.hash}
            onSave={save}
            onError={fail}
            onCancel={() => go(mode.base ? { name: 'detail', hash: mode.base.hash } : { name: 'list' })}
          />
        </main>
      </div>
    );
  }

  if (mode.name === 'document') {
    const labels = documentLabels(log.check.head, Date.now());
    return (
      <div key="document" class="screen plan-screen plan-print incident-screen">
        <ScreenHeader heading="incident.title" onLock={onLock}>
          {back}
        </ScreenHeader>
        <main class="content">
          <p class="notice no-print">{t('plan.printHint')}</p>
          <div class="plan-actions no-print">
            <button type="button" class="primary" onClick={() => window.print()}>
              {t('incident.print')}
            </button>
            <button
              type="button"
              onClick={() => {
                downloadText(logToText(log, labels), t('incident.fileName'));
                setStatus('incident.exported');
              }}
            >
              {t('incident.saveText')}
            </button>
            <p class="plan-status" role="status">
              {status === 'incident.exported' && t(status)}
            </p>
          </div>
          <IncidentDocument log={log} labels={labels} />
        </main>
      </div>
    );
  }

  if (mode.name === 'detail') {
    const item = log.incidents.find((i) => i.versions.some((v) => v.hash === mode.hash));
    if (item)
      return <Detail item={item} status={status} back={back} onLock={onLock} onEdit={() => go({ name: 'edit', base: item.current })} />;
  }

  return (
    <div key="list" class="screen incident-screen">
      <ScreenHeader heading="incident.title" onLock={onLock} />
      <main class="content">
        <p class="hint">{t('incident.intro')}</p>
        {error && <ErrorLine key={error.attempt} error={error} />}
        <p class="plan-status" role="status">
          {status && t(status)}
        </p>
        <button type="button" class="primary help-plan" onClick={() => go({ name: 'edit', base: null })}>
          {t('incident.add')}
        </button>
        <section aria-labelledby="incident-list-title">
          <h2 id="incident-list-title">{t('incident.listTitle')}</h2>
          {log.incidents.length === 0 ? (
            <p class="muted">{t('incident.empty')}</p>
          ) : (
            <ul class="incident-list">
              {log.incidents.map((item) => {
                const v = item.current;
                const when = formatDateTime(v.occurredAt);
                const place = v.place.trim() || t('incident.noPlace');
                return (
                  <li key={v.hash}>
                    <button
                      type="button"
                      class="incident-item"
                      aria-label={t('incident.openItem', { when, place })}
                      onClick={() => go({ name: 'detail', hash: v.hash })}
                    >
                      <time dateTime={isoDateTime(v.occurredAt)}>{when}</time>
                      <span class="incident-place">{place}</span>
                      {item.versions.length > 1 && <span class="muted small">{t('incident.editedBadge')}</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        {log.check.count > 0 && (
          <section class="incident-check" aria-labelledby="incident-check-title" data-intact={String(log.check.intact)}>
            <h2 id="incident-check-title">{t('incident.chainTitle')}</h2>
            <p>{checkSummary(log.check)}</p>
          </section>
        )}
        {log.check.count > 0 && (
          <div class="plan-actions">
            <button type="button" onClick={() => setConfirm('export')}>
              {t('incident.export')}
            </button>
            <button type="button" class="danger" onClick={() => setConfirm('delete')}>
              {t('incident.delete')}
            </button>
            {confirm === 'export' && (
              <AlertPanel labelledBy="incident-export-title" describedBy="incident-export-warn">
                <h2 id="incident-export-title">{t('incident.exportWarnTitle')}</h2>
                <p id="incident-export-warn">{t('incident.exportWarn')}</p>
                <button type="button" class="danger" onClick={() => go({ name: 'document' })}>
                  {t('incident.exportYes')}
                </button>
                <button type="button" onClick={() => setConfirm(null)}>
                  {t('incident.exportNo')}
                </button>
              </AlertPanel>
            )}
            {confirm === 'delete' && (
              <AlertPanel labelledBy="incident-delete-title" describedBy="incident-delete-warn">
                <form
                  noValidate
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (typed.trim().toLowerCase() === t('incident.deleteWord')) void deleteLog();
                  }}
                >
                  <h2 id="incident-delete-title">{t('incident.deleteTitle')}</h2>
                  <p id="incident-delete-warn">{t('incident.deleteWarn')}</p>
                  <label for="incident-delete-word">{t('incident.deleteType', { word: t('incident.deleteWord') })}</label>
                  <input
                    id="incident-delete-word"
                    type="text"
                    autocomplete="off"
                    value={typed}
                    onInput={(e) => setTyped(e.currentTarget.value)}
                  />
                  <button type="submit" class="danger" disabled={busy || typed.trim().toLowerCase() !== t('incident.deleteWord')}>
                    {t('incident.deleteYes')}
                  </button>
                  <button type="button" onClick={() => setConfirm(null)}>
                    {t('incident.deleteNo')}
                  </button>
                </form>
              </AlertPanel>
            )}
          </div>
        )}
      </main>
    </div>
  );
}

/** A failure, announced again each time it happens (the key changes with every attempt). */
function ErrorLine({ error }: { error: Failure }) {
  return (
    <p class="error" role="alert">
      {t(error.key)}
    </p>
  );
}

/** One version's written fields; empty ones are left out. */
function Fields({ v }: { v: IncidentVersion }) {
  return (
    <dl class="incident-fields">
      <div>
        <dt>{t('incident.when')}</dt>
        <dd>
          <time dateTime={isoDateTime(v.occurredAt)}>{formatDateTime(v.occurredAt)}</time>
        </dd>
      </div>
      {TEXT_FIELDS.filter((f) => v[f].trim()).map((f) => (
        <div key={f}>
          <dt>{t(FIELD_LABEL[f])}</dt>
          <dd>{v[f]}</dd>
        </div>
      ))}
    </dl>
  );
}

interface DetailProps {
  item: IncidentItem;
  status: MessageKey | null;
  back: ComponentChildren;
  onLock: () => void;
  onEdit: () => void;
}

function Detail({ item, status, back, onLock, onEdit }: DetailProps) {
  const earlier = item.versions.slice(0, -1).reverse();
  return (
    <div class="screen incident-screen">
      <ScreenHeader heading="incident.detailTitle" onLock={onLock}>
        {back}
      </ScreenHeader>
      <main class="content">
        <p class="plan-status" role="status">
          {status === 'incident.saved' && t(status)}
        </p>
        <section class="incident-current" aria-label={t('incident.detailTitle')}>
          <Fields v={item.current} />
          <p class="muted small">{t('incident.savedAt', { when: formatDateTime(item.current.createdAt) })}</p>
        </section>
        <button type="button" class="primary" onClick={onEdit}>
          {t('incident.edit')}
        </button>
        {earlier.length > 0 && (
          <section class="incident-history" aria-labelledby="incident-history-title">
            <h2 id="incident-history-title">{t('incident.history')}</h2>
            <p class="hint">{t('incident.historyHint')}</p>
            {earlier.map((v) => (
              <details key={v.hash} class="plan-group">
                <summary>{t('incident.versionSaved', { when: formatDateTime(v.createdAt) })}</summary>
                <Fields v={v} />
              </details>
            ))}
          </section>
        )}
      </main>
    </div>
  );
}
