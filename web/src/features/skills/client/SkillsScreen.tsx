import { useEffect, useRef, useState } from 'preact/hooks';
import { SKILL_CATEGORIES, skillById, skillLibrary, skillsIn } from '../../../content/skills';
import { t } from '../../../i18n';
import { ExerciseView } from './ExerciseView';
import { HelpNowNote } from './HelpNowNote';
import type { Exercise } from './exercises';
import { SkillDetail } from './SkillDetail';
import { TopBar } from './TopBar';
import './skills.css';

interface Props {
  onBack: () => void;
  /** Opens the crisis lines; when given, a "Help now" button is shown. */
  onHelpNow?: () => void;
}

type View = { kind: 'list' } | { kind: 'skill'; id: string } | { kind: 'exercise'; id: string; exercise: Exercise };

/** The skills library: groups, then one skill, then its guided exercise if it has one. */
export function SkillsScreen({ onBack, onHelpNow }: Props) {
  const [view, setView] = useState<View>({ kind: 'list' });
  // When coming back to the list, put focus on the skill the person had opened.
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (view.kind !== 'list' || returnTo.current === null) return;
    document.getElementById(`skill-${returnTo.current}`)?.focus();
    returnTo.current = null;
  }, [view]);

  if (view.kind === 'exercise') {
    const back = () => setView({ kind: 'skill', id: view.id });
    return <ExerciseView exercise={view.exercise} onBack={back} onDone={back} />;
  }
  if (view.kind === 'skill') {
    return (
      <SkillDetail
        skill={skillById(view.id)}
        onBack={() => {
          returnTo.current = view.id;
          setView({ kind: 'list' });
        }}
        onStart={(exercise) => setView({ kind: 'exercise', id: view.id, exercise })}
      />
    );
  }
  return (
    <div class="screen skills-screen">
      <TopBar title={t('skills.title')} onBack={onBack} />
      <div class="content">
        <p>{t('skills.intro')}</p>
        {SKILL_CATEGORIES.map((category) => {
          const info = skillLibrary.categories[category];
          return (
            <section key={category} class="skill-group" aria-labelledby={`group-${category}`}>
              <h2 id={`group-${category}`}>{info.name}</h2>
              <p class="muted">{info.about}</p>
              <ul class="skill-list" aria-label={t('skills.listLabel', { category: info.name })}>
                {skillsIn(category).map((skill) => (
                  <li key={skill.id}>
                    <button
                      type="button"
                      id={`skill-${skill.id}`}
                      class="skill-item"
                      onClick={() => setView({ kind: 'skill', id: skill.id })}
                    >
                      <span class="skill-item-name">{skill.name}</span>
                      <span class="skill-item-when">{skill.whenToUse}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        <HelpNowNote onHelpNow={onHelpNow} />
      </div>
    </div>
  );
}
