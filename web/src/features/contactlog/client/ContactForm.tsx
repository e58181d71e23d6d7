// Logging or editing one contact: when, who started it, how, the hoover tactic (each explained
// in one plain sentence) and whether it broke a no-contact commitment.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import type { ContactLogEntry, ContactLogInput } from '../shared/api';
import { MAX_NOTE_CHARS } from '../../journal/shared/records';
import { CHANNELS, HOOVER_TACTICS, INITIATORS } from '../shared/records';
import type { Failure } from '../../../kit/useFailure';
import { draftFrom, inputFrom } from './form';
import { CHANNEL_NAME, INITIATOR_NAME, TACTIC_HINT, TACTIC_NAME } from './labels';

interface Props {
  entry?: ContactLogEntry;
  /** "Contact happened": a new contact with the break pre-ticked. */
  broke: boolean;
  busy: boolean;
  error: Failure | null;
  onSave: (input: ContactLogInput) => void;
  onCancel: () => void;
}

export function ContactForm({ entry, broke, busy, error, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(() => draftFrom(entry, Date.now(), broke));
  const [dateError, setDateError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  return (
    <form
      class="contact-log-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = inputFrom(draft, entry);
        setDateError(input === 'bad-date');
        if (input !== 'bad-date') onSave(input);
      }}
    >
      <h2 ref={heading} tabIndex={-1}>
        {t(entry ? 'contactlog.editTitle' : 'contactlog.addTitle')}
      </h2>
      <label for="contact-when">{t('contactlog.when')}</label>
      <input
        id="contact-when"
        type="datetime-local"
        value={draft.when}
        readOnly={busy}
        aria-invalid={dateError || error?.field === 'occurredAt'}
        aria-describedby={dateError ? 'contact-when-error' : undefined}
        onInput={(e) => set({ when: e.currentTarget.value })}
      />
      {dateError && (
        <p id="contact-when-error" class="error" role="alert">
          {t('contactlog.whenInvalid')}
        </p>
      )}

      <fieldset class="options">
        <legend>{t('contactlog.who')}</legend>
        {INITIATORS.map((who) => (
          <div class="choice" key={who}>
            <input
              type="radio"
              id={`who-${who}`}
              name="who"
              checked={draft.initiatedBy === who}
              disabled={busy}
              onChange={() => set({ initiatedBy: who })}
            />
            <label for={`who-${who}`}>{t(INITIATOR_NAME[who])}</label>
          </div>
        ))}
      </fieldset>

      <label for="contact-channel">{t('contactlog.channel')}</label>
      <select
        id="contact-channel"
        value={draft.channel}
        disabled={busy}
        onChange={(e) => set({ channel: e.currentTarget.value as (typeof CHANNELS)[number] })}
      >
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(CHANNEL_NAME[c])}
          </option>
        ))}
      </select>

      <fieldset class="options">
        <legend>{t('contactlog.tactic')}</legend>
        <div class="choice">
          <input
            type="radio"
            id="tactic-none"
            name="tactic"
            checked={draft.hooverTactic === null}
            disabled={busy}
            onChange={() => set({ hooverTactic: null })}
          />
          <label for="tactic-none">{t('contactlog.tacticNone')}</label>
        </div>
        {HOOVER_TACTICS.map((tactic) => (
          <div class="choice" key={tactic}>
            <input
              type="radio"
              id={`tactic-${tactic}`}
              name="tactic"
              checked={draft.hooverTactic === tactic}
              disabled={busy}
              aria-describedby={`tactic-${tactic}-hint`}
              onChange={() => set({ hooverTactic: tactic })}
            />
            <label for={`tactic-${tactic}`}>{t(TACTIC_NAME[tactic])}</label>
            <p id={`tactic-${tactic}-hint`} class="hint">
              {t(TACTIC_HINT[tactic])}
            </p>
          </div>
        ))}
      </fieldset>

      <div class="broke-check">
        <input
          type="checkbox"
          id="contact-broke"
          checked={draft.brokeNoContact}
          disabled={busy}
          aria-describedby="contact-broke-hint"
          onChange={(e) => set({ brokeNoContact: e.currentTarget.checked })}
        />
        <label for="contact-broke">{t('contactlog.broke')}</label>
      </div>
      <p id="contact-broke-hint" class="hint">
        {t('contactlog.brokeHint')}
      </p>

      <label for="contact-note">{t('contactlog.note')}</label>
      <textarea
        id="contact-note"
        rows={3}
        maxLength={MAX_NOTE_CHARS}
        value={draft.note}
        readOnly={busy}
        aria-invalid={error?.field === 'note'}
        onInput={(e) => set({ note: e.currentTarget.value })}
      />
      {error && (
        <p key={error.attempt} class="error" role="alert">
          {t(error.key)}
        </p>
      )}
      <div class="row form-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('contactlog.cancel')}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {t('contactlog.save')}
        </button>
      </div>
    </form>
  );
}
