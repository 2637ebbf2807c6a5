export { BUILT_IN_INCIDENT_TEMPLATE, incidentBody, incidentTitle } from './incident';
export { type RollbackResult, rollbackSucceeded } from './outcome';
export { type RollbackReport, type RollbackStep, rollbackStepReport } from './render';
export { classifyTarget, type DeploymentRecord, findRollbackTarget } from './target';
