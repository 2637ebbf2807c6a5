export { BUILT_IN_INCIDENT_TEMPLATE, incidentBody, incidentTitle, type IncidentFacts } from './incident';
export { rollbackSucceeded, type RollbackResult } from './outcome';
export { rollbackStepReport, type RollbackReport, type RollbackStep, type StepResult } from './render';
export { classifyTarget, findRollbackTarget, type DeploymentRecord, type RollbackTarget, type StatusReader } from './target';
