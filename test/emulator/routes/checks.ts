/**
 * CI signals on a commit: check runs (Checks API) and commit statuses (Statuses API).
 */

import { stableId, timestamp } from '../model/ids';
import { WORKFLOW_BOT } from '../model/people';
import { baseRef, headRef, pullId } from '../model/pulls';
import { resolveRef } from '../model/refs';
import type { EmulatorState } from '../model/state';
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { paged, unknownRef } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { isObject, itemTemplate, nodeId, obj, repoApi, repoHtml, repoId, template, user, WEB } from '../shapes';

const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const STATUSES = 'GET /repos/{owner}/{repo}/commits/{ref}/statuses';

type CheckRun = EmulatorState['checkRuns'][number];

/** Ids of well-known apps, so their objects look like the real ones. */
const knownApps: Record<string, { id: number; name: string }> = {
  'github-actions': { id: 15368, name: 'GitHub Actions' },
  'github-code-scanning': { id: 57789, name: 'GitHub Code Scanning' },
  dependabot: { id: 29110, name: 'Dependabot' },
};

/** The GitHub App that created a check run, from the example's app object. */
function app(appTemplate: unknown, slug: string, ctx: ShapeContext): JsonObject {
  const known = knownApps[slug];
  const id = known?.id ?? stableId(`app:${slug}`);
  const out = structuredClone(obj(appTemplate, 'app template'));
  return Object.assign(out, {
    id,
    slug,
    node_id: nodeId('Integration', id),
    name: known?.name ?? slug,
    description: '',
    external_url: `${WEB}/apps/${slug}`,
    html_url: `${WEB}/apps/${slug}`,
    owner: isObject(out.owner) ? user(out.owner, { login: 'github', type: 'Organization' }, ctx) : out.owner,
  });
}

/** Open pull requests whose head is the check run's commit, in the minimal shape. */
function checkRunPulls(pullTemplate: unknown, sha: string, ctx: ShapeContext): JsonObject[] {
  if (!isObject(pullTemplate)) return [];
  const repo = { id: repoId(ctx), url: repoApi(ctx), name: ctx.state.repo.name };
  return ctx.state.pulls
    .filter((pull) => pull.state === 'open' && pull.head_sha === sha)
    .map((pull) => {
      const base = baseRef(ctx.state, pull);
      return Object.assign(structuredClone(pullTemplate), {
        url: `${repoApi(ctx)}/pulls/${pull.number}`,
        id: pullId(pull),
        number: pull.number,
        head: { ref: headRef(pull), sha: pull.head_sha, repo },
        base: { ref: base, sha: resolveRef(ctx.state, base) ?? pull.head_sha, repo },
      });
    });
}

function checkRunShape(runTemplate: JsonObject, run: CheckRun, id: number, ctx: ShapeContext): JsonObject {
  const out = structuredClone(runTemplate);
  const started = timestamp(id % 100_000);
  const pullTemplate = Array.isArray(out.pull_requests) ? out.pull_requests[0] : undefined;
  return Object.assign(out, {
    id,
    head_sha: run.head_sha,
    node_id: nodeId('CheckRun', id),
    external_id: '',
    url: `${repoApi(ctx)}/check-runs/${id}`,
    html_url: run.html_url ?? `${repoHtml(ctx)}/runs/${id}`,
    details_url: run.details_url ?? run.html_url ?? `${repoHtml(ctx)}/runs/${id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.status === 'queued' ? null : started,
    completed_at: run.status === 'completed' ? started : null,
    output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${repoApi(ctx)}/check-runs/${id}/annotations` },
    name: run.name,
    check_suite: { id: stableId(`suite:${run.head_sha}:${run.app ?? 'github-actions'}`) },
    app: app(out.app, run.app ?? 'github-actions', ctx),
    pull_requests: checkRunPulls(pullTemplate, run.head_sha, ctx),
  });
}

/**
 * Check runs for a ref, newest first. `filter=latest` (the default) keeps the newest run of
 * each name, where later entries in `state.checkRuns` are newer.
 */
function listCheckRuns(ctx: RouteContext): Reply {
  const sha = resolveRef(ctx.state, ctx.params.ref ?? '');
  if (!sha) return unknownRef(ctx);
  const status = ctx.query.get('status');
  const checkName = ctx.query.get('check_name');
  const latestOnly = (ctx.query.get('filter') ?? 'latest') === 'latest';
  const seen = new Set<string>();
  const runs = ctx.state.checkRuns
    .map((run, index) => ({ run, id: run.id ?? 1000 + index }))
    .filter(({ run }) => run.head_sha === sha)
    .reverse()
    .filter(({ run }) => {
      if (!latestOnly) return true;
      if (seen.has(run.name)) return false;
      seen.add(run.name);
      return true;
    })
    .filter(({ run }) => (!status || run.status === status) && (!checkName || run.name === checkName));
  const runTemplate = obj((template(CHECK_RUNS, ctx).check_runs as unknown[])[0], 'check run template');
  const page = paginate(runs, ctx.url);
  return paged(page, (items) => ({ total_count: runs.length, check_runs: items.map(({ run, id }) => checkRunShape(runTemplate, run, id, ctx)) }));
}

/** Commit statuses for a ref, newest first, as GitHub lists them. */
function listStatuses(ctx: RouteContext): Reply {
  const sha = resolveRef(ctx.state, ctx.params.ref ?? '');
  if (!sha) return unknownRef(ctx);
  const statusTemplate = itemTemplate(STATUSES, ctx);
  const statuses = ctx.state.statuses
    .map((status, index) => ({ status, id: index + 1 }))
    .filter(({ status }) => status.sha === sha)
    .reverse();
  return paged(paginate(statuses, ctx.url), (items) =>
    items.map(({ status, id }) => {
      const at = status.created_at ?? timestamp(id);
      return Object.assign(structuredClone(statusTemplate), {
        url: `${repoApi(ctx)}/statuses/${status.sha}`,
        avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
        id,
        node_id: nodeId('StatusContext', id),
        state: status.state,
        description: status.description ?? null,
        target_url: status.target_url ?? null,
        context: status.context,
        created_at: at,
        updated_at: at,
        creator: user(statusTemplate.creator, WORKFLOW_BOT, ctx),
      });
    }),
  );
}

export const checkRoutes: RouteDefinition[] = [
  { route: CHECK_RUNS, handler: listCheckRuns },
  { route: STATUSES, handler: listStatuses },
];
