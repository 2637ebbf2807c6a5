// Pull-request reviews reduced to one standing decision per reviewer.
import { shortSha } from '@release-governance/render';
import { type Account, isBot } from './identity';
import type { Decision, Judgement } from './judge';

export interface Review {
  user: Account;
  state: string;
  commitId: string;
  url?: string;
}

/**
 * Each reviewer's latest deciding review counts (comments do not change a decision): an
 * approval must be of the head commit unless stale approvals are allowed; a dismissed
 * review never counts; changes requested (after an approval or not) are a rejection, which
 * tallyDecisions makes final when the reviewer is a release manager. GitHub keeps a change
 * request standing across pushes, so its commit does not matter.
 */
export function reduceReviews(reviews: Review[], options: { headSha: string; allowStale: boolean }): { decisions: Decision[]; rejected: Judgement[] } {
  const history = new Map<string, Review[]>();
  for (const review of reviews) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    const key = review.user.login.toLowerCase();
    history.set(key, [...(history.get(key) ?? []), review]);
  }
  const decisions: Decision[] = [];
  const rejected: Judgement[] = [];
  for (const own of history.values()) {
    const latest = own[own.length - 1] as Review;
    const base = { login: latest.user.login, via: 'review' as const, url: latest.url };
    const approvedBefore = own.slice(0, -1).some((review) => review.state === 'APPROVED');
    if (latest.state === 'DISMISSED') {
      rejected.push({ ...base, verdict: 'rejected', reason: approvedBefore ? 'approved, but the approval was dismissed' : 'review was dismissed' });
    } else if (latest.state === 'CHANGES_REQUESTED') {
      decisions.push({
        decision: 'deny',
        candidate: { ...base, account: latest.user },
        rejected: approvedBefore ? 'approved, then requested changes' : 'requested changes',
      });
    } else if (latest.state === 'APPROVED') {
      if (!options.allowStale && latest.commitId !== options.headSha) {
        rejected.push({ ...base, verdict: 'rejected', reason: `approved commit ${shortSha(latest.commitId)}, head is ${shortSha(options.headSha)}` });
      } else {
        decisions.push({ decision: 'approve', candidate: { ...base, account: latest.user } });
      }
    }
  }
  return { decisions, rejected };
}

/**
 * Whether a merged change was independently reviewed: reviewers other than the author, and
 * not bots, whose latest deciding review (comments aside) is an approval. verify-checklist's
 * `reviews` evidence and release-notes' governance marks both judge by this one rule.
 */
export function independentApprovers(author: string, reviews: { login: string; type?: string; state: string }[]): string[] {
  const latest = new Map<string, { login: string; state: string }>();
  for (const review of reviews) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    if (isBot(review)) continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()]
    .filter((review) => review.state === 'APPROVED' && review.login.toLowerCase() !== author.toLowerCase())
    .map((review) => review.login);
}
