/**
 * Deployments and their statuses: list, get and create deployments (refused over failing
 * commit checks), list and create deployment statuses (with `auto_inactive`); the rules
 * live in model/deployments.ts.
 */

import type { Deployment, DeploymentStatus } from '../model/deployments';
import {
  deactivatePrior,
  deploymentCreatedAt,
  failedContexts,
  findDeployment,
  isProduction,
  moveToEnvironment,
  nextDeploymentId,
  statusId,
  statusTimes,
} from '../model/deployments';
import { now } from '../model/ids';
import { WORKFLOW_BOT } from '../model/people';
import { resolveRef } from '../model/refs';
import { documentationUrl } from '../openapi';
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { error, json, notFound, paged, requestBody, validationFailed } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { isObject, itemTemplate, nodeId, repoApi, repoHtml, template, user } from '../shapes';

const DEPLOYMENTS = 'GET /repos/{owner}/{repo}/deployments';
const DEPLOYMENT = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}';
const CREATE = 'POST /repos/{owner}/{repo}/deployments';
const STATUSES = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
const CREATE_STATUS = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';

const STATES: ReadonlyArray<DeploymentStatus['state']> = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
/** The description limit of deployment statuses (the response schema's maxLength). */
const MAX_DESCRIPTION = 140;

