/**
 * The values GraphQL resolvers pass along: small models tagged with their GraphQL type
 * (`kind`), the resolver signature, and helpers the resolvers of several types share.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Deployment } from '../model/deployments';
import type { AccountType } from '../model/people';
import { accountType } from '../model/people';
import type { Pull, Review } from '../model/pulls';
import type { Release } from '../model/releases';
import type { EmulatorState, EmulatorUser } from '../model/state';
import type { ShapeContext } from '../shapes';
import { userId, WEB } from '../shapes';

export interface GraphqlContext {
  shape: ShapeContext;
  /** Set when the token lacks the permission the state denies POST /graphql for. */
  deniedPermission?: string;
}

export interface RepositoryModel {
  kind: 'Repository';
}
export interface CommitModel {
  kind: 'Commit';
  sha: string;
}
export interface PullModel {
  kind: 'PullRequest';
  pull: Pull;
}
/** An Actor (interface): User, Bot or Organization. `login` as REST spells it (bots with "[bot]"). */
export interface ActorModel {
  kind: AccountType;
  login: string;
}
/** The git author or committer of a commit; `login` when a GitHub account authored it. */
export interface GitActorModel {
  kind: 'GitActor';
  name: string;
  login: string | undefined;
  date: string;
}
/** Commit `sha` as one of the pull's commits. */
export interface PullCommitModel {
  kind: 'PullRequestCommit';
  pull: Pull;
  sha: string;
}
export interface LabelModel {
  kind: 'Label';
  name: string;
}
export interface ReviewModel {
  kind: 'PullRequestReview';
  pull: Pull;
  review: Review;
  index: number;
}
export interface ChangedFileModel {
  kind: 'PullRequestChangedFile';
  path: string;
  additions: number;
  deletions: number;
  status: string;
}

export interface ReleaseModel {
  kind: 'Release';
  release: Release;
}
export interface DeploymentModel {
  kind: 'Deployment';
  deployment: Deployment;
}
/** The status at `index` of the deployment's statuses (oldest first, as the state holds them). */
export interface DeploymentStatusModel {
  kind: 'DeploymentStatus';
  deployment: Deployment;
  index: number;
}
/** A branch (prefix refs/heads/) or tag (refs/tags/) and the commit it points at. */
export interface RefModel {
  kind: 'Ref';
  name: string;
  prefix: string;
  sha: string;
}

export type Resolver<Source> = (source: Source, args: Record<string, unknown>, ctx: GraphqlContext, info: GraphQLResolveInfo) => unknown;
export type Resolvers<Source> = Record<string, Resolver<Source>>;

export const repoUrl = (state: EmulatorState) => `${WEB}/${state.repo.owner}/${state.repo.name}`;
export const repoPath = (state: EmulatorState) => `/${state.repo.owner}/${state.repo.name}`;

export function commitModel(sha: string): CommitModel {
  return { kind: 'Commit', sha };
}

export function pullModel(pull: Pull): PullModel {
  return { kind: 'PullRequest', pull };
}

/** User, Bot or Organization, as GET /users/{username} types the account. */
export function actor(state: EmulatorState, who: EmulatorUser): ActorModel {
  return { kind: accountType(state, who), login: who.login };
}

/** GitHub's avatar URL for an account; `size` (pixels) as the s parameter. */
export function avatarUrl(login: string, args: Record<string, unknown>): string {
  return `https://avatars.githubusercontent.com/u/${userId(login)}?v=4${typeof args.size === 'number' ? `&s=${args.size}` : ''}`;
}
