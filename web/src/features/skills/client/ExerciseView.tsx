import { BreathingExercise } from './BreathingExercise';
import { GroundingStepper } from './GroundingStepper';
import type { Exercise } from './exercises';
import { WalkThrough } from './WalkThrough';

/** Shows one guided exercise; used by both the skills library and "Calm down now". */
export function ExerciseView({ exercise, onBack, onDone }: { exercise: Exercise; onBack: () => void; onDone: () => void }) {
  switch (exercise) {
    case 'breathing':
      return <BreathingExercise onBack={onBack} onDone={onDone} />;
    case 'grounding':
      return <GroundingStepper onBack={onBack} onDone={onDone} />;
    case 'tipp':
    case 'stop':
      return <WalkThrough skillId={exercise} onBack={onBack} onDone={onDone} />;
  }
}
