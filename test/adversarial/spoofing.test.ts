// The spoofing corpus: every way an attacker might get an approval counted without a human
// release manager, across the three approval sources, run against the bundled
// require-human-approver. Each case is one line: who, what they did, and the reason the
// action must report for them. Most spoofers are active members of the release-manager team,
// so what rejects them is the spoof, not a missing role. Each source also has its control: a
// real release manager's approval passes.

import { describe, expect, it } from 'vitest';
import { type Emulator, type EmulatorState, webhookPayload } from '../emulator';
import { workflowChange, workflowChangeShas } from '../fixtures/workflow-change';
import { emulatorPerTest } from '../helpers/emulator-per-test';
import { waitFor } from '../helpers/process';
import { type ActionRun, type RunActionOptions, runAction } from '../helpers/run-action';

const { base: BASE, oldHead: OLD_HEAD, head: HEAD } = workflowChangeShas('spoof');
const RUN_ID = 8200001;
const short = (sha: string) => sha.slice(0, 7);
const POLICY = [
  'approvers:',
  '  teams: [acme/release-managers]',
  '  users: [dave]',
  '  agents: ["*-agent", "copilot*", ci-helper]',
  '  separation-of-duties: true',
  '  issue:',
  '    poll-seconds: 0.2',
].join('\n');

const NO_ROLE = 'does not hold the release-manager role (not in approvers.users, not an active member of `@acme/release-managers`)';
const PENDING = 'has a pending, not active, membership of `@acme/release-managers`';
/** Spoofers who hold the role by team, so only the spoof can reject them. */
const MEMBERS = [
  'deploy-bot[bot]',
  'sneaky[bot]',
  'Shouty[BOT]',
  'helper',
  'acme-org',
  'release-agent',
  'Copilot-SWE',
  'ci-helper',
  'bob',
  'release-captain',
  'night-owl',
  'cody',
  'alice',
  'gina',
  'hank',
  'kate',
  'mia',
  'nora',
  'otto',
  'pat',
  'quinn',
  'rita',
  'carol',
];

type Review = EmulatorState['reviews'][number][number];
type Verdict = { login: string; reason: string };

let emulator: Emulator;
emulatorPerTest(
  () => ({
    ...workflowChange({
      number: 60,
      seed: 'spoof',
      policy: POLICY,
      firstPushBy: 'cody',
      mainAtHead: true,
      files: [{ filename: 'docs/old-release.yml', status: 'renamed', previous_filename: '.github/workflows/release.yml' }],
    }),
    accounts: { helper: 'Bot', 'acme-org': 'Organization' },
    teams: { 'acme/release-managers': { ...Object.fromEntries(MEMBERS.map((login) => [login, 'active' as const])), erin: 'pending' } },
  }),
  (started) => (emulator = started),
);

const rejected = (run: ActionRun): Verdict[] => run.json('rejected');
const accepted = (run: ActionRun): Verdict[] => run.json('approvers');

/** Each case's login is rejected with exactly its reason, and nobody was accepted. */
function expectEveryCaseRejected(run: ActionRun, cases: { login: string; reason: string }[]) {
  const rows = rejected(run);
  for (const { login, reason } of cases) {
    expect(
      rows.filter((row) => row.login === login).map((row) => row.reason),
      login,
    ).toEqual([reason]);
  }
  expect(rows).toHaveLength(cases.length);
}

function requireApprover(options: Partial<RunActionOptions>) {
  return runAction('require-human-approver', {
    apiUrl: emulator.url,
    runId: RUN_ID,
    sha: HEAD,
    actor: 'release-captain',
    env: { GITHUB_TRIGGERING_ACTOR: 'night-owl' },
    ...options,
  });
}

// ---------------------------------------------------------------------------------------
// Pull-request source: reviews of #60, whose only change renames the release workflow away.

const review = (login: string, state: Review['state'], commit_id = HEAD, type: 'User' | 'Bot' | 'Organization' = 'User'): Review => ({
  user: { login, type },
  state,
  commit_id,
});

