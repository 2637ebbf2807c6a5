export { describeDocuments, describeEvidence, describeTicks, describeVerdicts } from './describe';
export { checklistComplete, decide, evidenceNeeded, type Verdict } from './decide';
export {
  evaluateChecks,
  evaluateDocs,
  evaluateReleaseNotes,
  evaluateReviews,
  evaluateSecurity,
  unavailable,
  type CodeScanningAlertInfo,
  type DependabotAlertInfo,
  type EvidenceResult,
} from './evidence/index';
export { readTicks, type ChecklistDocument, type ItemTicks } from './read';
export { checklistStepReport, type ChecklistReport, type IgnoredComment } from './render';
