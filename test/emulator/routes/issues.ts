/**
 * Pull requests, issues and their conversations: pulls, issues (which include pull
 * requests, as on GitHub), the issue list, issue comments, reviews and the pulls of a commit.
 */
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { json, notFound, paged } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { association, isObject, itemTemplate, label, nodeId, obj, replaceInStrings, repoApi, repoHtml, repository, template, user } from '../shapes';
import type { EmulatorState, EmulatorUser } from '../state';
import { defaultBranchHead, isoSeconds, resolveRef, stableId, timestamp } from '../state';

const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const ISSUE = 'GET /repos/{owner}/{repo}/issues/{issue_number}';
const ISSUES = 'GET /repos/{owner}/{repo}/issues';
const COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const REVIEWS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
const COMMIT_PULLS = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls';

export type Pull = EmulatorState['pulls'][number];
export type Issue = EmulatorState['issues'][number];
export type Review = EmulatorState['reviews'][number][number];

/** Times derived from the number, so objects are stable across requests. */
const createdAt = (number: number) => timestamp(number * 60);
const closedAt = (number: number) => timestamp(number * 60 + 30);

export function findPull(state: EmulatorState, number: string | undefined): Pull | undefined {
  return state.pulls.find((pull) => String(pull.number) === number);
}

export function findIssue(state: EmulatorState, number: string | undefined): Issue | undefined {
  return state.issues.find((issue) => String(issue.number) === number);
}

/** When the pull request was closed (its merge time when merged), null while open. */
export function pullClosedAt(pull: Pull): string | null {
  return pull.state === 'closed' ? (pull.merged_at ?? closedAt(pull.number)) : null;
}

/** The pull author's association: the state's, else derived from the user. */
export function pullAssociation(pull: Pull, ctx: ShapeContext): string {
  return pull.author_association ?? association(pull.user, ctx);
}

/**
 * The pull requests of a commit (GET commits/{sha}/pulls, GraphQL associatedPullRequests):
 * those listing it among their commits, merged as it, or with it as head.
 */
export function pullsForCommit(state: EmulatorState, sha: string): Pull[] {
  return state.pulls.filter((pull) => pull.commits?.includes(sha) || pull.merge_commit_sha === sha || pull.head_sha === sha);
}

/** The id of review `index` of pull `number`: the state's, else a stable one. */
export function reviewId(number: number, review: Review, index: number): number {
  return review.id ?? stableId(`review:${number}:${index}`);
}

/** When review `index` of pull `number` was submitted; undefined while it is pending. */
export function reviewSubmittedAt(number: number, review: Review, index: number): string | undefined {
  return review.state === 'PENDING' ? undefined : (review.submitted_at ?? timestamp(number * 60 + 40 + index));
}

/** The issue-only fields of an issue, none for a pull request seen as an issue. */
function issueFields(issue: Issue | Pull): Partial<Issue> {
  return 'head_sha' in issue ? {} : issue;
}

/** When the issue (or pull request) was created: the state's time, else one derived from its number. */
export function issueCreatedAt(issue: Issue | Pull): string {
  return issueFields(issue).created_at ?? createdAt(issue.number);
}

function issueUpdatedAt(issue: Issue | Pull): string {
  return issueFields(issue).updated_at ?? issueCreatedAt(issue);
}

/** GitHub's reason: 'completed' unless another was given once closed; only 'reopened' survives reopening. */
function stateReason(state: Issue['state'], stored: string | null | undefined): string | null {
  if (state === 'closed') return stored && stored !== 'reopened' ? stored : 'completed';
  return stored === 'reopened' ? 'reopened' : null;
}

/** Rewrites the example's own number (and head sha) inside its URLs. */
function renumber<T>(value: T, exampleNumber: unknown, number: number, extra: Array<[string, string]> = []): T {
  return replaceInStrings(value, [
    [`/pulls/${String(exampleNumber)}`, `/pulls/${number}`],
    [`/pull/${String(exampleNumber)}`, `/pull/${number}`],
    [`/issues/${String(exampleNumber)}`, `/issues/${number}`],
    ...extra,
  ]);
}

function labels(labelTemplates: unknown, names: string[] | undefined, ctx: ShapeContext): JsonObject[] {
  const labelTemplate = Array.isArray(labelTemplates) ? labelTemplates[0] : undefined;
  return labelTemplate ? (names ?? []).map((name) => label(labelTemplate, name, ctx)) : [];
}

/** Zeroes an example's reaction counts: nobody reacted in the emulated repository. */
function noReactions(out: JsonObject): void {
  if (!isObject(out.reactions)) return;
  for (const [key, value] of Object.entries(out.reactions)) if (typeof value === 'number') out.reactions[key] = 0;
}

// ---------------------------------------------------------------------------------------
// Pull requests (full and "simple" shapes share the same fields)

