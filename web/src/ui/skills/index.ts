// The skills library and guided exercises, as self-contained screens. See README.md for how to
// mount them; each takes plain callbacks and owns its own sub-navigation.
export { BreathingExercise } from './BreathingExercise';
export { CalmNow } from './CalmNow';
export { calmJournalLine, CALM_OPTIONS } from './calm';
export { GroundingStepper } from './GroundingStepper';
export { EXERCISE_FOR_SKILL, type Exercise } from './exercises';
export { SkillDetail } from './SkillDetail';
export { SkillsScreen } from './SkillsScreen';
export { WalkThrough, type WalkThroughSkillId } from './WalkThrough';
export { PromptsScreen } from './PromptsScreen';
