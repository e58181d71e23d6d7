import { useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { SkillStepper } from './WalkThrough';
import './skills.css';

interface Props {
  onBack: () => void;
  /** Called from "Finish" on the last step; defaults to onBack. */
  onDone?: () => void;
}

/** 5 things you see, 4 you touch, 3 you hear, 2 you smell, 1 you taste. Nothing is saved. */
const COUNTS = [5, 4, 3, 2, 1] as const;

export function GroundingStepper({ onBack, onDone = onBack }: Props) {
  // Only for the person's own counting on this screen; never stored.
  const [found, setFound] = useState<number[]>(COUNTS.map(() => 0));
  const counter = (index: number) => {
    const total = COUNTS[index] ?? 0;
    const have = found[index] ?? 0;
    const toggle = (n: number) => setFound((all) => all.map((v, i) => (i === index ? (v === n ? n - 1 : n) : v)));
    return (
      <div class="grounding-count">
        <p class="hint">{t('grounding.countHint')}</p>
        <div class="grounding-ticks">
          {Array.from({ length: total }, (_, i) => i + 1).map((n) => (
            <button
              key={`${index}-${n}`}
              type="button"
              class="grounding-tick"
              aria-pressed={n <= have}
              aria-label={t('grounding.found', { n, total })}
              onClick={() => toggle(n)}
            >
              {n}
            </button>
          ))}
        </div>
      </div>
    );
  };
  return <SkillStepper skillId="five-senses" onBack={onBack} onDone={onDone} extra={counter} />;
}
