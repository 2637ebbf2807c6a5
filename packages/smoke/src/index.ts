export { planChecks, withoutCredentials, type Plans } from './plan';
export { attemptLine, criticalFailures, smokeReport, smokeStepReport, smokeTitle, type SmokeReport } from './render';
export { verifyService } from './verify';
