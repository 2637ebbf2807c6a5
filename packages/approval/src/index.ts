export { commentDecision, editedAfterPosting, nearMissReason } from './comments';
export { approvalRequiredFor, type GuardDecision } from './guard';
export { isBot, sameLogin, type Account } from './identity';
export {
  describeJudgement,
  judgeCandidate,
  roleRules,
  tallyDecisions,
  type Decision,
  type Exclusions,
  type Judgement,
  type Permission,
  type RoleDirectory,
  type RoleRules,
} from './judge';
export { approvalStepReport, type ApprovalReport } from './render';
export { independentApprovers, reduceReviews, type Review } from './reviews';
