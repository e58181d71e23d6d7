import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, tn, type MessageKey } from '../../../i18n';
import type { Draft } from '../../../worker/generated/model';
import type { DraftTarget } from '../../drafts/shared/api';
import type { Entry, EntryRow, TrackerFields as Fields } from '../shared/api';
import { vaultApi } from '../../../worker/client';
import { errorCode } from '../../../worker/errors';
import { MAX_ENTRY_CHARS } from '../shared/records';
import { BackupReminder } from '../../backup/client/BackupReminder';
import { DraftOffer, KeptDraftOffer } from '../../drafts/client/DraftOffer';
import { targetOf, useEditorDraft } from '../../drafts/client/drafts';
import { NO_FILTERS, type Filters } from './filters';
import { JournalList, type ListSummary } from './JournalList';
import { ScreenHeader } from '../../../kit/ScreenHeader';
import { TrackerFields } from './TrackerFields';
import { draftFrom, fieldsFrom, trackerFromDraft } from './tracker';
import { useFailure } from '../../../kit/useFailure';

interface Props {
  onLock: () => void;
  /** The worker says the vault is locked (e.g. it restarted): show the unlock screen. */
  onLocked: () => void;
  /** The tools in the row below "New entry", in order (the app shell's registry lists them). */
  tools: readonly JournalTool[];
  /** Opens Settings, from the backup reminder. */
  onBackup: () => void;
}

export interface JournalTool {
  label: MessageKey;
  /** The calm-down button: first, and drawn to stand out. */
  calm?: true | undefined;
  open: () => void;
}

/** The entry being edited (none: a new one), and a kept draft to restore at once ("Carry on" on the first screen). */
type Editing = { id?: string; text: string; entry?: Entry; restore?: Draft } | null;

const journalTarget = (id?: string): DraftTarget => (id === undefined ? { editor: 'journal' } : { editor: 'journal', subject: id });

