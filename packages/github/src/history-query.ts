// The GraphQL selections release-notes reads a range with. Two ways in (release-changes.ts):
//  - the merged pull requests, by search, 100 a page, each with its merge commit's parents and
//    its commit count (mergedPullsQuery), and then only the commits no pull request merged
//    (commitRunsQuery): ⌈N/100⌉ pages for N pull requests;
//  - or every commit of the history, each with its pull requests (releaseHistoryQuery):
//    ⌈C/100⌉ pages for C commits, the exact walk when the first cannot account for the range.
// Each query's cost in rate-limit points comes from the same numbers it is written with
// (the *Connections functions), so the two cannot drift apart.
import { type ConnectionSpec, graphqlCost } from './graphql-cost';

/**
 * Pull requests read per commit, oldest first (the field's default order, CREATED_AT ASC), so
 * the pull request that merged a commit of the default branch comes first; a second one covers
 * a pull request opened earlier from the same branch. Each one more would add 300 requests
 * (3 points) to every page.
 */
const PULLS_PER_COMMIT = 2;
const LABELS_PER_PULL = 50;
const REVIEWS_PER_PULL = 100;
const FILES_PER_PULL = 100;
/** A merge commit has two parents; an octopus merge more, which the chain never follows. */
const PARENTS_PER_COMMIT = 2;

/** The bound every page of either way stays under, in GitHub's rate-limit points. */
export const RELEASE_HISTORY_PAGE_POINTS = 10;

const pullConnections = (withFiles: boolean): ConnectionSpec[] => [
  { field: 'labels', size: LABELS_PER_PULL },
  { field: 'reviews', size: REVIEWS_PER_PULL },
  ...(withFiles ? [{ field: 'files', size: FILES_PER_PULL }] : []),
];

const commitConnections = (withFiles: boolean): ConnectionSpec[] => [
  { field: 'parents', size: PARENTS_PER_COMMIT },
  { field: 'associatedPullRequests', size: PULLS_PER_COMMIT, connections: pullConnections(withFiles) },
];

/** The connections of one page of history, as GitHub counts them for its cost. */
export function releaseHistoryConnections(pageSize: number, withFiles: boolean): ConnectionSpec[] {
  return [{ field: 'history', size: pageSize, connections: commitConnections(withFiles) }];
}

/** The points a page of `pageSize` commits costs. */
export const releaseHistoryPageCost = (pageSize: number, withFiles: boolean) => graphqlCost(releaseHistoryConnections(pageSize, withFiles));

/** The connections of one page of merged pull requests (`commits(first: 1)` is read for its totalCount). */
export function mergedPullsConnections(pageSize: number, withFiles: boolean): ConnectionSpec[] {
  return [
    {
      field: 'search',
      size: pageSize,
      connections: [...pullConnections(withFiles), { field: 'parents', size: PARENTS_PER_COMMIT }, { field: 'commits', size: 1 }],
    },
  ];
}

export const mergedPullsPageCost = (pageSize: number, withFiles: boolean) => graphqlCost(mergedPullsConnections(pageSize, withFiles));

/**
 * The connections of one request for runs of commits, `sizes` commits from each start. A run's
 * pull requests are read without their labels, reviews or files: a run holds commits no pull
 * request in the search merged, and a pull request it reveals sends the read back to the
 * history (first-parent.ts), so those would never be used.
 */
export function commitRunsConnections(sizes: readonly number[]): ConnectionSpec[] {
  return sizes.map((size) => ({
    field: 'history',
    size,
    connections: [
      { field: 'parents', size: PARENTS_PER_COMMIT },
      { field: 'associatedPullRequests', size: PULLS_PER_COMMIT },
    ],
  }));
}

export const commitRunsCost = (sizes: readonly number[]) => graphqlCost(commitRunsConnections(sizes));

/** Which pull request it is, and where it was merged from and into: fields, no connection (see commitRunsConnections). */
const PULL_REFERENCE = 'number title body url mergedAt baseRefName headRefName authorAssociation author { __typename login } mergeCommit { oid }';

/** What is read of each pull request: enough to categorise it, credit it and judge its reviews. */
const pullFragment = (withFiles: boolean) => /* GraphQL */ `
fragment ReleasePull on PullRequest {
  ${PULL_REFERENCE}
  labels(first: ${LABELS_PER_PULL}) { nodes { name } }
  reviews(first: ${REVIEWS_PER_PULL}) { nodes { state author { __typename login } } }
  ${withFiles ? `files(first: ${FILES_PER_PULL}) { nodes { path } }` : ''}
}`;

/** What is read of each commit: its parents (for the first-parent line) and its pull requests. */
const commitFragment = (pullFields: string) => /* GraphQL */ `
fragment ReleaseCommit on Commit {
  oid
  message
  url
  author { name user { login } }
  parents(first: ${PARENTS_PER_COMMIT}) { nodes { oid } }
  associatedPullRequests(first: ${PULLS_PER_COMMIT}) { nodes { ${pullFields} } }
}`;

/** A page of the target's history; files are asked for only when path filters use them. */
export function releaseHistoryQuery(withFiles: boolean): string {
  return /* GraphQL */ `
query ReleaseHistory($owner: String!, $repo: String!, $to: String!, $after: String, $pageSize: Int!) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $repo) {
    object(expression: $to) {
      ... on Commit {
        history(first: $pageSize, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { ...ReleaseCommit }
        }
      }
    }
  }
}
${commitFragment('...ReleasePull')}
${pullFragment(withFiles)}`;
}

/** A page of the pull requests a search finds, with what the first-parent line needs of each. */
export function mergedPullsQuery(withFiles: boolean): string {
  return /* GraphQL */ `
query MergedPulls($search: String!, $after: String, $pageSize: Int!) {
  rateLimit { cost remaining }
  search(query: $search, type: ISSUE, first: $pageSize, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ... on PullRequest {
        ...ReleasePull
        createdAt
        mergeCommit { parents(first: ${PARENTS_PER_COMMIT}) { nodes { oid } } }
        commits(first: 1) { totalCount }
      }
    }
  }
}
${pullFragment(withFiles)}`;
}

/** Runs of commits, `sizes[i]` of the history from `$oid<i>`, in one request. */
export function commitRunsQuery(sizes: readonly number[]): string {
  const variables = sizes.map((_, index) => `, $oid${index}: GitObjectID!`).join('');
  const runs = sizes.map(
    (size, index) => `run${index}: object(oid: $oid${index}) { ... on Commit { history(first: ${size}) { nodes { ...ReleaseCommit } } } }`,
  );
  return /* GraphQL */ `
query CommitRuns($owner: String!, $repo: String!${variables}) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $repo) {
    ${runs.join('\n    ')}
  }
}
${commitFragment(PULL_REFERENCE)}`;
}

/** The full query (with files), as the emulator's tests validate it. */
export const RELEASE_HISTORY_QUERY = releaseHistoryQuery(true);
