// "When to walk away" (issue 4, part 4): tick what is true, see what it suggests (the core's
// rule), then go to the safety plan or Help now. The answers are saved, encrypted, only when
// the person presses "Save my answers".
import { useEffect, useState } from 'preact/hooks';
import { walkAway } from '../../content/walk-away.en';
import { t, type MessageKey } from '../../i18n';
import { vaultApi } from '../../worker/client';
import { ScreenHeader } from '../ScreenHeader';
import { useFailure } from '../useFailure';
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
  const [result, setResult] = useState<string | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const { error, fail } = useFailure(onLocked);

  useEffect(() => {
    vaultApi().walkAwayQuestions().then(setIds, fail);
  }, []);

  function toggle(id: string, on: boolean) {
    setYes(on ? [...yes, id] : yes.filter((y) => y !== id));
    setResult(null);
    setStatus(null);
  }

  async function show(event: Event) {
    event.preventDefault();
    try {
      setResult(await vaultApi().walkAwayResult(yes));
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

  const text = result ? walkAway.results[result] : undefined;
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
        {text && (
          <section class="walkaway-result" aria-labelledby="walkaway-result" aria-live="polite">
            <h2 id="walkaway-result">{text.title}</h2>
            <p>{text.body}</p>
            <div class="plan-actions">
              <button type="button" class="primary" onClick={onPlan}>
                {t('plan.open')}
              </button>
              <button type="button" onClick={onHelp}>
                {t('nav.help')}
              </button>
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
