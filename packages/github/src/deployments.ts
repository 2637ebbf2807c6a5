// GitHub Deployments: the history of an environment (read lazily, newest first, over
// GraphQL with each deployment's statuses), the statuses of a deployment, and the one writer
// of deployment statuses.
import type { RunContext } from './context';
import { DEPLOYMENT_HISTORY_QUERY, type DeploymentHistoryPage, type DeploymentStatusNode } from './deployments-query';
import type { GitHubClient } from './gateway/client';
import { GitHubApiError } from './gateway/failure';

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
 * GraphQL gives a deployment's id as a 32-bit Int: should GitHub's ids outgrow it (the field
 * then comes back null, or the query with an error about it), the rest is read over REST.
 */
export async function* environmentDeployments(client: GitHubClient, context: RunContext, environment: string): AsyncGenerator<DeploymentRecord> {
  let read = 0;
  for await (const record of graphqlDeployments(client, context, environment)) {
    if (record === ID_OUT_OF_RANGE) {
      yield* restDeployments(client, context, environment, read);
      return;
    }
    read++;
    yield record;
  }
}

const ID_OUT_OF_RANGE = Symbol('a deployment id GraphQL cannot carry');

async function* graphqlDeployments(client: GitHubClient, context: RunContext, environment: string): AsyncGenerator<DeploymentRecord | typeof ID_OUT_OF_RANGE> {
  let after: string | null = null;
  const cursors = new Set<string>();
  for (;;) {
    const page = await historyPage(client, context, environment, after);
    if (page === ID_OUT_OF_RANGE) return yield ID_OUT_OF_RANGE;
    const deployments = page.repository?.deployments;
    if (!deployments) throw new Error(`repository ${context.owner}/${context.repo} was not found`);
    for (const node of deployments.nodes) {
      if (!node) continue;
      if (node.databaseId === null) return yield ID_OUT_OF_RANGE;
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
    if (cursors.size + 1 >= MAX_PAGES)
      throw new Error(`the deployments of ${environment} go on past ${MAX_PAGES * 100}; stopped reading (a history this long is not read in one step)`);
    cursors.add(endCursor);
    after = endCursor;
  }
}

async function historyPage(client: GitHubClient, context: RunContext, environment: string, after: string | null) {
  try {
    return await client.graphql<DeploymentHistoryPage>(
      DEPLOYMENT_HISTORY_QUERY,
      { owner: context.owner, repo: context.repo, environment, after },
      'deployments: read',
    );
  } catch (error) {
    const idError =
      error instanceof GitHubApiError &&
      error.failure.kind === 'graphql' &&
      error.failure.errors.some((entry) => /databaseId|32-bit/i.test(entry.message ?? ''));
    if (idError) return ID_OUT_OF_RANGE;
    throw error;
  }
}

/** The REST history (a page of 100 deployments a request, statuses read on their own), from the `skip`th deployment on. */
async function* restDeployments(client: GitHubClient, context: RunContext, environment: string, skip: number): AsyncGenerator<DeploymentRecord> {
  let index = 0;
  for await (const page of client.pages(
    'GET /repos/{owner}/{repo}/deployments',
    { owner: context.owner, repo: context.repo, environment },
    'deployments: read',
  )) {
    for (const deployment of page) {
      if (index++ >= skip) yield { id: deployment.id, sha: deployment.sha, ref: deployment.ref, createdAt: deployment.created_at };
    }
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
          .all(
            'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
            { owner: context.owner, repo: context.repo, deployment_id: deployment.id },
            'deployments: read',
          )
          .then((statuses) => statuses.map((status) => status.state)),
      );
    }
    return cache.get(deployment.id) as Promise<string[]>;
  };
}

export function getDeployment(client: GitHubClient, context: RunContext, deploymentId: number) {
  return client.request(
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}',
    { owner: context.owner, repo: context.repo, deployment_id: deploymentId },
    'deployments: read',
  );
}

/** Records a state on a deployment, linked to this run, so GitHub's Deployments view tells the story. */
export async function setDeploymentStatus(
  client: GitHubClient,
  context: RunContext,
  deploymentId: number,
  state: DeploymentState,
  description: string,
): Promise<void> {
  await client.request(
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    { owner: context.owner, repo: context.repo, deployment_id: deploymentId, state, log_url: context.runUrl, description: description.slice(0, 140) },
    'deployments: write',
  );
}
