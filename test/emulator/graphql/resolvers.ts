/**
 * Resolvers for GitHub's GraphQL schema over the emulator state. Values are small models
 * tagged with their GraphQL type (`kind`, see models.ts); `fieldResolver` looks each selected
 * field up by its parent type and name, so any query shape over the implemented fields works,
 * and a field without a resolver is an error naming it rather than a silent null. The
 * resolvers read the state through model/, as the REST routes do.
 */
import type { GraphQLFieldResolver, GraphQLTypeResolver } from 'graphql';
import { isObject } from '../shapes';
import type { Connection, Edge, PageInfo } from './connections';
import { Unimplemented } from './connections';
import { deployment, deploymentStatus, ref } from './deployment';
import { blobResolvers, treeResolvers } from './git-objects';
import type { GraphqlContext, Resolver, Resolvers } from './models';
import { actorFields, changedFile, label, pullCommit, pullRequest, review, user } from './pull-request';
import { release } from './release';
import { commit, gitActorFields, query, rateLimit, repository } from './repository';
import { searchConnection } from './search';

export type { GraphqlContext } from './models';

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
  ['CommitConnection', 'CommitEdge'],
  ['PullRequestCommitConnection', 'PullRequestCommitEdge'],
  ['PullRequestConnection', 'PullRequestEdge'],
  ['LabelConnection', 'LabelEdge'],
  ['PullRequestReviewConnection', 'PullRequestReviewEdge'],
  ['PullRequestChangedFileConnection', 'PullRequestChangedFileEdge'],
  ['DeploymentConnection', 'DeploymentEdge'],
  ['DeploymentStatusConnection', 'DeploymentStatusEdge'],
  ['ReleaseConnection', 'ReleaseEdge'],
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
  PullRequestCommit: pullCommit,
  Label: label,
  PullRequestReview: review,
  Blob: blobResolvers,
  Tree: treeResolvers,
  Deployment: deployment,
  DeploymentStatus: deploymentStatus,
  Ref: ref,
  Release: release,
  PageInfo: pageInfo,
  ...Object.fromEntries(
    connections.flatMap(([name, edgeName]) => [
      [name, connection],
      [edgeName, edge],
    ]),
  ),
  SearchResultItemConnection: searchConnection,
  SearchResultItemEdge: edge,
};

export const fieldResolver: GraphQLFieldResolver<unknown, GraphqlContext> = (source, args, ctx, info) => {
  const resolve = resolvers[info.parentType.name]?.[info.fieldName] as Resolver<unknown> | undefined;
  if (!resolve) throw new Unimplemented(`${info.parentType.name}.${info.fieldName}`);
  return resolve(source, args, ctx, info);
};

/** Interfaces and unions (GitObject, Actor) resolve to the model's `kind`. */
export const typeResolver: GraphQLTypeResolver<unknown, GraphqlContext> = (value) =>
  isObject(value) && typeof value.kind === 'string' ? value.kind : undefined;
