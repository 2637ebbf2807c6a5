/**
 * Resolvers of pull requests and what hangs off them: commits, reviews, labels, changed files, and
 * the accounts (User, Bot, Organization) that author them.
 */
import { labelId } from '../model/ids';
import { issueCreatedAt } from '../model/issues';
import { association } from '../model/people';
import type { Pull } from '../model/pulls';
import { baseRef, headRef, pullAssociation, pullChanges, pullClosedAt, pullCommitsCounted, pullId, reviewId, reviewSubmittedAt } from '../model/pulls';
import type { EmulatorState } from '../model/state';
import { labelColor, nodeId, userId, WEB } from '../shapes';
import type { PageArgs } from './connections';
import { paginate, paginateOrCount } from './connections';
import type { ActorModel, ChangedFileModel, LabelModel, PullCommitModel, PullModel, Resolvers, ReviewModel } from './models';
import { actor, avatarUrl, commitModel, pullModel, repoPath, repoUrl } from './models';

const changeTypes: Record<string, string> = {
  added: 'ADDED',
  removed: 'DELETED',
  modified: 'MODIFIED',
  renamed: 'RENAMED',
  copied: 'COPIED',
  changed: 'CHANGED',
};

/** The pull's files with the line counts GET pulls/{n}/files reports. */
function changedFiles(state: EmulatorState, pull: Pull): ChangedFileModel[] {
  return pullChanges(state, pull).map((change) => ({
    kind: 'PullRequestChangedFile',
    path: change.path,
    additions: change.additions,
    deletions: change.deletions,
    status: change.status,
  }));
}

/** The pull's reviews that `args` select; a pending review is visible only to its author, as on GitHub. */
function reviews(state: EmulatorState, pull: Pull, args: Record<string, unknown>): ReviewModel[] {
  const states = Array.isArray(args.states) ? (args.states as string[]) : undefined;
  const author = typeof args.author === 'string' ? args.author.toLowerCase() : undefined;
  const viewer = state.tokenUser.login.toLowerCase();
  return (state.reviews[pull.number] ?? [])
    .map((review, index): ReviewModel => ({ kind: 'PullRequestReview', pull, review, index }))
    .filter(({ review }) => review.state !== 'PENDING' || review.user.login.toLowerCase() === viewer)
    .filter(({ review }) => (!states || states.includes(review.state)) && (!author || review.user.login.toLowerCase() === author));
}

export const pullRequest: Resolvers<PullModel> = {
  id: ({ pull }) => nodeId('PullRequest', pullId(pull)),
  number: ({ pull }) => pull.number,
  title: ({ pull }) => pull.title,
  body: ({ pull }) => pull.body ?? '',
  bodyText: ({ pull }) => pull.body ?? '',
  url: ({ pull }, _args, ctx) => `${repoUrl(ctx.shape.state)}/pull/${pull.number}`,
  permalink: ({ pull }, _args, ctx) => `${repoUrl(ctx.shape.state)}/pull/${pull.number}`,
  resourcePath: ({ pull }, _args, ctx) => `${repoPath(ctx.shape.state)}/pull/${pull.number}`,
  state: ({ pull }) => (pull.merged_at ? 'MERGED' : pull.state === 'closed' ? 'CLOSED' : 'OPEN'),
  closed: ({ pull }) => pull.state === 'closed',
  merged: ({ pull }) => Boolean(pull.merged_at),
  mergedAt: ({ pull }) => pull.merged_at ?? null,
  closedAt: ({ pull }) => pullClosedAt(pull),
  createdAt: ({ pull }) => issueCreatedAt(pull),
  updatedAt: ({ pull }) => issueCreatedAt(pull),
  isDraft: () => false,
  baseRefName: ({ pull }, _args, ctx) => baseRef(ctx.shape.state, pull),
  headRefName: ({ pull }) => headRef(pull),
  headRefOid: ({ pull }) => pull.head_sha,
  authorAssociation: ({ pull }, _args, ctx) => pullAssociation(ctx.shape.state, pull),
  author: ({ pull }, _args, ctx) => actor(ctx.shape.state, pull.user),
  mergeCommit: ({ pull }) => (pull.merge_commit_sha ? commitModel(pull.merge_commit_sha) : null),
  labels: ({ pull }, args) =>
    paginate(
      (pull.labels ?? []).map((name): LabelModel => ({ kind: 'Label', name })),
      args as PageArgs,
      'labels',
    ),
  commits: ({ pull }, args, ctx, info) =>
    paginateOrCount(
      pullCommitsCounted(ctx.shape.state, pull).map((sha): PullCommitModel => ({ kind: 'PullRequestCommit', pull, sha })),
      args as PageArgs,
      'commits',
      info,
    ),
  reviews: ({ pull }, args, ctx) => paginate(reviews(ctx.shape.state, pull, args), args as PageArgs, 'reviews'),
  files: ({ pull }, args, ctx) => paginate(changedFiles(ctx.shape.state, pull), args as PageArgs, 'files'),
  changedFiles: ({ pull }) => pull.files?.length ?? 0,
  additions: ({ pull }, _args, ctx) => changedFiles(ctx.shape.state, pull).reduce((sum, file) => sum + file.additions, 0),
  deletions: ({ pull }, _args, ctx) => changedFiles(ctx.shape.state, pull).reduce((sum, file) => sum + file.deletions, 0),
};

