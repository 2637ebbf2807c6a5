// The pull requests merged since a moment, by GraphQL search: 100 a page, each with what the
// first-parent line needs (its merge commit's parents, its commit count). GitHub pages a
// search only to its first 1,000 results, so longer lists are read in windows of creation
// time: sorted oldest first, each window starts after the last pull request the one before
// it read. Search is an index and may lag or give up: nothing read here is trusted to be
// complete; the first-parent line (first-parent.ts) proves or refutes it.
import type { RunContext } from './context';
import type { GitHubClient } from './gateway/client';
import { mergedPullsPageCost, mergedPullsQuery } from './history-query';
import { type PullInfo, type PullNode, pullInfo } from './release-history';

export interface MergedPull {
  pull: PullInfo;
  createdAt: string;
  /** The merge commit's parents, the first parent first. */
  mergeParents: string[];
  /** The pull request's own commits, as GitHub counts them. */
  commitCount: number;
}

type SearchNode = PullNode & {
  createdAt: string;
  mergeCommit: { oid: string; parents?: { nodes: Array<{ oid: string }> } } | null;
  commits: { totalCount: number };
};

interface SearchPage {
  search: {
    issueCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    /** An issue the search found would come as {} (only pull requests are selected); is:pr keeps them out. */
    nodes: SearchNode[];
  };
}

const PAGE_SIZE = 100;
/** GitHub serves the first 1,000 results of a search, however many it counts. */
const SEARCH_RESULT_CAP = 1000;

interface MergedPullsOptions {
  withFiles: boolean;
  /** An ISO 8601 instant: pull requests merged at or after it. */
  mergedSince: string;
  /** More than this many found: nothing is read past the first page, and `tooMany` says how many. */
  atMost: number;
  onPage?: (page: { points: number }) => void;
}

type MergedPulls = { pulls: MergedPull[] } | { tooMany: number };

export async function mergedPullsSince(client: GitHubClient, context: RunContext, options: MergedPullsOptions): Promise<MergedPulls> {
  const query = mergedPullsQuery(options.withFiles);
  const found = new Map<number, MergedPull>();
  let createdAfter: string | undefined;
  for (;;) {
    const search = [`repo:${context.owner}/${context.repo}`, 'is:pr', 'is:merged', `merged:>=${options.mergedSince}`, 'sort:created-asc'];
    if (createdAfter) search.push(`created:>${createdAfter}`);
    // The first window counts them all; the later ones only what is left.
    const window = await readWindow(client, query, search.join(' '), options, createdAfter ? Number.POSITIVE_INFINITY : options.atMost);
    if ('tooMany' in window) return window;
    const before = found.size;
    for (const pull of window.pulls) found.set(pull.pull.number, pull);
    // A whole window: nothing left past its end. A capped one: go on after its last pull request,
    // unless it brought nothing new (a window that cannot advance would be read forever).
    const last = window.pulls.at(-1);
    if (!window.capped || !last || found.size === before) return { pulls: [...found.values()] };
    createdAfter = last.createdAt;
  }
}

/** One window: its pages until the search ends or reaches GitHub's cap; only its first when it counts more than `atMost`. */
async function readWindow(
  client: GitHubClient,
  query: string,
  search: string,
  options: MergedPullsOptions,
  atMost: number,
): Promise<{ pulls: MergedPull[]; capped: boolean } | { tooMany: number }> {
  const pulls: MergedPull[] = [];
  let after: string | null = null;
  for (let read = 0; read < SEARCH_RESULT_CAP; read += PAGE_SIZE) {
    const page: SearchPage = await client.graphql<SearchPage>(query, { search, after, pageSize: PAGE_SIZE }, 'pull-requests: read');
    options.onPage?.({ points: mergedPullsPageCost(PAGE_SIZE, options.withFiles) });
    if (read === 0 && page.search.issueCount > atMost) return { tooMany: page.search.issueCount };
    for (const node of page.search.nodes) {
      if (typeof node.number !== 'number' || !node.mergeCommit) continue;
      pulls.push({
        pull: pullInfo(node),
        createdAt: node.createdAt,
        mergeParents: (node.mergeCommit.parents?.nodes ?? []).map((parent) => parent.oid),
        commitCount: node.commits.totalCount,
      });
    }
    const { hasNextPage, endCursor } = page.search.pageInfo;
    if (!hasNextPage || !endCursor || endCursor === after) return { pulls, capped: pulls.length < page.search.issueCount };
    after = endCursor;
  }
  return { pulls, capped: true };
}
