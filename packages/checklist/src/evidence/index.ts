export { type CheckRunInfo, type CommitStatusInfo, evaluateChecks } from './checks';
export { evaluateDocs } from './docs';
export { evaluateReleaseNotes } from './release-notes';
export { describeRange, type EvidenceDetail, type EvidenceResult, type ReleaseRangeInfo, unavailable } from './result';
export { evaluateReviews, type MergedPullInfo } from './reviews';
export { type CodeScanningAlertInfo, codeScanningSeverity, type DependabotAlertInfo, evaluateSecurity } from './security';
