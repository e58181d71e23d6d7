// One incident's form: every field labelled, with a short hint each. Saving a change adds a new
// version (the worker appends; nothing is rewritten).
import { useMemo, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import type { IncidentFields, IncidentRules } from '../shared/api';
import { KeptDraftOffer } from '../../drafts/client/DraftOffer';
import { useEditorDraft } from '../../drafts/client/drafts';
import { fromLocalInput, toLocalInput } from '../../journal/client/tracker';
import type { Failure } from '../../../kit/useFailure';
import { FIELD_HINT, FIELD_LABEL } from './labels';
import { TEXT_FIELDS, type TextField } from './text';

interface Props {
  start: IncidentFields;
  /** The hash of the version being edited; absent for a new incident. */
  base?: string;
  editing: boolean;
  rules: IncidentRules;
  busy: boolean;
  error: Failure | null;
  /** True once saved (the draft is then dropped). */
  onSave(fields: IncidentFields): Promise<boolean>;
  onCancel: () => void;
  onError: (e: unknown) => void;
}

const SHORT: readonly TextField[] = ['place', 'reportNumbers'];

export function IncidentEditor({ start, base, editing, rules, busy, error, onSave, onCancel, onError }: Props) {
  const [when, setWhen] = useState(() => toLocalInput(start.occurredAt));
  const [texts, setTexts] = useState<Record<TextField, string>>(() => {
    const { occurredAt: _o, ...rest } = start;
    return rest;
  });
  const [whenInvalid, setWhenInvalid] = useState(false);
  const [touched, setTouched] = useState(false);
  const target = useMemo(
    () => (base === undefined ? { editor: 'incident' as const } : { editor: 'incident' as const, subject: base }),
    [base],
  );
  const kept = useEditorDraft(
    target,
    true,
    useMemo(() => ({ when, texts }), [when, texts]),
    touched,
    onError,
  );

  function submit(event: Event) {
    event.preventDefault();
    const occurredAt = fromLocalInput(when);
    if (occurredAt === null) {
      setWhenInvalid(true);
      document.getElementById('incident-when')?.focus();
      return;
    }
    setWhenInvalid(false);
    void onSave({ occurredAt, ...texts }).then((saved) => saved && kept.saved());
  }

  return (
    <form class="incident-form" noValidate onSubmit={submit}>
      <KeptDraftOffer
        kept={kept}
        onRestore={(typed) => {
          if (typeof typed.when === 'string') setWhen(typed.when);
          setTexts((now) => ({ ...now, ...(typed.texts as Partial<Record<TextField, string>>) }));
          setTouched(true);
        }}
        focus={() => document.getElementById('incident-when')?.focus()}
      />
      {editing && <p class="hint">{t('incident.editHint')}</p>}
      <label for="incident-when">{t('incident.when')}</label>
      <input
        id="incident-when"
        type="datetime-local"
        value={when}
        readOnly={busy}
        aria-invalid={whenInvalid}
        aria-describedby={whenInvalid ? 'incident-when-error' : undefined}
        onInput={(e) => {
          setWhen(e.currentTarget.value);
          setTouched(true);
        }}
      />
      {whenInvalid && (
        <p id="incident-when-error" class="error" role="alert">
          {t('incident.when.invalid')}
        </p>
      )}
      {TEXT_FIELDS.map((field) => {
        const id = `incident-${field}`;
        const short = SHORT.includes(field);
        const common = {
          id,
          value: texts[field],
          readOnly: busy,
          maxLength: short ? rules.shortChars : rules.textChars,
          'aria-describedby': `${id}-hint`,
          'aria-invalid': error?.field === field,
          onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
            setTexts({ ...texts, [field]: e.currentTarget.value });
            setTouched(true);
          },
        };
        return (
          <div key={field} class="incident-field">
            <label for={id}>{t(FIELD_LABEL[field])}</label>
            <p id={`${id}-hint`} class="hint">
              {t(FIELD_HINT[field])}
            </p>
            {short ? (
              <input type="text" autocomplete="off" {...common} />
            ) : (
              <textarea rows={field === 'whatHappened' ? 6 : 3} {...common} />
            )}
          </div>
        );
      })}
      {error && (
        <p key={error.attempt} class="error" role="alert">
          {t(error.key, {
            field: error.field && error.field in FIELD_LABEL ? t(FIELD_LABEL[error.field as TextField]) : t('incident.when'),
          })}
        </p>
      )}
      <div class="plan-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('incident.saving') : t('incident.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('incident.cancel')}
        </button>
      </div>
    </form>
  );
}
