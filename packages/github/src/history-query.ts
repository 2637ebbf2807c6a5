// The GraphQL query release-notes pages through: a page of the target's history, each commit
// with its pull requests, their labels and reviews (and their files when path filters need
// them). A page of 100 commits replaces 100 REST calls for their pull requests and as many
// again for reviews. Its cost in rate-limit points comes from the same numbers the query is
// written with (releaseHistoryConnections), so the two cannot drift apart.
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

/** The bound a page of 100 commits stays under, in GitHub's rate-limit points. */
export const RELEASE_HISTORY_PAGE_POINTS = 10;

/** The connections of one page, as GitHub counts them for its cost. */
export function releaseHistoryConnections(pageSize: number, withFiles: boolean): ConnectionSpec[] {
  const perPull: ConnectionSpec[] = [
    { field: 'labels', size: LABELS_PER_PULL },
    { field: 'reviews', size: REVIEWS_PER_PULL },
    ...(withFiles ? [{ field: 'files', size: FILES_PER_PULL }] : []),
  ];
  return [{ field: 'history', size: pageSize, connections: [{ field: 'associatedPullRequests', size: PULLS_PER_COMMIT, connections: perPull }] }];
}

/** The points a page of `pageSize` commits costs. */
export const releaseHistoryPageCost = (pageSize: number, withFiles: boolean) => graphqlCost(releaseHistoryConnections(pageSize, withFiles));

/** What is read of each pull request: enough to categorise it, credit it and judge its reviews. */
const PULL_SELECTION = /* GraphQL */ `
  number
  title
  body
  url
  mergedAt
  baseRefName
  authorAssociation
  author { __typename login }
  mergeCommit { oid }
  labels(first: ${LABELS_PER_PULL}) { nodes { name } }
  reviews(first: ${REVIEWS_PER_PULL}) { nodes { state author { __typename login } } }
`;

/** The query; files are asked for only when path filters use them. */
export function releaseHistoryQuery(withFiles: boolean): string {
  const files = withFiles ? `files(first: ${FILES_PER_PULL}) { nodes { path } }` : '';
  return /* GraphQL */ `
  query ReleaseHistory($owner: String!, $repo: String!, $to: String!, $after: String, $pageSize: Int!) {
    rateLimit { cost remaining }
    repository(owner: $owner, name: $repo) {
      object(expression: $to) {
        ... on Commit {
          history(first: $pageSize, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes {
              oid
              message
              url
              author { name user { login } }
              associatedPullRequests(first: ${PULLS_PER_COMMIT}) {
                nodes {
                  ${PULL_SELECTION}
                  ${files}
                }
              }
            }
          }
        }
      }
    }
  }
`;
}

/** The full query (with files), as the emulator's tests validate it. */
export const RELEASE_HISTORY_QUERY = releaseHistoryQuery(true);
