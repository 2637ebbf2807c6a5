// The commits of a release, newest first, with their pull requests: read from the GraphQL
// history of the target, 100 commits a request, until the previous release's commit. One
// page replaces 100 REST calls for the commits' pull requests and as many for reviews.
import { shortSha } from '@release-governance/render';
import type { RunContext } from './context';
import type { GitHubClient } from './gateway/client';
import { releaseHistoryPageCost, releaseHistoryQuery } from './history-query';

export interface PullInfo {
  number: number;
  title: string;
  body: string;
  url: string;
  mergedAt: string | null;
  mergeCommitOid?: string;
  /** The branch it was merged into, and the branch it was merged from. */
  baseRefName?: string;
  headRefName?: string;
  author: { login: string; type: string };
  authorAssociation: string;
  labels: string[];
  /** Every review, chronological. */
  reviews: { login: string; type: string; state: string }[];
  /** Empty unless the history was read `withFiles`. */
  files: string[];
}

export interface HistoryCommit {
  oid: string;
  message: string;
  url: string;
  author?: string;
  /** Its parents' oids, the first parent first (empty when not read). */
  parents: string[];
  pulls: PullInfo[];
}

const PAGE_SIZE = 100;
/** 20,000 commits: far beyond a release, short of an endless history. */
const MAX_PAGES = 200;

/** A pull request as the ReleasePull fragment reads it. */
export interface PullNode {
  number: number;
  title: string;
  body: string;
  url: string;
  mergedAt: string | null;
  baseRefName?: string;
  headRefName?: string;
  authorAssociation: string;
  author: { __typename: string; login: string } | null;
  mergeCommit: { oid: string } | null;
  /** Not read for the pull requests of a commit run (history-query.ts, PULL_REFERENCE). */
  labels?: { nodes: Array<{ name: string }> } | null;
  reviews?: { nodes: Array<{ state: string; author: { __typename: string; login: string } | null }> } | null;
  files?: { nodes: Array<{ path: string }> } | null;
}

/** A commit as the ReleaseCommit fragment reads it. */
export interface CommitNode {
  oid: string;
  message: string;
  url: string;
  author: { name: string | null; user: { login: string } | null } | null;
  parents: { nodes: Array<{ oid: string }> } | null;
  associatedPullRequests: { nodes: PullNode[] } | null;
}

interface HistoryPage {
  repository: {
    object: {
      history: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: CommitNode[];
      };
    } | null;
  } | null;
}

export interface ReleaseHistoryOptions {
  /** Read each pull request's files (for path filters); they add a third of a page's cost. */
  withFiles?: boolean;
  /**
   * How many commits the range holds (the compare's ahead_by), when known: the pages then
   * stop at exactly that many, rather than reading one more page to meet the previous
   * release's commit.
   */
  commitsInRange?: number;
  /** Told of each page read, with its cost in GitHub's rate-limit points. */
  onPage?: (page: { commits: number; points: number }) => void;
}

export async function releaseHistory(
  client: GitHubClient,
  context: RunContext,
  toSha: string,
  fromSha: string | undefined,
  options: ReleaseHistoryOptions = {},
): Promise<HistoryCommit[]> {
  const withFiles = options.withFiles ?? false;
  const query = releaseHistoryQuery(withFiles);
  const commits: HistoryCommit[] = [];
  let after: string | null = null;
  const cursors = new Set<string>();
  for (;;) {
    if (cursors.size >= MAX_PAGES)
      throw new Error(
        `the history of ${shortSha(toSha)} goes on past ${MAX_PAGES * PAGE_SIZE} commits without reaching the previous release; set the \`from\` input`,
      );
    const wanted = options.commitsInRange === undefined ? PAGE_SIZE : Math.min(PAGE_SIZE, options.commitsInRange - commits.length);
    if (wanted <= 0) return commits;
    const page: HistoryPage = await client.graphql<HistoryPage>(
      query,
      { owner: context.owner, repo: context.repo, to: toSha, after, pageSize: wanted },
      'contents: read',
    );
    const history = page.repository?.object?.history;
    if (!history) throw new Error(`commit ${shortSha(toSha)} was not found in ${context.owner}/${context.repo}`);
    options.onPage?.({ commits: history.nodes.length, points: releaseHistoryPageCost(wanted, withFiles) });
    for (const node of history.nodes) {
      if (node.oid === fromSha) return commits;
      commits.push(historyCommit(node));
    }
    if (options.commitsInRange !== undefined && commits.length >= options.commitsInRange) return commits;
    if (!history.pageInfo.hasNextPage || !history.pageInfo.endCursor) {
      if (fromSha) throw new Error(`the previous release's commit ${shortSha(fromSha)} is not in the history of ${shortSha(toSha)}`);
      return commits;
    }
    // A cursor seen before would read the same commits again, forever.
    if (cursors.has(history.pageInfo.endCursor))
      throw new Error(`GitHub's history of ${shortSha(toSha)} returned the cursor of a page already read; stopped paging`);
    cursors.add(history.pageInfo.endCursor);
    after = history.pageInfo.endCursor;
  }
}

/** A commit as the notes and the checklist evidence use it. */
export function historyCommit(node: CommitNode): HistoryCommit {
  return {
    oid: node.oid,
    message: node.message,
    url: node.url,
    author: node.author?.user?.login,
    parents: (node.parents?.nodes ?? []).map((parent) => parent.oid),
    pulls: (node.associatedPullRequests?.nodes ?? []).map(pullInfo),
  };
}

/** A pull request as the notes and the checklist evidence use it. */
export function pullInfo(pull: PullNode): PullInfo {
  return {
    number: pull.number,
    title: pull.title,
    body: pull.body,
    url: pull.url,
    mergedAt: pull.mergedAt,
    mergeCommitOid: pull.mergeCommit?.oid,
    ...(pull.baseRefName ? { baseRefName: pull.baseRefName } : {}),
    ...(pull.headRefName ? { headRefName: pull.headRefName } : {}),
    author: { login: pull.author?.login ?? 'ghost', type: pull.author?.__typename ?? 'User' },
    authorAssociation: pull.authorAssociation,
    labels: (pull.labels?.nodes ?? []).map((label) => label.name),
    reviews: (pull.reviews?.nodes ?? []).flatMap((review) =>
      review.author ? [{ login: review.author.login, type: review.author.__typename, state: review.state }] : [],
    ),
    files: (pull.files?.nodes ?? []).map((file) => file.path),
  };
}
