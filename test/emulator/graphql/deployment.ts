/**
 * Resolvers of GitHub Deployments in GraphQL: Repository.deployments (environments, orderBy,
 * connection paging), Deployment, DeploymentStatus and the Ref a deployment was made from. They
 * read model/deployments.ts, as the REST routes do, so both APIs tell the same history.
 */
import type { Deployment } from '../model/deployments';
import { deploymentCreatedAt, deploymentRef, deploymentsByCreation, statusId, statusTimes } from '../model/deployments';
import { WORKFLOW_BOT } from '../model/people';
import type { EmulatorState } from '../model/state';
import { isObject, nodeId } from '../shapes';
import type { PageArgs } from './connections';
import { GitHubGraphqlError, paginate } from './connections';
import type { DeploymentModel, DeploymentStatusModel, RefModel, Resolvers } from './models';
import { actor, commitModel } from './models';

const deploymentModel = (deployment: Deployment): DeploymentModel => ({ kind: 'Deployment', deployment });

/** Repository.deployments: GitHub's default order is CREATED_AT ascending (oldest first). */
export function repositoryDeployments(state: EmulatorState, args: Record<string, unknown>) {
  const order = isObject(args.orderBy) ? args.orderBy : {};
  if (order.field !== undefined && order.field !== 'CREATED_AT')
    throw new GitHubGraphqlError('INVALID_ARGUMENTS', `Deployments cannot be ordered by ${String(order.field)}.`, true);
  const environments = Array.isArray(args.environments) ? (args.environments as string[]) : undefined;
  const deployments = deploymentsByCreation(state, environments, order.direction === 'DESC' ? 'DESC' : 'ASC');
  return paginate(deployments.map(deploymentModel), args as PageArgs, 'deployments');
}

/**
 * A deployment's statuses, newest first as REST lists them (GitHub does not document the
 * GraphQL connection's order; the suite's reader does not depend on it).
 */
function statusModels(deployment: Deployment): DeploymentStatusModel[] {
  return deployment.statuses.map((_, index): DeploymentStatusModel => ({ kind: 'DeploymentStatus', deployment, index })).reverse();
}

/** The payload as GraphQL's String gives it: the JSON text of the object REST shows. */
const payloadText = (deployment: Deployment) => (typeof deployment.payload === 'string' ? deployment.payload : JSON.stringify(deployment.payload ?? {}));

export const deployment: Resolvers<DeploymentModel> = {
  id: ({ deployment: source }) => nodeId('Deployment', source.id),
  // GraphQL's Int is 32 bits: a larger id is a null field and an error entry, as the spec has any server answer.
  databaseId: ({ deployment: source }) => {
    if (source.id > 2 ** 31 - 1) throw new GitHubGraphqlError('INTERNAL', `Int cannot represent non 32-bit signed integer value: ${source.id}`);
    return source.id;
  },
  commitOid: ({ deployment: source }) => source.sha,
  commit: ({ deployment: source }) => commitModel(source.sha),
  ref: ({ deployment: source }, _args, ctx): RefModel | null => {
    const ref = deploymentRef(ctx.shape.state, source);
    return ref ? { kind: 'Ref', ...ref } : null;
  },
  task: ({ deployment: source }) => source.task,
  description: ({ deployment: source }) => source.description ?? null,
  payload: ({ deployment: source }) => payloadText(source),
  environment: ({ deployment: source }) => source.environment,
  latestEnvironment: ({ deployment: source }) => source.environment,
  originalEnvironment: ({ deployment: source }) => source.original_environment ?? source.environment,
  creator: ({ deployment: source }, _args, ctx) => actor(ctx.shape.state, source.creator ?? WORKFLOW_BOT),
  createdAt: ({ deployment: source }) => deploymentCreatedAt(source),
  updatedAt: ({ deployment: source }) => statusTimes(source).at(-1) ?? deploymentCreatedAt(source),
  latestStatus: ({ deployment: source }) => statusModels(source)[0] ?? null,
  statuses: ({ deployment: source }, args) => paginate(statusModels(source), args as PageArgs, 'statuses'),
};

const statusOf = (source: DeploymentStatusModel) => source.deployment.statuses[source.index] as Deployment['statuses'][number];
const statusTime = (source: DeploymentStatusModel) => statusTimes(source.deployment)[source.index] ?? deploymentCreatedAt(source.deployment);

export const deploymentStatus: Resolvers<DeploymentStatusModel> = {
  id: (source) => nodeId('DeploymentStatus', statusId(source.deployment, source.index)),
  // REST's lower-case states, upper-case in GraphQL's DeploymentStatusState.
  state: (source) => statusOf(source).state.toUpperCase(),
  description: (source) => statusOf(source).description ?? null,
  environment: (source) => statusOf(source).environment ?? source.deployment.environment,
  logUrl: (source) => statusOf(source).log_url ?? null,
  environmentUrl: (source) => statusOf(source).environment_url ?? null,
  creator: (source, _args, ctx) => actor(ctx.shape.state, statusOf(source).creator ?? WORKFLOW_BOT),
  createdAt: (source) => statusTime(source),
  updatedAt: (source) => statusTime(source),
  deployment: (source) => deploymentModel(source.deployment),
};

export const ref: Resolvers<RefModel> = {
  id: (source) => nodeId('Ref', `${source.prefix}${source.name}`),
  name: (source) => source.name,
  prefix: (source) => source.prefix,
  target: (source) => commitModel(source.sha),
};
