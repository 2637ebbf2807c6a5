export { type Plans, planChecks, withoutCredentials } from './plan';
export { attemptLine, criticalFailures, type SmokeReport, smokeReport, smokeStepReport, smokeTitle } from './render';
export { verifyService } from './verify';
