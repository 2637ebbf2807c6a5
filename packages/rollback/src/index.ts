export { BUILT_IN_INCIDENT_TEMPLATE, incidentBody, incidentTitle } from './incident';
export { rollbackSucceeded, type RollbackResult } from './outcome';
export { rollbackStepReport, type RollbackReport, type RollbackStep } from './render';
export { classifyTarget, findRollbackTarget, type DeploymentRecord } from './target';
