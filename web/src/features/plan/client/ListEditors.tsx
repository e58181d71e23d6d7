// The plan's list editors: plain texts, people (name + how to reach them), the documents and
// go-bag checklist and the tech-safety reminders. Every input has its own label; 48px targets.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { safetyPlan as content, type PlanSectionContent } from '../../../content/safety-plan';
import { t } from '../../../i18n';
import { CHECKLIST_STATUSES, type ChecklistItem, type PlanContact, type PlanRules } from '../shared/types';

/**
 * "Add" moves focus to the new item's first field, right after the render that drew it: not a
 * frame later, when the person (or a fast tap) may already be typing somewhere else, and not to
 * the item's last field (a person's "How to reach them", a checklist item's "Where is it?").
 */
const FIELD = 'input, textarea';

function useFocusLast() {
  const list = useRef<HTMLUListElement>(null);
  const itemsBefore = useRef<number | null>(null);
  useLayoutEffect(() => {
    const before = itemsBefore.current;
    const ul = list.current;
    if (before === null || !ul || ul.children.length <= before) return;
    itemsBefore.current = null;
    ul.lastElementChild?.querySelector<HTMLElement>(FIELD)?.focus();
  });
  const focusLast = () => {
    itemsBefore.current = list.current?.children.length ?? 0;
  };
  return { list, focusLast };
}

function SectionIntro({ section }: { section: PlanSectionContent }) {
  return (
    <>
      <p class="plan-prompt">{section.prompt}</p>
      <p class="hint">{section.guidance}</p>
      <p class="hint plan-examples">
        {t('plan.examples')}: {section.examples.join(' · ')}
      </p>
    </>
  );
}

function AddButton({ section, full, max, onAdd }: { section: string; full: boolean; max: number; onAdd: () => void }) {
  return full ? (
    <p class="hint">{t('plan.full', { max })}</p>
  ) : (
    <button type="button" class="plan-add" aria-label={t('plan.add', { section })} onClick={onAdd}>
      {t('plan.addShort')}
    </button>
  );
}

/**
 * A change, as a function of the items as they are when it is applied: two quick edits (typing,
 * then a tick) before the screen re-renders must not undo each other with a stale copy.
 */
export type Update<T> = (items: readonly T[]) => T[];

interface ListProps<T> {
  section: PlanSectionContent;
  items: readonly T[];
  rules: PlanRules;
  onChange: (update: Update<T>) => void;
}

/**
 * A section's heading, guidance, its items (drawn by `item`, each with its "Remove") and "Add".
 * A removal can be undone ("Removed …" with Undo, until the next removal or Add): focus goes to
 * Undo, and after Undo to the item put back.
 */
function ListSection<T>({
  section,
  items,
  rules,
  onChange,
  blank,
  describe,
  item,
}: ListProps<T> & {
  blank: T;
  describe: (value: T) => string;
  item: (value: T, i: number, remove: ComponentChildren) => ComponentChildren;
}) {
  const { list, focusLast } = useFocusLast();
  const [removed, setRemoved] = useState<{ index: number; value: T } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focus = useRef<'undo' | number | null>(null);
  useLayoutEffect(() => {
    const target = focus.current;
    if (target === null) return;
    focus.current = null;
    if (target === 'undo') undoRef.current?.focus();
    else list.current?.children[target]?.querySelector<HTMLElement>(FIELD)?.focus();
  });
  const remove = (i: number) => {
    const value = items[i];
    if (value === undefined) return;
    onChange((now) => now.filter((_, j) => j !== i));
    setRemoved({ index: i, value });
    focus.current = 'undo';
  };
  const undo = () => {
    if (!removed) return;
    const { index, value } = removed;
    onChange((now) => [...now.slice(0, index), value, ...now.slice(index)]);
    setRemoved(null);
    focus.current = Math.min(index, items.length);
  };
  const label = removed ? describe(removed.value).trim() : '';
  return (
    <div class="plan-section" id={`plan-${section.id}`}>
      <h3>{section.title}</h3>
      <SectionIntro section={section} />
      <ul class="plan-items" ref={list}>
        {items.map((value, i) =>
          item(
            value,
            i,
            <button
              type="button"
              class="plan-remove"
              aria-label={t('plan.remove', { section: section.title, n: i + 1 })}
              onClick={() => remove(i)}
            >
              {t('plan.removeShort')}
            </button>,
          ),
        )}
      </ul>
      <div class="plan-undo" role="status">
        {removed && (
          <>
            <span>{label === '' ? t('plan.removedEmpty') : t('plan.removed', { what: label })}</span>
            <button type="button" ref={undoRef} aria-label={t('plan.undoLabel', { section: section.title })} onClick={undo}>
              {t('plan.undo')}
            </button>
          </>
        )}
      </div>
      <AddButton
        section={section.title}
        full={items.length >= rules.maxItems}
        max={rules.maxItems}
        onAdd={() => {
          setRemoved(null);
          onChange((now) => [...now, blank]);
          focusLast();
        }}
      />
    </div>
  );
}

