export { commandFailures, httpFailures, statusMatches, type CommandObservation, type HttpObservation } from './assert';
export { compileJsonPath, queryJson, type JsonNode } from './jsonpath';
export { planChecks, withoutCredentials, type CheckPlan, type CommandPlan, type HttpPlan, type Plans } from './plan';
export { maskForms, redact, secretForms } from './secrets';
export { attemptLine, criticalFailures, smokeReport, smokeStepReport, smokeTitle, type SmokeReport } from './render';
export { backoffDelay, runSuite, type AttemptEvent, type CheckResult, type Probes, type SuiteOptions } from './suite';
export { verifyService, type Verification } from './verify';