export const pullCommit: Resolvers<PullCommitModel> = {
  id: (source) => nodeId('PullRequestCommit', `${pullId(source.pull)}:${source.sha}`),
  commit: (source) => commitModel(source.sha),
  pullRequest: (source) => pullModel(source.pull),
  url: (source, _args, ctx) => `${repoUrl(ctx.shape.state)}/pull/${source.pull.number}/commits/${source.sha}`,
  resourcePath: (source, _args, ctx) => `${repoPath(ctx.shape.state)}/pull/${source.pull.number}/commits/${source.sha}`,
};

export const changedFile: Resolvers<ChangedFileModel> = {
  path: (source) => source.path,
  additions: (source) => source.additions,
  deletions: (source) => source.deletions,
  changeType: (source) => changeTypes[source.status] ?? 'MODIFIED',
};

export const label: Resolvers<LabelModel> = {
  id: (source) => nodeId('Label', labelId(source.name)),
  name: (source) => source.name,
  color: (source) => labelColor(source.name),
  description: () => null,
  isDefault: () => false,
  url: (source, _args, ctx) => `${repoUrl(ctx.shape.state)}/labels/${encodeURIComponent(source.name)}`,
};

/** When the review was submitted; undefined while it is pending. */
const reviewTime = (source: ReviewModel) => reviewSubmittedAt(source.pull.number, source.review, source.index);
const reviewDatabaseId = (source: ReviewModel) => reviewId(source.pull.number, source.review, source.index);

export const review: Resolvers<ReviewModel> = {
  id: (source) => nodeId('PullRequestReview', reviewDatabaseId(source)),
  databaseId: (source) => reviewDatabaseId(source),
  author: (source, _args, ctx) => actor(ctx.shape.state, source.review.user),
  authorAssociation: (source, _args, ctx) => association(ctx.shape.state, source.review.user),
  body: (source) => source.review.body ?? '',
  bodyText: (source) => source.review.body ?? '',
  state: (source) => source.review.state,
  commit: (source) => commitModel(source.review.commit_id),
  submittedAt: (source) => reviewTime(source) ?? null,
  publishedAt: (source) => reviewTime(source) ?? null,
  createdAt: (source) => reviewTime(source) ?? issueCreatedAt(source.pull),
  updatedAt: (source) => reviewTime(source) ?? issueCreatedAt(source.pull),
  url: (source, _args, ctx) => `${repoUrl(ctx.shape.state)}/pull/${source.pull.number}#pullrequestreview-${reviewDatabaseId(source)}`,
  pullRequest: (source) => pullModel(source.pull),
};

/**
 * Actor fields of User, Bot and Organization. GraphQL spells a bot's login without REST's
 * "[bot]" suffix ("dependabot", not "dependabot[bot]"), and links it to its app.
 */
export function actorFields(): Resolvers<ActorModel> {
  const login = (source: ActorModel) => (source.kind === 'Bot' ? source.login.replace(/\[bot\]$/i, '') : source.login);
  const path = (source: ActorModel) => (source.kind === 'Bot' ? `/apps/${login(source)}` : `/${login(source)}`);
  return {
    id: (source) => nodeId(source.kind, userId(source.login)),
    login: (source) => login(source),
    url: (source) => `${WEB}${path(source)}`,
    resourcePath: (source) => path(source),
    avatarUrl: (source, args) => avatarUrl(source.login, args),
  };
}

export const user: Resolvers<ActorModel> = {
  ...actorFields(),
  name: () => null,
  // The public email; '' as GitHub answers for accounts that keep theirs private.
  email: () => '',
};