/** [reviews by one person, oldest first], reason. */
const PULL_CASES: { login: string; reviews: Review[]; reason: string }[] = [
  { login: 'deploy-bot[bot]', reviews: [review('deploy-bot[bot]', 'APPROVED', HEAD, 'Bot')], reason: 'is a bot' },
  { login: 'sneaky[bot]', reviews: [review('sneaky[bot]', 'APPROVED')], reason: 'is a bot (its login ends in [bot])' },
  { login: 'Shouty[BOT]', reviews: [review('Shouty[BOT]', 'APPROVED')], reason: 'is a bot (its login ends in [bot])' },
  { login: 'helper', reviews: [review('helper', 'APPROVED', HEAD, 'Bot')], reason: 'is a bot' },
  { login: 'acme-org', reviews: [review('acme-org', 'APPROVED', HEAD, 'Organization')], reason: 'is an account of type Organization, not a person' },
  { login: 'release-agent', reviews: [review('release-agent', 'APPROVED')], reason: 'is an agent account (listed in approvers.agents as `*-agent`)' },
  { login: 'Copilot-SWE', reviews: [review('Copilot-SWE', 'APPROVED')], reason: 'is an agent account (listed in approvers.agents as `copilot*`)' },
  { login: 'ci-helper', reviews: [review('ci-helper', 'APPROVED')], reason: 'is an agent account (listed in approvers.agents as `ci-helper`)' },
  { login: 'BOB', reviews: [review('BOB', 'APPROVED')], reason: "is the pull request's author" },
  { login: 'Release-Captain', reviews: [review('Release-Captain', 'APPROVED')], reason: "is the workflow's actor" },
  { login: 'night-owl', reviews: [review('night-owl', 'APPROVED')], reason: 'triggered this workflow run' },
  { login: 'cody', reviews: [review('cody', 'APPROVED')], reason: `authored commit ${short(OLD_HEAD)} being released (separation of duties)` },
  { login: 'alice', reviews: [review('alice', 'APPROVED', OLD_HEAD)], reason: `approved commit ${short(OLD_HEAD)}, head is ${short(HEAD)}` },
  { login: 'gina', reviews: [review('gina', 'APPROVED'), review('gina', 'DISMISSED')], reason: 'approved, but the approval was dismissed' },
  {
    login: 'hank',
    reviews: [review('hank', 'APPROVED', OLD_HEAD), review('hank', 'COMMENTED')],
    reason: `approved commit ${short(OLD_HEAD)}, head is ${short(HEAD)}`,
  },
  { login: 'erin', reviews: [review('erin', 'APPROVED')], reason: PENDING },
  { login: 'frank', reviews: [review('frank', 'APPROVED')], reason: NO_ROLE },
  { login: 'dave-release', reviews: [review('dave-release', 'APPROVED')], reason: NO_ROLE },
  { login: 'jack', reviews: [review('jack', 'CHANGES_REQUESTED')], reason: `requested changes, but ${NO_ROLE}: the rejection does not count` },
];

describe('spoofing the pull-request source', () => {
  const pullRequestEvent = () => ({
    name: 'pull_request',
    payload: webhookPayload('pull_request', 'synchronize', {
      number: 60,
      pull_request: { number: 60, head: { sha: HEAD, ref: 'bob/release-workflow' }, base: { sha: BASE, ref: 'main' }, user: { login: 'bob', type: 'User' } },
    }),
  });

  it(`rejects and names each of ${PULL_CASES.length} spoofed reviews; a release manager's approval passes`, async () => {
    emulator.state.reviews[60] = PULL_CASES.flatMap((entry) => entry.reviews);
    const run = await requireApprover({ event: pullRequestEvent() });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ approved: 'false', required: 'true' });
    expectEveryCaseRejected(run, PULL_CASES);
    expect(accepted(run)).toEqual([]);

    emulator.state.reviews[60]!.push(review('carol', 'APPROVED'));
    const control = await requireApprover({ event: pullRequestEvent() });
    expect(control.exitCode).toBe(0);
    expect(accepted(control)).toMatchObject([{ login: 'carol', reason: 'member of `@acme/release-managers`' }]);
    expectEveryCaseRejected(control, PULL_CASES);
  });

  it('on a review event, rejects the authors of the pull request’s commits and counts the reviewer the event is for', async () => {
    emulator.state.files[BASE]!['.repo/policy/release.yml'] = POLICY.replace('  separation-of-duties: true\n', '');
    const event = {
      name: 'pull_request_review',
      payload: webhookPayload('pull_request_review', 'submitted', {
        review: { user: { login: 'kate' }, state: 'approved', commit_id: HEAD },
        pull_request: { number: 60, head: { sha: HEAD, ref: 'bob/release-workflow' }, base: { sha: BASE, ref: 'main' }, user: { login: 'bob', type: 'User' } },
      }),
    };
    emulator.state.reviews[60] = [review('Cody', 'APPROVED')];
    const spoof = await requireApprover({ event, actor: 'kate', env: {} });
    expect(spoof.exitCode).toBe(1);
    expectEveryCaseRejected(spoof, [{ login: 'Cody', reason: `authored commit ${short(OLD_HEAD)} of the pull request` }]);

    emulator.state.reviews[60]!.push(review('kate', 'APPROVED'));
    const control = await requireApprover({ event, actor: 'kate', env: {} });
    expect(control.exitCode).toBe(0);
    expect(accepted(control).map((row) => row.login)).toEqual(['kate']);
  });
});

