// The person's own crisis contacts (encrypted records), shown above the public lines while unlocked.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import type { Contact, ContactInput } from '../../settings/shared/api';
import { vaultApi } from '../../../worker/client';
import { smsHref, telHref } from './crisis';
import { useFailure, useRunner, type Failure } from '../../../kit/useFailure';

const FIELD_MESSAGES: Readonly<Record<string, MessageKey>> = {
  name: 'contacts.error.name',
  number: 'contacts.error.number',
  note: 'contacts.error.note',
};

export function ContactsSection({ onLocked }: { onLocked: () => void }) {
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [editing, setEditing] = useState<ContactInput | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const { error, setError, show, fail } = useFailure(onLocked);
  const { busy, run } = useRunner(fail);
  const addButton = useRef<HTMLButtonElement>(null);

  async function reload() {
    try {
      setContacts(await vaultApi().listContacts());
    } catch (e) {
      fail(e);
    }
  }

  useEffect(() => {
    void reload();
  }, []);

  const save = (input: ContactInput) =>
    run(async () => {
      const result = await vaultApi().saveContact(input);
      if (!result.ok) return show(FIELD_MESSAGES[result.field] ?? 'error.internal', result.field);
      setEditing(null);
      setError(null);
      setStatus('contacts.saved');
      await reload();
      addButton.current?.focus();
    });

  const remove = (id: string) =>
    run(async () => {
      await vaultApi().deleteContact(id);
      setConfirming(null);
      setStatus('contacts.deleted');
      await reload();
      addButton.current?.focus();
    });

  function start(input: ContactInput) {
    setStatus(null);
    setError(null);
    setConfirming(null);
    setEditing(input);
  }

  return (
    <section class="contacts" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contacts.title')}</h2>
      <p class="status" role="status">
        {status ? t(status) : ''}
      </p>
      {error && !editing && (
        <p key={error.attempt} class="error" role="alert">
          {t(error.key)}
        </p>
      )}
      {contacts !== null && contacts.length === 0 && !editing && <p class="muted">{t('contacts.empty')}</p>}
      {contacts !== null && contacts.length > 0 && (
        <ul class="lines" aria-label={t('contacts.listLabel')}>
          {contacts.map((c) => (
            <li key={c.id} class="line own">
              <h3>{c.name}</h3>
              {c.note && <p>{c.note}</p>}
              <div class="row">
                <a class="dial" href={telHref(c.number)} aria-label={t('help.callLabel', { name: c.name, number: c.number })}>
                  {t('help.call', { number: c.number })}
                </a>
                <a class="dial secondary" href={smsHref(c.number)} aria-label={t('help.textLabel', { name: c.name, number: c.number })}>
                  {t('help.text', { number: c.number })}
                </a>
              </div>
              {confirming === c.id ? (
                <div class="confirm" role="group" aria-labelledby={`confirm-${c.id}`}>
                  <p id={`confirm-${c.id}`}>{t('contacts.confirmDelete')}</p>
                  <div class="row">
                    <button type="button" class="danger" disabled={busy} onClick={() => void remove(c.id)}>
                      {t('contacts.confirmYes')}
                    </button>
                    <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
                      {t('contacts.confirmNo')}
                    </button>
                  </div>
                </div>
              ) : (
                <div class="row">
                  <button type="button" aria-label={t('contacts.edit', { name: c.name })} onClick={() => start(c)}>
                    {t('contacts.editShort')}
                  </button>
                  <button type="button" aria-label={t('contacts.delete', { name: c.name })} onClick={() => setConfirming(c.id)}>
                    {t('contacts.deleteShort')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ContactForm
          key={editing.id ?? 'new'}
          initial={editing}
          busy={busy}
          error={error}
          onSave={(input) => void save(input)}
          onCancel={() => {
            setEditing(null);
            setError(null);
          }}
        />
      ) : (
        <button type="button" ref={addButton} disabled={contacts === null} onClick={() => start({ name: '', number: '', note: '' })}>
          {t('contacts.add')}
        </button>
      )}
    </section>
  );
}

interface FormProps {
  initial: ContactInput;
  busy: boolean;
  error: Failure | null;
  onSave: (input: ContactInput) => void;
  onCancel: () => void;
}

function ContactForm({ initial, busy, error, onSave, onCancel }: FormProps) {
  const [name, setName] = useState(initial.name);
  const [number, setNumber] = useState(initial.number);
  const [note, setNote] = useState(initial.note);
  const first = useRef<HTMLHeadingElement>(null);
  useEffect(() => first.current?.focus(), []);
  const invalid = (field: string) => (error?.field === field ? true : undefined);
  const described = (field: string) => (error?.field === field ? 'contact-error' : undefined);
  return (
    <form
      class="contact-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ ...(initial.id === undefined ? {} : { id: initial.id }), name, number, note });
      }}
    >
      <h3 ref={first} tabIndex={-1}>
        {t(initial.id === undefined ? 'contacts.addTitle' : 'contacts.editTitle')}
      </h3>
      <label for="contact-name">{t('contacts.name')}</label>
      <input
        id="contact-name"
        autocomplete="off"
        value={name}
        readOnly={busy}
        aria-invalid={invalid('name')}
        aria-describedby={described('name')}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <label for="contact-number">{t('contacts.number')}</label>
      <input
        id="contact-number"
        type="tel"
        autocomplete="off"
        value={number}
        readOnly={busy}
        aria-invalid={invalid('number')}
        aria-describedby={described('number')}
        onInput={(e) => setNumber(e.currentTarget.value)}
      />
      <label for="contact-note">{t('contacts.note')}</label>
      <input
        id="contact-note"
        autocomplete="off"
        value={note}
        readOnly={busy}
        aria-invalid={invalid('note')}
        aria-describedby={described('note')}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      {error && (
        <p key={error.attempt} id="contact-error" class="error" role="alert">
          {t(error.key)}
        </p>
      )}
      <div class="row form-actions">
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('contacts.cancel')}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {t('contacts.save')}
        </button>
      </div>
    </form>
  );
}
