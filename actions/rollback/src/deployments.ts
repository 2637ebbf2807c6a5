// GitHub Deployments for one environment: read the history, resolve a target, record the
// rollback deployment and its statuses.
import { isApiError, isNotFound, readWithPermission, type GitHubClient, type RunContext } from '@release-governance/github';
import { classifyTarget, type DeploymentRecord, type StatusReader } from '@release-governance/rollback';

export async function environmentDeployments(client: GitHubClient, context: RunContext, environment: string): Promise<DeploymentRecord[]> {
  const deployments = await readWithPermission('deployments', 'deployments: read', () =>
    client.paginate(client.rest.repos.listDeployments, { owner: context.owner, repo: context.repo, environment, per_page: 100 }),
  );
  return deployments.map((deployment) => ({ id: deployment.id, sha: deployment.sha, ref: deployment.ref, createdAt: deployment.created_at }));
}

/** Statuses newest first, read once per deployment and only when asked for. */
export function deploymentStatusReader(client: GitHubClient, context: RunContext): StatusReader {
  const cache = new Map<number, Promise<string[]>>();
  return (deployment) => {
    if (!cache.has(deployment.id)) {
      cache.set(
        deployment.id,
        client
          .paginate(client.rest.repos.listDeploymentStatuses, { owner: context.owner, repo: context.repo, deployment_id: deployment.id, per_page: 100 })
          .then((statuses) => statuses.map((status) => status.state)),
      );
    }
    return cache.get(deployment.id) as Promise<string[]>;
  };
}

/** The `target` input as a commit: a deployment id (of this environment), a tag, or a SHA. */
export async function resolveTargetInput(
  client: GitHubClient,
  context: RunContext,
  environment: string,
  target: string,
): Promise<{ sha: string; ref: string; deploymentId?: number }> {
  const classified = classifyTarget(target);
  if (classified.kind === 'deployment') {
    try {
      const { data } = await client.rest.repos.getDeployment({ owner: context.owner, repo: context.repo, deployment_id: classified.id });
      if (data.environment !== environment) {
        throw new Error(`input \`target\`: deployment ${classified.id} is of environment ${data.environment}, not ${environment}`);
      }
      return { sha: data.sha, ref: data.ref, deploymentId: data.id };
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  try {
    const { data } = await client.rest.repos.getCommit({ owner: context.owner, repo: context.repo, ref: target.trim() });
    return { sha: data.sha, ref: target.trim() };
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 422)) {
      throw new Error(`input \`target\`: "${target}" is not a deployment id of ${environment}, a tag or a commit of ${context.owner}/${context.repo}`);
    }
    throw error;
  }
}

export async function createRollbackDeployment(
  client: GitHubClient,
  context: RunContext,
  options: { environment: string; sha: string; reason: string; from?: DeploymentRecord },
): Promise<number> {
  const { data } = await readWithPermission('deployments', 'deployments: write', () =>
    client.rest.repos.createDeployment({
      owner: context.owner,
      repo: context.repo,
      ref: options.sha,
      task: 'deploy:rollback',
      auto_merge: false,
      // A rollback restores a commit that was already live; its checks must not block it.
      required_contexts: [],
      environment: options.environment,
      description: `Rollback: ${options.reason.replace(/\s+/g, ' ').trim()}`.slice(0, 140),
      payload: {
        reason: options.reason,
        actor: context.actor,
        triggering_actor: context.triggeringActor,
        rolled_back_from: options.from ? { deployment_id: options.from.id, sha: options.from.sha } : null,
        run_url: context.runUrl,
      },
    }),
  );
  if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no reason given'}`);
  return data.id;
}

export async function setDeploymentStatus(
  client: GitHubClient,
  context: RunContext,
  deployment_id: number,
  state: 'in_progress' | 'success' | 'failure' | 'error' | 'inactive',
  description: string,
): Promise<void> {
  await readWithPermission('deployment statuses', 'deployments: write', () =>
    client.rest.repos.createDeploymentStatus({
      owner: context.owner,
      repo: context.repo,
      deployment_id,
      state,
      log_url: context.runUrl,
      description: description.slice(0, 140),
    }),
  );
}
