// Whether an approver qualifies: a person (not a bot, not an agent account), holding the
// release-manager role, and independent of the change (not its author, not the one who
// ran the workflow). A rejection is judged by the same rule for every source: by a person
// holding the role it is final; by anyone else it does not count, and the report says so.
// The role lookups are behind RoleDirectory, so this stays pure.

import type { ApproverSettings, RepositoryPermission } from '@release-governance/policy';
import { shortSha } from '@release-governance/render';
import { type Account, nonHumanReason, sameLogin } from './identity';

export type Permission = RepositoryPermission | 'none';

/** Reads GitHub's view of an account's role; the action supplies one backed by the API. */
export interface RoleDirectory {
  /** `active` or `pending` membership of `org/team-slug`, or undefined for none. */
  teamMembership(team: string, login: string): Promise<'active' | 'pending' | undefined>;
  repositoryPermission(login: string): Promise<Permission>;
}

export interface RoleRules {
  users: string[];
  teams: string[];
  agents: string[];
  minPermission?: RepositoryPermission;
}

/** The release-manager role as the policy's approvers section defines it. */
export function roleRules(settings: ApproverSettings): RoleRules {
  return { users: settings.users, teams: settings.teams, agents: settings.agents, minPermission: settings['min-permission'] };
}

/** People whose approval cannot count because of who they are in this change. */
export interface Exclusions {
  pullRequestAuthor?: string;
  actor?: string;
  triggeringActor?: string;
  /** Authors of the commits being released, for separation of duties. */
  commitAuthors?: { login: string; sha: string }[];
  /**
   * People who changed the pull request's code (authors and committers of its commits): on a
   * review event the actor is the reviewer, so the actor rule applies to these people instead.
   */
  changedBy?: { login: string; sha: string; as: 'author' | 'committer' }[];
}

type ApprovalSource = 'review' | 'environment' | 'comment' | 'dispatch';

export interface ApprovalCandidate {
  login: string;
  account: Account;
  via: ApprovalSource;
  url?: string;
}

export interface Judgement {
  login: string;
  via: ApprovalSource;
  verdict: 'accepted' | 'rejected';
  reason: string;
  url?: string;
}

const PERMISSION_RANK: Record<Permission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
/** With no users or teams listed, the role is held by those who may maintain the repository. */
const DEFAULT_ROLE_PERMISSION: RepositoryPermission = 'maintain';

export async function judgeCandidate(candidate: ApprovalCandidate, rules: RoleRules, exclusions: Exclusions, directory: RoleDirectory): Promise<Judgement> {
  const { login } = candidate;
  const reject = (reason: string): Judgement => ({ login, via: candidate.via, url: candidate.url, verdict: 'rejected', reason });

  const nonHuman = nonHumanReason(candidate.account, rules.agents);
  if (nonHuman) return reject(nonHuman);
  if (sameLogin(login, exclusions.pullRequestAuthor)) return reject("is the pull request's author");
  if (sameLogin(login, exclusions.actor)) return reject("is the workflow's actor");
  if (sameLogin(login, exclusions.triggeringActor)) return reject('triggered this workflow run');
  const authored = exclusions.commitAuthors?.find((commit) => sameLogin(commit.login, login));
  if (authored) return reject(`authored commit ${shortSha(authored.sha)} being released (separation of duties)`);
  const changed = exclusions.changedBy?.find((commit) => sameLogin(commit.login, login));
  if (changed) return reject(`${changed.as === 'author' ? 'authored' : 'committed'} commit ${shortSha(changed.sha)} of the pull request`);

  const role = await roleOf(login, rules, directory);
  if (!role.holds) return reject(role.reason);
  return { login, via: candidate.via, url: candidate.url, verdict: 'accepted', reason: role.reason };
}

