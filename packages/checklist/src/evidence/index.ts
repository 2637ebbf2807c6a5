export { evaluateChecks } from './checks';
export { evaluateDocs } from './docs';
export { evaluateReleaseNotes } from './release-notes';
export { type EvidenceResult, unavailable } from './result';
export { evaluateReviews } from './reviews';
export { type CodeScanningAlertInfo, type DependabotAlertInfo, evaluateSecurity } from './security';
