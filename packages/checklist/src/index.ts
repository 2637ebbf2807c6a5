export { checklistComplete, decide, evidenceNeeded, type Verdict } from './decide';
export { describeDocuments, describeEvidence, describeTicks, describeVerdicts } from './describe';
export {
  type CodeScanningAlertInfo,
  type DependabotAlertInfo,
  type EvidenceResult,
  evaluateChecks,
  evaluateDocs,
  evaluateReleaseNotes,
  evaluateReviews,
  evaluateSecurity,
  unavailable,
} from './evidence/index';
export { type ChecklistDocument, type ItemTicks, readTicks } from './read';
export { type ChecklistReport, checklistStepReport, type IgnoredComment } from './render';
