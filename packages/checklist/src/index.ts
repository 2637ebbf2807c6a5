export { describeDocuments, describeEvidence, describeTicks, describeVerdicts } from './describe';
export { checklistComplete, decide, evidenceNeeded, type ItemVerdict, type Verdict } from './decide';
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
} from './evidence/index';
export { readTicks, type ChecklistDocument, type ItemTicks, type TickState } from './read';
export { checklistStepReport, type ChecklistReport, type IgnoredComment } from './render';
