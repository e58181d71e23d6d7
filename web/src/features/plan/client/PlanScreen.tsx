// "My safety plan": a guided editor in collapsible groups, saved by an
// explicit "Save plan" (the status line says whether the words on screen are saved), a printable
// view and a plaintext export that warns first. Print and export use the saved plan only.
import { AlertPanel } from '../../../kit/AlertPanel';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { safetyPlan as content } from '../../../content/safety-plan';
import { t, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { emptyPlan } from '../shared/records';
import type { PlanRules, PlanSectionId, SafetyPlan } from '../shared/types';
import { downloadText as download } from '../../../kit/download';
import { KeptDraftOffer } from '../../drafts/client/DraftOffer';
import { useEditorDraft } from '../../drafts/client/drafts';
import { ScreenHeader } from '../../../kit/ScreenHeader';
import { useFailure } from '../../../kit/useFailure';
import { ChecklistEditor, PeopleEditor, TechEditor, TextListEditor, type Update } from './ListEditors';
import { PlanDocument } from './PlanDocument';
import { planToText } from './text';
import { Sources } from './Sources';
import './plan.css';

interface Props {
  onLock: () => void;
  onLocked: () => void;
}

type Mode = 'edit' | 'print' | 'confirm-export';

const PLAN_DRAFT = { editor: 'safetyPlan' } as const;

/** The section title for a field the core refused ("checklist", "techDone" included). */
function fieldTitle(field: string): string {
  if (field === 'checklist') return content.checklist.title;
  if (field === 'techDone') return content.tech.title;
  for (const g of content.groups) for (const s of g.sections) if (s.id === field) return s.title;
  return content.groups[0]?.title ?? field;
}

export function PlanScreen({ onLock, onLocked }: Props) {
  const [rules, setRules] = useState<PlanRules | null>(null);
  const [plan, setPlan] = useState<SafetyPlan | null>(null);
  const [saved, setSaved] = useState<SafetyPlan | null>(null);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [mode, setMode] = useState<Mode>('edit');
  const [busy, setBusy] = useState(false);
  const { error, setError, show, fail } = useFailure(onLocked);
  const form = useMemo(() => ({ plan }), [plan]);
  const kept = useEditorDraft(PLAN_DRAFT, plan !== null, form, dirty, fail);

  useEffect(() => {
    Promise.all([vaultApi().planRules(), vaultApi().getSafetyPlan()]).then(([r, stored]) => {
      setRules(r);
      const start = stored?.plan ?? emptyPlan();
      setPlan(start);
      setSaved(start);
      setStatus(stored ? 'plan.saved' : 'plan.never');
    }, fail);
  }, []);

  function focusFirstGroup() {
    document.querySelector<HTMLElement>('.plan-group > summary')?.focus();
  }

  /** Applies a change to the plan as it is then (see `Update` in ListEditors). */
  function change(update: (plan: SafetyPlan) => SafetyPlan) {
    setPlan((now) => (now ? update(now) : now));
    setDirty(true);
    setStatus('plan.unsaved');
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!plan || busy) return;
    setBusy(true);
    setStatus('plan.saving');
    try {
      const result = await vaultApi().saveSafetyPlan(plan);
      if (result.ok) {
        setError(null);
        setPlan(result.value.plan);
        setSaved(result.value.plan);
        setDirty(false);
        setStatus('plan.saved');
        kept.saved();
      } else {
        setStatus('plan.unsaved');
        show('plan.error', result.field);
        document.getElementById(`plan-${result.field}`)?.closest('details')?.setAttribute('open', '');
      }
    } catch (e) {
      setStatus('plan.unsaved');
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  function exportText() {
    if (!saved) return;
    const text = planToText(saved, content, {
      title: t('plan.title'),
      none: t('plan.none'),
      where: t('plan.checklistWhere'),
      sources: t('plan.sources'),
    });
    download(text, t('plan.fileName'));
    setMode('edit');
    setStatus('plan.exported');
  }

  const loading = !rules || !plan || !saved;

  if (mode === 'print' && saved) {
    return (
      <div class="screen plan-screen plan-print">
        <ScreenHeader heading="plan.printView" onLock={onLock}>
          <button type="button" onClick={() => setMode('edit')}>
            {t('plan.backToEdit')}
          </button>
        </ScreenHeader>
        <main class="content">
          <p class="notice no-print">{t('plan.printHint')}</p>
          {dirty && <p class="hint no-print">{t('plan.unsaved')}</p>}
          <button type="button" class="primary no-print" onClick={() => window.print()}>
            {t('plan.printNow')}
          </button>
          <PlanDocument plan={saved} />
        </main>
      </div>
    );
  }

  const setList = <T,>(id: PlanSectionId, update: Update<T>) =>
    change((now) => ({ ...now, [id]: update(now[id] as unknown as readonly T[]) }));

  return (
    <div class="screen plan-screen">
      <ScreenHeader heading="plan.title" onLock={onLock} />
      <main class="content">
        {loading ? (
          <p class="muted">{t('plan.loading')}</p>
        ) : (
          <form class="plan-form" noValidate onSubmit={save}>
            <KeptDraftOffer
              kept={kept}
              // The plan as typed, over an empty one, so a field the draft lacks is there and empty.
              onRestore={(typed) => change(() => ({ ...emptyPlan(), ...(typed.plan as Partial<SafetyPlan>) }))}
              focus={focusFirstGroup}
            />
            <p class="hint">{content.intro}</p>
            {content.groups.map((group) => (
              <details key={group.id} class="plan-group" data-group={group.id}>
                <summary>{group.title}</summary>
                <p class="hint">{group.intro}</p>
                {group.notes && (
                  <ul class="plan-notes">
                    {group.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                )}
                {group.sections.map((section) =>
                  section.id === 'helpers' || section.id === 'professionals' ? (
                    <PeopleEditor
                      key={section.id}
                      section={section}
                      items={plan[section.id]}
                      rules={rules}
                      onChange={(v) => setList(section.id as PlanSectionId, v)}
                    />
                  ) : (
                    <TextListEditor
                      key={section.id}
                      section={section}
                      items={plan[section.id as Exclude<PlanSectionId, 'helpers' | 'professionals'>]}
                      rules={rules}
                      onChange={(v) => setList(section.id as PlanSectionId, v)}
                    />
                  ),
                )}
              </details>
            ))}
            <details class="plan-group" data-group="checklist">
              <summary>{content.checklist.title}</summary>
              <ChecklistEditor
                items={plan.checklist}
                rules={rules}
                onChange={(update) => change((now) => ({ ...now, checklist: update(now.checklist) }))}
              />
            </details>
            <details class="plan-group" data-group="tech">
              <summary>{content.tech.title}</summary>
              <TechEditor
                done={plan.techDone}
                rules={rules}
                onChange={(update) => change((now) => ({ ...now, techDone: update(now.techDone) }))}
              />
            </details>
            <Sources sources={content.sources} />

            <div class="plan-actions">
              {error && (
                <p key={error.attempt} class="error" role="alert">
                  {t(error.key, { section: fieldTitle(error.field ?? '') })}
                </p>
              )}
              <p class="plan-status" role="status">
                {status && t(status)}
              </p>
              <button type="submit" class="primary" disabled={busy}>
                {busy ? t('plan.saving') : t('plan.save')}
              </button>
              <button type="button" onClick={() => setMode('print')}>
                {t('plan.print')}
              </button>
              <button type="button" onClick={() => setMode('confirm-export')}>
                {t('plan.export')}
              </button>
              {mode === 'confirm-export' && (
                <AlertPanel labelledBy="plan-export-title" describedBy="plan-export-warn">
                  <h2 id="plan-export-title">{t('plan.exportWarnTitle')}</h2>
                  <p id="plan-export-warn">{t('plan.exportWarn')}</p>
                  {dirty && <p class="hint">{t('plan.unsaved')}</p>}
                  <button type="button" class="danger" onClick={exportText}>
                    {t('plan.exportYes')}
                  </button>
                  <button type="button" onClick={() => setMode('edit')}>
                    {t('plan.exportNo')}
                  </button>
                </AlertPanel>
              )}
            </div>
          </form>
        )}
      </main>
    </div>
  );
}
