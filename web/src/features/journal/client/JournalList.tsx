// The journal list: a search field, filters by phase, feeling, trigger
// and dates, a politely announced count, and a virtualised list that draws only the rows near
// the screen, fetched from the worker a page at a time. The worker searches; this only presents.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, tn } from '../../../i18n';
import type { EntryPage, EntryQuery, EntryRow } from '../shared/api';
import { vaultApi } from '../../../worker/client';
import { DEFAULT_EMOTIONS, PHASES } from '../shared/records';
import { formatDateTime, isoDateTime } from '../../../kit/format';
import { PHASE_NAME, emotionLabel } from './TrackerFields';
import { activeFilters, isFiltered, MAX_SEARCH_CHARS, NO_FILTERS, toQuery, togglePhase, type Filters } from './filters';
import { useWindowVirtualizer } from './useWindowVirtualizer';
import './journal.css';

/** Rows per request to the worker. */
const PAGE = 100;
/** Milliseconds of typing quiet before the search runs. */
const SEARCH_DELAY = 250;
/** The list's CSS gap (0.75rem), in px. */
const ROW_GAP = 12;

export interface ListSummary {
  /** Readable journal entries in the vault. */
  entries: number;
  unreadable: number;
}

interface Props {
  /** Bumped by the screen after a save or delete: ask again. */
  version: number;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  /** Where the page was scrolled to before the editor opened. */
  initialOffset: number;
  confirming: string | null;
  busy: boolean;
  onEdit: (row: EntryRow) => void;
  onAskDelete: (row: EntryRow) => void;
  onKeep: (row: EntryRow) => void;
  onDelete: (row: EntryRow) => void;
  onSummary: (summary: ListSummary) => void;
  onError: (error: unknown) => void;
  /** After every draw: rows appear as their pages arrive (the screen may be waiting to focus one). */
  onDrawn?: () => void;
}

interface Loaded {
  key: string;
  total: number;
  entries: number;
  pages: Map<number, EntryRow[]>;
}

const count = (n: number) => n.toLocaleString();

