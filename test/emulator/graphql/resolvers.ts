/**
 * Resolvers for GitHub's GraphQL schema over the emulator state. Values are small "models"
 * tagged with their GraphQL type (`kind`); `fieldResolver` looks each selected field up by
 * its parent type and name, so any query shape over the implemented fields works, and a
 * field without a resolver is an error naming it rather than a silent null.
 */
import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLTypeResolver } from 'graphql';
import { findPull, issueCreatedAt, pullAssociation, pullClosedAt, pullsForCommit, reviewId, reviewSubmittedAt } from '../routes/issues';
import type { Pull, Review } from '../routes/issues';
import { pullFiles } from '../routes/pulls';
import type { ShapeContext } from '../shapes';
import { association, isObject, labelColor, nodeId, noreplyEmail, repoId, userId, WEB } from '../shapes';
import type { EmulatorState, EmulatorUser } from '../state';
import { commitIndex, defaultBranchHead, isoSeconds, resolveRef, stableId, timestamp } from '../state';
import type { Connection, Edge, PageArgs, PageInfo } from './connections';
import { connectionsOf, GitHubGraphqlError, historyCursors, nodeCount, paginate, Unimplemented } from './connections';
import { blobResolvers, objectAtPath, treeResolvers } from './git-objects';
import { graphqlCost } from '../../../packages/github/src/graphql-cost';

export interface GraphqlContext {
  shape: ShapeContext;
  /** Set when the token lacks the permission the state denies POST /graphql for. */
  deniedPermission?: string;
}

type AccountKind = 'User' | 'Bot' | 'Organization';

interface RepositoryModel {
  kind: 'Repository';
}
interface CommitModel {
  kind: 'Commit';
  sha: string;
}
interface PullModel {
  kind: 'PullRequest';
  pull: Pull;
}
/** An Actor (interface): User, Bot or Organization. `login` as REST spells it (bots with "[bot]"). */
interface ActorModel {
  kind: AccountKind;
  login: string;
}
/** The git author or committer of a commit; `login` when a GitHub account authored it. */
interface GitActorModel {
  kind: 'GitActor';
  name: string;
  login: string | undefined;
  date: string;
}
interface LabelModel {
  kind: 'Label';
  name: string;
}
interface ReviewModel {
  kind: 'PullRequestReview';
  pull: Pull;
  review: Review;
  index: number;
}
interface ChangedFileModel {
  kind: 'PullRequestChangedFile';
  path: string;
  additions: number;
  deletions: number;
  status: string;
}

type Resolver<Source> = (source: Source, args: Record<string, unknown>, ctx: GraphqlContext, info: GraphQLResolveInfo) => unknown;
type Resolvers<Source> = Record<string, Resolver<Source>>;

// ---------------------------------------------------------------------------------------
// Helpers over the state

const repoUrl = (state: EmulatorState) => `${WEB}/${state.repo.owner}/${state.repo.name}`;
const repoPath = (state: EmulatorState) => `/${state.repo.owner}/${state.repo.name}`;

function commitModel(sha: string): CommitModel {
  return { kind: 'Commit', sha };
}

/**
 * The commit `sha`: its history entry, else (a sha the history does not hold, e.g. a pull
 * request's own commit) the placeholder GET commits/{ref} serves for it.
 */
function commitData(state: EmulatorState, sha: string): { index: number; commit: EmulatorState['commits'][number]; date: string } {
  const index = commitIndex(state, sha);
  const commit = state.commits[index] ?? { sha, message: `Commit ${sha.slice(0, 7)}` };
  // The same times REST serves for the commit.
  return { index, commit, date: commit.date ?? (index >= 0 ? timestamp(index * 10) : timestamp(0)) };
}

/** User, Bot or Organization, as GET /users/{username} would type the account. */
function accountKind(state: EmulatorState, who: EmulatorUser): AccountKind {
  return who.type ?? state.accounts[who.login.toLowerCase()] ?? (/\[bot\]$/i.test(who.login) ? 'Bot' : 'User');
}

