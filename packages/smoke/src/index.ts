export { commandFailures, httpFailures, statusMatches, type CommandObservation, type HttpObservation } from './assert';
export { queryJson } from './jsonpath';
export { planChecks, redact, type CheckPlan, type CommandPlan, type HttpPlan, type Plans } from './plan';
export { smokeFailure, smokeIntro, smokeOutputs, smokeRows, smokeTitle, type SmokeReport } from './render';
export { backoffDelay, runSuite, type CheckResult, type Probes, type SuiteOptions } from './suite';
export { verifyService, type Verification } from './verify';
