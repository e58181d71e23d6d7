// "When to walk away": tick what is true, see what it suggests (the core's
// rule), then Help now first and the safety plan second. A danger answer puts the urgent
// message (and any advice of its own, such as seeing a doctor after strangulation) above
// everything and moves focus to it. The answers are saved, encrypted, only when the person
// presses "Save my answers".
import { useEffect, useRef, useState } from 'preact/hooks';
import { walkAway } from '../../../content/walk-away';
import { t, type MessageKey } from '../../../i18n';
import type { WalkAwayOutcome } from '../../../worker/generated/model';
import { vaultApi } from '../../../worker/client';
import { ScreenHeader } from '../../../kit/ScreenHeader';
import { useFailure } from '../../../kit/useFailure';
import { KeptChecks } from './KeptChecks';
import { Sources } from './Sources';
import './plan.css';

interface Props {
  onLock: () => void;
  onLocked: () => void;
  onPlan: () => void;
  onHelp: () => void;
}

export function WalkAwayScreen({ onLock, onLocked, onPlan, onHelp }: Props) {
  const [ids, setIds] = useState<readonly string[] | null>(null);
  const [yes, setYes] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<WalkAwayOutcome | null>(null);
  const firstHeading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const { error, fail } = useFailure(onLocked);

  useEffect(() => {
    vaultApi().walkAwayQuestions().then(setIds, fail);
  }, []);

  function toggle(id: string, on: boolean) {
    setYes(on ? [...yes, id] : yes.filter((y) => y !== id));
    setOutcome(null);
    setStatus(null);
  }

  // The first thing to read after "See what my answers suggest": the urgent message when
  // there is one, else the result.
  useEffect(() => {
    if (outcome) firstHeading.current?.focus();
  }, [outcome]);

  async function show(event: Event) {
    event.preventDefault();
    try {
      setOutcome(await vaultApi().walkAwayResult(yes));
    } catch (e) {
      fail(e);
    }
  }

  async function save() {
    try {
      const saved = await vaultApi().saveWalkAwayCheck(yes);
      setStatus(saved.ok ? 'walkaway.saved' : 'walkaway.notSaved');
    } catch (e) {
      fail(e);
    }
  }

  const text = outcome ? walkAway.results[outcome.result] : undefined;
  const actions: Record<string, { label: string; go: () => void }> = {
    helpNow: { label: t('nav.help'), go: onHelp },
    safetyPlan: { label: t('plan.open'), go: onPlan },
  };
  return (
    <div class="screen walkaway-screen">
      <ScreenHeader heading="walkaway.title" onLock={onLock} />
      <main class="content">
        <p class="hint">{walkAway.intro}</p>
        {error && (
          <p key={error.attempt} class="error" role="alert">
            {t(error.key)}
          </p>
        )}
        {ids && (
          <form class="plan-form" noValidate onSubmit={show}>
            <fieldset class="plan-check">
              <legend>{t('walkaway.legend')}</legend>
              {ids.map((id) => (
                <label key={id} class="plan-toggle plan-reminder">
                  <input type="checkbox" checked={yes.includes(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />
                  {walkAway.questions[id] ?? id}
                </label>
              ))}
            </fieldset>
            <button type="submit" class="primary">
              {t('walkaway.show')}
            </button>
          </form>
        )}
        {outcome && text && (
          <section class="walkaway-result" aria-labelledby="walkaway-first">
            {outcome.urgent && (
              <div class="walkaway-urgent">
                <h2 id="walkaway-first" ref={firstHeading} tabIndex={-1}>
                  {walkAway.urgent.title}
                </h2>
                <p>{walkAway.urgent.body}</p>
                {outcome.advice.map((id) => {
                  const advice = walkAway.advice[id];
                  return advice ? (
                    <div key={id} class="walkaway-advice">
                      <h3>{advice.title}</h3>
                      <p>{advice.body}</p>
                    </div>
                  ) : null;
                })}
              </div>
            )}
            {outcome.urgent ? (
              <h3>{text.title}</h3>
            ) : (
              <h2 id="walkaway-first" ref={firstHeading} tabIndex={-1}>
                {text.title}
              </h2>
            )}
            <p>{text.body}</p>
            <div class="plan-actions">
              {outcome.actions.map((id, i) => {
                const action = actions[id];
                return action ? (
                  <button key={id} type="button" class={i === 0 ? 'primary' : undefined} onClick={action.go}>
                    {action.label}
                  </button>
                ) : null;
              })}
              <button type="button" onClick={() => void save()}>
                {t('walkaway.save')}
              </button>
              <p class="hint">{t('walkaway.saveHint')}</p>
              <p class="plan-status" role="status">
                {status && t(status)}
              </p>
            </div>
          </section>
        )}
        <KeptChecks refresh={status} fail={fail} />
        <Sources sources={walkAway.sources} />
      </main>
    </div>
  );
}
