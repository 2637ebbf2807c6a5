/**
 * Pull requests, issues and their conversations: pulls, issues (which include pull
 * requests, as on GitHub), issue comments, reviews and the pulls of a commit.
 */
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { json, notFound, paged } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { association, isObject, itemTemplate, label, nodeId, obj, replaceInStrings, repoApi, repoHtml, repository, template, user } from '../shapes';
import type { EmulatorState, EmulatorUser } from '../state';
import { defaultBranchHead, resolveRef, stableId, timestamp } from '../state';

const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const ISSUE = 'GET /repos/{owner}/{repo}/issues/{issue_number}';
const COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const REVIEWS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
const COMMIT_PULLS = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls';

type Pull = EmulatorState['pulls'][number];
type Issue = EmulatorState['issues'][number];

/** Times derived from the number, so objects are stable across requests. */
const createdAt = (number: number) => timestamp(number * 60);
const closedAt = (number: number) => timestamp(number * 60 + 30);

function findPull(state: EmulatorState, number: string | undefined): Pull | undefined {
  return state.pulls.find((pull) => String(pull.number) === number);
}

function findIssue(state: EmulatorState, number: string | undefined): Issue | undefined {
  return state.issues.find((issue) => String(issue.number) === number);
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
    closed_at: pull.state === 'closed' ? (mergedAt ?? closedAt(pull.number)) : null,
    merged_at: mergedAt,
    merge_commit_sha: pull.merge_commit_sha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchEnd(out.head, pull.head_ref ?? `pr-${pull.number}`, pull.head_sha, ctx),
    base: branchEnd(out.base, baseRef, resolveRef(ctx.state, baseRef) ?? defaultBranchHead(ctx.state) ?? pull.head_sha, ctx),
    author_association: association(pull.user, ctx),
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
      changed_files: 0,
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
  const pulls = ctx.state.pulls.filter((pull) => pull.commits?.includes(sha ?? '') || pull.merge_commit_sha === sha || pull.head_sha === sha);
  const pullTemplate = itemTemplate(COMMIT_PULLS, ctx);
  return paged(paginate(pulls, ctx.url), (items) => items.map((pull) => pullShape(pullTemplate, pull, ctx)));
}

// ---------------------------------------------------------------------------------------
// Issues (a pull request is an issue too)

function issueShape(issueTemplate: JsonObject, issue: Issue | Pull, pull: Pull | undefined, ctx: ShapeContext): JsonObject {
  const out = renumber(structuredClone(issueTemplate), issueTemplate.number, issue.number);
  const id = stableId(`issue:${issue.number}`);
  const closed = issue.state === 'closed';
  Object.assign(out, {
    id,
    node_id: nodeId('Issue', id),
    number: issue.number,
    state: issue.state,
    state_reason: closed ? 'completed' : null,
    title: issue.title,
    body: issue.body,
    user: user(out.user, issue.user, ctx),
    labels: labels(out.labels, issue.labels, ctx),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: ctx.state.comments[issue.number]?.length ?? 0,
    created_at: createdAt(issue.number),
    updated_at: createdAt(issue.number),
    closed_at: closed ? (pull?.merged_at ?? closedAt(issue.number)) : null,
    closed_by: closed && out.closed_by ? user(out.closed_by, issue.user, ctx) : null,
    author_association: association(issue.user, ctx),
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

// ---------------------------------------------------------------------------------------
// Conversation comments and reviews

function listComments(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.issue_number);
  const issue = findIssue(ctx.state, ctx.params.issue_number) ?? pull;
  if (!issue) return notFound(ctx);
  const number = issue.number;
  const commentTemplate = itemTemplate(COMMENTS, ctx);
  // GitHub links pull-request comments under /pull/N and issue comments under /issues/N.
  const htmlBase = `${repoHtml(ctx)}/${pull && !findIssue(ctx.state, String(number)) ? 'pull' : 'issues'}/${number}`;
  const comments = (ctx.state.comments[number] ?? []).map((comment, index) => ({ comment, index }));
  return paged(paginate(comments, ctx.url), (items) =>
    items.map(({ comment, index }) => {
      const id = comment.id ?? stableId(`comment:${number}:${index}`);
      const at = comment.created_at ?? timestamp(number * 60 + index + 1);
      const out = Object.assign(structuredClone(commentTemplate), {
        id,
        node_id: nodeId('IssueComment', id),
        url: `${repoApi(ctx)}/issues/comments/${id}`,
        html_url: `${htmlBase}#issuecomment-${id}`,
        body: comment.body,
        user: user(commentTemplate.user, comment.user, ctx),
        created_at: at,
        updated_at: at,
        issue_url: `${repoApi(ctx)}/issues/${number}`,
        author_association: association(comment.user, ctx),
      });
      if ('minimized' in out) out.minimized = null;
      if ('performed_via_github_app' in out) out.performed_via_github_app = null;
      noReactions(out);
      return out;
    }),
  );
}

function listReviews(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.pull_number);
  if (!pull) return notFound(ctx);
  const reviewTemplate = itemTemplate(REVIEWS, ctx);
  const reviews = (ctx.state.reviews[pull.number] ?? []).map((review, index) => ({ review, index }));
  return paged(paginate(reviews, ctx.url), (items) =>
    items.map(({ review, index }) => {
      const id = review.id ?? stableId(`review:${pull.number}:${index}`);
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
        submitted_at: review.submitted_at ?? timestamp(pull.number * 60 + 40 + index),
        commit_id: review.commit_id,
        author_association: association(review.user, ctx),
      });
      // A pending review has not been submitted yet.
      if (review.state === 'PENDING') delete out.submitted_at;
      return out;
    }),
  );
}

export const issueRoutes: RouteDefinition[] = [
  { route: PULL, handler: getPull },
  { route: ISSUE, handler: getIssue },
  { route: COMMENTS, handler: listComments },
  { route: REVIEWS, handler: listReviews },
  { route: COMMIT_PULLS, handler: commitPulls },
];
