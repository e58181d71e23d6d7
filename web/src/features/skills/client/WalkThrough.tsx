import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { skillById } from '../../../content/skills';
import { t } from '../../../i18n';
import { TopBar } from './TopBar';
import './skills.css';

/** The skills that have a step-by-step walk-through. */
export type WalkThroughSkillId = 'tipp' | 'stop';

interface StepperProps {
  skillId: string;
  onBack: () => void;
  onDone: () => void;
  /** Extra content under step `index` (e.g. the grounding counters). */
  extra?: (index: number) => ComponentChildren;
}

/** One step of a skill per screen, with Previous / Next; step changes are announced. */
export function SkillStepper({ skillId, onBack, onDone, extra }: StepperProps) {
  const skill = skillById(skillId);
  const [index, setIndex] = useState(0);
  const nextButton = useRef<HTMLButtonElement>(null);
  const total = skill.steps.length;
  const step = skill.steps[index];
  const last = index === total - 1;

  function previous() {
    setIndex((i) => Math.max(0, i - 1));
    // "Previous" is disabled on the first step; keep focus on a live button.
    if (index === 1) nextButton.current?.focus();
  }

  return (
    <div class="screen skills-screen">
      <TopBar title={skill.name} onBack={onBack} />
      <div class="content">
        {index === 0 && skill.caution && (
          <aside class="notice skill-caution" aria-label={t('skills.caution')}>
            <p>{skill.caution}</p>
          </aside>
        )}
        <section class="walk-step" aria-live="polite" aria-atomic="true">
          <p class="walk-count">{t('walk.stepOf', { n: index + 1, total })}</p>
          {step?.label && <h2>{step.label}</h2>}
          <p class="walk-text">{step?.text}</p>
        </section>
        {extra?.(index)}
      </div>
      <div class="actionbar row">
        <button type="button" disabled={index === 0} onClick={previous}>
          {t('walk.previous')}
        </button>
        <button type="button" class="primary" ref={nextButton} onClick={() => (last ? onDone() : setIndex(index + 1))}>
          {last ? t('walk.finish') : t('walk.next')}
        </button>
      </div>
    </div>
  );
}

interface Props {
  skillId: WalkThroughSkillId;
  onBack: () => void;
  /** Called from "Finish" on the last step; defaults to onBack. */
  onDone?: () => void;
}

/** TIPP or STOP, one step at a time, from the skills library. */
export function WalkThrough({ skillId, onBack, onDone = onBack }: Props) {
  return <SkillStepper key={skillId} skillId={skillId} onBack={onBack} onDone={onDone} />;
}
