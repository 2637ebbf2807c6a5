export { decide, evidenceNeeded, type ItemVerdict, type Verdict } from './decide';
export {
  codeScanningSeverity,
  describeRange,
  evaluateChecks,
  evaluateDocs,
  evaluateReleaseNotes,
  evaluateReviews,
  evaluateSecurity,
  unavailable,
  type CheckRunInfo,
  type CodeScanningAlertInfo,
  type CommitStatusInfo,
  type DependabotAlertInfo,
  type EvidenceDetail,
  type EvidenceResult,
  type MergedPullInfo,
  type ReleaseRangeInfo,
} from './evidence';
export { readTicks, type ChecklistDocument, type ItemTicks, type TickState } from './read';
export { failureMessage, summaryIntro, summaryRows, summaryTitle, unmetItems, type ChecklistReport } from './render';
