export { checklistComplete, decide, evidenceNeeded, type Verdict } from './decide';
export { describeDocuments, describeEvidence, describeTicks, describeVerdicts } from './describe';
// Each kind of evidence and how it is judged: evidence/<kind>.ts.
export * from './evidence/index';
export { type ChecklistDocument, type ItemTicks, readTicks } from './read';
export { type ChecklistReport, checklistStepReport, type IgnoredComment } from './render';
