export { commentDecision, editedAfterPosting, nearMissReason } from './comments';
export { approvalRequiredFor, type GuardDecision } from './guard';
export { type Account, isBot, sameLogin } from './identity';
export {
  type Decision,
  describeJudgement,
  type Exclusions,
  type Judgement,
  judgeCandidate,
  type Permission,
  type RoleDirectory,
  type RoleRules,
  roleRules,
  tallyDecisions,
} from './judge';
export { type ApprovalReport, approvalStepReport } from './render';
export { independentApprovers, type Review, reduceReviews } from './reviews';
