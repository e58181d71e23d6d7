import { useMemo, useState } from 'preact/hooks';
import { SKILL_CATEGORIES, skillLibrary, skillsIn } from '../../../content/skills';
import { t } from '../../../i18n';
import type { DiaryDayInput, DiaryRules } from '../shared/api';
import { KeptDraftOffer } from '../../drafts/client/DraftOffer';
import { useEditorDraft } from '../../drafts/client/drafts';
import { RatingField } from '../../../kit/RatingField';
import { HelpNowNote } from '../../skills/client/HelpNowNote';
import type { Failure } from '../../../kit/useFailure';
import { SKILLS_USED_SCALE, builtInLabel, canAddName, dayInput, needsCrisisNote, type DayFormState } from './form';

interface Props {
  /** The day, YYYY-MM-DD: what its draft is kept under. */
  date: string;
  title: string;
  initial: DayFormState;
  rules: DiaryRules;
  error: Failure | null;
  saved: boolean;
  onSave(input: DiaryDayInput): Promise<boolean>;
  onHelpNow: () => void;
  onError: (e: unknown) => void;
}

const nameLabel = (name: string) => {
  const key = builtInLabel(name);
  return key ? t(key) : name;
};

/** One day of the card: emotions and urges 0-5 or not rated, acted-on boxes, skills 0-7, which skills, a note. */
export function DayForm({ date, title, initial, rules, error, saved, onSave, onHelpNow, onError }: Props) {
  const [form, setForm] = useState<DayFormState>(initial);
  // Every change makes a new form object: anything but the day as it opened (or was saved) is kept.
  const [clean, setClean] = useState<DayFormState>(initial);
  const target = useMemo(() => ({ editor: 'diaryDay' as const, subject: date }), [date]);
  const kept = useEditorDraft(
    target,
    true,
    useMemo(() => ({ day: form }), [form]),
    form !== clean,
    onError,
  );
  const focusFirst = () => document.getElementById('diary-emotion-0')?.focus();
  const [busy, setBusy] = useState(false);
  const [ownEmotion, setOwnEmotion] = useState('');
  const [ownUrge, setOwnUrge] = useState('');
  const builtIn = (name: string) => rules.emotions.includes(name) || rules.urges.includes(name);

  const setEmotion = (i: number, rating: number | null) =>
    setForm((f) => ({ ...f, emotions: f.emotions.map((e, j) => (j === i ? { ...e, rating } : e)) }));
  const setUrge = (i: number, change: Partial<{ rating: number | null; actedOn: boolean }>) =>
    setForm((f) => ({ ...f, urges: f.urges.map((u, j) => (j === i ? { ...u, ...change } : u)) }));
  const toggleSkill = (id: string, on: boolean) =>
    setForm((f) => ({ ...f, skills: on ? [...f.skills, id] : f.skills.filter((s) => s !== id) }));

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      if (await onSave(dayInput(form))) {
        setClean(form);
        kept.saved();
      }
    } finally {
      setBusy(false);
    }
  }

  const rating = (id: string, name: string, value: number | null, onChange: (v: number | null) => void) => (
    <RatingField id={id} label={nameLabel(name)} value={value} max={rules.maxRating} onChange={onChange} />
  );

  return (
    <form class="diary-form" onSubmit={submit} aria-labelledby="diary-day-title">
      <h3 id="diary-day-title">
        <time dateTime={date}>{title}</time>
      </h3>
      <KeptDraftOffer
        kept={kept}
        onRestore={(typed) => setForm((f) => ({ ...f, ...(typed.day as Partial<DayFormState>) }))}
        focus={focusFirst}
      />

      <fieldset>
        <legend>{t('diary.emotions')}</legend>
        <p class="hint">{t('diary.emotionsHint')}</p>
        {form.emotions.map((e, i) => (
          <div key={e.name} class="diary-item">
            {rating(`diary-emotion-${i}`, e.name, e.rating, (v) => setEmotion(i, v))}
            {!builtIn(e.name) && (
              <RemoveButton name={e.name} onRemove={() => setForm((f) => ({ ...f, emotions: f.emotions.filter((_, j) => j !== i) }))} />
            )}
          </div>
        ))}
        <AddName
          id="diary-own-emotion"
          label={t('diary.addEmotion')}
          value={ownEmotion}
          max={rules.maxNameChars}
          canAdd={canAddName(ownEmotion, form.emotions)}
          onInput={setOwnEmotion}
          onAdd={() => {
            setForm((f) => ({ ...f, emotions: [...f.emotions, { name: ownEmotion.trim(), rating: null }] }));
            setOwnEmotion('');
          }}
        />
      </fieldset>

      <fieldset>
        <legend>{t('diary.urges')}</legend>
        <p class="hint">{t('diary.urgesHint')}</p>
        {form.urges.map((u, i) => (
          <div key={u.name} class="diary-item">
            {rating(`diary-urge-${i}`, u.name, u.rating, (v) => setUrge(i, { rating: v }))}
            <label class="diary-acted">
              <input
                type="checkbox"
                checked={u.actedOn}
                disabled={u.rating === null}
                aria-label={t('diary.actedOnLabel', { name: nameLabel(u.name) })}
                onChange={(e) => setUrge(i, { actedOn: (e.target as HTMLInputElement).checked })}
              />
              <span aria-hidden="true">{t('diary.actedOn')}</span>
            </label>
            {!builtIn(u.name) && (
              <RemoveButton name={u.name} onRemove={() => setForm((f) => ({ ...f, urges: f.urges.filter((_, j) => j !== i) }))} />
            )}
          </div>
        ))}
        <AddName
          id="diary-own-urge"
          label={t('diary.addUrge')}
          value={ownUrge}
          max={rules.maxNameChars}
          canAdd={canAddName(ownUrge, form.urges)}
          onInput={setOwnUrge}
          onAdd={() => {
            setForm((f) => ({ ...f, urges: [...f.urges, { name: ownUrge.trim(), rating: null, actedOn: false }] }));
            setOwnUrge('');
          }}
        />
      </fieldset>
      {needsCrisisNote(form.urges, rules) && (
        <div role="note" class="diary-crisis">
          <p>{t('diary.crisis')}</p>
          <HelpNowNote onHelpNow={onHelpNow} />
        </div>
      )}

      <label for="diary-skills-used">{t('diary.skillsUsed')}</label>
      <p class="hint" id="diary-skills-used-hint">
        {t('diary.skillsUsedHint')}
      </p>
      <select
        id="diary-skills-used"
        aria-describedby="diary-skills-used-hint"
        value={String(form.skillsUsed)}
        onChange={(e) => setForm((f) => ({ ...f, skillsUsed: Number((e.target as HTMLSelectElement).value) }))}
      >
        {SKILLS_USED_SCALE.slice(0, rules.maxSkillsUsed + 1).map((key, value) => (
          <option key={key} value={String(value)}>
            {t(key)}
          </option>
        ))}
      </select>

      <details class="diary-skills" open={form.skills.length > 0}>
        <summary>{t('diary.whichSkills')}</summary>
        {SKILL_CATEGORIES.map((category) => (
          <fieldset key={category}>
            <legend>{skillLibrary.categories[category].name}</legend>
            {skillsIn(category).map((skill) => (
              <label key={skill.id} class="diary-skill">
                <input
                  type="checkbox"
                  checked={form.skills.includes(skill.id)}
                  onChange={(e) => toggleSkill(skill.id, (e.target as HTMLInputElement).checked)}
                />
                {skill.name}
              </label>
            ))}
          </fieldset>
        ))}
      </details>

      <label for="diary-note">{t('diary.note')}</label>
      <textarea
        id="diary-note"
        rows={3}
        maxLength={rules.maxNoteChars}
        value={form.note}
        onInput={(e) => setForm((f) => ({ ...f, note: (e.target as HTMLTextAreaElement).value }))}
      />

      {error && (
        <p key={error.attempt} class="error" role="alert">
          {t(error.key, { max: error.field === 'note' ? rules.maxNoteChars : rules.maxNameChars })}
        </p>
      )}
      <p class="status" role="status">
        {saved ? t('diary.saved') : ''}
      </p>
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('diary.saving') : t('diary.save')}
        </button>
      </div>
    </form>
  );
}

/** Removes one of the person's own names from the day (the usual ones stay). */
function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  return (
    <button type="button" class="diary-remove" aria-label={t('diary.removeLabel', { name })} onClick={onRemove}>
      {t('diary.remove')}
    </button>
  );
}

interface AddNameProps {
  id: string;
  label: string;
  value: string;
  max: number;
  canAdd: boolean;
  onInput: (value: string) => void;
  onAdd: () => void;
}

function AddName({ id, label, value, max, canAdd, onInput, onAdd }: AddNameProps) {
  return (
    <div class="diary-add">
      <label for={id}>{label}</label>
      <div class="row">
        <input
          id={id}
          type="text"
          maxLength={max}
          value={value}
          onInput={(e) => onInput((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (canAdd) onAdd();
            }
          }}
        />
        <button type="button" disabled={!canAdd} aria-label={t('diary.addNamed', { what: label })} onClick={onAdd}>
          {t('diary.add')}
        </button>
      </div>
    </div>
  );
}