function branchEnd(endTemplate: unknown, ref: string, sha: string, ctx: ShapeContext): JsonObject {
  const out = structuredClone(obj(endTemplate, 'head/base template'));
  const owner: EmulatorUser = { login: ctx.state.repo.owner, type: 'Organization' };
  return Object.assign(out, {
    label: `${ctx.state.repo.owner}:${ref}`,
    ref,
    sha,
    user: user(out.user, owner, ctx),
    repo: out.repo ? repository(out.repo, ctx) : out.repo,
  });
}

export function pullShape(pullTemplate: JsonObject, pull: Pull, ctx: ShapeContext): JsonObject {
  const exampleHead = isObject(pullTemplate.head) ? String(pullTemplate.head.sha) : '';
  const out = renumber(structuredClone(pullTemplate), pullTemplate.number, pull.number, [[exampleHead, pull.head_sha]]);
  const id = stableId(`pull:${pull.number}`);
  const mergedAt = pull.merged_at ?? null;
  const baseRef = pull.base_ref ?? ctx.state.repo.defaultBranch;
  Object.assign(out, {
    id,
    node_id: nodeId('PullRequest', id),
    number: pull.number,
    state: pull.state,
    locked: false,
    active_lock_reason: null,
    title: pull.title,
    body: pull.body,
    user: user(out.user, pull.user, ctx),
    labels: labels(out.labels, pull.labels, ctx),
    milestone: null,
    created_at: createdAt(pull.number),
    updated_at: createdAt(pull.number),
    closed_at: pullClosedAt(pull),
    merged_at: mergedAt,
    merge_commit_sha: pull.merge_commit_sha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchEnd(out.head, pull.head_ref ?? `pr-${pull.number}`, pull.head_sha, ctx),
    base: branchEnd(out.base, baseRef, resolveRef(ctx.state, baseRef) ?? defaultBranchHead(ctx.state) ?? pull.head_sha, ctx),
    author_association: pullAssociation(pull, ctx),
    auto_merge: null,
    draft: false,
  });
  // Fields only the full pull-request shape has.
  if ('merged' in out) {
    Object.assign(out, {
      merged: mergedAt !== null,
      merged_by: mergedAt !== null ? user(out.merged_by ?? out.user, pull.user, ctx) : null,
      comments: ctx.state.comments[pull.number]?.length ?? 0,
      review_comments: 0,
      commits: pull.commits?.length ?? 1,
      changed_files: pull.files?.length ?? 0,
      additions: 0,
      deletions: 0,
    });
  }
  return out;
}

function getPull(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.pull_number);
  return pull ? json(pullShape(template(PULL, ctx), pull, ctx)) : notFound(ctx);
}

function commitPulls(ctx: RouteContext): Reply {
  const sha = resolveRef(ctx.state, ctx.params.commit_sha ?? '') ?? ctx.params.commit_sha;
  const pulls = pullsForCommit(ctx.state, sha ?? '');
  const pullTemplate = itemTemplate(COMMIT_PULLS, ctx);
  return paged(paginate(pulls, ctx.url), (items) => items.map((pull) => pullShape(pullTemplate, pull, ctx)));
}

// ---------------------------------------------------------------------------------------
// Issues (a pull request is an issue too)