/** A non-empty string, else undefined: GitHub treats "" like an omitted URL or name. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const deploymentApi = (deployment: Deployment, ctx: ShapeContext) => `${repoApi(ctx)}/deployments/${deployment.id}`;

/** `updated_at` follows the newest status, as GitHub touches a deployment with each one. */
function deploymentShape(deploymentTemplate: JsonObject, deployment: Deployment, ctx: ShapeContext): JsonObject {
  const api = deploymentApi(deployment, ctx);
  return Object.assign(structuredClone(deploymentTemplate), {
    url: api,
    id: deployment.id,
    node_id: nodeId('Deployment', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload ?? {},
    original_environment: deployment.original_environment ?? deployment.environment,
    environment: deployment.environment,
    description: deployment.description ?? null,
    creator: user(deploymentTemplate.creator, deployment.creator ?? WORKFLOW_BOT, ctx),
    created_at: deploymentCreatedAt(deployment),
    updated_at: statusTimes(deployment).at(-1) ?? deploymentCreatedAt(deployment),
    statuses_url: `${api}/statuses`,
    repository_url: repoApi(ctx),
    transient_environment: deployment.transient_environment ?? false,
    production_environment: isProduction(deployment),
  });
}

/**
 * A status of `deployment`. GitHub sends "" for URLs nobody set, which the schema's `uri`
 * format rejects: unset log and environment URLs are left out, and the required target_url
 * falls back to the environment's deployment log on github.com.
 */
function statusShape(statusTemplate: JsonObject, deployment: Deployment, index: number, time: string, ctx: ShapeContext): JsonObject {
  const status = deployment.statuses[index] as DeploymentStatus;
  const id = statusId(deployment, index);
  const environment = status.environment ?? deployment.environment;
  const activityLog = `${repoHtml(ctx)}/deployments/activity_log?environments_filter=${encodeURIComponent(environment)}`;
  const out = Object.assign(structuredClone(statusTemplate), {
    url: `${deploymentApi(deployment, ctx)}/statuses/${id}`,
    id,
    node_id: nodeId('DeploymentStatus', id),
    state: status.state,
    creator: user(statusTemplate.creator, status.creator ?? WORKFLOW_BOT, ctx),
    description: status.description ?? '',
    environment,
    target_url: status.log_url ?? activityLog,
    created_at: time,
    updated_at: time,
    deployment_url: deploymentApi(deployment, ctx),
    repository_url: repoApi(ctx),
    log_url: status.log_url,
    environment_url: status.environment_url,
  });
  if (!status.log_url) delete out.log_url;
  if (!status.environment_url) delete out.environment_url;
  return out;
}

const FILTERS = ['sha', 'ref', 'task', 'environment'] as const;

/** Exact-match filters, newest (highest id) first. */
function listDeployments(ctx: RouteContext): Reply {
  const matches = ctx.state.deployments.filter((deployment) =>
    FILTERS.every((name) => {
      const wanted = ctx.query.get(name);
      return wanted === null || deployment[name] === wanted;
    }),
  );
  const newest = [...matches].sort((a, b) => b.id - a.id);
  const deploymentTemplate = itemTemplate(DEPLOYMENTS, ctx);
  return paged(paginate(newest, ctx.url), (items) => items.map((deployment) => deploymentShape(deploymentTemplate, deployment, ctx)));
}

function getDeployment(ctx: RouteContext): Reply {
  const deployment = findDeployment(ctx.state, ctx.params.deployment_id);
  return deployment ? json(deploymentShape(template(DEPLOYMENT, ctx), deployment, ctx)) : notFound(ctx);
}

/** The optional field of a create request GitHub would reject for its type, if any. */
function invalidDeploymentField(body: JsonObject): string | undefined {
  const strings = ['task', 'environment'].find((field) => body[field] !== undefined && typeof body[field] !== 'string');
  if (strings) return strings;
  if (body.description !== undefined && body.description !== null && typeof body.description !== 'string') return 'description';
  if (body.payload !== undefined && !isObject(body.payload) && typeof body.payload !== 'string') return 'payload';
  const required = body.required_contexts;
  if (required !== undefined && !(Array.isArray(required) && required.every((context) => typeof context === 'string'))) return 'required_contexts';
  return ['auto_merge', 'transient_environment', 'production_environment'].find((field) => body[field] !== undefined && typeof body[field] !== 'boolean');
}

/** GitHub's 409 for failed status checks (the spec declares no body: basic-error plus `errors`). */
function statusChecksFailed(ctx: RouteContext, ref: string, contexts: Array<{ context: string; state: string }>): Reply {
  const errors = [{ contexts, resource: 'Deployment', field: 'required_contexts', code: 'invalid' }];
  return json({ message: `Conflict: Commit status checks failed for ${ref}.`, errors, documentation_url: documentationUrl(ctx.route), status: '409' }, 409);
}

/** The deployment a valid create request describes, with GitHub's defaults. */
function newDeployment(ctx: RouteContext, body: JsonObject, ref: string, sha: string): Deployment {
  const environment = text(body.environment) ?? 'production';
  return {
    id: nextDeploymentId(ctx.state),
    sha,
    ref,
    task: text(body.task) ?? 'deploy',
    environment,
    original_environment: environment,
    description: body.description === null ? null : typeof body.description === 'string' ? body.description : '',
    payload: isObject(body.payload) || typeof body.payload === 'string' ? body.payload : {},
    creator: { ...ctx.state.tokenUser },
    created_at: now(),
    production_environment: typeof body.production_environment === 'boolean' ? body.production_environment : environment === 'production',
    transient_environment: body.transient_environment === true,
    statuses: [],
  };
}

/** `auto_merge` is accepted but never merges: the deployment is created at the ref as it is. */
function createDeployment(ctx: RouteContext): Reply {
  const body = requestBody(ctx);
  const ref = text(body.ref);
  if (!ref) return validationFailed(ctx, 'Deployment', 'ref');
  const invalid = invalidDeploymentField(body);
  if (invalid) return validationFailed(ctx, 'Deployment', invalid, 'invalid');
  const sha = resolveRef(ctx.state, ref);
  if (!sha) return error(ctx, 422, `No ref found for: ${ref}`);
  const failed = failedContexts(ctx.state, sha, body.required_contexts as string[] | undefined);
  if (failed) return statusChecksFailed(ctx, ref, failed);
  const deployment = newDeployment(ctx, body, ref, sha);
  ctx.state.deployments.push(deployment);
  return json(deploymentShape(template(CREATE, ctx, undefined, 201), deployment, ctx), 201);
}

function listStatuses(ctx: RouteContext): Reply {
  const deployment = findDeployment(ctx.state, ctx.params.deployment_id);
  if (!deployment) return notFound(ctx);
  const times = statusTimes(deployment);
  const newest = deployment.statuses.map((_, index) => index).reverse();
  const statusTemplate = itemTemplate(STATUSES, ctx);
  return paged(paginate(newest, ctx.url), (items) => items.map((index) => statusShape(statusTemplate, deployment, index, times[index] ?? '', ctx)));
}

/** The field of a status request GitHub would reject, if any. */
function invalidStatusField(body: JsonObject): string | undefined {
  if (!STATES.includes(body.state as DeploymentStatus['state'])) return 'state';
  if (body.description !== undefined && (typeof body.description !== 'string' || body.description.length > MAX_DESCRIPTION)) return 'description';
  const strings = ['log_url', 'target_url', 'environment_url', 'environment'];
  return strings.find((field) => body[field] !== undefined && typeof body[field] !== 'string');
}

/** Appends the status; a `success` one retires earlier deployments unless auto_inactive is false. */
function createStatus(ctx: RouteContext): Reply {
  const deployment = findDeployment(ctx.state, ctx.params.deployment_id);
  if (!deployment) return notFound(ctx);
  const body = requestBody(ctx);
  const invalid = invalidStatusField(body);
  if (invalid) return validationFailed(ctx, 'DeploymentStatus', invalid, body[invalid] === undefined ? 'missing_field' : 'invalid');
  const at = now();
  const status: DeploymentStatus = {
    state: body.state as DeploymentStatus['state'],
    description: typeof body.description === 'string' ? body.description : '',
    // Setting log_url sets target_url too; legacy callers send only target_url.
    log_url: text(body.log_url) ?? text(body.target_url),
    environment_url: text(body.environment_url),
    environment: moveToEnvironment(deployment, text(body.environment)),
    created_at: at,
    creator: { ...ctx.state.tokenUser },
  };
  deployment.statuses.push(status);
  if (status.state === 'success' && body.auto_inactive !== false) deactivatePrior(ctx.state, deployment, at, ctx.state.tokenUser);
  const shaped = statusShape(template(CREATE_STATUS, ctx, undefined, 201), deployment, deployment.statuses.length - 1, at, ctx);
  return json(shaped, 201, { location: String(shaped.url) });
}

export const deploymentRoutes: RouteDefinition[] = [
  { route: DEPLOYMENTS, handler: listDeployments },
  { route: DEPLOYMENT, handler: getDeployment },
  { route: CREATE, handler: createDeployment },
  { route: STATUSES, handler: listStatuses },
  { route: CREATE_STATUS, handler: createStatus },
];
