// One incident's form: every field labelled, with a short hint each. Saving a change adds a new
// version (the worker appends; nothing is rewritten).
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { IncidentFields, IncidentRules } from '../../worker/api';
import { fromLocalInput, toLocalInput } from '../tracker';
import type { Failure } from '../useFailure';
import { FIELD_HINT, FIELD_LABEL } from './labels';
import { TEXT_FIELDS, type TextField } from './text';

interface Props {
  start: IncidentFields;
  editing: boolean;
  rules: IncidentRules;
  busy: boolean;
  error: Failure | null;
  onSave: (fields: IncidentFields) => void;
  onCancel: () => void;
}

const SHORT: readonly TextField[] = ['place', 'reportNumbers'];

export function IncidentEditor({ start, editing, rules, busy, error, onSave, onCancel }: Props) {
  const [when, setWhen] = useState(() => toLocalInput(start.occurredAt));
  const [texts, setTexts] = useState<Record<TextField, string>>(() => {
    const { occurredAt: _o, ...rest } = start;
    return rest;
  });
  const [whenInvalid, setWhenInvalid] = useState(false);

  function submit(event: Event) {
    event.preventDefault();
    const occurredAt = fromLocalInput(when);
    if (occurredAt === null) {
      setWhenInvalid(true);
      document.getElementById('incident-when')?.focus();
      return;
    }
    setWhenInvalid(false);
    onSave({ occurredAt, ...texts });
  }

  return (
    <form class="incident-form" noValidate onSubmit={submit}>
      {editing && <p class="hint">{t('incident.editHint')}</p>}
      <label for="incident-when">{t('incident.when')}</label>
      <input
        id="incident-when"
        type="datetime-local"
        value={when}
        readOnly={busy}
        aria-invalid={whenInvalid}
        aria-describedby={whenInvalid ? 'incident-when-error' : undefined}
        onInput={(e) => setWhen(e.currentTarget.value)}
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
          onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => setTexts({ ...texts, [field]: e.currentTarget.value }),
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
