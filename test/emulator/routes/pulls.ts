/**
 * Pull requests: one pull, the pulls of a commit, and what a pull contains (its changed
 * files and its commits). The lookups behind them live in model/pulls.ts.
 */
import { timestamp } from '../model/ids';
import type { Pull } from '../model/pulls';
import {
  baseRef,
  baseSha,
  findPull,
  headRef,
  numberedCreatedAt,
  pullAssociation,
  pullChanges,
  pullClosedAt,
  pullCommitShas,
  pullId,
  pullsForCommit,
} from '../model/pulls';
import type { Commit } from '../model/refs';
import { commitIndex, resolveRef } from '../model/refs';
import type { EmulatorUser } from '../model/state';
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { json, notFound, paged } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { isObject, itemTemplate, labels, nodeId, obj, renumber, repository, template, user } from '../shapes';
import { commitObject, commitShape, fileShape } from './commits';

const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const COMMIT_PULLS = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls';
const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
const COMMITS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits';

/** GitHub lists at most this many commits of a pull request. */
const MAX_COMMITS = 250;

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

/** Fields only the full pull-request shape has (the "simple" shape of lists lacks them). */
function fullPullFields(out: JsonObject, pull: Pull, ctx: ShapeContext): JsonObject {
  const merged = pull.merged_at != null;
  return {
    merged,
    merged_by: merged ? user(out.merged_by ?? out.user, pull.user, ctx) : null,
    comments: ctx.state.comments[pull.number]?.length ?? 0,
    review_comments: 0,
    commits: pull.commits?.length ?? 1,
    changed_files: pull.files?.length ?? 0,
    additions: 0,
    deletions: 0,
  };
}

/** A pull request from a full or "simple" pull example (they share these fields). */
function pullShape(pullTemplate: JsonObject, pull: Pull, ctx: ShapeContext): JsonObject {
  const exampleHead = isObject(pullTemplate.head) ? String(pullTemplate.head.sha) : '';
  const out = renumber(structuredClone(pullTemplate), pullTemplate.number, pull.number, [[exampleHead, pull.head_sha]]);
  const id = pullId(pull);
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
    created_at: numberedCreatedAt(pull.number),
    updated_at: numberedCreatedAt(pull.number),
    closed_at: pullClosedAt(pull),
    merged_at: pull.merged_at ?? null,
    merge_commit_sha: pull.merge_commit_sha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchEnd(out.head, headRef(pull), pull.head_sha, ctx),
    base: branchEnd(out.base, baseRef(ctx.state, pull), baseSha(ctx.state, pull), ctx),
    author_association: pullAssociation(ctx.state, pull),
    auto_merge: null,
    draft: false,
  });
  return 'merged' in out ? Object.assign(out, fullPullFields(out, pull, ctx)) : out;
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

function listPullFiles(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.pull_number);
  if (!pull) return notFound(ctx);
  const fileTemplate = itemTemplate(FILES, ctx);
  const changes = pullChanges(ctx.state, pull);
  return paged(paginate(changes, ctx.url), (items) => items.map((change) => fileShape(fileTemplate, change, pull.head_sha, ctx)));
}

/**
 * A commit of the pull. History commits look as in compare; others get a placeholder
 * message and a time from the pull's number, and their parent is the commit listed before
 * them. `author` (and `committer`) is null when no login authored it.
 */
function pullCommit(commitTemplate: JsonObject, pull: Pull, shas: string[], position: number, ctx: ShapeContext): JsonObject {
  const sha = shas[position] ?? '';
  const index = commitIndex(ctx.state, sha);
  const own: Commit = ctx.state.commits[index] ?? {
    sha,
    message: `Commit ${sha.slice(0, 7)} of #${pull.number}`,
    date: timestamp(pull.number * 60 + position),
  };
  const previous = shas[position - 1];
  const out = index >= 0 ? commitShape(commitTemplate, index, ctx) : commitObject(commitTemplate, own, previous ? [previous] : [], ctx);
  if (!own.author) Object.assign(out, { author: null, committer: null });
  return out;
}

function listPullCommits(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.pull_number);
  if (!pull) return notFound(ctx);
  const shas = pullCommitShas(ctx.state, pull).slice(0, MAX_COMMITS);
  const positions = shas.map((_, position) => position);
  const commitTemplate = itemTemplate(COMMITS, ctx);
  return paged(paginate(positions, ctx.url), (items) => items.map((position) => pullCommit(commitTemplate, pull, shas, position, ctx)));
}

export const pullRoutes: RouteDefinition[] = [
  { route: PULL, handler: getPull },
  { route: COMMIT_PULLS, handler: commitPulls },
  { route: FILES, handler: listPullFiles },
  { route: COMMITS, handler: listPullCommits },
];
