// GitHub Deployments: the history of an environment (read lazily, newest first, over
// GraphQL with each deployment's statuses), the statuses of a deployment, and the one writer
// of deployment statuses.
import type { RunContext } from './context';
import { DEPLOYMENT_HISTORY_QUERY, type DeploymentHistoryPage, type DeploymentStatusNode } from './deployments-query';
import type { GitHubClient } from './gateway/client';

export interface DeploymentRecord {
  id: number;
  sha: string;
  /** The branch or tag it was made from; the commit itself when it was made from a SHA. */
  ref: string;
  createdAt: string;
  /** Its states, newest first, when the page that listed it held them all (else read on their own). */
  statuses?: string[];
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/** 20,000 deployments, as far as the REST pages went: far beyond a last good deployment, short of an endless history. */
const MAX_PAGES = 200;

/**
 * An environment's deployments, newest first, 100 a GraphQL page with their statuses: read
 * only as far as the caller goes (one request a page, however many deployments it visits).
 */
export async function* environmentDeployments(client: GitHubClient, context: RunContext, environment: string): AsyncGenerator<DeploymentRecord> {
  let after: string | null = null;
  const cursors = new Set<string>();
  for (;;) {
    const page: DeploymentHistoryPage = await client.graphql<DeploymentHistoryPage>(DEPLOYMENT_HISTORY_QUERY, { owner: context.owner, repo: context.repo, environment, after }, 'deployments: read');
    const deployments = page.repository?.deployments;
    if (!deployments) throw new Error(`repository ${context.owner}/${context.repo} was not found`);
    for (const node of deployments.nodes) {
      if (!node) continue;
      // GraphQL's Int holds 32 bits: an id it cannot carry is null, and a deployment without its id cannot be written to.
      if (node.databaseId === null) throw new Error(`GitHub's GraphQL API gave a deployment of ${environment} (commit ${node.commitOid.slice(0, 7)}) without its id`);
      const all = node.statuses && node.statuses.totalCount <= node.statuses.nodes.length;
      yield {
        id: node.databaseId,
        sha: node.commitOid,
        ref: node.ref?.name ?? node.commitOid,
        createdAt: node.createdAt,
        ...(all ? { statuses: newestFirst(node.latestStatus, node.statuses?.nodes ?? []) } : {}),
      };
    }
    const { hasNextPage, endCursor } = deployments.pageInfo;
    if (!hasNextPage || !endCursor) return;
    // A cursor seen before would read the same deployments again, forever.
    if (cursors.has(endCursor)) throw new Error(`GitHub's deployments of ${environment} returned the cursor of a page already read; stopped paging`);
    if (cursors.size + 1 >= MAX_PAGES) throw new Error(`the deployments of ${environment} go on past ${MAX_PAGES * 100}; stopped reading (a history this long is not read in one step)`);
    cursors.add(endCursor);
    after = endCursor;
  }
}

/**
 * The states as the REST API spells them (GraphQL's SUCCESS is REST's success), newest
 * first: the latest status first, whatever order the connection used, then the rest by time.
 */
function newestFirst(latest: DeploymentStatusNode | null, nodes: readonly DeploymentStatusNode[]): string[] {
  const rest = [...nodes].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)).map((node) => node.state.toLowerCase());
  if (!latest) return rest;
  const state = latest.state.toLowerCase();
  const index = rest.indexOf(state);
  if (index >= 0) rest.splice(index, 1);
  return [state, ...rest];
}

/**
 * A deployment's states, newest first: those its history page carried, else (more than
 * STATUSES_PER_DEPLOYMENT of them) every status read over REST, once and only when asked for.
 */
export function deploymentStatusReader(client: GitHubClient, context: RunContext): (deployment: DeploymentRecord) => Promise<string[]> {
  const cache = new Map<number, Promise<string[]>>();
  return (deployment) => {
    if (deployment.statuses) return Promise.resolve([...deployment.statuses]);
    if (!cache.has(deployment.id)) {
      cache.set(
        deployment.id,
        client
          .all('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: context.owner, repo: context.repo, deployment_id: deployment.id }, 'deployments: read')
          .then((statuses) => statuses.map((status) => status.state)),
      );
    }
    return cache.get(deployment.id) as Promise<string[]>;
  };
}

export function getDeployment(client: GitHubClient, context: RunContext, deploymentId: number) {
  return client.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}', { owner: context.owner, repo: context.repo, deployment_id: deploymentId }, 'deployments: read');
}

/** Records a state on a deployment, linked to this run, so GitHub's Deployments view tells the story. */
export async function setDeploymentStatus(client: GitHubClient, context: RunContext, deploymentId: number, state: DeploymentState, description: string): Promise<void> {
  await client.request(
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    { owner: context.owner, repo: context.repo, deployment_id: deploymentId, state, log_url: context.runUrl, description: description.slice(0, 140) },
    'deployments: write',
  );
}
