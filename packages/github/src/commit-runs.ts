// Runs of commits read by their first oid: the commits of a range that no pull request in
// the search merged (direct pushes, the rebased commits of a pull request, a pull request
// the search missed), each run `size` commits of history long, as many runs a request as
// fit under a page's cost bound.
import type { RunContext } from './context';
import type { GitHubClient } from './gateway/client';
import { commitRunsCost, commitRunsQuery, RELEASE_HISTORY_PAGE_POINTS } from './history-query';
import { type CommitNode, type HistoryCommit, historyCommit } from './release-history';

export interface RunStart {
  oid: string;
  /** Commits of history to read from it (1–100). */
  size: number;
}

type RunsAnswer = { repository: Record<string, { history?: { nodes: CommitNode[] } } | null> | null };

/** The runs' commits (in no particular order); a start GitHub does not know reads nothing. */
export async function readCommitRuns(
  client: GitHubClient,
  context: RunContext,
  starts: readonly RunStart[],
  options: { onPage?: (page: { points: number }) => void },
): Promise<HistoryCommit[]> {
  const commits: HistoryCommit[] = [];
  for (const batch of batches(starts)) {
    const sizes = batch.map((start) => start.size);
    const variables: Record<string, unknown> = { owner: context.owner, repo: context.repo };
    batch.forEach((start, index) => {
      variables[`oid${index}`] = start.oid;
    });
    const answer = await client.graphql<RunsAnswer>(commitRunsQuery(sizes), variables, 'contents: read');
    options.onPage?.({ points: commitRunsCost(sizes) });
    for (const run of Object.values(answer.repository ?? {})) for (const node of run?.history?.nodes ?? []) commits.push(historyCommit(node));
  }
  return commits;
}

/** The starts in requests that each stay under the page bound. */
function batches(starts: readonly RunStart[]): RunStart[][] {
  const result: RunStart[][] = [];
  let current: RunStart[] = [];
  for (const start of starts) {
    const sized = { oid: start.oid, size: Math.min(100, Math.max(1, start.size)) };
    if (current.length > 0 && commitRunsCost([...current, sized].map((run) => run.size)) > RELEASE_HISTORY_PAGE_POINTS) {
      result.push(current);
      current = [];
    }
    current.push(sized);
  }
  if (current.length > 0) result.push(current);
  return result;
}