// ---------------------------------------------------------------------------------------
// Environment source: deployment approvals of the run, on a deployment to production.

type Approval = EmulatorState['runApprovals'][number][number];
const approval = (login: string, environments = ['production'], state: Approval['state'] = 'approved', type: 'User' | 'Bot' = 'User'): Approval => ({
  environments,
  state,
  user: { login, type },
});

const ENVIRONMENT_CASES: { login: string; approval: Approval; reason: string }[] = [
  { login: 'deploy-bot[bot]', approval: approval('deploy-bot[bot]', ['production'], 'approved', 'Bot'), reason: 'is a bot' },
  { login: 'sneaky[bot]', approval: approval('sneaky[bot]'), reason: 'is a bot (its login ends in [bot])' },
  { login: 'release-agent', approval: approval('release-agent'), reason: 'is an agent account (listed in approvers.agents as `*-agent`)' },
  { login: 'Copilot-SWE', approval: approval('Copilot-SWE'), reason: 'is an agent account (listed in approvers.agents as `copilot*`)' },
  { login: 'Release-Captain', approval: approval('Release-Captain'), reason: "is the workflow's actor" },
  { login: 'NIGHT-OWL', approval: approval('NIGHT-OWL'), reason: 'triggered this workflow run' },
  { login: 'cody', approval: approval('cody'), reason: `authored commit ${short(OLD_HEAD)} being released (separation of duties)` },
  { login: 'kate', approval: approval('kate', ['staging']), reason: 'approved environment `staging`, not `production`' },
  { login: 'mia', approval: approval('mia', ['production-eu']), reason: 'approved environment `production-eu`, not `production`' },
  { login: 'nora', approval: approval('nora', ['staging', 'qa']), reason: 'approved environment `staging`, `qa`, not `production`' },
  { login: 'erin', approval: approval('erin'), reason: PENDING },
  { login: 'frank', approval: approval('frank'), reason: NO_ROLE },
  { login: 'jack', approval: approval('jack', ['production'], 'rejected'), reason: `rejected the deployment, but ${NO_ROLE}: the rejection does not count` },
  {
    login: 'ci-bot[bot]',
    approval: approval('ci-bot[bot]', ['production'], 'rejected', 'Bot'),
    reason: 'rejected the deployment, but is a bot: the rejection does not count',
  },
];

describe('spoofing the environment source', () => {
  const deploymentEvent = () => ({
    name: 'deployment',
    payload: webhookPayload('deployment', 'created', { deployment: { environment: 'production', sha: HEAD } }),
  });

  it(`rejects and names each of ${ENVIRONMENT_CASES.length} spoofed deployment approvals; a release manager's approval passes`, async () => {
    emulator.state.runApprovals[RUN_ID] = ENVIRONMENT_CASES.map((entry) => entry.approval);
    const run = await requireApprover({ event: deploymentEvent() });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.approved).toBe('false');
    expectEveryCaseRejected(run, ENVIRONMENT_CASES);

    // The same release manager twice (in another case) is one approval.
    emulator.state.runApprovals[RUN_ID]!.push(approval('carol'), approval('CAROL'));
    const control = await requireApprover({ event: deploymentEvent() });
    expect(control.exitCode).toBe(0);
    expect(accepted(control)).toMatchObject([{ login: 'carol', reason: 'member of `@acme/release-managers`' }]);
    expectEveryCaseRejected(control, [...ENVIRONMENT_CASES, { login: 'CAROL', reason: 'already counted: each person approves once' }]);
  });
});