export function JournalScreen({ onLock, onLocked, tools, onBackup }: Props) {
  const newButton = useRef<HTMLButtonElement>(null);
  // The list: what it last reported, a counter that makes it ask again, the search and
  // filters (kept while the editor is open), and where the page was scrolled to.
  const [list, setList] = useState<ListSummary | null>(null);
  const [version, setVersion] = useState(0);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const scrolledTo = useRef(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const { error, setError, show, fail } = useFailure(onLocked);
  const [busy, setBusy] = useState(false);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const focusAfterRender = useRef<{ id: string; until: number } | null>(null);
  // The newest kept journal draft, offered on the first screen (after unlock, or a Cancel).
  const [offer, setOffer] = useState<Draft | null>(null);

  function loadOffer() {
    vaultApi()
      .newestDraft('journal')
      .then(setOffer, (e: unknown) => {
        if (errorCode(e) === 'locked') onLocked();
      });
  }
  useEffect(loadOffer, []);

  async function carryOn(draft: Draft) {
    setOffer(null);
    setStatus(null);
    setError(null);
    if (draft.subject === undefined) {
      setEditing({ text: '', restore: draft });
    } else {
      try {
        const entry = await vaultApi().getEntry(draft.subject);
        setEditing({ id: entry.id, text: entry.text, entry, restore: draft });
      } catch (e) {
        // The entry is gone (deleted since): the words go on as a new entry.
        if (errorCode(e) !== 'not-found') return fail(e);
        await vaultApi().discardDraft(targetOf(draft));
        setEditing({ text: '', restore: { ...draft, subject: undefined } });
      }
    }
    void loadSuggestions();
  }

  async function discardOffer(draft: Draft) {
    setOffer(null);
    focusLater('new');
    try {
      await vaultApi().discardDraft(targetOf(draft));
    } catch (e) {
      fail(e);
    }
  }

  function reload() {
    setVersion((v) => v + 1);
  }

  // A row is drawn only once its page has come from the worker, so wait for it (briefly): this
  // runs after the screen's renders and after the list's own.
  function focusPending() {
    keepFocusedInView();
    const pending = focusAfterRender.current;
    if (pending === null) return;
    const target = pending.id === 'new' ? newButton.current : document.getElementById(pending.id);
    if (target === null && Date.now() < pending.until) return;
    focusAfterRender.current = null;
    target?.focus();
    if (target) following.current = { target, until: Date.now() + 2000 };
  }
  // Rows move a little as they are measured after coming back: for a moment, each of the list's
  // renders keeps the row that got focus on screen (not later, so scrolling away stays free).
  const following = useRef<{ target: HTMLElement; until: number } | null>(null);
  function keepFocusedInView() {
    const follow = following.current;
    if (follow === null) return;
    if (Date.now() > follow.until || document.activeElement !== follow.target) {
      following.current = null;
      return;
    }
    follow.target.scrollIntoView({ block: 'nearest' });
  }
  useEffect(focusPending);

  function focusLater(id: string) {
    focusAfterRender.current = { id, until: Date.now() + 2000 };
  }

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
    setOffer(null);
    setEditing({ text: '' });
    void loadSuggestions();
  }

  async function startEdit(row: EntryRow) {
    setStatus(null);
    setError(null);
    setConfirming(null);
    try {
      const entry = await vaultApi().getEntry(row.id);
      scrolledTo.current = window.scrollY;
      setOffer(null);
      setEditing({ id: entry.id, text: entry.text, entry });
      void loadSuggestions();
    } catch (e) {
      fail(e);
    }
  }

  function closeEditor(focusId: string) {
    setEditing(null);
    setError(null);
    focusLater(focusId);
  }

  /** True once the entry is saved (the editor then discards its draft). */
  async function save(text: string, tracker: Fields): Promise<boolean> {
    if (!editing || busy) return false;
    if (text.trim() === '') {
      show('editor.error.empty');
      return false;
    }
    setBusy(true);
    try {
      const saved = await vaultApi().saveEntry(editing.id === undefined ? { text, tracker } : { id: editing.id, text, tracker });
      if (editing.id === undefined) scrolledTo.current = 0; // the new entry is at the top (unless filtered out)
      reload();
      setStatus('journal.saved');
      closeEditor(editing.id === undefined ? 'new' : `edit-${saved.id}`);
      return true;
    } catch (e) {
      fail(e);
      return false;
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
      reload();
      setStatus('journal.deleted');
      focusLater('new');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="screen journal">
      <ScreenHeader heading="journal.title" onLock={onLock} />
      {editing ? (
        <Editor
          key={editing.id ?? 'new'}
          initial={editing}
          busy={busy}
          error={error}
          suggestions={suggestions}
          onSave={save}
          onLocked={onLocked}
          onCancel={() => {
            closeEditor(editing.id === undefined ? 'new' : `edit-${editing.id}`);
            // Cancel keeps what was typed: the first screen offers it back (or Discard).
            setTimeout(loadOffer, DRAFT_SETTLE_MS);
          }}
        />
      ) : (
        <main class="content">
          {offer && <DraftOffer draft={offer} onCarryOn={() => void carryOn(offer)} onDiscard={() => void discardOffer(offer)} />}
          {/* The way to write first, then the tools in one row that scrolls sideways, then the entries. */}
          <button type="button" class="primary wide journal-new" ref={newButton} onClick={startNew} disabled={list === null}>
            {t('journal.new')}
          </button>
          <nav class="home-actions" aria-label={t('journal.quickActions')}>
            {tools.map((tool) => (
              <button key={tool.label} type="button" class={tool.calm ? 'calm' : undefined} onClick={tool.open}>
                {t(tool.label)}
              </button>
            ))}
          </nav>
          <p class="status" role="status">
            {status ? t(status) : ''}
          </p>
          {error && (
            <p key={error.attempt} class="error" role="alert">
              {t(error.key, { max: MAX_ENTRY_CHARS })}
            </p>
          )}
          {list !== null && list.unreadable > 0 && <p class="notice">{tn('journal.unreadable', list.unreadable)}</p>}
          <JournalList
            version={version}
            filters={filters}
            onFilters={setFilters}
            initialOffset={scrolledTo.current}
            confirming={confirming}
            busy={busy}
            onEdit={(row) => void startEdit(row)}
            onAskDelete={(row) => {
              setStatus(null);
              setConfirming(row.id);
              focusLater(`keep-${row.id}`);
            }}
            onKeep={(row) => {
              setConfirming(null);
              focusLater(`delete-${row.id}`);
            }}
            onDelete={(row) => void remove(row.id)}
            onSummary={setList}
            onError={fail}
            onDrawn={focusPending}
          />
          {/* After the entries, so they start on the first screen. */}
          {list !== null && <BackupReminder entryCount={list.entries} onBackup={onBackup} />}
        </main>
      )}
    </div>
  );
}

interface EditorProps {
  initial: NonNullable<Editing>;
  busy: boolean;
  error: { key: MessageKey; attempt: number } | null;
  suggestions: readonly string[];
  onSave(text: string, tracker: Fields): Promise<boolean>;
  onCancel: () => void;
  onLocked: () => void;
}

/** Time for a closing editor's last draft save to reach the worker before the offer is asked for. */
const DRAFT_SETTLE_MS = 50;

function Editor({ initial, busy, error, suggestions, onSave, onCancel, onLocked }: EditorProps) {
  const [opened] = useState(() => Date.now());
  /** The text and tracker fields a draft's form holds; what the editor opened with for anything it lacks. */
  const restored = (typed: Record<string, unknown>) => ({
    text: typeof typed.text === 'string' ? typed.text : initial.text,
    tracker: trackerFromDraft(typed.tracker, draftFrom(initial.entry, opened)),
  });
  const [start] = useState(() => (initial.restore ? restored(initial.restore.form) : null));
  const [text, setText] = useState(start?.text ?? initial.text);
  const [draft, setDraft] = useState(() => start?.tracker ?? draftFrom(initial.entry, opened));
  // Kept as a draft once the person changed something (or carried on with one).
  const [changed, setChanged] = useState(start !== null);
  const form = useMemo(() => ({ text, tracker: draft }), [text, draft]);
  const [target] = useState(() => journalTarget(initial.id));
  // A draft taken on the first screen is not offered again.
  const kept = useEditorDraft(target, true, form, changed, (e) => errorCode(e) === 'locked' && onLocked(), start === null);
  const [dateError, setDateError] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus();
  }, []);

  function carryOn(typed: Record<string, unknown>) {
    const back = restored(typed);
    setText(back.text);
    setDraft(back.tracker);
    setChanged(true);
  }

  return (
    <form
      class="editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const fields = fieldsFrom(draft, initial.entry, opened);
        setDateError(fields === 'bad-date');
        if (fields === 'bad-date') return;
        void onSave(text, fields).then((saved) => {
          if (saved) kept.saved();
        });
      }}
    >
      <main class="content">
        <h2>{t(initial.id === undefined ? 'editor.newTitle' : 'editor.editTitle')}</h2>
        <KeptDraftOffer kept={kept} onRestore={carryOn} focus={() => area.current?.focus()} />
        <label for="entry-text">{t('editor.label')}</label>
        <textarea
          ref={area}
          id="entry-text"
          rows={10}
          maxLength={MAX_ENTRY_CHARS}
          value={text}
          readOnly={busy}
          aria-describedby={error ? 'editor-error' : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setChanged(true);
          }}
        />
        {error && (
          <p key={error.attempt} id="editor-error" class="error" role="alert">
            {t(error.key, { max: MAX_ENTRY_CHARS })}
          </p>
        )}
        <TrackerFields
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setChanged(true);
          }}
          suggestions={suggestions}
          busy={busy}
          dateError={dateError}
        />
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
