// GitHub Deployments: the history of an environment (read lazily, newest first), the
// statuses of a deployment, and the one writer of deployment statuses.
import type { RunContext } from './context';
import type { GitHubClient } from './gateway/client';

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  createdAt: string;
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/** An environment's deployments, newest first, a page at a time: read only as far as the caller goes. */
export async function* environmentDeployments(client: GitHubClient, context: RunContext, environment: string): AsyncGenerator<DeploymentRecord> {
  for await (const page of client.pages('GET /repos/{owner}/{repo}/deployments', { owner: context.owner, repo: context.repo, environment }, 'deployments: read')) {
    for (const deployment of page) yield { id: deployment.id, sha: deployment.sha, ref: deployment.ref, createdAt: deployment.created_at };
  }
}

/** A deployment's states, newest first; each deployment read once and only when asked for. */
export function deploymentStatusReader(client: GitHubClient, context: RunContext): (deployment: DeploymentRecord) => Promise<string[]> {
  const cache = new Map<number, Promise<string[]>>();
  return (deployment) => {
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
