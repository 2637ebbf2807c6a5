export { commentDecision, editedAfterPosting, nearMissReason, type CommentDecision } from './comments';
export { approvalRequiredFor, type ChangedFile, type GuardDecision } from './guard';
export { isBot, loginMatches, nonHumanReason, sameLogin, type Account } from './identity';
export {
  DEFAULT_ROLE_PERMISSION,
  describeJudgement,
  distinctAccepted,
  judgeApprovers,
  judgeCandidate,
  roleRules,
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
export { approvalStepReport, type ApprovalReport } from './render';
export { independentApprovers, reduceReviews, type Review } from './reviews';
