/**
 * Issues and their conversations: one issue, the issue list (which includes pull requests,
 * as on GitHub) and issue comments. The lookups behind them live in model/issues.ts.
 */
import { stableId } from '../model/ids';
import type { Issue } from '../model/issues';
import { commentId, commentTimes, findIssue, findIssueOrPull, issueClosedAt, issueCreatedAt, issueFields, issueUpdatedAt, stateReason } from '../model/issues';
import { association } from '../model/people';
import type { Pull } from '../model/pulls';
import { findPull, pullAssociation } from '../model/pulls';
import type { EmulatorState } from '../model/state';
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { json, notFound, paged } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { isObject, itemTemplate, labels, nodeId, noReactions, renumber, repoApi, repoHtml, repository, template, user } from '../shapes';

const ISSUE = 'GET /repos/{owner}/{repo}/issues/{issue_number}';
const ISSUES = 'GET /repos/{owner}/{repo}/issues';
const COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';

/** The `pull_request` links of a pull request seen as an issue. */
function pullLinks(pull: Pull, ctx: ShapeContext): JsonObject {
  const html = `${repoHtml(ctx)}/pull/${pull.number}`;
  return {
    url: `${repoApi(ctx)}/pulls/${pull.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    merged_at: pull.merged_at ?? null,
  };
}

/** An issue, or a pull request seen as one (`pull` given: with its `pull_request` key). */
export function issueShape(issueTemplate: JsonObject, issue: Issue | Pull, pull: Pull | undefined, ctx: ShapeContext): JsonObject {
  const out = renumber(structuredClone(issueTemplate), issueTemplate.number, issue.number);
  const id = stableId(`issue:${issue.number}`);
  const assignees = (issueFields(issue).assignees ?? []).map((login) => user(issueTemplate.user, { login }, ctx));
  Object.assign(out, {
    id,
    node_id: nodeId('Issue', id),
    number: issue.number,
    state: issue.state,
    state_reason: stateReason(issue),
    title: issue.title,
    body: issue.body,
    user: user(out.user, issue.user, ctx),
    labels: labels(out.labels, issue.labels, ctx),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: ctx.state.comments[issue.number]?.length ?? 0,
    created_at: issueCreatedAt(issue),
    updated_at: issueUpdatedAt(issue),
    closed_at: issueClosedAt(issue, pull),
    closed_by: issue.state === 'closed' && out.closed_by ? user(out.closed_by, issue.user, ctx) : null,
    author_association: 'head_sha' in issue ? pullAssociation(ctx.state, issue) : association(ctx.state, issue.user),
  });
  if ('pinned_comment' in out) out.pinned_comment = null;
  if (isObject(out.repository)) out.repository = repository(out.repository, ctx);
  noReactions(out);
  delete out.pull_request;
  return pull ? Object.assign(out, { pull_request: pullLinks(pull, ctx), draft: false }) : out;
}

function getIssue(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.issue_number);
  const issue = findIssueOrPull(ctx.state, ctx.params.issue_number);
  return issue ? json(issueShape(template(ISSUE, ctx), issue, pull, ctx)) : notFound(ctx);
}

/** Comma-separated label names that must all be on the issue (GitHub compares them case-insensitively). */
function hasLabels(issue: Issue | Pull, wanted: string | null): boolean {
  const names = new Set((issue.labels ?? []).map((name) => name.toLowerCase()));
  return (wanted ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .every((name) => names.has(name));
}

/** The state, labels, creator and since filters of the list-issues route. */
function matchesFilters(issue: Issue | Pull, query: URLSearchParams): boolean {
  const state = query.get('state') ?? 'open';
  const creator = query.get('creator')?.toLowerCase();
  const since = Date.parse(query.get('since') ?? '');
  return (
    (state === 'all' || issue.state === state) &&
    hasLabels(issue, query.get('labels')) &&
    (!creator || issue.user.login.toLowerCase() === creator) &&
    (Number.isNaN(since) || Date.parse(issueUpdatedAt(issue)) >= since)
  );
}

/** `sort` (created, updated or comments) and `direction` (desc by default); ties by number. */
function sortIssues(entries: Array<{ issue: Issue | Pull }>, query: URLSearchParams, state: EmulatorState): void {
  const sort = query.get('sort') ?? 'created';
  const sign = query.get('direction') === 'asc' ? 1 : -1;
  const key = (issue: Issue | Pull): number =>
    sort === 'comments' ? (state.comments[issue.number]?.length ?? 0) : Date.parse(sort === 'updated' ? issueUpdatedAt(issue) : issueCreatedAt(issue));
  entries.sort((a, b) => sign * (key(a.issue) - key(b.issue) || a.issue.number - b.issue.number));
}

/** Issues and, as on GitHub, pull requests (with their `pull_request` key). */
function listIssues(ctx: RouteContext): Reply {
  const { state } = ctx;
  const entries = [
    ...state.issues.map((issue) => ({ issue, pull: findPull(state, issue.number) })),
    ...state.pulls.filter((pull) => !findIssue(state, pull.number)).map((pull) => ({ issue: pull, pull })),
  ].filter(({ issue }) => matchesFilters(issue, ctx.query));
  sortIssues(entries, ctx.query, state);
  const issueTemplate = itemTemplate(ISSUES, ctx);
  return paged(paginate(entries, ctx.url), (items) => items.map(({ issue, pull }) => issueShape(issueTemplate, issue, pull, ctx)));
}

/** Comment `index` of issue/PR `number`, dated `at`, from a comment example. */
export function commentShape(commentTemplate: JsonObject, number: number, index: number, at: string, ctx: ShapeContext): JsonObject {
  const comment = (ctx.state.comments[number] ?? [])[index];
  if (!comment) throw new Error(`no comment ${index} on #${number}`);
  const id = comment.id ?? commentId(number, index);
  // GitHub links pull-request comments under /pull/N and issue comments under /issues/N.
  const isPull = findPull(ctx.state, number) && !findIssue(ctx.state, number);
  const out = Object.assign(structuredClone(commentTemplate), {
    id,
    node_id: nodeId('IssueComment', id),
    url: `${repoApi(ctx)}/issues/comments/${id}`,
    html_url: `${repoHtml(ctx)}/${isPull ? 'pull' : 'issues'}/${number}#issuecomment-${id}`,
    body: comment.body,
    user: user(commentTemplate.user, comment.user, ctx),
    created_at: at,
    updated_at: comment.updated_at ?? at,
    issue_url: `${repoApi(ctx)}/issues/${number}`,
    author_association: association(ctx.state, comment.user),
  });
  if ('minimized' in out) out.minimized = null;
  if ('performed_via_github_app' in out) out.performed_via_github_app = null;
  noReactions(out);
  return out;
}

/** Comments oldest first; `since` keeps those updated (edited, else created) at or after it. */
function listComments(ctx: RouteContext): Reply {
  const issue = findIssueOrPull(ctx.state, ctx.params.issue_number);
  if (!issue) return notFound(ctx);
  const since = Date.parse(ctx.query.get('since') ?? '');
  const comments = commentTimes(ctx.state, issue.number)
    .map((at, index) => ({ at, index }))
    .filter(({ at, index }) => Number.isNaN(since) || Date.parse(ctx.state.comments[issue.number]?.[index]?.updated_at ?? at) >= since);
  const commentTemplate = itemTemplate(COMMENTS, ctx);
  return paged(paginate(comments, ctx.url), (items) => items.map(({ at, index }) => commentShape(commentTemplate, issue.number, index, at, ctx)));
}

export const issueRoutes: RouteDefinition[] = [
  { route: ISSUE, handler: getIssue },
  { route: ISSUES, handler: listIssues },
  { route: COMMENTS, handler: listComments },
];
