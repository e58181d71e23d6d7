export { IncidentScreen } from './IncidentScreen';