export function issueShape(issueTemplate: JsonObject, issue: Issue | Pull, pull: Pull | undefined, ctx: ShapeContext): JsonObject {
  const out = renumber(structuredClone(issueTemplate), issueTemplate.number, issue.number);
  const id = stableId(`issue:${issue.number}`);
  const closed = issue.state === 'closed';
  const own = issueFields(issue);
  const assignees = (own.assignees ?? []).map((login) => user(issueTemplate.user, { login }, ctx));
  Object.assign(out, {
    id,
    node_id: nodeId('Issue', id),
    number: issue.number,
    state: issue.state,
    state_reason: stateReason(issue.state, own.state_reason),
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
    closed_at: closed ? (own.closed_at ?? pull?.merged_at ?? closedAt(issue.number)) : null,
    closed_by: closed && out.closed_by ? user(out.closed_by, issue.user, ctx) : null,
    author_association: 'head_sha' in issue ? pullAssociation(issue, ctx) : association(issue.user, ctx),
  });
  if ('pinned_comment' in out) out.pinned_comment = null;
  if (isObject(out.repository)) out.repository = repository(out.repository, ctx);
  noReactions(out);
  if (pull) {
    const html = `${repoHtml(ctx)}/pull/${pull.number}`;
    out.pull_request = { url: `${repoApi(ctx)}/pulls/${pull.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: pull.merged_at ?? null };
    out.draft = false;
  } else {
    delete out.pull_request;
  }
  return out;
}

function getIssue(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.issue_number);
  const issue = findIssue(ctx.state, ctx.params.issue_number) ?? pull;
  return issue ? json(issueShape(template(ISSUE, ctx), issue, pull, ctx)) : notFound(ctx);
}

/** Comma-separated label names that must all be on the issue (GitHub compares them case-insensitively). */
function hasLabels(issue: Issue | Pull, wanted: string | null): boolean {
  const names = new Set((issue.labels ?? []).map((name) => name.toLowerCase()));
  return (wanted ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean).every((name) => names.has(name));
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
    ...state.issues.map((issue) => ({ issue, pull: findPull(state, String(issue.number)) })),
    ...state.pulls.filter((pull) => !findIssue(state, String(pull.number))).map((pull) => ({ issue: pull, pull })),
  ].filter(({ issue }) => matchesFilters(issue, ctx.query));
  sortIssues(entries, ctx.query, state);
  const issueTemplate = itemTemplate(ISSUES, ctx);
  return paged(paginate(entries, ctx.url), (items) => items.map(({ issue, pull }) => issueShape(issueTemplate, issue, pull, ctx)));
}

// ---------------------------------------------------------------------------------------
// Conversation comments and reviews

function oneMinuteAfter(time: string): string {
  const base = Date.parse(time);
  return isoSeconds(new Date((Number.isNaN(base) ? 0 : base) + 60_000));
}

/**
 * The created_at of each comment on issue/PR `number`: its own, else one minute after the
 * comment before it (the first: one minute after the issue was created). For fixture issues
 * this is the issue's time + (index + 1) minutes; for issues and comments POSTed at "now",
 * comments tests push later are dated after them, so pollers using `since` see them. Stable
 * across requests as long as earlier comments are not removed.
 */
export function commentTimes(state: EmulatorState, number: number): string[] {
  const issue = findIssue(state, String(number)) ?? findPull(state, String(number));
  let previous = issue ? issueCreatedAt(issue) : createdAt(number);
  return (state.comments[number] ?? []).map((comment) => (previous = comment.created_at ?? oneMinuteAfter(previous)));
}

/** Comment `index` of issue/PR `number`, dated `at`, from a comment example. */
export function commentShape(commentTemplate: JsonObject, number: number, index: number, at: string, ctx: ShapeContext): JsonObject {
  const comment = (ctx.state.comments[number] ?? [])[index];
  if (!comment) throw new Error(`no comment ${index} on #${number}`);
  const id = comment.id ?? stableId(`comment:${number}:${index}`);
  // GitHub links pull-request comments under /pull/N and issue comments under /issues/N.
  const isPull = findPull(ctx.state, String(number)) && !findIssue(ctx.state, String(number));
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
    author_association: association(comment.user, ctx),
  });
  if ('minimized' in out) out.minimized = null;
  if ('performed_via_github_app' in out) out.performed_via_github_app = null;
  noReactions(out);
  return out;
}

/** Comments oldest first; `since` keeps those updated (edited, else created) at or after it. */
function listComments(ctx: RouteContext): Reply {
  const issue = findIssue(ctx.state, ctx.params.issue_number) ?? findPull(ctx.state, ctx.params.issue_number);
  if (!issue) return notFound(ctx);
  const since = Date.parse(ctx.query.get('since') ?? '');
  const comments = commentTimes(ctx.state, issue.number)
    .map((at, index) => ({ at, index }))
    .filter(({ at, index }) => Number.isNaN(since) || Date.parse(ctx.state.comments[issue.number]?.[index]?.updated_at ?? at) >= since);
  const commentTemplate = itemTemplate(COMMENTS, ctx);
  return paged(paginate(comments, ctx.url), (items) => items.map(({ at, index }) => commentShape(commentTemplate, issue.number, index, at, ctx)));
}

function listReviews(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.pull_number);
  if (!pull) return notFound(ctx);
  const reviewTemplate = itemTemplate(REVIEWS, ctx);
  const reviews = (ctx.state.reviews[pull.number] ?? []).map((review, index) => ({ review, index }));
  return paged(paginate(reviews, ctx.url), (items) =>
    items.map(({ review, index }) => {
      const id = reviewId(pull.number, review, index);
      const html = `${repoHtml(ctx)}/pull/${pull.number}#pullrequestreview-${id}`;
      const api = `${repoApi(ctx)}/pulls/${pull.number}`;
      const out: JsonObject = Object.assign(structuredClone(reviewTemplate), {
        id,
        node_id: nodeId('PullRequestReview', id),
        user: user(reviewTemplate.user, review.user, ctx),
        body: review.body ?? '',
        state: review.state,
        html_url: html,
        pull_request_url: api,
        _links: { html: { href: html }, pull_request: { href: api } },
        submitted_at: reviewSubmittedAt(pull.number, review, index),
        commit_id: review.commit_id,
        author_association: association(review.user, ctx),
      });
      // A pending review has not been submitted yet.
      if (out.submitted_at === undefined) delete out.submitted_at;
      return out;
    }),
  );
}

export const issueRoutes: RouteDefinition[] = [
  { route: PULL, handler: getPull },
  { route: ISSUE, handler: getIssue },
  { route: ISSUES, handler: listIssues },
  { route: COMMENTS, handler: listComments },
  { route: REVIEWS, handler: listReviews },
  { route: COMMIT_PULLS, handler: commitPulls },
];