export function JournalList(props: Props) {
  const { version, filters, onFilters, onSummary, onError } = props;
  const query = useMemo(() => toQuery(filters), [filters]);
  const key = `${version}#${JSON.stringify(query)}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [keep, setKeep] = useState(-1);
  const [scrollMargin, setScrollMargin] = useState(0);
  // "Clear filters" starts the search field afresh (dropping a search still being typed).
  const [resets, setResets] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const pending = useRef(new Set<string>());
  // Back from the editor: scroll to where the person was once the list has its height again.
  const restoreTo = useRef(props.initialOffset);

  const total = loaded?.total ?? 0;
  const rowAt = (index: number): EntryRow | undefined => loaded?.pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: 150,
    gap: ROW_GAP,
    scrollMargin,
    overscan: 6,
    keep,
    getItemKey: (index) => rowAt(index)?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const visiblePages = useRef<number[]>([0]);
  visiblePages.current = [...new Set(items.map((item) => Math.floor(item.index / PAGE)))];

  async function fetchPage(q: EntryQuery, page: number): Promise<EntryPage> {
    return vaultApi().queryEntries(q, page * PAGE, PAGE);
  }

  // A new query (or a save): fetch the pages on screen, then swap them in at once (no flicker).
  useEffect(() => {
    if (query === 'bad-range') return;
    let live = true;
    const pages = visiblePages.current.length > 0 ? visiblePages.current : [0];
    Promise.all(pages.map((page) => fetchPage(query, page))).then(
      (results) => {
        const first = results[0];
        if (!live || !first) return;
        setLoaded({
          key,
          total: first.total,
          entries: first.entries,
          pages: new Map(pages.map((page, i) => [page, results[i]?.rows ?? []])),
        });
        onSummary({ entries: first.entries, unreadable: first.unreadableIds.length });
      },
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [key]);

  // Rows scrolled into view whose page is not here yet.
  useEffect(() => {
    if (!loaded || loaded.key !== key || query === 'bad-range') return;
    for (const page of visiblePages.current) {
      const id = `${key}:${page}`;
      if (loaded.pages.has(page) || pending.current.has(id)) continue;
      pending.current.add(id);
      fetchPage(query, page)
        .then(
          (result) => setLoaded((now) => (now && now.key === key ? { ...now, pages: new Map(now.pages).set(page, result.rows) } : now)),
          onError,
        )
        .finally(() => pending.current.delete(id));
    }
  });

  // Place the drawn rows (CSP forbids style attributes; CSSOM writes are allowed) and keep the
  // list's distance from the top of the page current.
  useLayoutEffect(() => {
    const ul = list.current;
    if (!ul) return;
    const top = ul.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top);
    ul.style.height = `${virtualizer.getTotalSize()}px`;
    const starts = new Map(items.map((item) => [item.index, item.start - scrollMargin]));
    for (const li of Array.from(ul.children) as HTMLElement[]) {
      const start = starts.get(Number(li.dataset.index));
      if (start !== undefined) li.style.transform = `translateY(${start}px)`;
    }
    // Only once this query's rows are here: before that the list has no height and the page
    // could not scroll that far.
    if (restoreTo.current > 0 && loaded?.key === key) {
      window.scrollTo(0, restoreTo.current);
      restoreTo.current = 0;
    }
  });

  useEffect(() => props.onDrawn?.());

  const filtered = isFiltered(filters);
  return (
    <section class="journal-list" aria-label={t('journal.search.region')}>
      <SearchField key={resets} filters={filters} onFilters={onFilters} />
      <FilterPanel
        filters={filters}
        onFilters={onFilters}
        onClear={() => {
          setResets((n) => n + 1);
          onFilters(NO_FILTERS);
        }}
        onError={onError}
      />
      {query === 'bad-range' && (
        <p class="error" role="alert">
          {t('journal.filter.badRange')}
        </p>
      )}
      <p class="result-count" role="status">
        {loaded === null
          ? ''
          : filtered
            ? tn('journal.matches', loaded.total, { count: count(loaded.total), all: count(loaded.entries) })
            : tn('journal.count', loaded.entries, { count: count(loaded.entries) })}
      </p>
      {loaded === null ? (
        <p class="muted">{t('journal.loading')}</p>
      ) : loaded.entries === 0 ? (
        <p class="empty">{t('journal.empty')}</p>
      ) : loaded.total === 0 ? (
        <div class="empty">
          <p>{t('journal.noMatches')}</p>
        </div>
      ) : null}
      {loaded !== null && loaded.total > 0 && (
        <ul
          ref={list}
          class="entries virtual"
          aria-label={t('journal.listLabel')}
          onFocusIn={(e) => {
            const li = (e.target as Element).closest('li[data-index]');
            if (li instanceof HTMLElement) setKeep(Number(li.dataset.index));
          }}
          onFocusOut={(e) => {
            if (!list.current?.contains(e.relatedTarget as Node | null)) setKeep(-1);
          }}
        >
          {items.map((item) => {
            const row = rowAt(item.index);
            return row ? (
              <EntryItem
                key={row.id}
                row={row}
                index={item.index}
                total={total}
                measure={virtualizer.measureElement}
                confirming={props.confirming === row.id}
                busy={props.busy}
                onEdit={() => props.onEdit(row)}
                onAskDelete={() => props.onAskDelete(row)}
                onKeep={() => props.onKeep(row)}
                onDelete={() => props.onDelete(row)}
              />
            ) : (
              <li
                key={item.index}
                class="entry placeholder"
                data-index={item.index}
                aria-posinset={item.index + 1}
                aria-setsize={total}
                ref={virtualizer.measureElement}
              >
                <p class="muted">{t('journal.loadingRow')}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function SearchField({ filters, onFilters }: { filters: Filters; onFilters: (f: Filters) => void }) {
  const [text, setText] = useState(filters.text);
  const latest = useRef(filters);
  latest.current = filters;
  useEffect(() => {
    if (text === latest.current.text) return;
    const timer = setTimeout(() => onFilters({ ...latest.current, text }), SEARCH_DELAY);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="field search">
      <label for="journal-search">{t('journal.search.label')}</label>
      <input
        id="journal-search"
        type="search"
        autocomplete="off"
        maxLength={MAX_SEARCH_CHARS}
        value={text}
        aria-describedby="journal-search-hint"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id="journal-search-hint" class="hint">
        {t('journal.search.hint')}
      </p>
    </div>
  );
}

interface FilterPanelProps {
  filters: Filters;
  onFilters: (f: Filters) => void;
  onClear: () => void;
  onError: (e: unknown) => void;
}

function FilterPanel({ filters, onFilters, onClear, onError }: FilterPanelProps) {
  const [triggers, setTriggers] = useState<string[] | null>(null);
  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch });
  const active = activeFilters(filters);
  const options = triggers ?? [];
  const triggerOptions = filters.trigger !== '' && !options.includes(filters.trigger) ? [filters.trigger, ...options] : options;

  function loadTriggers() {
    if (triggers !== null) return;
    setTriggers([]);
    vaultApi().triggerSuggestions().then(setTriggers, onError);
  }

  return (
    <details class="filters" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && loadTriggers()}>
      <summary>{active > 0 ? t('journal.filter.titleCount', { count: active }) : t('journal.filter.title')}</summary>
      <fieldset class="chips">
        <legend>{t('journal.filter.phase')}</legend>
        {PHASES.map((phase) => (
          <label key={phase} class="chip">
            <input
              type="checkbox"
              checked={filters.phases.includes(phase)}
              onChange={() => set({ phases: togglePhase(filters.phases, phase) })}
            />
            {t(PHASE_NAME[phase])}
          </label>
        ))}
      </fieldset>
      <div class="row filter-pair">
        <div class="field">
          <label for="filter-emotion">{t('journal.filter.emotion')}</label>
          <select id="filter-emotion" value={filters.emotion} onChange={(e) => set({ emotion: e.currentTarget.value })}>
            <option value="">{t('journal.filter.any')}</option>
            {DEFAULT_EMOTIONS.map((name) => (
              <option key={name} value={name}>
                {emotionLabel(name)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-min">{t('journal.filter.minRating')}</label>
          <select
            id="filter-min"
            value={String(filters.minRating)}
            disabled={filters.emotion === ''}
            onChange={(e) => set({ minRating: Number(e.currentTarget.value) })}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {t('journal.filter.ratingOption', { value: n })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="field">
        <label for="filter-trigger">{t('journal.filter.trigger')}</label>
        <select id="filter-trigger" value={filters.trigger} onChange={(e) => set({ trigger: e.currentTarget.value })}>
          <option value="">{t('journal.filter.any')}</option>
          {triggerOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div class="row filter-pair">
        <div class="field">
          <label for="filter-from">{t('journal.filter.from')}</label>
          <input id="filter-from" type="date" value={filters.from} onChange={(e) => set({ from: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="filter-to">{t('journal.filter.to')}</label>
          <input id="filter-to" type="date" value={filters.to} onChange={(e) => set({ to: e.currentTarget.value })} />
        </div>
      </div>
      <button type="button" onClick={onClear} disabled={!isFiltered(filters)}>
        {t('journal.filter.clear')}
      </button>
    </details>
  );
}

interface EntryItemProps {
  row: EntryRow;
  index: number;
  total: number;
  measure: (node: Element | null) => void;
  confirming: boolean;
  busy: boolean;
  onEdit: () => void;
  onAskDelete: () => void;
  onKeep: () => void;
  onDelete: () => void;
}

function EntryItem({ row, index, total, measure, confirming, busy, onEdit, onAskDelete, onKeep, onDelete }: EntryItemProps) {
  const date = formatDateTime(row.occurredAt);
  const edited = row.updatedAt !== row.createdAt;
  const tags = [...row.emotions.map((e) => t('journal.row.emotion', { name: emotionLabel(e.name), value: e.rating })), ...row.triggers];
  return (
    <li class="entry" data-index={index} aria-posinset={index + 1} aria-setsize={total} ref={measure}>
      <p class="entry-date">
        <time dateTime={isoDateTime(row.occurredAt)}>{date}</time>
        {row.phase && (
          <span class="entry-phase">
            {' · '}
            {t(PHASE_NAME[row.phase])}
          </span>
        )}
        {edited && (
          <span class="muted">
            {' · '}
            {t('journal.edited', { date: formatDateTime(row.updatedAt) })}
          </span>
        )}
      </p>
      <p class="entry-text entry-excerpt">{row.excerpt}</p>
      {tags.length > 0 && <p class="entry-tags">{tags.join(' · ')}</p>}
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby={`confirm-${row.id}`}>
          <p id={`confirm-${row.id}`}>{t('journal.confirmDelete')}</p>
          <div class="row">
            <button type="button" class="danger" onClick={onDelete} disabled={busy}>
              {t('journal.confirmYes')}
            </button>
            <button type="button" id={`keep-${row.id}`} onClick={onKeep} disabled={busy}>
              {t('journal.confirmNo')}
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button type="button" id={`edit-${row.id}`} aria-label={t('journal.edit', { date })} onClick={onEdit}>
            {t('journal.editShort')}
          </button>
          <button type="button" id={`delete-${row.id}`} aria-label={t('journal.delete', { date })} onClick={onAskDelete}>
            {t('journal.deleteShort')}
          </button>
        </div>
      )}
    </li>
  );
}