function actor(state: EmulatorState, who: EmulatorUser): ActorModel {
  return { kind: accountKind(state, who), login: who.login };
}

/**
 * The revision `expression` of Repository.object as a sha: a branch, tag or sha (resolveRef,
 * as REST resolves refs), or HEAD, each optionally followed by ~N / ^ ancestry steps, which
 * walk the linear history.
 */
function resolveRevision(state: EmulatorState, expression: string): string | undefined {
  const match = /^(.+?)((?:[~^]\d*)*)$/.exec(expression);
  if (!match) return undefined;
  const [, base = '', steps = ''] = match;
  let sha = base === 'HEAD' ? defaultBranchHead(state) : resolveRef(state, base);
  for (const [, op, digits] of steps.matchAll(/([~^])(\d*)/g)) {
    if (sha === undefined) return undefined;
    const count = digits === '' ? 1 : Number(digits);
    // ^0 is the commit itself; ^2 and beyond name merge parents a linear history has none of.
    if (op === '^' && count > 1) return undefined;
    const index = commitIndex(state, sha) - (op === '^' && count === 0 ? 0 : count);
    sha = index >= 0 ? state.commits[index]?.sha : undefined;
  }
  return sha;
}

/** GitHub's avatar URL for an account; `size` (pixels) as the s parameter. */
function avatarUrl(login: string, args: Record<string, unknown>): string {
  return `https://avatars.githubusercontent.com/u/${userId(login)}?v=4${typeof args.size === 'number' ? `&s=${args.size}` : ''}`;
}

const changeTypes: Record<string, string> = { added: 'ADDED', removed: 'DELETED', modified: 'MODIFIED', renamed: 'RENAMED', copied: 'COPIED', changed: 'CHANGED' };

/** The next full hour: when GitHub's hourly GraphQL budget would reset. */
function resetAt(): string {
  const hour = 3_600_000;
  return isoSeconds(new Date(Math.ceil((Date.now() + 1) / hour) * hour));
}

// ---------------------------------------------------------------------------------------
// Resolvers, by GraphQL type

const query: Resolvers<unknown> = {
  rateLimit: () => ({ kind: 'RateLimit' }),
  repository: (_source, args, ctx) => {
    const { state } = ctx.shape;
    const owner = String(args.owner);
    const name = String(args.name);
    if (owner.toLowerCase() !== state.repo.owner.toLowerCase() || name.toLowerCase() !== state.repo.name.toLowerCase()) {
      throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
    }
    // A token lacking a permission GitHub checks for the repository's data.
    if (ctx.deniedPermission) throw new GitHubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
    return { kind: 'Repository' } satisfies RepositoryModel;
  },
};

/** The query's cost by GitHub's formula, against a budget left untouched (5,000 points an hour). */
const rateLimit: Resolvers<unknown> = {
  cost: (_source, _args, _ctx, info) => graphqlCost(connectionsOf(info.operation, info.fragments, info.variableValues)),
  limit: () => 5000,
  remaining: () => 4999,
  used: () => 1,
  resetAt: () => resetAt(),
  nodeCount: (_source, _args, _ctx, info) => nodeCount(info.operation, info.fragments, info.variableValues).total,
};

