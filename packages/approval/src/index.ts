export { commentDecision, editedAfterPosting, nearMissReason, type CommentDecision } from './comments';
export { approvalRequiredFor, type ChangedFile, type GuardDecision } from './guard';
export { loginMatches, nonHumanReason, sameLogin, type Account } from './identity';
export {
  DEFAULT_ROLE_PERMISSION,
  describeJudgement,
  distinctAccepted,
  judgeApprovers,
  judgeCandidate,
  tallyDecisions,
  type Decision,
  type Tally,
  type ApprovalCandidate,
  type ApprovalSource,
  type Exclusions,
  type Judgement,
  type Permission,
  type RoleDirectory,
  type RoleRules,
} from './judge';
export { approvalFailure, approvalIntro, approvalOutputs, approvalRows, approvalTitle, type ApprovalReport } from './render';
export { independentApprovers, reduceReviews, type Review } from './reviews';
