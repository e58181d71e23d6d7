// The cycle-tracker part of the entry editor: when it happened, the phase (each
// explained in one sentence), emotion ratings 0-5, triggers with suggestions, a body note.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import type { Phase } from '../../../worker/generated/model';
import { MAX_EMOTIONS, MAX_EMOTION_NAME_CHARS, MAX_NOTE_CHARS, MAX_RATING, MAX_TRIGGER_CHARS, PHASES } from '../shared/records';
import { RatingField } from '../../../kit/RatingField';
import { addEmotionName, addTrigger, visibleSuggestions, type TrackerDraft } from './tracker';

export const PHASE_NAME: Record<Phase, MessageKey> = {
  idealization: 'phase.idealization',
  devaluation: 'phase.devaluation',
  discard: 'phase.discard',
  hoovering: 'phase.hoovering',
  calm: 'phase.calm',
  unsure: 'phase.unsure',
};

const PHASE_HINT: Record<Phase, MessageKey> = {
  idealization: 'phase.idealization.hint',
  devaluation: 'phase.devaluation.hint',
  discard: 'phase.discard.hint',
  hoovering: 'phase.hoovering.hint',
  calm: 'phase.calm.hint',
  unsure: 'phase.unsure.hint',
};

const EMOTION_NAME: Record<string, MessageKey> = {
  sadness: 'emotion.sadness',
  shame: 'emotion.shame',
  anger: 'emotion.anger',
  fear: 'emotion.fear',
  joy: 'emotion.joy',
  guilt: 'emotion.guilt',
  loneliness: 'emotion.loneliness',
  relief: 'emotion.relief',
};

export function emotionLabel(name: string): string {
  const key = EMOTION_NAME[name];
  return key ? t(key) : name;
}

/** The fields to change, worked out from the draft as it is when the change applies. */
type DraftChange = (current: TrackerDraft) => Partial<TrackerDraft>;

interface Props {
  draft: TrackerDraft;
  /** Given a change of the draft as it is when applied (not as it was drawn), so two quick edits both stay. */
  onChange: (update: (draft: TrackerDraft) => TrackerDraft) => void;
  suggestions: readonly string[];
  busy: boolean;
  dateError: boolean;
}

