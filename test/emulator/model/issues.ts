/**
 * Issues (a pull request is one too, as on GitHub) and their conversation: lookups, derived
 * times, GitHub's state reasons and the time of every comment.
 */
import { oneMinuteAfter, stableId } from './ids';
import type { Pull } from './pulls';
import { findPull, numberedClosedAt, numberedCreatedAt } from './pulls';
import type { EmulatorState } from './state';

export type Issue = EmulatorState['issues'][number];

/** The id of comment `index` on issue/PR `number`, when the state gives none. */
export const commentId = (number: number, index: number) => stableId(`comment:${number}:${index}`);

export function findIssue(state: EmulatorState, number: string | number | undefined): Issue | undefined {
  return state.issues.find((issue) => String(issue.number) === String(number));
}

/** Issue `number`, else the pull request of that number seen as an issue. */
export function findIssueOrPull(state: EmulatorState, number: string | number | undefined): Issue | Pull | undefined {
  return findIssue(state, number) ?? findPull(state, number);
}

/** The issue-only fields of an issue, none for a pull request seen as an issue. */
export function issueFields(issue: Issue | Pull): Partial<Issue> {
  return 'head_sha' in issue ? {} : issue;
}

/** When the issue (or pull request) was created: the state's time, else one derived from its number. */
export function issueCreatedAt(issue: Issue | Pull): string {
  return issueFields(issue).created_at ?? numberedCreatedAt(issue.number);
}

export function issueUpdatedAt(issue: Issue | Pull): string {
  return issueFields(issue).updated_at ?? issueCreatedAt(issue);
}

/** When the issue was closed: the state's time, else the pull's merge, else derived; null while open. */
export function issueClosedAt(issue: Issue | Pull, pull: Pull | undefined): string | null {
  if (issue.state !== 'closed') return null;
  return issueFields(issue).closed_at ?? pull?.merged_at ?? numberedClosedAt(issue.number);
}

/** GitHub's reason: 'completed' unless another was given once closed; only 'reopened' survives reopening. */
export function stateReason(issue: Issue | Pull): string | null {
  const stored = issueFields(issue).state_reason;
  if (issue.state === 'closed') return stored && stored !== 'reopened' ? stored : 'completed';
  return stored === 'reopened' ? 'reopened' : null;
}

/**
 * The created_at of each comment on issue/PR `number`: its own, else one minute after the
 * comment before it (the first: one minute after the issue was created). For fixture issues
 * this is the issue's time + (index + 1) minutes; for issues and comments POSTed at "now",
 * comments tests push later are dated after them, so pollers using `since` see them. Stable
 * across requests as long as earlier comments are not removed.
 */
export function commentTimes(state: EmulatorState, number: number): string[] {
  const issue = findIssueOrPull(state, number);
  let previous = issue ? issueCreatedAt(issue) : numberedCreatedAt(number);
  return (state.comments[number] ?? []).map((comment) => (previous = comment.created_at ?? oneMinuteAfter(previous)));
}
