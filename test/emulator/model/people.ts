/**
 * Accounts and their relation to the repository: account types, author associations, team
 * memberships and repository roles.
 */
import type { EmulatorState, EmulatorUser } from './state';

/** Who created what the state does not attribute: workflows, usually (the default token user too). */
export const WORKFLOW_BOT: EmulatorUser = { login: 'github-actions[bot]', type: 'Bot' };

export type AccountType = 'User' | 'Bot' | 'Organization';
export type Role = EmulatorState['permissions'][string];

/** The account's type: the user's own, else `state.accounts`, else Bot for a [bot] login. */
export function accountType(state: EmulatorState, who: EmulatorUser): AccountType {
  return who.type ?? state.accounts[who.login.toLowerCase()] ?? (/\[bot\]$/i.test(who.login) ? 'Bot' : 'User');
}

/** `author_association` for a user: bots have none; others are treated as organization members. */
export function association(state: EmulatorState, who: EmulatorUser): string {
  if (who.type === 'Bot') return 'NONE';
  return who.login === state.repo.owner ? 'OWNER' : 'MEMBER';
}

/** An entry of a case-insensitively keyed record (org, team slug and login are case-insensitive on GitHub). */
function lookup<T>(record: Record<string, T>, key: string): T | undefined {
  const wanted = key.toLowerCase();
  return Object.entries(record).find(([name]) => name.toLowerCase() === wanted)?.[1];
}

/** The membership state of `login` in team `org/slug`, undefined when not a member. */
export function teamMembership(state: EmulatorState, org: string, slug: string, login: string): 'active' | 'pending' | undefined {
  return lookup(lookup(state.teams, `${org}/${slug}`) ?? {}, login);
}

/** Every login the state mentions: people GitHub would know, who can read a public repository. */
function knownLogins(state: EmulatorState): Set<string> {
  const logins = [
    state.tokenUser.login,
    ...state.commits.map((commit) => commit.author),
    ...state.releases.map((release) => release.author),
    ...[...state.pulls, ...state.issues].map((item) => item.user.login),
    ...state.issues.flatMap((issue) => issue.assignees ?? []),
    ...Object.values(state.comments).flatMap((comments) => comments.map((comment) => comment.user.login)),
    ...Object.values(state.reviews).flatMap((reviews) => reviews.map((review) => review.user.login)),
    ...Object.values(state.runApprovals).flatMap((approvals) => approvals.map((approval) => approval.user.login)),
    ...Object.values(state.teams).flatMap((members) => Object.keys(members)),
    ...state.deployments.flatMap((deployment) => [deployment.creator?.login, ...deployment.statuses.map((status) => status.creator?.login)]),
  ];
  return new Set(logins.filter((login): login is string => !!login).map((login) => login.toLowerCase()));
}

/** The repository role of `login`: the state's, else read for anyone the state mentions, else none. */
export function roleOf(state: EmulatorState, login: string): Role {
  return lookup(state.permissions, login) ?? (knownLogins(state).has(login.toLowerCase()) ? 'read' : 'none');
}