/**
 * Rows enough for the text at about 30 characters a line: browsers without `field-sizing:
 * content` (plan.css) still show an item whole.
 */
const textRows = (value: string) =>
  Math.max(
    2,
    value.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 30)), 0),
  );

export function TextListEditor(props: ListProps<string>) {
  const { section, rules, onChange } = props;
  const set = (i: number, value: string) => onChange((now) => now.map((old, j) => (j === i ? value : old)));
  return (
    <ListSection
      {...props}
      blank=""
      describe={(value) => value}
      item={(value, i, remove) => {
        const id = `plan-${section.id}-${i}`;
        return (
          <li key={i} class="plan-item">
            <label for={id} class="plan-hidden-label">
              {t('plan.item', { section: section.title, n: i + 1 })}
            </label>
            <textarea
              id={id}
              class="plan-text"
              rows={textRows(value)}
              value={value}
              maxLength={rules.maxItemChars}
              onInput={(e) => set(i, e.currentTarget.value)}
            />
            {remove}
          </li>
        );
      }}
    />
  );
}

export function PeopleEditor(props: ListProps<PlanContact>) {
  const { section, rules, onChange } = props;
  const set = (i: number, part: Partial<PlanContact>) => onChange((now) => now.map((old, j) => (j === i ? { ...old, ...part } : old)));
  return (
    <ListSection
      {...props}
      blank={{ name: '', contact: '' }}
      describe={(person) => person.name || person.contact}
      item={(person, i, remove) => {
        const id = `plan-${section.id}-${i}`;
        return (
          <li key={i} class="plan-person">
            <fieldset>
              <legend>{t('plan.personLabel', { section: section.title, n: i + 1 })}</legend>
              <label for={`${id}-name`}>{t('plan.personName')}</label>
              <input
                id={`${id}-name`}
                value={person.name}
                maxLength={rules.maxNameChars}
                onInput={(e) => set(i, { name: e.currentTarget.value })}
              />
              <label for={`${id}-contact`}>{t('plan.personContact')}</label>
              <input
                id={`${id}-contact`}
                value={person.contact}
                maxLength={rules.maxContactChars}
                onInput={(e) => set(i, { contact: e.currentTarget.value })}
              />
              {remove}
            </fieldset>
          </li>
        );
      }}
    />
  );
}

const blankItem = (item: string): ChecklistItem => ({
  item,
  label: '',
  where: '',
  have: false,
  copied: false,
  withSomeone: false,
  photographed: false,
});

