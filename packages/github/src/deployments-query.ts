// The GraphQL query rollback reads an environment's deployment history with: 100 deployments a
// page, newest first, each with its latest status and its first statuses. One page replaces
// the REST page of 100 deployments and the 100 REST reads of their statuses. Its cost in
// rate-limit points comes from the same numbers the query is written with
// (deploymentHistoryConnections), so the two cannot drift apart.
import { type ConnectionSpec, graphqlCost } from './graphql-cost';

const DEPLOYMENTS_PER_PAGE = 100;

/**
 * Statuses read with each deployment. Rollback needs a deployment's latest state and whether
 * it ever succeeded. A deployment's life is a handful of statuses: waiting (a protection rule),
 * queued, in_progress, success, then failure (smoke-test) or inactive (retired): 10 holds every
 * one of them with room to spare. A deployment with more is read whole over REST on its own, so
 * correctness never depends on this number. It does not change the page's points either (the
 * statuses connection costs one request per deployment whatever its size, and has no
 * connection inside); it only bounds the answer, at 1,000 status nodes a page.
 */
export const STATUSES_PER_DEPLOYMENT = 10;

/** The bound a page stays under, in GitHub's rate-limit points. */
export const DEPLOYMENT_HISTORY_PAGE_POINTS = 1;

/** The connections of one page, as GitHub counts them for its cost: 1 + 100 requests, 1 point. */
export function deploymentHistoryConnections(pageSize = DEPLOYMENTS_PER_PAGE): ConnectionSpec[] {
  return [{ field: 'deployments', size: pageSize, connections: [{ field: 'statuses', size: STATUSES_PER_DEPLOYMENT }] }];
}

/** The points a page costs. */
export const deploymentHistoryPageCost = (pageSize = DEPLOYMENTS_PER_PAGE) => graphqlCost(deploymentHistoryConnections(pageSize));

/**
 * `ref` is null for a deployment made from a SHA (and for one whose branch or tag is gone): the
 * reader then uses the commit. `statuses` is in GitHub's order; the reader does not rely on it
 * (latestStatus says which is newest).
 */
export const DEPLOYMENT_HISTORY_QUERY = /* GraphQL */ `
  query EnvironmentDeployments($owner: String!, $repo: String!, $environment: String!, $after: String) {
    repository(owner: $owner, name: $repo) {
      deployments(environments: [$environment], first: ${DEPLOYMENTS_PER_PAGE}, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          databaseId
          commitOid
          ref {
            name
          }
          createdAt
          latestStatus {
            state
            createdAt
          }
          statuses(first: ${STATUSES_PER_DEPLOYMENT}) {
            totalCount
            nodes {
              state
              createdAt
            }
          }
        }
      }
    }
  }
`;

export interface DeploymentStatusNode {
  /** DeploymentStatusState: ERROR, FAILURE, INACTIVE, IN_PROGRESS, PENDING, QUEUED, SUCCESS, WAITING. */
  state: string;
  createdAt: string;
}

export interface DeploymentHistoryPage {
  repository: {
    deployments: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        databaseId: number | null;
        commitOid: string;
        ref: { name: string } | null;
        createdAt: string;
        latestStatus: DeploymentStatusNode | null;
        statuses: { totalCount: number; nodes: DeploymentStatusNode[] } | null;
      } | null>;
    };
  } | null;
}
