export { PlanScreen } from './PlanScreen';
export { WalkAwayScreen } from './WalkAwayScreen';
