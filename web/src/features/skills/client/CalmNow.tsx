import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { errorCode } from '../../../worker/errors';
import { messageForCode } from '../../../kit/errors';
import { calmJournalLine, CALM_OPTIONS } from './calm';
import { ExerciseView } from './ExerciseView';
import { HelpNowNote } from './HelpNowNote';
import { IntensityScale } from './IntensityScale';
import type { Exercise } from './exercises';
import { TopBar } from './TopBar';
import './skills.css';

interface Props {
  onBack: () => void;
  /** Opens the whole skills library; when given, an "All skills" button is shown. */
  onOpenSkills?: () => void;
  /** Opens the crisis lines; when given, a "Help now" button is shown. */
  onHelpNow?: () => void;
  /** The worker says the vault is locked while saving: show the unlock screen. */
  onLocked?: () => void;
}

type Stage = { kind: 'choose' } | { kind: 'exercise'; exercise: Exercise } | { kind: 'after'; exercise: Exercise };

/** "I need to calm down now": the fastest exercises on one screen, with an optional 0-10 before and after. */
export function CalmNow({ onBack, onOpenSkills, onHelpNow, onLocked }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [before, setBefore] = useState<number | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const [save, setSave] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  function restart() {
    setAfter(null);
    setSave(false);
    setError(null);
    setStage({ kind: 'choose' });
  }

  async function finish(exercise: Exercise) {
    if (!save) return onBack();
    setSaving(true);
    setError(null);
    try {
      await vaultApi().saveEntry({ text: calmJournalLine(exercise, before, after) });
      onBack();
    } catch (e) {
      const code = errorCode(e);
      if (code === 'locked' && onLocked) return onLocked();
      setError(messageForCode(code));
      setSaving(false);
    }
  }

  if (stage.kind === 'exercise') {
    return (
      <ExerciseView
        exercise={stage.exercise}
        onBack={() => setStage({ kind: 'choose' })}
        onDone={() => setStage({ kind: 'after', exercise: stage.exercise })}
      />
    );
  }

  if (stage.kind === 'after') {
    return (
      <div class="screen skills-screen">
        <TopBar title={t('calm.afterTitle')} onBack={restart} />
        <div class="content">
          {before !== null && <p>{t('calm.beforeWas', { value: before })}</p>}
          <IntensityScale legend={t('calm.after')} name="intensity-after" value={after} onChange={setAfter} />
          <label class="check">
            <input type="checkbox" checked={save} onChange={(e) => setSave(e.currentTarget.checked)} aria-describedby="calm-save-hint" />
            <span>{t('calm.saveToJournal')}</span>
          </label>
          <p id="calm-save-hint" class="hint">
            {t('calm.saveHint')}
          </p>
          <p class="error" role="alert">
            {error && t(error)}
          </p>
        </div>
        <div class="actionbar row">
          <button type="button" onClick={restart}>
            {t('calm.another')}
          </button>
          <button type="button" class="primary" disabled={saving} onClick={() => void finish(stage.exercise)}>
            {saving ? t('calm.saving') : t('calm.done')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div class="screen skills-screen">
      <TopBar title={t('calm.title')} onBack={onBack} />
      <div class="content">
        <p>{t('calm.intro')}</p>
        <IntensityScale legend={t('calm.before')} name="intensity-before" value={before} onChange={setBefore} />
        <ul class="calm-options" aria-label={t('calm.optionsLabel')}>
          {CALM_OPTIONS.map((option) => (
            <li key={option.exercise}>
              <button type="button" class="calm-option" onClick={() => setStage({ kind: 'exercise', exercise: option.exercise })}>
                <span class="calm-option-name">{t(option.name)}</span>
                <span class="calm-option-about">{t(option.about)}</span>
              </button>
            </li>
          ))}
        </ul>
        <HelpNowNote onHelpNow={onHelpNow} />
        {onOpenSkills && (
          <button type="button" class="calm-all-skills" onClick={onOpenSkills}>
            {t('calm.allSkills')}
          </button>
        )}
      </div>
    </div>
  );
}