function ChecklistRow({
  entry,
  id,
  legend,
  rules,
  onChange,
  children,
}: {
  entry: ChecklistItem;
  id: string;
  legend: string;
  rules: PlanRules;
  /** Given the part that changed; the row's other fields are taken as they are then. */
  onChange: (part: Partial<ChecklistItem>) => void;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="plan-check" data-item={entry.item}>
      <legend>{legend}</legend>
      {children}
      <div class="plan-statuses">
        {CHECKLIST_STATUSES.map((s) => (
          <label key={s} class="plan-toggle">
            <input type="checkbox" checked={entry[s]} onChange={(e) => onChange({ [s]: e.currentTarget.checked })} />
            {content.checklist.statuses[s]}
          </label>
        ))}
      </div>
      <label for={`${id}-where`}>{t('plan.checklistWhere')}</label>
      <input
        id={`${id}-where`}
        value={entry.where}
        maxLength={rules.maxWhereChars}
        onInput={(e) => onChange({ where: e.currentTarget.value })}
      />
    </fieldset>
  );
}

export function ChecklistEditor({
  items,
  rules,
  onChange,
}: {
  items: readonly ChecklistItem[];
  rules: PlanRules;
  onChange: (update: Update<ChecklistItem>) => void;
}) {
  const { list, focusLast } = useFocusLast();
  const own = items.filter((c) => c.item === 'own');
  const suggested = (id: string) => items.find((c) => c.item === id) ?? blankItem(id);
  const setSuggested = (id: string, part: Partial<ChecklistItem>) =>
    onChange((now) =>
      now.some((c) => c.item === id) ? now.map((c) => (c.item === id ? { ...c, ...part } : c)) : [...now, { ...blankItem(id), ...part }],
    );
  // Own items are told apart by their place among the own items; `null` removes one.
  const setOwn = (k: number, part: Partial<ChecklistItem> | null) =>
    onChange((now) => {
      let seen = -1;
      return now.flatMap((c) => (c.item === 'own' && ++seen === k ? (part ? [{ ...c, ...part }] : []) : [c]));
    });
  return (
    <div class="plan-section" id="plan-checklist">
      <p class="hint">{content.checklist.intro}</p>
      {rules.checklist.map((id) => (
        <ChecklistRow
          key={id}
          id={`plan-check-${id}`}
          entry={suggested(id)}
          legend={content.checklist.items[id] ?? id}
          rules={rules}
          onChange={(part) => setSuggested(id, part)}
        />
      ))}
      <ul class="plan-items" ref={list}>
        {own.map((entry, k) => {
          const id = `plan-own-${k}`;
          const legend = t('plan.checklistOwnLabel', { n: k + 1 });
          return (
            <li key={k}>
              <ChecklistRow id={id} entry={entry} legend={legend} rules={rules} onChange={(e) => setOwn(k, e)}>
                <label for={`${id}-label`}>{t('plan.checklistOwn')}</label>
                <input
                  id={`${id}-label`}
                  value={entry.label}
                  maxLength={rules.maxNameChars}
                  onInput={(e) => setOwn(k, { label: e.currentTarget.value })}
                />
                <button
                  type="button"
                  aria-label={t('plan.remove', { section: content.checklist.title, n: k + 1 })}
                  onClick={() => setOwn(k, null)}
                >
                  {t('plan.removeShort')}
                </button>
              </ChecklistRow>
            </li>
          );
        })}
      </ul>
      {own.length < rules.maxOwnChecklistItems && (
        <button
          type="button"
          class="plan-add"
          onClick={() => {
            onChange((now) => [...now, blankItem('own')]);
            focusLast();
          }}
        >
          {t('plan.checklistAdd')}
        </button>
      )}
    </div>
  );
}

export function TechEditor({
  done,
  rules,
  onChange,
}: {
  done: readonly string[];
  rules: PlanRules;
  onChange: (update: Update<string>) => void;
}) {
  return (
    <div class="plan-section" id="plan-tech">
      <p class="hint">{content.tech.intro}</p>
      <p class="notice plan-caution">{content.tech.caution}</p>
      {rules.tech.map((id) => (
        <label key={id} class="plan-toggle plan-reminder">
          <input
            type="checkbox"
            checked={done.includes(id)}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              onChange((now) => (checked ? [...now.filter((d) => d !== id), id] : now.filter((d) => d !== id)));
            }}
          />
          {content.tech.reminders[id] ?? id}
        </label>
      ))}
    </div>
  );
}
