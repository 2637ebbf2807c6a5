// The rollback's own writes and lookups in GitHub Deployments: the `target` input resolved
// to a commit, a tag for the commit, and the deploy:rollback deployment itself.
import { type GitHubClient, getDeployment, isNotFound, type RunContext, resolveCommit, tagAt } from '@release-governance/github';
import { classifyTarget, type DeploymentRecord } from '@release-governance/rollback';

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
      const data = await getDeployment(client, context, classified.id);
      if (data.environment !== environment) {
        throw new Error(`input \`target\`: deployment ${classified.id} is of environment ${data.environment}, not ${environment}`);
      }
      return { sha: data.sha, ref: data.ref, deploymentId: data.id };
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  const sha = await resolveCommit(client, context, target);
  if (!sha) throw new Error(`input \`target\`: "${target}" is not a deployment id of ${environment}, a tag or a commit of ${context.owner}/${context.repo}`);
  return { sha, ref: target };
}

/**
 * What the deploy command is told to deploy: a reference that cannot move under the
 * rollback. A branch (the usual `ref` of a deployment) may already point at the bad commit,
 * so it is the commit's tag when one points at it, else the SHA itself.
 */
export async function immutableRef(client: GitHubClient, context: RunContext, sha: string, named: string): Promise<string> {
  return (await tagAt(client, context, sha, named)) ?? sha;
}

export async function createRollbackDeployment(
  client: GitHubClient,
  context: RunContext,
  options: { environment: string; sha: string; reason: string; from?: DeploymentRecord },
): Promise<number> {
  const data = await client.request(
    'POST /repos/{owner}/{repo}/deployments',
    {
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
    },
    'deployments: write',
  );
  if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no reason given'}`);
  return data.id;
}
