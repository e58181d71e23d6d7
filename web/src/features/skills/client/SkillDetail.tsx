import type { Skill } from '../../../content/skills';
import { t } from '../../../i18n';
import { EXERCISE_FOR_SKILL, type Exercise } from './exercises';
import { TopBar } from './TopBar';
import './skills.css';

interface Props {
  skill: Skill;
  onBack: () => void;
  /** Opens the skill's guided exercise (shown only for skills that have one). */
  onStart?: (exercise: Exercise) => void;
}

/** One skill: when to use it, a caution if any, its steps and its source. */
export function SkillDetail({ skill, onBack, onStart }: Props) {
  const guided = EXERCISE_FOR_SKILL[skill.id];
  return (
    <div class="screen skills-screen">
      <TopBar title={skill.name} onBack={onBack} />
      <div class="content skill-detail">
        <h2>{t('skills.whenToUse')}</h2>
        <p>{skill.whenToUse}</p>
        {skill.caution && (
          <aside class="notice skill-caution" aria-label={t('skills.caution')}>
            <p>{skill.caution}</p>
          </aside>
        )}
        <h2>{t('skills.steps')}</h2>
        <ol class="skill-steps">
          {skill.steps.map((step, i) => (
            <li key={i}>
              {step.label && <strong class="skill-step-label">{step.label}</strong>}
              <span>{step.text}</span>
            </li>
          ))}
        </ol>
        <h2 class="skill-source-title">{t('skills.source')}</h2>
        <p class="skill-source">{skill.source}</p>
      </div>
      {guided && onStart && (
        <div class="actionbar">
          <button type="button" class="primary" onClick={() => onStart(guided.exercise)}>
            {t(guided.label)}
          </button>
        </div>
      )}
    </div>
  );
}