const repository: Resolvers<RepositoryModel> = {
  id: (_source, _args, ctx) => nodeId('Repository', repoId(ctx.shape)),
  name: (_source, _args, ctx) => ctx.shape.state.repo.name,
  nameWithOwner: (_source, _args, ctx) => `${ctx.shape.state.repo.owner}/${ctx.shape.state.repo.name}`,
  url: (_source, _args, ctx) => repoUrl(ctx.shape.state),
  object: (_source, args, ctx) => {
    const expression = typeof args.expression === 'string' ? args.expression : undefined;
    const oid = typeof args.oid === 'string' ? args.oid : undefined;
    const colon = expression?.indexOf(':') ?? -1;
    if (expression !== undefined && colon >= 0) {
      const sha = resolveRevision(ctx.shape.state, expression.slice(0, colon));
      return sha ? objectAtPath(ctx.shape.state, sha, expression.slice(colon + 1)) : null;
    }
    const sha = oid !== undefined ? resolveRef(ctx.shape.state, oid) : expression !== undefined ? resolveRevision(ctx.shape.state, expression) : undefined;
    return sha ? commitModel(sha) : null;
  },
  pullRequest: (_source, args, ctx) => {
    const pull = findPull(ctx.shape.state, String(args.number));
    if (!pull) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${String(args.number)}.`);
    return { kind: 'PullRequest', pull } satisfies PullModel;
  },
};

const commit: Resolvers<CommitModel> = {
  id: (source) => nodeId('Commit', source.sha),
  oid: (source) => source.sha,
  abbreviatedOid: (source) => source.sha.slice(0, 7),
  message: (source, _args, ctx) => commitData(ctx.shape.state, source.sha).commit.message,
  messageHeadline: (source, _args, ctx) => commitData(ctx.shape.state, source.sha).commit.message.split('\n')[0] ?? '',
  messageBody: (source, _args, ctx) => commitData(ctx.shape.state, source.sha).commit.message.split('\n').slice(1).join('\n').trim(),
  url: (source, _args, ctx) => `${repoUrl(ctx.shape.state)}/commit/${source.sha}`,
  commitUrl: (source, _args, ctx) => `${repoUrl(ctx.shape.state)}/commit/${source.sha}`,
  resourcePath: (source, _args, ctx) => `${repoPath(ctx.shape.state)}/commit/${source.sha}`,
  committedDate: (source, _args, ctx) => commitData(ctx.shape.state, source.sha).date,
  authoredDate: (source, _args, ctx) => commitData(ctx.shape.state, source.sha).date,
  // As in REST's commit.author/committer: the login's name and noreply address, octocat without one.
  author: (source, _args, ctx) => gitActor(ctx.shape.state, source.sha),
  committer: (source, _args, ctx) => gitActor(ctx.shape.state, source.sha),
  history: (source, args, ctx) => {
    const { state } = ctx.shape;
    if (args.author != null) throw new Unimplemented('Commit.history(author:)');
    const index = commitIndex(state, source.sha);
    // Newest first from the commit itself; a commit outside the linear history has no known ancestors.
    let shas = index < 0 ? [source.sha] : state.commits.slice(0, index + 1).reverse().map((entry) => entry.sha);
    const path = typeof args.path === 'string' ? args.path.replace(/^\/+|\/+$/g, '') : undefined;
    if (path) shas = shas.filter((sha) => (commitData(state, sha).commit.files ?? []).some((file) => file === path || file.startsWith(`${path}/`)));
    const since = typeof args.since === 'string' ? Date.parse(args.since) : undefined;
    const until = typeof args.until === 'string' ? Date.parse(args.until) : undefined;
    if (since !== undefined || until !== undefined) {
      shas = shas.filter((sha) => {
        const time = Date.parse(commitData(state, sha).date);
        return (since === undefined || time >= since) && (until === undefined || time <= until);
      });
    }
    return paginate(shas.map(commitModel), args as PageArgs, 'history', historyCursors(source.sha));
  },
  associatedPullRequests: (source, args, ctx) => {
    const order = isObject(args.orderBy) ? args.orderBy : {};
    const sign = order.direction === 'DESC' ? -1 : 1;
    // Pull requests are never updated after creation here, so CREATED_AT and UPDATED_AT agree.
    const time = (pull: Pull) => Date.parse(issueCreatedAt(pull));
    const pulls = [...pullsForCommit(ctx.shape.state, source.sha)].sort((a, b) => sign * (time(a) - time(b) || a.number - b.number));
    return paginate(
      pulls.map((pull): PullModel => ({ kind: 'PullRequest', pull })),
      args as PageArgs,
      'associatedPullRequests',
    );
  },
};

function gitActor(state: EmulatorState, sha: string): GitActorModel {
  const { commit: entry, date } = commitData(state, sha);
  return { kind: 'GitActor', name: entry.author ?? 'octocat', login: entry.author, date };
}

const gitActorFields: Resolvers<GitActorModel> = {
  name: (source) => source.name,
  email: (source) => noreplyEmail(source.name),
  date: (source) => source.date,
  avatarUrl: (source, args) => avatarUrl(source.name, args),
  // GitActor.user is a User: a commit by a bot (or by no account) has none.
  user: (source, _args, ctx) => {
    if (!source.login) return null;
    const who = actor(ctx.shape.state, { login: source.login });
    return who.kind === 'User' ? who : null;
  },
};

/**
 * Actor fields of User, Bot and Organization. GraphQL spells a bot's login without REST's
 * "[bot]" suffix ("dependabot", not "dependabot[bot]"), and links it to its app.
 */
function actorFields(): Resolvers<ActorModel> {
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

const user: Resolvers<ActorModel> = {
  ...actorFields(),
  name: () => null,
  // The public email; '' as GitHub answers for accounts that keep theirs private.
  email: () => '',
};

const pullRequest: Resolvers<PullModel> = {
  id: ({ pull }) => nodeId('PullRequest', stableId(`pull:${pull.number}`)),
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
  baseRefName: ({ pull }, _args, ctx) => pull.base_ref ?? ctx.shape.state.repo.defaultBranch,
  headRefName: ({ pull }) => pull.head_ref ?? `pr-${pull.number}`,
  headRefOid: ({ pull }) => pull.head_sha,
  authorAssociation: ({ pull }, _args, ctx) => pullAssociation(pull, ctx.shape),
  author: ({ pull }, _args, ctx) => actor(ctx.shape.state, pull.user),
  mergeCommit: ({ pull }) => (pull.merge_commit_sha ? commitModel(pull.merge_commit_sha) : null),
  labels: ({ pull }, args) =>
    paginate(
      (pull.labels ?? []).map((name): LabelModel => ({ kind: 'Label', name })),
      args as PageArgs,
      'labels',
    ),
  reviews: ({ pull }, args, ctx) => {
    const states = Array.isArray(args.states) ? (args.states as string[]) : undefined;
    const author = typeof args.author === 'string' ? args.author.toLowerCase() : undefined;
    const viewer = ctx.shape.state.tokenUser.login.toLowerCase();
    const reviews = (ctx.shape.state.reviews[pull.number] ?? [])
      .map((review, index): ReviewModel => ({ kind: 'PullRequestReview', pull, review, index }))
      // A pending review is visible only to its author, as on GitHub.
      .filter(({ review }) => review.state !== 'PENDING' || review.user.login.toLowerCase() === viewer)
      .filter(({ review }) => (!states || states.includes(review.state)) && (!author || review.user.login.toLowerCase() === author));
    return paginate(reviews, args as PageArgs, 'reviews');
  },
  files: ({ pull }, args, ctx) => paginate(changedFiles(pull, ctx), args as PageArgs, 'files'),
  changedFiles: ({ pull }) => pull.files?.length ?? 0,
  additions: ({ pull }, _args, ctx) => changedFiles(pull, ctx).reduce((sum, file) => sum + file.additions, 0),
  deletions: ({ pull }, _args, ctx) => changedFiles(pull, ctx).reduce((sum, file) => sum + file.deletions, 0),
};

/** The pull's files with the line counts GET pulls/{n}/files reports. */
function changedFiles(pull: Pull, ctx: GraphqlContext): ChangedFileModel[] {
  return pullFiles(pull, ctx.shape).map((file) => ({
    kind: 'PullRequestChangedFile',
    path: String(file.filename),
    additions: Number(file.additions),
    deletions: Number(file.deletions),
    status: String(file.status),
  }));
}

const changedFile: Resolvers<ChangedFileModel> = {
  path: (source) => source.path,
  additions: (source) => source.additions,
  deletions: (source) => source.deletions,
  changeType: (source) => changeTypes[source.status] ?? 'MODIFIED',
};

const label: Resolvers<LabelModel> = {
  id: (source) => nodeId('Label', stableId(`label:${source.name}`)),
  name: (source) => source.name,
  color: (source) => labelColor(source.name),
  description: () => null,
  isDefault: () => false,
  url: (source, _args, ctx) => `${repoUrl(ctx.shape.state)}/labels/${encodeURIComponent(source.name)}`,
};

const review: Resolvers<ReviewModel> = {
  id: (source) => nodeId('PullRequestReview', reviewId(source.pull.number, source.review, source.index)),
  databaseId: (source) => reviewId(source.pull.number, source.review, source.index),
  author: (source, _args, ctx) => actor(ctx.shape.state, source.review.user),
  authorAssociation: (source, _args, ctx) => association(source.review.user, ctx.shape),
  body: (source) => source.review.body ?? '',
  bodyText: (source) => source.review.body ?? '',
  state: (source) => source.review.state,
  commit: (source) => commitModel(source.review.commit_id),
  submittedAt: (source) => reviewSubmittedAt(source.pull.number, source.review, source.index) ?? null,
  publishedAt: (source) => reviewSubmittedAt(source.pull.number, source.review, source.index) ?? null,
  createdAt: (source) => reviewSubmittedAt(source.pull.number, source.review, source.index) ?? issueCreatedAt(source.pull),
  updatedAt: (source) => reviewSubmittedAt(source.pull.number, source.review, source.index) ?? issueCreatedAt(source.pull),
  url: (source, _args, ctx) =>
    `${repoUrl(ctx.shape.state)}/pull/${source.pull.number}#pullrequestreview-${reviewId(source.pull.number, source.review, source.index)}`,
  pullRequest: (source) => ({ kind: 'PullRequest', pull: source.pull }) satisfies PullModel,
};

/** Every …Connection type shares these (Connection from connections.ts). */
const connection: Resolvers<Connection<unknown>> = {
  nodes: (source) => source.edges.map((edge) => edge.node),
  edges: (source) => source.edges,
  totalCount: (source) => source.totalCount,
  pageInfo: (source) => source.pageInfo,
};
const edge: Resolvers<Edge<unknown>> = {
  node: (source) => source.node,
  cursor: (source) => source.cursor,
};
const pageInfo: Resolvers<PageInfo> = {
  startCursor: (source) => source.startCursor,
  endCursor: (source) => source.endCursor,
  hasNextPage: (source) => source.hasNextPage,
  hasPreviousPage: (source) => source.hasPreviousPage,
};

/** The connection types served, with their edge types. */
const connections: Array<[connection: string, edge: string]> = [
  ['CommitHistoryConnection', 'CommitEdge'],
  ['PullRequestConnection', 'PullRequestEdge'],
  ['LabelConnection', 'LabelEdge'],
  ['PullRequestReviewConnection', 'PullRequestReviewEdge'],
  ['PullRequestChangedFileConnection', 'PullRequestChangedFileEdge'],
];

/** Resolvers by GraphQL type name, then field name. Sources are typed per type; the map erases them. */
const resolvers: Record<string, Resolvers<never>> = {
  Query: query,
  RateLimit: rateLimit,
  Repository: repository,
  Commit: commit,
  GitActor: gitActorFields,
  User: user,
  Bot: actorFields(),
  Organization: actorFields(),
  PullRequest: pullRequest,
  PullRequestChangedFile: changedFile,
  Label: label,
  PullRequestReview: review,
  Blob: blobResolvers,
  Tree: treeResolvers,
  PageInfo: pageInfo,
  ...Object.fromEntries(connections.flatMap(([name, edgeName]) => [[name, connection], [edgeName, edge]])),
};

export const fieldResolver: GraphQLFieldResolver<unknown, GraphqlContext> = (source, args, ctx, info) => {
  const resolve = resolvers[info.parentType.name]?.[info.fieldName] as Resolver<unknown> | undefined;
  if (!resolve) throw new Unimplemented(`${info.parentType.name}.${info.fieldName}`);
  return resolve(source, args, ctx, info);
};

/** Interfaces and unions (GitObject, Actor) resolve to the model's `kind`. */
export const typeResolver: GraphQLTypeResolver<unknown, GraphqlContext> = (value) =>
  isObject(value) && typeof value.kind === 'string' ? value.kind : undefined;
