// The commits and pull requests of a release range, read the cheaper of two ways:
//  - from its pull requests (merged-pulls.ts), the first-parent line rebuilt from them
//    (first-parent.ts), and only the commits no pull request merged read one by one
//    (commit-runs.ts): ⌈N/100⌉ pages for N pull requests, plus one for direct pushes;
//  - from its history, every commit (release-history.ts): ⌈C/100⌉ pages for C commits.
// The first is tried when the range is over a page of commits and ends at a known previous
// release; whenever it cannot account for every commit of the range, the second reads it.

import { readCommitRuns } from './commit-runs';
import type { RunContext } from './context';
import { firstParentLine } from './first-parent';
import type { GitHubClient } from './gateway/client';
import { GitHubApiError } from './gateway/failure';
import { mergedPullsSince } from './merged-pulls';
import { type HistoryCommit, releaseHistory } from './release-history';

export interface ReleaseChanges {
  /** Newest first; from pull requests, the first-parent line only (see first-parent.ts). */
  commits: HistoryCommit[];
  /** Commits in the range. */
  commitCount: number;
  /** How they were read, and why not from pull requests when that was tried and given up. */
  readFrom: 'pull requests' | 'history';
  gaveUp?: string;
  requests: number;
  points: number;
}

interface ReleaseChangesRange {
  toSha: string;
  from?: { sha: string; commitsSince?: number; committedAt?: string };
}

const PAGE_SIZE = 100;
/** Rounds of commit runs before the history is read instead: each round fills the gaps the one before revealed. */
const MAX_RUN_ROUNDS = 3;

export async function releaseChanges(
  client: GitHubClient,
  context: RunContext,
  range: ReleaseChangesRange,
  options: { withFiles: boolean },
): Promise<ReleaseChanges> {
  const cost = { requests: 0, points: 0 };
  const onPage = (page: { points: number }) => {
    cost.requests++;
    cost.points += page.points;
  };
  const { from } = range;
  let gaveUp: string | undefined;
  // A range of one page reads no cheaper from its pull requests.
  if (from?.commitsSince !== undefined && from.committedAt && from.commitsSince > PAGE_SIZE) {
    const input = { ...range, from: { sha: from.sha, commitsSince: from.commitsSince, committedAt: from.committedAt } };
    const line = await fromPullRequests(client, context, input, { withFiles: options.withFiles, onPage }).catch(searchFailure);
    if ('commits' in line) return { commits: line.commits, commitCount: from.commitsSince, readFrom: 'pull requests', ...cost };
    gaveUp = line.reason;
  }
  const commits = await releaseHistory(client, context, range.toSha, from?.sha, {
    withFiles: options.withFiles,
    commitsInRange: from?.commitsSince,
    onPage,
  });
  return { commits, commitCount: commits.length, readFrom: 'history', ...(gaveUp ? { gaveUp } : {}), ...cost };
}

/**
 * GitHub answering a search or a run with errors (a search that timed out, a token search is
 * not open to) is a reason to read the history, not to fail: the history is the exact way.
 */
function searchFailure(error: unknown): { reason: string } {
  // An exhausted rate limit is not: the history would spend more of it.
  if (error instanceof GitHubApiError && error.failure.kind === 'graphql' && !error.failure.errors.some((problem) => problem.type === 'RATE_LIMITED'))
    return { reason: error.message.replace(/\.$/, '') };
  throw error;
}

async function fromPullRequests(
  client: GitHubClient,
  context: RunContext,
  range: { toSha: string; from: { sha: string; commitsSince: number; committedAt: string } },
  options: { withFiles: boolean; onPage: (page: { points: number }) => void },
): Promise<{ commits: HistoryCommit[] } | { reason: string }> {
  const { sha: base, commitsSince: aheadBy, committedAt } = range.from;
  // Never more search pages than the history would take.
  const atMost = Math.ceil(aheadBy / PAGE_SIZE) * PAGE_SIZE;
  const found = await mergedPullsSince(client, context, { withFiles: options.withFiles, mergedSince: committedAt, atMost, onPage: options.onPage });
  if ('tooMany' in found) return { reason: `${found.tooMany} pull requests were merged since the previous release, more than its ${aheadBy} commits` };
  const commits = new Map<string, HistoryCommit>();
  const requested = new Set<string>();
  for (let round = 0; ; round++) {
    const line = firstParentLine({ target: range.toSha, base, aheadBy, pulls: found.pulls, commits });
    if (line.kind === 'complete') return { commits: line.commits };
    if (line.kind === 'unexplained') return { reason: line.reason };
    const missing = line.missing.filter((start) => !requested.has(start.oid));
    if (missing.length === 0 || round === MAX_RUN_ROUNDS)
      return { reason: `commit ${line.missing[0]?.oid.slice(0, 7)} of the first-parent line could not be read` };
    for (const start of missing) requested.add(start.oid);
    for (const commit of await readCommitRuns(client, context, missing, { onPage: options.onPage })) commits.set(commit.oid, commit);
  }
}
