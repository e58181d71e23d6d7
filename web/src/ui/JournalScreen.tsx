import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tn, type MessageKey } from '../i18n';
import type { Entry, EntryList, TrackerFields as Fields } from '../worker/api';
import { vaultApi } from '../worker/client';
import { errorCode } from '../worker/errors';
import { MAX_ENTRY_CHARS, happenedAt } from '../worker/records';
import { BackupReminder } from './BackupReminder';
import { formatDateTime, isoDateTime } from './format';
import { useFocusOnMount } from './hooks';
import { PHASE_NAME, TrackerFields } from './TrackerFields';
import { draftFrom, fieldsFrom } from './tracker';
import { useFailure } from './useFailure';

interface Props {
  onLock: () => void;
  /** The worker says the vault is locked (e.g. it restarted): show the unlock screen. */
  onLocked: () => void;
  /** "I need to calm down now": one tap from the home screen. */
  onCalm: () => void;
  /** The skills library. */
  onSkills: () => void;
  /** The reflection prompts. */
  onReflect: () => void;
  /** Opens the DBT diary card (issue 5). */
  onDiary: () => void;
  /** Opens the boundary script and cope-ahead plan for the next contact (issue 5). */
  onContactPlan: () => void;
  /** The backup reminder's button (issue 6): goes to Settings. */
  onBackup?: () => void;
  /** Patterns: the insights screen (issue 3). */
  onInsights?: () => void;
  /** The contact log and no-contact goal (issue 3). */
  onContactLog?: () => void;
}

type Editing = { id?: string; text: string; entry?: Entry } | null;

