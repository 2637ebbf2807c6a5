import { describe, expect, it } from 'vitest';
import { commentDecision, editedAfterPosting, nearMissReason } from './comments';
import { approvalRequiredFor } from './guard';
import { loginMatches, nonHumanReason } from './identity';
import {
  type ApprovalCandidate,
  describeJudgement,
  distinctAccepted,
  judgeApprovers,
  type Permission,
  type RoleDirectory,
  type RoleRules,
  tallyDecisions,
} from './judge';
import { independentApprovers, reduceReviews } from './reviews';

const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
const OLD = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';

function directory(
  teams: Record<string, Record<string, 'active' | 'pending'>>,
  permissions: Record<string, Permission> = {},
): RoleDirectory & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    async teamMembership(team, login) {
      lookups.push(`team ${team} ${login}`);
      return teams[team]?.[login];
    },
    async repositoryPermission(login) {
      lookups.push(`permission ${login}`);
      return permissions[login] ?? 'read';
    },
  };
}

const person = (login: string, type = 'User'): ApprovalCandidate => ({ login, account: { login, type }, via: 'review' });
const rules: RoleRules = { users: ['dave'], teams: ['acme/release-managers'], agents: ['*-agent', 'copilot*'] };

describe('judgeApprovers', () => {
  it('names the reason for every spoofing case', async () => {
    const dir = directory({ 'acme/release-managers': { carol: 'active', erin: 'pending', ghost: 'active', actor: 'active', trigger: 'active' } });
    const judgements = await judgeApprovers(
      [
        person('deploy-bot[bot]', 'Bot'),
        person('sneaky[bot]'),
        person('release-agent'),
        person('bob'),
        person('actor'),
        person('trigger'),
        person('frank'),
        person('erin'),
        person('carol'),
        person('dave'),
      ],
      rules,
      { pullRequestAuthor: 'bob', actor: 'actor', triggeringActor: 'trigger' },
      dir,
    );
    expect(judgements.map(describeJudgement)).toEqual([
      'rejected: `deploy-bot[bot]` is a bot',
      'rejected: `sneaky[bot]` is a bot (its login ends in [bot])',
      'rejected: `release-agent` is an agent account (listed in approvers.agents as `*-agent`)',
      "rejected: `bob` is the pull request's author",
      "rejected: `actor` is the workflow's actor",
      'rejected: `trigger` triggered this workflow run',
      'rejected: `frank` does not hold the release-manager role (not in approvers.users, not an active member of `@acme/release-managers`)',
      'rejected: `erin` has a pending, not active, membership of `@acme/release-managers`',
      'accepted: `carol`, member of `@acme/release-managers`',
      'accepted: `dave`, listed in approvers.users',
    ]);
    // Bots, agents and excluded people are rejected without asking GitHub about their role.
    expect(dir.lookups).toEqual(['team acme/release-managers frank', 'team acme/release-managers erin', 'team acme/release-managers carol']);
  });

  it('counts a person once', async () => {
    const judgements = await judgeApprovers([person('dave'), person('Dave')], rules, {}, directory({}));
    expect(judgements.map(describeJudgement)).toEqual([
      'accepted: `dave`, listed in approvers.users',
      'rejected: `Dave` already counted: each person approves once',
    ]);
    expect(distinctAccepted(judgements)).toEqual(['dave']);
  });

  it('applies separation of duties and a minimum permission', async () => {
    const judgements = await judgeApprovers(
      [person('dave'), person('carol')],
      { ...rules, minPermission: 'maintain' },
      { commitAuthors: [{ login: 'dave', sha: OLD }] },
      directory({ 'acme/release-managers': { carol: 'active' } }, { carol: 'write' }),
    );
    expect(judgements.map(describeJudgement)).toEqual([
      'rejected: `dave` authored commit 1a2b3c4 being released (separation of duties)',
      'rejected: `carol` has write permission; the policy requires maintain (role: member of `@acme/release-managers`)',
    ]);
  });

  it('with no approvers listed, holds the role by maintain permission', async () => {
    const judgements = await judgeApprovers(
      [person('mia'), person('wes')],
      { users: [], teams: [], agents: [] },
      {},
      directory({}, { mia: 'admin', wes: 'write' }),
    );
    expect(judgements.map((judgement) => judgement.verdict)).toEqual(['accepted', 'rejected']);
    expect(judgements[1]?.reason).toBe('has write permission; with no approvers listed, the role needs maintain or above');
  });
});

describe('tallyDecisions', () => {
  it("makes a release manager's rejection final and ignores anyone else's, saying so", async () => {
    const dir = directory({ 'acme/release-managers': { carol: 'active' } });
    const deny = (login: string, type = 'User') => ({ decision: 'deny' as const, candidate: person(login, type), rejected: 'requested changes' });
    const approve = (login: string) => ({ decision: 'approve' as const, candidate: person(login) });
    const ignored = await tallyDecisions([deny('frank'), deny('ci[bot]', 'Bot'), approve('carol')], rules, {}, dir);
    expect(ignored.denied).toBe(false);
    expect(ignored.accepted).toEqual(['carol']);
    expect(ignored.judgements.map(describeJudgement).slice(0, 2)).toEqual([
      'rejected: `frank` requested changes, but does not hold the release-manager role (not in approvers.users, not an active member of `@acme/release-managers`): the rejection does not count',
      'rejected: `ci[bot]` requested changes, but is a bot: the rejection does not count',
    ]);
    // Independence is not asked of a rejection: the actor who is a release manager may still stop the run.
    const final = await tallyDecisions([approve('carol'), deny('dave')], rules, { actor: 'dave' }, dir);
    expect(final).toMatchObject({ denied: true, accepted: [] });
    expect(describeJudgement(final.judgements[1]!)).toBe(
      "rejected: `dave` requested changes (listed in approvers.users): a release manager's rejection is final",
    );
  });
});

