// The contact log and the no-contact goal. Contacts are listed newest first
// and can be added, edited and deleted; the streaks are the core's (noContact). A contact that
// broke no contact starts a new streak: said plainly, without blame.
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import type { ContactLogEntry, ContactLogInput, NoContactState } from '../shared/api';
import { vaultApi } from '../../../worker/client';
import { formatDateTime, isoDateTime } from '../../../kit/format';
import { TopBar } from '../../skills/client/TopBar';
import { useFailure, useRunner } from '../../../kit/useFailure';
import { ContactForm } from './ContactForm';
import { goalStart, localDate } from './form';
import { CHANNEL_NAME, INITIATOR_NAME, TACTIC_NAME } from './labels';
import { StreakCards } from './StreakCards';
import './contactlog.css';

interface Props {
  onBack: () => void;
  onLocked: () => void;
}

type Editing = { entry?: ContactLogEntry; broke: boolean } | null;

const FIELD_ERROR: Record<string, MessageKey> = {
  note: 'contactlog.error.note',
  occurredAt: 'contactlog.error.when',
  startedAt: 'contactlog.error.when',
  endedAt: 'contactlog.error.when',
};

export function ContactLogScreen({ onBack, onLocked }: Props) {
  const [list, setList] = useState<ContactLogEntry[] | null>(null);
  const [state, setState] = useState<NoContactState | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [startDate, setStartDate] = useState(() => localDate(Date.now()));
  const { error, setError, show, fail } = useFailure(onLocked);
  const { busy, run } = useRunner(fail);
  // Where focus goes once the next render is on screen (state, so its effect runs after that render).
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);

  async function reload() {
    const [contacts, noContact] = await Promise.all([vaultApi().listContactLog(), vaultApi().noContact()]);
    setList(contacts);
    setState(noContact);
  }

  useEffect(() => {
    reload().catch(fail);
  }, []);

  // Disabled buttons cannot take focus: wait until the running call is over.
  useEffect(() => {
    if (!focusTarget || busy) return;
    document.getElementById(focusTarget.id)?.focus();
    setFocusTarget(null);
  }, [focusTarget, busy]);

  function open(next: Editing) {
    setStatus(null);
    setError(null);
    setConfirming(null);
    setEditing(next);
  }

  const save = (input: ContactLogInput) =>
    run(async () => {
      const result = await vaultApi().saveContactLog(input);
      if (!result.ok) {
        show(FIELD_ERROR[result.field] ?? 'contactlog.error.other', result.field);
        return;
      }
      await reload();
      setError(null);
      setEditing(null);
      // A break inside a running goal restarts the streak: say so gently.
      const restarted = result.value.brokeNoContact && (state?.active.length ?? 0) > 0;
      setStatus(restarted ? 'contactlog.broken' : 'contactlog.saved');
      setFocusTarget({ id: 'contactlog-status' });
    });

  const remove = (id: string) =>
    run(async () => {
      await vaultApi().deleteContactLog(id);
      setConfirming(null);
      await reload();
      setStatus('contactlog.deleted');
      setFocusTarget({ id: 'contactlog-add' });
    });

  const startGoal = () =>
    run(async () => {
      const at = goalStart(startDate, Date.now());
      if (at === null) return show('contactlog.error.when', 'startedAt');
      const result = await vaultApi().startNoContactGoal(at);
      if (!result.ok) return show(FIELD_ERROR[result.field] ?? 'contactlog.error.other', result.field);
      setError(null);
      await reload();
      setStatus('contactlog.started');
    });

  const endGoal = () =>
    run(async () => {
      const result = await vaultApi().endNoContactGoals(Date.now());
      if (!result.ok) return show('contactlog.error.other', result.field);
      setError(null);
      await reload();
      setStatus('contactlog.ended');
    });

  if (editing) {
    return (
      <div class="screen contactlog-screen">
        <TopBar title={t('contactlog.title')} onBack={() => setEditing(null)} />
        <main class="content">
          <ContactForm
            entry={editing.entry}
            broke={editing.broke}
            busy={busy}
            error={error}
            onSave={(input) => void save(input)}
            onCancel={() => {
              setFocusTarget({ id: editing.entry ? `contact-edit-${editing.entry.id}` : 'contactlog-add' });
              setError(null);
              setEditing(null);
            }}
          />
        </main>
      </div>
    );
  }

  const active = (state?.active.length ?? 0) > 0;
  const summary = state?.summary;
  return (
    <div class="screen contactlog-screen">
      <TopBar title={t('contactlog.title')} onBack={onBack} />
      <main class="content">
        <p>{t('contactlog.intro')}</p>
        <p id="contactlog-status" class="status" role="status" tabIndex={-1}>
          {status ? t(status) : ''}
        </p>
        {error && (
          <p key={error.attempt} class="error" role="alert">
            {t(error.key)}
          </p>
        )}
        {list === null || !summary ? (
          <p class="muted">{t('contactlog.loading')}</p>
        ) : (
          <>
            <section class="goal" aria-labelledby="goal-title">
              <h2 id="goal-title">{t('contactlog.goalTitle')}</h2>
              <StreakCards summary={summary} />
              {active ? (
                <div class="row goal-actions">
                  <button type="button" class="primary" onClick={() => open({ broke: true })} disabled={busy}>
                    {t('contactlog.contactHappened')}
                  </button>
                  <button type="button" onClick={() => void endGoal()} disabled={busy}>
                    {t('contactlog.endGoal')}
                  </button>
                </div>
              ) : (
                <div class="goal-start">
                  <p>{t('contactlog.goalNone')}</p>
                  <label for="goal-start">{t('contactlog.startOn')}</label>
                  <input
                    id="goal-start"
                    type="date"
                    value={startDate}
                    max={localDate(Date.now())}
                    onInput={(e) => setStartDate(e.currentTarget.value)}
                  />
                  <button type="button" class="primary wide" onClick={() => void startGoal()} disabled={busy}>
                    {t('contactlog.start')}
                  </button>
                </div>
              )}
            </section>

            <section aria-labelledby="contacts-title">
              <h2 id="contacts-title">{t('contactlog.listTitle')}</h2>
              <button type="button" id="contactlog-add" class="wide" onClick={() => open({ broke: false })} disabled={busy}>
                {t('contactlog.add')}
              </button>
              {list.length === 0 ? (
                <p class="empty">{t('contactlog.empty')}</p>
              ) : (
                <ul class="entries contact-log" aria-label={t('contactlog.listLabel')}>
                  {list.map((c) => {
                    const date = formatDateTime(c.occurredAt);
                    return (
                      <li class="entry" key={c.id}>
                        <p class="entry-date">
                          <time dateTime={isoDateTime(c.occurredAt)}>{date}</time>
                          {' · '}
                          {t(CHANNEL_NAME[c.channel])}
                        </p>
                        <p>{t('contactlog.startedBy', { who: t(INITIATOR_NAME[c.initiatedBy]) })}</p>
                        {c.hooverTactic && <p class="tactic">{t(TACTIC_NAME[c.hooverTactic])}</p>}
                        {c.brokeNoContact && <p class="broke-mark">{t('contactlog.brokeMark')}</p>}
                        {c.note && <p class="entry-text">{c.note}</p>}
                        {confirming === c.id ? (
                          <div class="confirm" role="group" aria-labelledby={`contact-confirm-${c.id}`}>
                            <p id={`contact-confirm-${c.id}`}>{t('contactlog.confirmDelete')}</p>
                            <div class="row">
                              <button type="button" class="danger" onClick={() => void remove(c.id)} disabled={busy}>
                                {t('contactlog.confirmYes')}
                              </button>
                              <button
                                type="button"
                                id={`contact-keep-${c.id}`}
                                onClick={() => {
                                  setConfirming(null);
                                  setFocusTarget({ id: `contact-delete-${c.id}` });
                                }}
                                disabled={busy}
                              >
                                {t('contactlog.confirmNo')}
                              </button>
                            </div>
                          </div>
                        ) : (
                          <div class="row">
                            <button
                              type="button"
                              id={`contact-edit-${c.id}`}
                              aria-label={t('contactlog.edit', { date })}
                              onClick={() => open({ entry: c, broke: false })}
                            >
                              {t('contactlog.editShort')}
                            </button>
                            <button
                              type="button"
                              id={`contact-delete-${c.id}`}
                              aria-label={t('contactlog.delete', { date })}
                              onClick={() => {
                                setStatus(null);
                                setConfirming(c.id);
                                setFocusTarget({ id: `contact-keep-${c.id}` });
                              }}
                            >
                              {t('contactlog.deleteShort')}
                            </button>
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          </>
        )}
      </main>
    </div>
  );
}