export function JournalScreen({ onLock, onLocked, onCalm, onSkills, onReflect, onDiary, onContactPlan, onBackup, onInsights, onContactLog }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const newButton = useRef<HTMLButtonElement>(null);
  const [list, setList] = useState<EntryList | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const { error, setError, show, fail } = useFailure(onLocked);
  const [busy, setBusy] = useState(false);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const focusAfterRender = useRef<string | null>(null);

  async function reload() {
    try {
      setList(await vaultApi().listEntries());
    } catch (e) {
      fail(e);
    }
  }

  useEffect(() => {
    void reload();
  }, []);

  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    focusAfterRender.current = null;
    const target = id === 'new' ? newButton.current : document.getElementById(id);
    target?.focus();
  });

  async function loadSuggestions() {
    try {
      setSuggestions(await vaultApi().triggerSuggestions());
    } catch (e) {
      // Suggestions are a convenience: only a locked vault is worth acting on.
      if (errorCode(e) === 'locked') onLocked();
    }
  }

  function startNew() {
    setStatus(null);
    setError(null);
    setConfirming(null);
    setEditing({ text: '' });
    void loadSuggestions();
  }

  function startEdit(entry: Entry) {
    setStatus(null);
    setError(null);
    setConfirming(null);
    setEditing({ id: entry.id, text: entry.text, entry });
    void loadSuggestions();
  }

  function closeEditor(focusId: string) {
    setEditing(null);
    setError(null);
    focusAfterRender.current = focusId;
  }

  async function save(text: string, tracker: Fields) {
    if (!editing || busy) return;
    if (text.trim() === '') {
      show('editor.error.empty');
      return;
    }
    setBusy(true);
    try {
      const saved = await vaultApi().saveEntry(editing.id === undefined ? { text, tracker } : { id: editing.id, text, tracker });
      await reload();
      setStatus('journal.saved');
      closeEditor(editing.id === undefined ? 'new' : `edit-${saved.id}`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string) {
    if (busy) return;
    setBusy(true);
    try {
      await vaultApi().deleteEntry(id);
      setConfirming(null);
      await reload();
      setStatus('journal.deleted');
      focusAfterRender.current = 'new';
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="screen journal">
      <header class="topbar">
        <h1 ref={heading} tabIndex={-1}>
          {t('journal.title')}
        </h1>
        <button type="button" class="lock" onClick={onLock}>
          {t('app.lock')}
        </button>
      </header>
      {editing ? (
        <Editor
          key={editing.id ?? 'new'}
          initial={editing}
          busy={busy}
          error={error}
          suggestions={suggestions}
          onSave={save}
          onCancel={() => closeEditor(editing.id === undefined ? 'new' : `edit-${editing.id}`)}
        />
      ) : (
        <>
          <main class="content">
            <nav class="row home-actions" aria-label={t('journal.quickActions')}>
              <button type="button" class="primary" onClick={onCalm}>
                {t('calm.title')}
              </button>
              <button type="button" onClick={onSkills}>
                {t('skills.title')}
              </button>
              <button type="button" onClick={onReflect}>
                {t('prompts.title')}
              </button>
              <button type="button" onClick={onDiary}>
                {t('diary.title')}
              </button>
              <button type="button" onClick={onContactPlan}>
                {t('boundary.title')}
              </button>
              {onInsights && (
                <button type="button" onClick={onInsights}>
                  {t('insights.open')}
                </button>
              )}
              {onContactLog && (
                <button type="button" onClick={onContactLog}>
                  {t('contactlog.open')}
                </button>
              )}
            </nav>
            <p class="status" role="status">
              {status ? t(status) : ''}
            </p>
            {error && (
              <p key={error.attempt} class="error" role="alert">
                {t(error.key, { max: MAX_ENTRY_CHARS })}
              </p>
            )}
            {list === null ? (
              <p class="muted">{t('journal.loading')}</p>
            ) : (
              <>
                {onBackup && <BackupReminder entryCount={list.entries.length} onBackup={onBackup} />}
                {list.unreadableIds.length > 0 && (
                  <p class="notice">{tn('journal.unreadable', list.unreadableIds.length)}</p>
                )}
                {list.entries.length === 0 ? (
                  <p class="empty">{t('journal.empty')}</p>
                ) : (
                  <ul class="entries" aria-label={t('journal.listLabel')}>
                    {list.entries.map((entry) => (
                      <EntryItem
                        key={entry.id}
                        entry={entry}
                        confirming={confirming === entry.id}
                        busy={busy}
                        onEdit={() => startEdit(entry)}
                        onAskDelete={() => {
                          setStatus(null);
                          setConfirming(entry.id);
                          focusAfterRender.current = `keep-${entry.id}`;
                        }}
                        onKeep={() => {
                          setConfirming(null);
                          focusAfterRender.current = `delete-${entry.id}`;
                        }}
                        onDelete={() => void remove(entry.id)}
                      />
                    ))}
                  </ul>
                )}
              </>
            )}
          </main>
          <div class="actionbar">
            <button type="button" class="primary" ref={newButton} onClick={startNew} disabled={list === null}>
              {t('journal.new')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

interface EntryItemProps {
  entry: Entry;
  confirming: boolean;
  busy: boolean;
  onEdit: () => void;
  onAskDelete: () => void;
  onKeep: () => void;
  onDelete: () => void;
}

function EntryItem({ entry, confirming, busy, onEdit, onAskDelete, onKeep, onDelete }: EntryItemProps) {
  const date = formatDateTime(happenedAt(entry));
  const edited = entry.updatedAt !== entry.createdAt;
  return (
    <li class="entry">
      <p class="entry-date">
        <time dateTime={isoDateTime(happenedAt(entry))}>{date}</time>
        {entry.phase && (
          <span class="entry-phase">
            {' · '}
            {t(PHASE_NAME[entry.phase])}
          </span>
        )}
        {edited && (
          <span class="muted">
            {' · '}
            {t('journal.edited', { date: formatDateTime(entry.updatedAt) })}
          </span>
        )}
      </p>
      <p class="entry-text">{entry.text}</p>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby={`confirm-${entry.id}`}>
          <p id={`confirm-${entry.id}`}>{t('journal.confirmDelete')}</p>
          <div class="row">
            <button type="button" class="danger" onClick={onDelete} disabled={busy}>
              {t('journal.confirmYes')}
            </button>
            <button type="button" id={`keep-${entry.id}`} onClick={onKeep} disabled={busy}>
              {t('journal.confirmNo')}
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button type="button" id={`edit-${entry.id}`} aria-label={t('journal.edit', { date })} onClick={onEdit}>
            {t('journal.editShort')}
          </button>
          <button type="button" id={`delete-${entry.id}`} aria-label={t('journal.delete', { date })} onClick={onAskDelete}>
            {t('journal.deleteShort')}
          </button>
        </div>
      )}
    </li>
  );
}

interface EditorProps {
  initial: { id?: string; text: string; entry?: Entry };
  busy: boolean;
  error: { key: MessageKey; attempt: number } | null;
  suggestions: readonly string[];
  onSave: (text: string, tracker: Fields) => void;
  onCancel: () => void;
}

function Editor({ initial, busy, error, suggestions, onSave, onCancel }: EditorProps) {
  const [text, setText] = useState(initial.text);
  const [opened] = useState(() => Date.now());
  const [draft, setDraft] = useState(() => draftFrom(initial.entry, opened));
  const [dateError, setDateError] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus();
  }, []);
  return (
    <form
      class="editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const fields = fieldsFrom(draft, initial.entry, opened);
        setDateError(fields === 'bad-date');
        if (fields !== 'bad-date') onSave(text, fields);
      }}
    >
      <main class="content">
        <h2>{t(initial.id === undefined ? 'editor.newTitle' : 'editor.editTitle')}</h2>
        <label for="entry-text">{t('editor.label')}</label>
        <textarea
          ref={area}
          id="entry-text"
          rows={10}
          maxLength={MAX_ENTRY_CHARS}
          value={text}
          readOnly={busy}
          aria-describedby={error ? 'editor-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {error && (
          <p key={error.attempt} id="editor-error" class="error" role="alert">
            {t(error.key, { max: MAX_ENTRY_CHARS })}
          </p>
        )}
        <TrackerFields draft={draft} onChange={setDraft} suggestions={suggestions} busy={busy} dateError={dateError} />
      </main>
      <div class="actionbar row">
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('editor.cancel')}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {t('editor.save')}
        </button>
      </div>
    </form>
  );
}