// ---------------------------------------------------------------------------------------
// Issue source: comments on the approval issue.

const NEAR_MISS = (word: string) => `wrote "${word}" inside a longer line, a quote or code: only a comment whose first line is just the word is a decision`;

const ISSUE_CASES: { login: string; type?: 'User' | 'Bot'; body: string; edited?: boolean; reason: string }[] = [
  { login: 'sneaky[bot]', body: 'approve', reason: 'is a bot (its login ends in [bot])' },
  { login: 'deploy-bot[bot]', type: 'Bot', body: 'LGTM', reason: 'is a bot' },
  { login: 'release-agent', body: 'Approved.', reason: 'is an agent account (listed in approvers.agents as `*-agent`)' },
  { login: 'Release-Captain', body: 'approve', reason: "is the workflow's actor" },
  { login: 'night-owl', body: 'approve', reason: 'triggered this workflow run' },
  { login: 'cody', body: 'approve', reason: `authored commit ${short(OLD_HEAD)} being released (separation of duties)` },
  { login: 'erin', body: 'approve', reason: PENDING },
  { login: 'frank', body: 'lgtm!', reason: NO_ROLE },
  { login: 'mia', body: '> approve', reason: NEAR_MISS('approve') },
  { login: 'nora', body: '`approve`', reason: NEAR_MISS('approve') },
  { login: 'otto', body: '```\napprove\n```', reason: NEAR_MISS('approve') },
  { login: 'pat', body: 'I do not approve this yet', reason: NEAR_MISS('approve') },
  { login: 'rita', body: 'LGTM once the smoke test is green', reason: NEAR_MISS('lgtm') },
  {
    login: 'quinn',
    body: 'approve',
    edited: true,
    reason: 'approval was edited after it was posted (anyone with write access can edit a comment): post a new comment',
  },
  { login: 'sam', body: 'deny', reason: `denied the release, but ${NO_ROLE}: the rejection does not count` },
  { login: 'ci-bot[bot]', type: 'Bot', body: 'reject', reason: 'denied the release, but is a bot: the rejection does not count' },
];

describe('spoofing the issue source', () => {
  const dispatch = () => ({ name: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch', undefined, { ref: 'refs/heads/main' }) });

  /** Runs the action and, once its approval issue exists, posts the comments. */
  async function withComments(comments: typeof ISSUE_CASES, timeoutMinutes: string) {
    const running = requireApprover({ event: dispatch(), inputs: { source: 'issue', 'issue-timeout-minutes': timeoutMinutes } });
    const issue = await waitFor(() => emulator.state.issues.find((candidate) => candidate.body?.includes(`release-governance:approval run=${RUN_ID}`)));
    emulator.state.comments[issue.number] = comments.map(({ login, type, body, edited }) => ({
      user: { login, type: type ?? 'User' },
      body,
      ...(edited ? { updated_at: '2099-01-01T00:00:00Z' } : {}),
    }));
    return running;
  }

  it(`rejects and names each of ${ISSUE_CASES.length} spoofed comments, and times out without a decision`, async () => {
    const run = await withComments(ISSUE_CASES, '0.05');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.approved).toBe('false');
    expectEveryCaseRejected(run, ISSUE_CASES);
    expect(run.annotations.at(-1)?.message).toContain('(the decision was asked for in an issue (timed out))');
  });

  it("passes with a release manager's approval among the spoofs", async () => {
    const run = await withComments([...ISSUE_CASES, { login: 'carol', body: 'Approve', reason: '' }], '0.5');
    expect(run.exitCode).toBe(0);
    expect(accepted(run)).toMatchObject([{ login: 'carol', reason: 'member of `@acme/release-managers`' }]);
    expectEveryCaseRejected(run, ISSUE_CASES);
  });
});