describe('reduceReviews', () => {
  const review = (login: string, state: string, commitId = HEAD) => ({ user: { login, type: 'User' }, state, commitId });

  it('keeps each reviewer’s latest decision and rejects stale, dismissed and revoked approvals', () => {
    const { decisions, rejected } = reduceReviews(
      [
        review('alice', 'APPROVED', OLD),
        review('bob', 'APPROVED'),
        review('bob', 'CHANGES_REQUESTED'),
        review('carol', 'DISMISSED'),
        review('dave', 'APPROVED'),
        review('dave', 'COMMENTED'),
      ],
      { headSha: HEAD, allowStale: false },
    );
    expect(decisions.map(({ decision, candidate, rejected: how }) => `${decision} ${candidate.login}${how ? ` (${how})` : ''}`)).toEqual([
      'deny bob (approved, then requested changes)',
      'approve dave',
    ]);
    expect(rejected.map(describeJudgement)).toEqual(['rejected: `alice` approved commit 1a2b3c4, head is 9f8e7d6', 'rejected: `carol` review was dismissed']);
  });

  it('accepts a stale approval where the policy allows it', () => {
    const { decisions } = reduceReviews([review('alice', 'APPROVED', OLD)], { headSha: HEAD, allowStale: true });
    expect(decisions.map((entry) => entry.candidate.login)).toEqual(['alice']);
  });
});

describe('identity, guard and comments', () => {
  it('matches login globs case-insensitively, with [bot] literal', () => {
    expect(loginMatches('copilot*', 'Copilot-SWE')).toBe(true);
    expect(loginMatches('*[bot]', 'x[bot]')).toBe(true);
    expect(loginMatches('*[bot]', 'xb')).toBe(false);
    expect(nonHumanReason({ login: 'octocat', type: 'User' }, ['*-agent'])).toBeUndefined();
  });

  it('requires approval only for changes to protected paths, unless none are configured', () => {
    const paths = ['.github/workflows/**', '.repo/**', 'action.yml'];
    expect(approvalRequiredFor(['src/a.ts', 'README.md'], paths)).toMatchObject({ required: false });
    expect(approvalRequiredFor(['src/a.ts', '.github/workflows/release.yml'], paths)).toMatchObject({
      required: true,
      protectedFiles: ['.github/workflows/release.yml'],
    });
    expect(approvalRequiredFor(['src/a.ts'], [])).toMatchObject({ required: true });
    expect(approvalRequiredFor(undefined, paths)).toMatchObject({ required: true });
    const renamedAway = approvalRequiredFor([{ filename: 'docs/old.yml', status: 'renamed', previous_filename: '.github/workflows/release.yml' }], paths);
    expect(renamedAway).toMatchObject({ required: true, protectedFiles: ['.github/workflows/release.yml'] });
    expect(renamedAway.reason).toBe('the change modifies the release process: .github/workflows/release.yml (renamed to docs/old.yml)');
    expect(approvalRequiredFor([{ filename: '.repo/x.yml', status: 'copied', previous_filename: 'docs/x.yml' }], paths).reason).toContain(
      '.repo/x.yml (copied from docs/x.yml)',
    );
    expect(approvalRequiredFor([{ filename: 'docs/b.md', status: 'renamed', previous_filename: 'docs/a.md' }], paths)).toMatchObject({ required: false });
  });

  it('reads a decision only from a comment that is the word itself', () => {
    const words = { approve: ['approve', 'lgtm'], deny: ['deny'] };
    expect(commentDecision('Approve!', words)).toBe('approve');
    expect(commentDecision('  LGTM\nshipping it', words)).toBe('approve');
    expect(commentDecision('deny.', words)).toBe('deny');
    expect(commentDecision('I do not approve', words)).toBeUndefined();
    for (const body of ['I do not approve', '> approve', '`approve`', '```\napprove\n```', 'approve?? not yet']) {
      expect(commentDecision(body, words), body).toBeUndefined();
      expect(nearMissReason(body, words), body).toBe(
        'wrote "approve" inside a longer line, a quote or code: only a comment whose first line is just the word is a decision',
      );
    }
    expect(nearMissReason('approvers please look', words)).toBeUndefined();
    expect(editedAfterPosting({ created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:05:00Z' })).toBe(true);
    expect(editedAfterPosting({ created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' })).toBe(false);
  });
});

describe('independentApprovers', () => {
  it('counts latest approvals by people other than the author, never bots', () => {
    const approvers = independentApprovers('alice', [
      { login: 'alice', state: 'APPROVED' },
      { login: 'helper', type: 'Bot', state: 'APPROVED' },
      { login: 'ci[bot]', state: 'APPROVED' },
      { login: 'bob', state: 'APPROVED' },
      { login: 'bob', state: 'CHANGES_REQUESTED' },
      { login: 'carol', state: 'APPROVED' },
      { login: 'carol', state: 'COMMENTED' },
      { login: 'dave', state: 'DISMISSED' },
    ]);
    expect(approvers).toEqual(['carol']);
  });
});
