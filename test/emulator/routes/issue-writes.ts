/**
 * Writes to issues: create, update (close/reopen, relabel) and comment. Changes land in the
 * state, so later reads (and tests) see them; the token's user is the author.
 */
import { isoSeconds, now } from '../model/ids';
import type { Issue } from '../model/issues';
import { commentId, commentTimes, findIssueOrPull } from '../model/issues';
import type { Pull } from '../model/pulls';
import { findPull } from '../model/pulls';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { json, notFound, requestBody, validationFailed } from '../reply';
import type { JsonObject } from '../shapes';
import { isObject, template } from '../shapes';
import { commentShape, issueShape } from './issues';

const CREATE = 'POST /repos/{owner}/{repo}/issues';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

const STATE_REASONS = ['completed', 'not_planned', 'duplicate', 'reopened'];

/** The API takes titles as strings or numbers. */
function titleOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Label names from strings or `{name}` objects, both of which the API accepts. */
function labelNames(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((item) => (isObject(item) ? String(item.name ?? '') : String(item))).filter(Boolean);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function nextNumber(ctx: RouteContext): number {
  return 1 + Math.max(0, ...ctx.state.issues.map((issue) => issue.number), ...ctx.state.pulls.map((pull) => pull.number));
}

function createIssue(ctx: RouteContext): Reply {
  const body = requestBody(ctx);
  const title = titleOf(body.title);
  if (!title?.trim()) return validationFailed(ctx, 'Issue', 'title');
  const at = now();
  const issue: Issue = {
    number: nextNumber(ctx),
    title,
    body: typeof body.body === 'string' ? body.body : null,
    user: { ...ctx.state.tokenUser },
    state: 'open',
    labels: labelNames(body.labels) ?? [],
    assignees: strings(body.assignees),
    created_at: at,
    updated_at: at,
  };
  ctx.state.issues.push(issue);
  return json(issueShape(template(CREATE, ctx, undefined, 201), issue, undefined, ctx), 201);
}

/** The field GitHub would reject, if any. */
function invalidField(body: JsonObject): string | undefined {
  if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') return 'state';
  if (body.state_reason !== undefined && body.state_reason !== null && !STATE_REASONS.includes(String(body.state_reason))) return 'state_reason';
  if (body.title !== undefined && body.title !== null && !titleOf(body.title)?.trim()) return 'title';
  if (body.labels !== undefined && !Array.isArray(body.labels)) return 'labels';
  return undefined;
}

/**
 * Closing records when and why (default 'completed'); reopening clears closed_at and says
 * 'reopened'. `state_reason` only counts with `state`, as on GitHub. Pull requests keep
 * their derived close time.
 */
function changeState(issue: Issue | Pull, next: 'open' | 'closed', reason: unknown, at: string): void {
  const wasClosed = issue.state === 'closed';
  issue.state = next;
  if ('head_sha' in issue) return;
  if (next === 'closed') {
    issue.state_reason = typeof reason === 'string' ? reason : wasClosed ? (issue.state_reason ?? 'completed') : 'completed';
    if (!wasClosed) issue.closed_at = at;
  } else if (wasClosed) {
    issue.state_reason = 'reopened';
    issue.closed_at = null;
  }
}

function applyUpdate(issue: Issue | Pull, body: JsonObject, at: string): void {
  const title = titleOf(body.title);
  if (title !== undefined) issue.title = title;
  if (body.body !== undefined) issue.body = typeof body.body === 'string' ? body.body : null;
  const labels = labelNames(body.labels);
  if (labels) issue.labels = labels;
  if (body.state === 'open' || body.state === 'closed') changeState(issue, body.state, body.state_reason, at);
  if (!('head_sha' in issue)) issue.updated_at = at;
}

/** Updates an issue, or a pull request through its issue (title, body, state, labels). */
function updateIssue(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.issue_number);
  const issue = findIssueOrPull(ctx.state, ctx.params.issue_number);
  if (!issue) return notFound(ctx);
  const body = requestBody(ctx);
  const invalid = invalidField(body);
  if (invalid) return validationFailed(ctx, 'Issue', invalid, 'invalid');
  applyUpdate(issue, body, now());
  return json(issueShape(template(UPDATE, ctx), issue, pull, ctx));
}

/**
 * Now, unless the newest comment is dated later (default comment times may run ahead of the
 * clock, see commentTimes): then just after it, so the list stays in time order as on GitHub.
 */
function newCommentTime(ctx: RouteContext, number: number): string {
  const at = now();
  const newest = commentTimes(ctx.state, number).at(-1);
  if (!newest || Date.parse(newest) < Date.parse(at)) return at;
  return isoSeconds(new Date(Date.parse(newest) + 1000));
}

function createComment(ctx: RouteContext): Reply {
  const issue = findIssueOrPull(ctx.state, ctx.params.issue_number);
  if (!issue) return notFound(ctx);
  const text = requestBody(ctx).body;
  if (typeof text !== 'string' || !text.trim()) return validationFailed(ctx, 'IssueComment', 'body');
  const comments = (ctx.state.comments[issue.number] ??= []);
  const index = comments.length;
  const at = newCommentTime(ctx, issue.number);
  comments.push({ id: commentId(issue.number, index), user: { ...ctx.state.tokenUser }, body: text, created_at: at });
  return json(commentShape(template(COMMENT, ctx, undefined, 201), issue.number, index, at, ctx), 201);
}

export const issueWriteRoutes: RouteDefinition[] = [
  { route: CREATE, handler: createIssue },
  { route: UPDATE, handler: updateIssue },
  { route: COMMENT, handler: createComment },
];
