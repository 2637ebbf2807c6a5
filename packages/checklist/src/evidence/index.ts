export { evaluateChecks, type CheckRunInfo, type CommitStatusInfo } from './checks';
export { evaluateDocs } from './docs';
export { evaluateReleaseNotes } from './release-notes';
export { describeRange, unavailable, type EvidenceDetail, type EvidenceResult, type ReleaseRangeInfo } from './result';
export { evaluateReviews, type MergedPullInfo } from './reviews';
export { codeScanningSeverity, evaluateSecurity, type CodeScanningAlertInfo, type DependabotAlertInfo } from './security';