async function roleOf(login: string, rules: RoleRules, directory: RoleDirectory): Promise<{ holds: boolean; reason: string }> {
  if (rules.users.length === 0 && rules.teams.length === 0) {
    const required = rules.minPermission ?? DEFAULT_ROLE_PERMISSION;
    const permission = await directory.repositoryPermission(login);
    return PERMISSION_RANK[permission] >= PERMISSION_RANK[required]
      ? { holds: true, reason: `has ${permission} permission (no approvers listed: ${required} or above holds the role)` }
      : { holds: false, reason: `has ${permission} permission; with no approvers listed, the role needs ${required} or above` };
  }

  let holds: string | undefined = rules.users.some((user) => sameLogin(user, login)) ? 'listed in approvers.users' : undefined;
  let pending: string | undefined;
  for (const team of holds ? [] : rules.teams) {
    const state = await directory.teamMembership(team, login);
    if (state === 'active') {
      holds = `member of \`@${team}\``;
      break;
    }
    if (state === 'pending') pending ??= team;
  }
  if (!holds) {
    if (pending) return { holds: false, reason: `has a pending, not active, membership of \`@${pending}\`` };
    const teams = rules.teams.length > 0 ? `, not an active member of ${rules.teams.map((team) => `\`@${team}\``).join(' or ')}` : '';
    return { holds: false, reason: `does not hold the release-manager role (not in approvers.users${teams})` };
  }
  if (rules.minPermission) {
    const permission = await directory.repositoryPermission(login);
    if (PERMISSION_RANK[permission] < PERMISSION_RANK[rules.minPermission]) {
      return { holds: false, reason: `has ${permission} permission; the policy requires ${rules.minPermission} (role: ${holds})` };
    }
  }
  return { holds: true, reason: holds };
}

/** Judges each candidate; a person counts once, however many times they approved. */
export async function judgeApprovers(
  candidates: ApprovalCandidate[],
  rules: RoleRules,
  exclusions: Exclusions,
  directory: RoleDirectory,
): Promise<Judgement[]> {
  const judgements: Judgement[] = [];
  for (const candidate of candidates) {
    const counted = judgements.some((judgement) => judgement.verdict === 'accepted' && sameLogin(judgement.login, candidate.login));
    judgements.push(
      counted
        ? { login: candidate.login, via: candidate.via, url: candidate.url, verdict: 'rejected', reason: 'already counted: each person approves once' }
        : await judgeCandidate(candidate, rules, exclusions, directory),
    );
  }
  return judgements;
}

/** A person's standing decision from one source: an approval, or a rejection (deny, changes requested, rejected deployment). */
export interface Decision {
  decision: 'approve' | 'deny';
  candidate: ApprovalCandidate;
  /** How the rejection reads, e.g. `requested changes`; default `denied the release`. */
  rejected?: string;
}

interface Tally {
  /** Rows in decision order. */
  judgements: Judgement[];
  /** Distinct accepted approvers; none once a release manager has rejected. */
  accepted: string[];
  /** Whether a person holding the role rejected: final, whatever the approvals. */
  denied: boolean;
}

/**
 * The one rule for every source. Approvals are judged by judgeApprovers (a person counts
 * once). A rejection counts when its author is a person holding the role; independence is
 * not asked of them (a release manager who started the run may still stop it). Anyone
 * else's rejection does not count, and its row says why.
 */
export async function tallyDecisions(decisions: Decision[], rules: RoleRules, exclusions: Exclusions, directory: RoleDirectory): Promise<Tally> {
  const approvals = await judgeApprovers(
    decisions.filter((entry) => entry.decision === 'approve').map((entry) => entry.candidate),
    rules,
    exclusions,
    directory,
  );
  const judgements: Judgement[] = [];
  let nextApproval = 0;
  let denied = false;
  for (const { decision, candidate, rejected = 'denied the release' } of decisions) {
    if (decision === 'approve') {
      judgements.push(approvals[nextApproval++] as Judgement);
      continue;
    }
    const judgement = await judgeCandidate(candidate, rules, {}, directory);
    const counts = judgement.verdict === 'accepted';
    if (counts) denied = true;
    judgements.push({
      ...judgement,
      verdict: 'rejected',
      reason: counts
        ? `${rejected} (${judgement.reason}): a release manager's rejection is final`
        : `${rejected}, but ${judgement.reason}: the rejection does not count`,
    });
  }
  return { judgements, accepted: denied ? [] : distinctAccepted(judgements), denied };
}

export function describeJudgement(judgement: Judgement): string {
  return judgement.verdict === 'accepted' ? `accepted: \`${judgement.login}\`, ${judgement.reason}` : `rejected: \`${judgement.login}\` ${judgement.reason}`;
}

export function distinctAccepted(judgements: Judgement[]): string[] {
  const logins: string[] = [];
  for (const judgement of judgements) {
    if (judgement.verdict === 'accepted' && !logins.some((login) => sameLogin(login, judgement.login))) logins.push(judgement.login);
  }
  return logins;
}