export function TrackerFields({ draft, onChange, suggestions, busy, dateError }: Props) {
  const [typedTrigger, setTypedTrigger] = useState('');
  const [typedEmotion, setTypedEmotion] = useState('');
  const update = (change: DraftChange) => onChange((current) => ({ ...current, ...change(current) }));
  const set = (patch: Partial<TrackerDraft>) => update(() => patch);

  function addTyped() {
    update((current) => ({ triggers: addTrigger(current.triggers, typedTrigger) }));
    setTypedTrigger('');
  }

  function addEmotion() {
    update((current) => {
      const names = addEmotionName(current.emotionNames, typedEmotion);
      return names && names.length <= MAX_EMOTIONS ? { emotionNames: names } : {};
    });
    setTypedEmotion('');
  }

  const shown = visibleSuggestions(suggestions, draft.triggers, typedTrigger);

  return (
    <div class="tracker">
      <label for="entry-when">{t('editor.when')}</label>
      <input
        id="entry-when"
        type="datetime-local"
        value={draft.when}
        readOnly={busy}
        aria-invalid={dateError}
        aria-describedby={dateError ? 'entry-when-error' : undefined}
        onInput={(e) => set({ when: e.currentTarget.value })}
      />
      {dateError && (
        <p id="entry-when-error" class="error" role="alert">
          {t('editor.when.invalid')}
        </p>
      )}

      <fieldset class="phases">
        <legend>{t('editor.phase.legend')}</legend>
        {PHASES.map((phase) => (
          <div class="choice" key={phase}>
            <input
              type="radio"
              id={`phase-${phase}`}
              name="phase"
              value={phase}
              checked={draft.phase === phase}
              disabled={busy}
              aria-describedby={`phase-${phase}-hint`}
              onChange={() => set({ phase })}
            />
            <label for={`phase-${phase}`}>{t(PHASE_NAME[phase])}</label>
            <p id={`phase-${phase}-hint`} class="hint">
              {t(PHASE_HINT[phase])}
            </p>
          </div>
        ))}
        <div class="choice">
          <input
            type="radio"
            id="phase-none"
            name="phase"
            value=""
            checked={draft.phase === null}
            disabled={busy}
            onChange={() => set({ phase: null })}
          />
          <label for="phase-none">{t('editor.phase.none')}</label>
        </div>
      </fieldset>

      <fieldset class="emotions">
        <legend>{t('editor.emotions.legend')}</legend>
        {draft.emotionNames.map((name, i) => (
          <RatingField
            key={name}
            id={`emotion-${i}`}
            label={emotionLabel(name)}
            value={draft.emotions[name] ?? null}
            max={MAX_RATING}
            disabled={busy}
            onChange={(rating) => {
              update((current) => {
                const { [name]: _previous, ...rest } = current.emotions;
                return { emotions: rating === null ? rest : { ...rest, [name]: rating } };
              });
            }}
          />
        ))}
        <label for="emotion-own">{t('editor.emotion.own')}</label>
        <InlineAdd
          id="emotion-own"
          maxLength={MAX_EMOTION_NAME_CHARS}
          value={typedEmotion}
          busy={busy}
          onInput={setTypedEmotion}
          onAdd={addEmotion}
          addLabel={t('editor.emotion.add')}
        />
      </fieldset>

      <fieldset class="triggers">
        <legend>{t('editor.triggers.legend')}</legend>
        {draft.triggers.length > 0 && (
          <ul class="chips" aria-label={t('editor.triggers.added')}>
            {draft.triggers.map((tag) => (
              <li key={tag}>
                <span>{tag}</span>
                <button
                  type="button"
                  class="small"
                  aria-label={t('editor.triggers.remove', { name: tag })}
                  disabled={busy}
                  onClick={() => update((current) => ({ triggers: current.triggers.filter((x) => x !== tag) }))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <label for="trigger-new">{t('editor.triggers.label')}</label>
        <p id="trigger-hint" class="hint">
          {t('editor.triggers.hint')}
        </p>
        <InlineAdd
          id="trigger-new"
          maxLength={MAX_TRIGGER_CHARS}
          value={typedTrigger}
          busy={busy}
          describedBy="trigger-hint"
          onInput={setTypedTrigger}
          onAdd={addTyped}
          addLabel={t('editor.triggers.add')}
        />
        {shown.length > 0 && (
          <div class="suggestions" role="group" aria-label={t('editor.triggers.suggestions')}>
            <p class="hint">{t('editor.triggers.suggestions')}</p>
            <div class="row">
              {shown.map((tag) => (
                <button
                  type="button"
                  class="small"
                  key={tag}
                  aria-label={t('editor.triggers.suggest', { name: tag })}
                  disabled={busy}
                  onClick={() => update((current) => ({ triggers: addTrigger(current.triggers, tag) }))}
                >
                  {tag}
                </button>
              ))}
            </div>
          </div>
        )}
      </fieldset>

      <label for="entry-body">{t('editor.body')}</label>
      <textarea
        id="entry-body"
        class="short"
        rows={3}
        maxLength={MAX_NOTE_CHARS}
        value={draft.bodyNote}
        readOnly={busy}
        onInput={(e) => set({ bodyNote: e.currentTarget.value })}
      />
    </div>
  );
}

interface InlineAddProps {
  id: string;
  maxLength: number;
  value: string;
  busy: boolean;
  describedBy?: string;
  onInput: (value: string) => void;
  onAdd: () => void;
  addLabel: string;
}

/** A text field with an "Add" button; Enter adds instead of submitting the entry. */
function InlineAdd({ id, maxLength, value, busy, describedBy, onInput, onAdd, addLabel }: InlineAddProps) {
  return (
    <div class="inline-add">
      <input
        id={id}
        type="text"
        maxLength={maxLength}
        value={value}
        readOnly={busy}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onAdd();
          }
        }}
      />
      <button type="button" onClick={onAdd} disabled={busy}>
        {addLabel}
      </button>
    </div>
  );
}
