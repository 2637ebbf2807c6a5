export { BUILT_IN_INCIDENT_TEMPLATE, incidentBody, incidentTitle, type IncidentFacts } from './incident';
export {
  rollbackFailure,
  rollbackIntro,
  rollbackOutputs,
  rollbackRows,
  rollbackTitle,
  type RollbackReport,
  type RollbackResult,
  type RollbackStep,
  type StepResult,
} from './render';
export { classifyTarget, findRollbackTarget, type DeploymentRecord, type RollbackTarget, type StatusReader } from './target';
