/**
 * Deployments and their statuses: lookups, derived times and ids, the commit checks GitHub
 * verifies before deploying, and the environment moves and `auto_inactive` of new statuses.
 */
import { isoSeconds, stableId, timestamp } from './ids';
import type { EmulatorState, EmulatorUser } from './state';

export type Deployment = EmulatorState['deployments'][number];
export type DeploymentStatus = Deployment['statuses'][number];

export function findDeployment(state: EmulatorState, id: string | undefined): Deployment | undefined {
  return state.deployments.find((deployment) => String(deployment.id) === id);
}

export function nextDeploymentId(state: EmulatorState): number {
  return state.deployments.length ? Math.max(...state.deployments.map((deployment) => deployment.id)) + 1 : 1000;
}

/** GitHub's default: only an environment called "production" is a production environment. */
export function isProduction(deployment: Deployment): boolean {
  return deployment.production_environment ?? deployment.environment === 'production';
}

export const deploymentCreatedAt = (deployment: Deployment) => deployment.created_at ?? timestamp(deployment.id);

/** Each status's time: its own, else one minute after the status (or deployment) before it. */
export function statusTimes(deployment: Deployment): string[] {
  const times: string[] = [];
  for (const status of deployment.statuses) {
    const previous = times.at(-1) ?? deploymentCreatedAt(deployment);
    times.push(status.created_at ?? isoSeconds(new Date(Date.parse(previous) + 60_000)));
  }
  return times;
}

/**
 * The deployments of `environments` (every environment when absent), by creation time, ties
 * by id: GraphQL's Repository.deployments (orderBy CREATED_AT).
 */
export function deploymentsByCreation(state: EmulatorState, environments: string[] | undefined, direction: 'ASC' | 'DESC'): Deployment[] {
  const sign = direction === 'DESC' ? -1 : 1;
  const time = (deployment: Deployment) => Date.parse(deploymentCreatedAt(deployment));
  return state.deployments
    .filter((deployment) => !environments || environments.includes(deployment.environment))
    .sort((a, b) => sign * (time(a) - time(b) || a.id - b.id));
}

/**
 * The branch or tag a deployment was made from, as GraphQL's Deployment.ref gives it (short
 * name and prefix); undefined for a deployment made from a SHA, or from a ref that is gone.
 */
export function deploymentRef(state: EmulatorState, deployment: Deployment): { name: string; prefix: string; sha: string } | undefined {
  const ref = deployment.ref.replace(/^refs\//, '');
  const branch = ref.replace(/^heads\//, '');
  const branchSha = state.branches[branch] ?? (branch === state.repo.defaultBranch ? state.commits.at(-1)?.sha : undefined);
  if (branchSha && !ref.startsWith('tags/')) return { name: branch, prefix: 'refs/heads/', sha: branchSha };
  const tag = ref.replace(/^tags\//, '');
  const tagSha = state.tags[tag];
  if (tagSha && !ref.startsWith('heads/')) return { name: tag, prefix: 'refs/tags/', sha: tagSha };
  return undefined;
}

export const statusId = (deployment: Deployment, index: number) => deployment.statuses[index]?.id ?? stableId(`deployment-status:${deployment.id}:${index}`);

/**
 * Each context's state on the commit: the newest commit status per context and the newest
 * check run per name. Only a successful conclusion counts as success: GitHub refuses to
 * deploy over skipped or neutral runs too.
 */
function contextStates(state: EmulatorState, sha: string): Map<string, string> {
  const states = new Map<string, string>();
  for (const status of state.statuses) if (status.sha === sha) states.set(status.context, status.state);
  for (const run of state.checkRuns) {
    if (run.head_sha !== sha) continue;
    states.set(run.name, run.status !== 'completed' ? 'pending' : run.conclusion === 'success' ? 'success' : 'failure');
  }
  return states;
}

/**
 * The contexts GitHub verifies before deploying, with their states, when one is not
 * `success`: all of the commit's contexts when `required_contexts` is omitted, else the
 * listed ones (one not yet submitted counts as pending). `[]` skips the check.
 */
export function failedContexts(state: EmulatorState, sha: string, required: string[] | undefined): Array<{ context: string; state: string }> | undefined {
  const states = contextStates(state, sha);
  const checked = (required ?? [...states.keys()]).map((context) => ({ context, state: states.get(context) ?? 'pending' }));
  return checked.some((context) => context.state !== 'success') ? checked : undefined;
}

/**
 * A status may name another environment, which then becomes the deployment's (the one it
 * was created for stays `original_environment`); without one the previous status's, else
 * the deployment's, is kept.
 */
export function moveToEnvironment(deployment: Deployment, requested: string | undefined): string {
  const environment = requested ?? deployment.statuses.at(-1)?.environment ?? deployment.environment;
  deployment.original_environment ??= deployment.environment;
  deployment.environment = environment;
  return environment;
}

/**
 * `auto_inactive`, as the spec words it: an `inactive` status for every prior (lower id)
 * deployment of the same environment that is neither transient nor production and whose
 * current state is `success`. Production deployments are therefore left as they are.
 */
export function deactivatePrior(state: EmulatorState, deployment: Deployment, at: string, creator: EmulatorUser): void {
  for (const other of state.deployments) {
    if (other.id >= deployment.id || other.environment !== deployment.environment) continue;
    if (other.transient_environment === true || isProduction(other)) continue;
    if (other.statuses.at(-1)?.state !== 'success') continue;
    other.statuses.push({ state: 'inactive', environment: other.environment, created_at: at, creator: { ...creator } });
  }
}
