import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import type { BoundaryPlan } from '../shared/api';
import { vaultApi } from '../../../worker/client';
import { KeptDraftOffer } from '../../drafts/client/DraftOffer';
import { useEditorDraft } from '../../drafts/client/drafts';
import { HelpNowNote } from '../../skills/client/HelpNowNote';
import { TopBar } from '../../skills/client/TopBar';
import { useFailure } from '../../../kit/useFailure';
import { buildDraft, copyText } from './draft';
import './boundary.css';

interface Props {
  onBack: () => void;
  onHelpNow: () => void;
  onLocked: () => void;
}

type Field = keyof BoundaryPlan;

const CONTACT_PLAN_DRAFT = { editor: 'contactPlan' } as const;

const SCRIPT: readonly { field: Field; label: MessageKey; hint: MessageKey }[] = [
  { field: 'describe', label: 'boundary.describe', hint: 'boundary.describeHint' },
  { field: 'express', label: 'boundary.express', hint: 'boundary.expressHint' },
  { field: 'assert', label: 'boundary.assert', hint: 'boundary.assertHint' },
  { field: 'reinforce', label: 'boundary.reinforce', hint: 'boundary.reinforceHint' },
];

const COPE: readonly { field: Field; label: MessageKey }[] = [
  { field: 'situation', label: 'boundary.situation' },
  { field: 'feelings', label: 'boundary.feelings' },
  { field: 'actions', label: 'boundary.actions' },
  { field: 'callAfter', label: 'boundary.callAfter' },
];

/** The plan for the next contact: a DEAR MAN message to copy, and a cope-ahead plan. */
export function BoundaryScreen({ onBack, onHelpNow, onLocked }: Props) {
  const [plan, setPlan] = useState<BoundaryPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [copyStatus, setCopyStatus] = useState<MessageKey | null>(null);
  const [saved, setSaved] = useState(false);
  const { error, setError, show, fail } = useFailure(onLocked);
  const draftRef = useRef<HTMLTextAreaElement>(null);
  // Typed since the screen opened or last saved: kept as a sealed draft.
  const [touched, setTouched] = useState(false);
  const form = useMemo(() => ({ plan }), [plan]);
  const kept = useEditorDraft(CONTACT_PLAN_DRAFT, plan !== null, form, touched, fail);

  useEffect(() => {
    vaultApi().getBoundaryPlan().then(setPlan, fail);
  }, []);

  const focusFirstField = () => document.getElementById('plan-describe')?.focus();

  const set = (field: Field, value: string) => {
    setTouched(true);
    setSaved(false);
    setCopyStatus(null);
    setPlan((p) => (p ? { ...p, [field]: value } : p));
  };

  async function copy(draft: string) {
    const result = await copyText(draft, navigator.clipboard);
    if (result === 'select') {
      draftRef.current?.focus();
      draftRef.current?.select();
    }
    setCopyStatus(result === 'copied' ? 'boundary.copied' : 'boundary.copySelect');
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!plan || busy) return;
    setBusy(true);
    setSaved(false);
    try {
      const result = await vaultApi().saveBoundaryPlan(plan);
      if (result.ok) {
        setError(null);
        setSaved(true);
        setTouched(false);
        kept.saved();
      } else {
        show('boundary.error.tooLong', result.field);
      }
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  const area = (field: Field, label: MessageKey, hint?: MessageKey) => (
    <div key={field} class="plan-field">
      <label for={`plan-${field}`}>{t(label)}</label>
      {hint && (
        <p class="hint" id={`plan-${field}-hint`}>
          {t(hint)}
        </p>
      )}
      <textarea
        id={`plan-${field}`}
        rows={2}
        aria-describedby={hint ? `plan-${field}-hint` : undefined}
        aria-invalid={error?.field === field ? true : undefined}
        value={plan?.[field] ?? ''}
        onInput={(e) => set(field, (e.target as HTMLTextAreaElement).value)}
      />
    </div>
  );

  const draft = plan ? buildDraft(plan) : '';
  return (
    <div class="screen plan-screen">
      <TopBar title={t('boundary.title')} onBack={onBack} />
      <main class="content">
        <p>{t('boundary.intro')}</p>
        <HelpNowNote onHelpNow={onHelpNow} />
        <p class="notice">{t('boundary.safety')}</p>
        {!plan ? (
          <p class="muted">{error ? t(error.key) : t('boundary.loading')}</p>
        ) : (
          <form onSubmit={save}>
            <KeptDraftOffer
              kept={kept}
              onRestore={(typed) => {
                setPlan((p) => (p ? { ...p, ...(typed.plan as Partial<BoundaryPlan>) } : p));
                setTouched(true);
              }}
              focus={focusFirstField}
            />
            <section aria-labelledby="plan-script-title">
              <h2 id="plan-script-title">{t('boundary.scriptTitle')}</h2>
              {SCRIPT.map(({ field, label, hint }) => area(field, label, hint))}
              <aside class="plan-reminders" aria-labelledby="plan-reminders-title">
                <h3 id="plan-reminders-title">{t('boundary.remindersTitle')}</h3>
                <ul>
                  <li>{t('boundary.mindful')}</li>
                  <li>{t('boundary.confident')}</li>
                  <li>{t('boundary.negotiate')}</li>
                </ul>
              </aside>
              <label for="plan-draft">{t('boundary.draft')}</label>
              <textarea
                id="plan-draft"
                ref={draftRef}
                class="plan-draft"
                rows={5}
                readOnly
                value={draft}
                placeholder={t('boundary.draftEmpty')}
              />
              <div class="row">
                <button type="button" disabled={draft === ''} onClick={() => void copy(draft)}>
                  {t('boundary.copy')}
                </button>
              </div>
              <p class="status" role="status">
                {copyStatus ? t(copyStatus) : ''}
              </p>
            </section>
            <section aria-labelledby="plan-cope-title">
              <h2 id="plan-cope-title">{t('boundary.copeTitle')}</h2>
              <p>{t('boundary.copeIntro')}</p>
              {COPE.map(({ field, label }) => area(field, label))}
            </section>
            <p class="muted plan-source">{t('boundary.source')}</p>
            {error && (
              <p key={error.attempt} class="error" role="alert">
                {t(error.key)}
              </p>
            )}
            <p class="status" role="status">
              {saved ? t('boundary.saved') : ''}
            </p>
            <div class="row">
              <button type="submit" class="primary" disabled={busy}>
                {busy ? t('boundary.saving') : t('boundary.save')}
              </button>
            </div>
          </form>
        )}
      </main>
    </div>
  );
}
