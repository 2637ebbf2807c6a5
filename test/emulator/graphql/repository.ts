/**
 * Resolvers of the query root, the rate limit, the repository, its commits (with their
 * parents, history and pull requests) and their git authors. (Its deployments: deployment.ts;
 * the search: search.ts.)
 */

import { graphqlCost } from '../../../packages/github/src/graphql-cost';
import { isoSeconds } from '../model/ids';
import { issueCreatedAt } from '../model/issues';
import type { Pull } from '../model/pulls';
import { findPull, pullsForCommit } from '../model/pulls';
import { commitAt, commitIndex, parentsOf, resolveRevision, touches } from '../model/refs';
import type { EmulatorState } from '../model/state';
import { isObject, nodeId, noreplyEmail, repoId } from '../shapes';
import type { PageArgs } from './connections';
import { connectionsOf, GitHubGraphqlError, historyCursors, nodeCount, paginate, paginateOrCount, Unimplemented } from './connections';
import { repositoryDeployments } from './deployment';
import { objectAtPath } from './git-objects';
import type { CommitModel, GitActorModel, RepositoryModel, Resolvers } from './models';
import { actor, avatarUrl, commitModel, pullModel, repoPath, repoUrl } from './models';
import { repositoryReleases } from './release';
import { search } from './search';

/** The next full hour: when GitHub's hourly GraphQL budget would reset. */
function resetAt(): string {
  const hour = 3_600_000;
  return isoSeconds(new Date(Math.ceil((Date.now() + 1) / hour) * hour));
}

export const query: Resolvers<unknown> = {
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
  search: (_source, args, ctx) => search(ctx.shape.state, args),
};

/** The query's cost by GitHub's formula, against a budget left untouched (5,000 points an hour). */
export const rateLimit: Resolvers<unknown> = {
  cost: (_source, _args, _ctx, info) => graphqlCost(connectionsOf(info.operation, info.fragments, info.variableValues)),
  limit: () => 5000,
  remaining: () => 4999,
  used: () => 1,
  resetAt: () => resetAt(),
  nodeCount: (_source, _args, _ctx, info) => nodeCount(info.operation, info.fragments, info.variableValues).total,
};

export const repository: Resolvers<RepositoryModel> = {
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
    // oid: a full object id only, never a ref name or an abbreviation.
    if (oid !== undefined) return /^[0-9a-f]{40}$/i.test(oid) ? commitModel(oid.toLowerCase()) : null;
    const sha = expression !== undefined ? resolveRevision(ctx.shape.state, expression) : undefined;
    return sha ? commitModel(sha) : null;
  },
  deployments: (_source, args, ctx) => repositoryDeployments(ctx.shape.state, args),
  releases: (_source, args, ctx) => repositoryReleases(ctx.shape.state, args),
  pullRequest: (_source, args, ctx) => {
    const pull = findPull(ctx.shape.state, String(args.number));
    if (!pull) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${String(args.number)}.`);
    return pullModel(pull);
  },
};

/**
 * Commit.history: newest first from the commit itself (a commit outside the history list has
 * no known ancestors), filtered by path and time as GitHub does. It lists by list position,
 * not by walking parents: the list is in date order and, in the fixtures, every earlier
 * commit is an ancestor (a merge's branch commits sit before it), so the two agree.
 */
function history(state: EmulatorState, sha: string, args: Record<string, unknown>): string[] {
  if (args.author != null) throw new Unimplemented('Commit.history(author:)');
  const index = commitIndex(state, sha);
  let shas =
    index < 0
      ? [sha]
      : state.commits
          .slice(0, index + 1)
          .reverse()
          .map((entry) => entry.sha);
  const path = typeof args.path === 'string' ? args.path.replace(/^\/+|\/+$/g, '') : undefined;
  if (path) shas = shas.filter((candidate) => touches(commitAt(state, candidate).commit, path));
  const since = typeof args.since === 'string' ? Date.parse(args.since) : undefined;
  const until = typeof args.until === 'string' ? Date.parse(args.until) : undefined;
  if (since === undefined && until === undefined) return shas;
  return shas.filter((candidate) => {
    const time = Date.parse(commitAt(state, candidate).date);
    return (since === undefined || time >= since) && (until === undefined || time <= until);
  });
}

/** Commit.associatedPullRequests, in `orderBy` order (CREATED_AT and UPDATED_AT agree: pulls are never updated here). */
function associatedPulls(state: EmulatorState, sha: string, args: Record<string, unknown>): Pull[] {
  const order = isObject(args.orderBy) ? args.orderBy : {};
  const sign = order.direction === 'DESC' ? -1 : 1;
  const time = (pull: Pull) => Date.parse(issueCreatedAt(pull));
  return [...pullsForCommit(state, sha)].sort((a, b) => sign * (time(a) - time(b) || a.number - b.number));
}

function gitActor(state: EmulatorState, sha: string): GitActorModel {
  const { commit: entry, date } = commitAt(state, sha);
  return { kind: 'GitActor', name: entry.author ?? 'octocat', login: entry.author, date };
}

const message = (source: CommitModel, state: EmulatorState) => commitAt(state, source.sha).commit.message;

export const commit: Resolvers<CommitModel> = {
  id: (source) => nodeId('Commit', source.sha),
  oid: (source) => source.sha,
  abbreviatedOid: (source) => source.sha.slice(0, 7),
  message: (source, _args, ctx) => message(source, ctx.shape.state),
  messageHeadline: (source, _args, ctx) => message(source, ctx.shape.state).split('\n')[0] ?? '',
  messageBody: (source, _args, ctx) => message(source, ctx.shape.state).split('\n').slice(1).join('\n').trim(),
  url: (source, _args, ctx) => `${repoUrl(ctx.shape.state)}/commit/${source.sha}`,
  commitUrl: (source, _args, ctx) => `${repoUrl(ctx.shape.state)}/commit/${source.sha}`,
  resourcePath: (source, _args, ctx) => `${repoPath(ctx.shape.state)}/commit/${source.sha}`,
  committedDate: (source, _args, ctx) => commitAt(ctx.shape.state, source.sha).date,
  authoredDate: (source, _args, ctx) => commitAt(ctx.shape.state, source.sha).date,
  // As in REST's commit.author/committer: the login's name and noreply address, octocat without one.
  author: (source, _args, ctx) => gitActor(ctx.shape.state, source.sha),
  committer: (source, _args, ctx) => gitActor(ctx.shape.state, source.sha),
  history: (source, args, ctx) =>
    paginate(history(ctx.shape.state, source.sha, args).map(commitModel), args as PageArgs, 'history', historyCursors(source.sha)),
  parents: (source, args, ctx, info) => paginateOrCount(parentsOf(ctx.shape.state, source.sha).map(commitModel), args as PageArgs, 'parents', info),
  associatedPullRequests: (source, args, ctx) =>
    paginate(associatedPulls(ctx.shape.state, source.sha, args).map(pullModel), args as PageArgs, 'associatedPullRequests'),
};

export const gitActorFields: Resolvers<GitActorModel> = {
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
