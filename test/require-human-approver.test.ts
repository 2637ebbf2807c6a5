// require-human-approver end to end: the bundle run as the runner runs it, against the
// GitHub emulator. Pull request #50 changes the release workflow, so it needs a release
// manager: an active member of @acme/release-managers, or dave.

import { describe, expect, it } from 'vitest';
import { type Emulator, type EmulatorState, webhookPayload } from './emulator';
import { workflowChange, workflowChangeShas } from './fixtures/workflow-change';
import { emulatorPerTest } from './helpers/emulator-per-test';
import { waitFor } from './helpers/process';
import { type ActionRun, type RunActionOptions, runAction } from './helpers/run-action';

const { base: BASE, oldHead: OLD_HEAD, head: HEAD } = workflowChangeShas('pr50');
const RUN_ID = 8100001;
const MEMBERSHIP_ROUTE = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}';
const POLICY = [
  'approvers:',
  '  teams: [acme/release-managers]',
  '  users: [dave]',
  '  agents: [release-agent, "*-autopilot"]',
  '  issue:',
  '    poll-seconds: 0.2',
].join('\n');

type Review = EmulatorState['reviews'][number][number];
const review = (login: string, state: Review['state'], commit_id = HEAD, type: 'User' | 'Bot' = 'User'): Review => ({
  user: { login, type },
  state,
  commit_id,
});

let emulator: Emulator;
emulatorPerTest(
  () => ({
    ...workflowChange({
      number: 50,
      seed: 'pr50',
      policy: POLICY,
      firstPushBy: 'bob',
      mainAtHead: false,
      files: ['.github/workflows/release.yml', 'src/deploy.ts'],
    }),
    teams: {
      'acme/release-managers': {
        carol: 'active',
        erin: 'pending',
        'deploy-bot[bot]': 'active',
        'sneaky[bot]': 'active',
        'release-agent': 'active',
        bob: 'active',
        'release-captain': 'active',
        'night-owl': 'active',
      },
    },
  }),
  (started) => (emulator = started),
);

function reviewEvent() {
  return {
    name: 'pull_request_review',
    payload: webhookPayload('pull_request_review', 'submitted', {
      pull_request: { number: 50, head: { sha: HEAD, ref: 'bob/release-workflow' }, base: { sha: BASE, ref: 'main' }, user: { login: 'bob', type: 'User' } },
      repository: { name: 'widgets', full_name: 'octo-org/widgets', owner: { login: 'octo-org' } },
    }),
  };
}

function approve(options: Partial<RunActionOptions> = {}) {
  return runAction('require-human-approver', { apiUrl: emulator.url, event: reviewEvent(), runId: RUN_ID, actor: 'release-captain', sha: HEAD, ...options });
}

const reasons = (run: ActionRun, output: 'approvers' | 'rejected') =>
  (run.json(output) as { login: string; reason: string }[]).map(({ login, reason }) => `${login}: ${reason}`);

describe('require-human-approver, pull-request source', () => {
  it('rejects and names every spoofing case, and passes only with a real release manager', async () => {
    emulator.state.reviews[50] = [
      review('deploy-bot[bot]', 'APPROVED', HEAD, 'Bot'),
      review('sneaky[bot]', 'APPROVED'),
      review('release-agent', 'APPROVED'),
      review('nightly-autopilot', 'APPROVED'),
      review('bob', 'APPROVED'),
      review('release-captain', 'APPROVED'),
      review('night-owl', 'APPROVED'),
      review('alice', 'APPROVED', OLD_HEAD),
      review('gina', 'APPROVED'),
      review('gina', 'DISMISSED'),
      review('hank', 'APPROVED'),
      review('hank', 'CHANGES_REQUESTED'),
      review('frank', 'APPROVED'),
      review('erin', 'APPROVED'),
    ];
    const run = await approve({ env: { GITHUB_TRIGGERING_ACTOR: 'night-owl' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.approved).toBe('false');
    expect(reasons(run, 'rejected')).toEqual([
      `alice: approved commit ${OLD_HEAD.slice(0, 7)}, head is ${HEAD.slice(0, 7)}`,
      'gina: approved, but the approval was dismissed',
      'deploy-bot[bot]: is a bot',
      'sneaky[bot]: is a bot (its login ends in [bot])',
      'release-agent: is an agent account (listed in approvers.agents as `release-agent`)',
      'nightly-autopilot: is an agent account (listed in approvers.agents as `*-autopilot`)',
      "bob: is the pull request's author",
      "release-captain: is the workflow's actor",
      'night-owl: triggered this workflow run',
      'hank: approved, then requested changes, but does not hold the release-manager role (not in approvers.users, not an active member of `@acme/release-managers`): the rejection does not count',
      'frank: does not hold the release-manager role (not in approvers.users, not an active member of `@acme/release-managers`)',
      'erin: has a pending, not active, membership of `@acme/release-managers`',
    ]);
    expect(run.summary).toContain('Release approval: not approved ❌ (0 of 1 qualifying approval)');
    expect(run.summary).toContain('rejected: &#96;deploy-bot&#91;bot&#93;&#96; is a bot');

    emulator.state.reviews[50]!.push(review('carol', 'APPROVED'));
    const approved = await approve({ env: { GITHUB_TRIGGERING_ACTOR: 'night-owl' } });
    expect(approved.exitCode).toBe(0);
    expect(reasons(approved, 'approvers')).toEqual(['carol: member of `@acme/release-managers`']);
    expect(approved.summary).toContain('accepted: &#96;carol&#96;, member of &#96;@\u200bacme/release-managers&#96;');
  });

  it('passes without approval when no protected path changed, and says why', async () => {
    emulator.state.pulls[0]!.files = ['src/deploy.ts', 'docs/deploy.md'];
    const run = await approve();
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ approved: 'true', required: 'false' });
    expect(run.summary).toContain('Release approval: not needed ✅');
    // Globs are shown escaped (&#42; renders as *), like all policy text in the summary.
    expect(run.summary).toContain(
      'The pull request changes none of the protected paths (.github/workflows/&#42;&#42;, .github/actions/&#42;&#42;, .repo/&#42;&#42;, action.yml), so no release-manager approval is needed.',
    );
    // Nothing to judge: no role lookups were made.
    expect(emulator.requests.some((request) => request.route === MEMBERSHIP_ROUTE)).toBe(false);
  });

  it('requires approval of every change when no protected paths are configured', async () => {
    emulator.state.files[BASE]!['.repo/policy/release.yml'] = `${POLICY}\n  protected-paths: []\n`;
    emulator.state.pulls[0]!.files = ['src/deploy.ts'];
    const run = await approve();
    expect(run.exitCode).toBe(1);
    expect(run.outputs.required).toBe('true');
  });

  it('says which permission is missing when team membership cannot be read', async () => {
    emulator.state.reviews[50] = [review('carol', 'APPROVED')];
    emulator.state.denied.push({ route: MEMBERSHIP_ROUTE, permission: 'members=read' });
    const run = await approve();
    expect(run.exitCode).toBe(1);
    expect(run.annotations.at(-1)?.message).toBe(
      'GET /orgs/acme/teams/release-managers/memberships/carol: cannot read membership of @acme/release-managers: the token lacks the organization permission `members: read` (GITHUB_TOKEN never has it; pass a GitHub App token with Members read, or a token with read:org)',
    );
  });

  it('excludes commit authors under separation of duties', async () => {
    emulator.state.files[BASE]!['.repo/policy/release.yml'] = `${POLICY}\n  separation-of-duties: true\n`;
    emulator.state.commits.find((commit) => commit.sha === OLD_HEAD)!.author = 'carol';
    emulator.state.reviews[50] = [review('carol', 'APPROVED')];
    const run = await approve();
    expect(run.exitCode).toBe(1);
    expect(reasons(run, 'rejected')).toEqual([`carol: authored commit ${OLD_HEAD.slice(0, 7)} being released (separation of duties)`]);
  });

  it('requires approval when a change renames, copies or removes a protected file, on either side', async () => {
    for (const file of [
      { filename: 'docs/old-release.yml', status: 'renamed', previous_filename: '.github/workflows/release.yml' },
      { filename: '.github/workflows/release.yml', status: 'renamed', previous_filename: 'docs/release.yml' },
      { filename: '.github/workflows/copy.yml', status: 'copied', previous_filename: 'docs/template.yml' },
      { filename: '.github/workflows/release.yml', status: 'removed' },
      { filename: '.github/workflows/new.yml', status: 'added' },
    ] as const) {
      emulator.state.pulls[0]!.files = [file, 'src/deploy.ts'];
      const run = await approve();
      expect(run.exitCode, JSON.stringify(file)).toBe(1);
      expect(run.outputs).toMatchObject({ approved: 'false', required: 'true' });
    }
    emulator.state.pulls[0]!.files = [{ filename: 'docs/old-release.yml', status: 'renamed', previous_filename: '.github/workflows/release.yml' }];
    const renamed = await approve();
    expect(renamed.annotations.at(-1)?.message).toContain(
      '(the change modifies the release process: .github/workflows/release.yml (renamed to docs/old-release.yml))',
    );
    // A rename between unprotected paths needs nothing.
    emulator.state.pulls[0]!.files = [{ filename: 'docs/b.md', status: 'renamed', previous_filename: 'docs/a.md' }];
    expect((await approve()).outputs).toMatchObject({ approved: 'true', required: 'false' });
  });

  it("makes a release manager's requested changes final, and says an unqualified reviewer's do not count", async () => {
    emulator.state.reviews[50] = [review('carol', 'APPROVED'), review('dave', 'APPROVED', OLD_HEAD), review('dave', 'CHANGES_REQUESTED', OLD_HEAD)];
    const blocked = await approve();
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs.approved).toBe('false');
    expect(reasons(blocked, 'rejected')).toEqual([
      "dave: approved, then requested changes (listed in approvers.users): a release manager's rejection is final",
    ]);

    emulator.state.reviews[50] = [review('carol', 'APPROVED'), review('frank', 'CHANGES_REQUESTED'), review('sneaky[bot]', 'CHANGES_REQUESTED')];
    const passed = await approve();
    expect(passed.exitCode).toBe(0);
    expect(reasons(passed, 'rejected')).toEqual([
      'frank: requested changes, but does not hold the release-manager role (not in approvers.users, not an active member of `@acme/release-managers`): the rejection does not count',
      'sneaky[bot]: requested changes, but is a bot (its login ends in [bot]): the rejection does not count',
    ]);
  });

  it('on pull_request_review, counts the reviewer whose review the event is, and excludes those who changed the code', async () => {
    const carolsReview = reviewEvent();
    Object.assign((carolsReview.payload as { review: { user: { login: string } } }).review.user, { login: 'carol' });
    emulator.state.reviews[50] = [review('carol', 'APPROVED')];
    const run = await approve({ event: carolsReview, actor: 'carol' });
    expect(run.exitCode).toBe(0);
    expect(reasons(run, 'approvers')).toEqual(['carol: member of `@acme/release-managers`']);

    // The authors of the pull request's commits may not approve it, listed role or not.
    emulator.state.commits.find((commit) => commit.sha === OLD_HEAD)!.author = 'dave';
    emulator.state.reviews[50] = [review('dave', 'APPROVED')];
    const davesReview = reviewEvent();
    Object.assign((davesReview.payload as { review: { user: { login: string } } }).review.user, { login: 'dave' });
    const own = await approve({ event: davesReview, actor: 'dave' });
    expect(own.exitCode).toBe(1);
    expect(reasons(own, 'rejected')).toEqual([`dave: authored commit ${OLD_HEAD.slice(0, 7)} of the pull request`]);

    // A re-run by someone else still excludes the one who re-ran it.
    emulator.state.reviews[50] = [review('carol', 'APPROVED'), review('dave', 'COMMENTED')];
    const rerun = await approve({ event: carolsReview, actor: 'carol', env: { GITHUB_TRIGGERING_ACTOR: 'carol-rerun' } });
    expect(rerun.exitCode).toBe(0);
    emulator.state.teams['acme/release-managers']!['night-owl'] = 'active';
    emulator.state.reviews[50] = [review('night-owl', 'APPROVED')];
    const rerunByApprover = await approve({ event: carolsReview, actor: 'carol', env: { GITHUB_TRIGGERING_ACTOR: 'night-owl' } });
    expect(rerunByApprover.exitCode).toBe(1);
    expect(reasons(rerunByApprover, 'rejected')).toEqual(['night-owl: triggered this workflow run']);
  });

  it('names the input when an override is invalid', async () => {
    const run = await approve({ inputs: { 'min-approvals': 'two' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.at(-1)?.message).toBe('The release policy cannot be used:\n  input `min-approvals`: expected number; got "two"');
  });
});

describe('require-human-approver, environment source', () => {
  /** A deployment_review of the reviewed run's production job (the example's job deploys to TST). */
  const deploymentReviewEvent = (environment = 'production') => {
    const payload = webhookPayload('deployment_review', 'approved', { workflow_run: { id: RUN_ID }, workflow_job_run: { environment } });
    for (const jobRun of payload.workflow_job_runs as { environment: string }[]) jobRun.environment = environment;
    return { name: 'deployment_review', payload };
  };
  const deploymentEvent = (environment: string) => ({
    name: 'deployment',
    payload: webhookPayload('deployment', 'created', { deployment: { environment, sha: HEAD } }),
  });

  it('needs two distinct qualifying people for min-approvals 2; the same person twice is one', async () => {
    emulator.state.runApprovals[RUN_ID] = [
      { environments: ['production'], state: 'approved', user: { login: 'carol' } },
      { environments: ['production'], state: 'approved', user: { login: 'carol' } },
      { environments: ['staging'], state: 'approved', user: { login: 'dave' } },
    ];
    const inputs = { source: 'environment', environment: 'production', 'min-approvals': '2' };
    const once = await approve({ event: deploymentReviewEvent(), inputs });
    expect(once.exitCode).toBe(1);
    expect(reasons(once, 'rejected')).toEqual(['dave: approved environment `staging`, not `production`', 'carol: already counted: each person approves once']);
    expect(once.summary).toContain('(1 of 2 qualifying approvals)');

    emulator.state.runApprovals[RUN_ID]!.push({ environments: ['production'], state: 'approved', user: { login: 'dave' } });
    const twice = await approve({ event: deploymentReviewEvent(), inputs });
    expect(twice.exitCode).toBe(0);
    expect(reasons(twice, 'approvers')).toEqual(['carol: member of `@acme/release-managers`', 'dave: listed in approvers.users']);
  });

  it('excludes authors of the commits being released under separation of duties', async () => {
    emulator.state.files[BASE]!['.repo/policy/release.yml'] = `${POLICY}\n  separation-of-duties: true\n`;
    emulator.state.commits.find((commit) => commit.sha === OLD_HEAD)!.author = 'carol';
    emulator.state.runApprovals[RUN_ID] = [
      { environments: ['production'], state: 'approved', user: { login: 'carol' } },
      { environments: ['production'], state: 'approved', user: { login: 'dave' } },
    ];
    const run = await approve({ event: deploymentReviewEvent(), sha: HEAD, inputs: { source: 'environment' } });
    expect(run.exitCode).toBe(0);
    expect(reasons(run, 'rejected')).toEqual([`carol: authored commit ${OLD_HEAD.slice(0, 7)} being released (separation of duties)`]);
    expect(reasons(run, 'approvers')).toEqual(['dave: listed in approvers.users']);
  });

  it("counts only the approvals of the event's environment, unless the policy names one", async () => {
    emulator.state.runApprovals[RUN_ID] = [{ environments: ['staging'], state: 'approved', user: { login: 'carol' } }];
    const production = await approve({ event: deploymentEvent('production') });
    expect(production.exitCode).toBe(1);
    expect(reasons(production, 'rejected')).toEqual(['carol: approved environment `staging`, not `production`']);
    expect(production.summary).toContain('workflow run 8100001, environment production');

    const staging = await approve({ event: deploymentEvent('staging') });
    expect(staging.exitCode).toBe(0);
    // The policy overrides the event (names are case-insensitive, as on GitHub).
    emulator.state.files[BASE]!['.repo/policy/release.yml'] = `${POLICY}\n  environment: Production\n`;
    const policy = await approve({ event: deploymentEvent('staging') });
    expect(policy.exitCode).toBe(1);
    expect(reasons(policy, 'rejected')).toEqual(['carol: approved environment `staging`, not `Production`']);
  });

  it('reads the environment of a deployment_review, and refuses to guess when the event names none', async () => {
    emulator.state.runApprovals[RUN_ID] = [{ environments: ['staging'], state: 'approved', user: { login: 'carol' } }];
    const review = await approve({ event: deploymentReviewEvent('production') });
    expect(review.exitCode).toBe(1);
    expect(reasons(review, 'rejected')).toEqual(['carol: approved environment `staging`, not `production`']);

    const dispatch = { name: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch', undefined, { ref: 'refs/heads/main' }) };
    const unknown = await approve({ event: dispatch, sha: BASE, inputs: { source: 'environment' } });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.annotations.at(-1)?.message).toBe(
      "Cannot tell which environment's approvals count: a workflow_dispatch event does not name the environment this run deploys to. Set the input `environment` or `approvers.environment` in .repo/policy/release.yml.",
    );
    const named = await approve({ event: dispatch, sha: BASE, inputs: { source: 'environment', environment: 'staging' } });
    expect(named.exitCode).toBe(0);
  });

  it("makes a release manager's rejection final, and says an unqualified rejection does not count", async () => {
    emulator.state.runApprovals[RUN_ID] = [
      { environments: ['production'], state: 'approved', user: { login: 'carol' } },
      { environments: ['production'], state: 'rejected', user: { login: 'dave' } },
    ];
    const blocked = await approve({ event: deploymentReviewEvent() });
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs.approved).toBe('false');
    expect(reasons(blocked, 'rejected')).toEqual(["dave: rejected the deployment (listed in approvers.users): a release manager's rejection is final"]);

    emulator.state.runApprovals[RUN_ID]![1] = { environments: ['production'], state: 'rejected', user: { login: 'frank' } };
    const passed = await approve({ event: deploymentReviewEvent() });
    expect(passed.exitCode).toBe(0);
    expect(reasons(passed, 'rejected')).toEqual([
      'frank: rejected the deployment, but does not hold the release-manager role (not in approvers.users, not an active member of `@acme/release-managers`): the rejection does not count',
    ]);
  });

  it('never takes a draft release as the previous release for separation of duties', async () => {
    emulator.state.files[BASE]!['.repo/policy/release.yml'] = `${POLICY}\n  separation-of-duties: true\n`;
    emulator.state.commits.find((commit) => commit.sha === OLD_HEAD)!.author = 'carol';
    // A draft on a tag at carol's commit: were it the previous release, her commit would fall outside the range.
    emulator.state.tags['v1.0.0'] = OLD_HEAD;
    emulator.state.releases = [{ id: 1, tag_name: 'v1.0.0', draft: true, prerelease: false, created_at: '2026-11-01T00:00:00Z', published_at: null }];
    emulator.state.runApprovals[RUN_ID] = [{ environments: ['production'], state: 'approved', user: { login: 'carol' } }];
    const run = await approve({ event: deploymentReviewEvent(), sha: HEAD, inputs: { source: 'environment' } });
    expect(run.exitCode).toBe(1);
    expect(reasons(run, 'rejected')).toEqual([`carol: authored commit ${OLD_HEAD.slice(0, 7)} being released (separation of duties)`]);

    Object.assign(emulator.state.releases[0]!, { draft: false, published_at: '2026-11-01T00:00:00Z' });
    const published = await approve({ event: deploymentReviewEvent(), sha: HEAD, inputs: { source: 'environment' } });
    expect(published.exitCode).toBe(0);
  });

  it('auto picks the environment on a deployment_review event and reads the reviewed run', async () => {
    emulator.state.runApprovals[RUN_ID] = [{ environments: ['production'], state: 'approved', user: { login: 'deploy-bot[bot]', type: 'Bot' } }];
    const run = await approve({ event: deploymentReviewEvent(), runId: 1 });
    expect(run.exitCode).toBe(1);
    expect(reasons(run, 'rejected')).toEqual(['deploy-bot[bot]: is a bot']);
    const approvalRequests = emulator.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals');
    expect(approvalRequests.map((request) => request.path)).toEqual([`/repos/octo-org/widgets/actions/runs/${RUN_ID}/approvals`]);
  });
});

describe('require-human-approver, issue source', () => {
  const dispatch = () => ({ name: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch', undefined, { ref: 'refs/heads/main' }) });

  /** Runs the action and, once its approval issue exists, posts the given comments. */
  async function withComments(comments: { login: string; type?: 'User' | 'Bot'; body: string }[], timeoutMinutes = '0.5') {
    const running = approve({ event: dispatch(), sha: BASE, inputs: { source: 'issue', 'issue-timeout-minutes': timeoutMinutes } });
    const issue = await waitFor(() => emulator.state.issues.find((candidate) => candidate.body?.includes(`release-governance:approval run=${RUN_ID}`)));
    for (const comment of comments) {
      (emulator.state.comments[issue.number] ??= []).push({ user: { login: comment.login, type: comment.type ?? 'User' }, body: comment.body });
    }
    return { run: await running, issue };
  }

  it('approves when a qualifying person comments an approve word, and closes the issue', async () => {
    const { run, issue } = await withComments([
      { login: 'sneaky[bot]', body: 'approve' },
      { login: 'frank', body: 'LGTM' },
      { login: 'carol', body: 'Approved.' },
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['issue-number']).toBe(String(issue.number));
    expect(run.outputs['issue-url']).toBe(`https://github.com/octo-org/widgets/issues/${issue.number}`);
    expect(reasons(run, 'approvers')).toEqual(['carol: member of `@acme/release-managers`']);
    expect(reasons(run, 'rejected')).toEqual([
      'sneaky[bot]: is a bot (its login ends in [bot])',
      'frank: does not hold the release-manager role (not in approvers.users, not an active member of `@acme/release-managers`)',
    ]);
    expect(issue.body).toContain('@dave, @acme/release-managers');
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(emulator.state.comments[issue.number]!.at(-1)?.body).toBe('**Outcome: approved.** Approved by `carol`. The run continues.');
  });

  it('denies when a qualifying person comments a deny word', async () => {
    const { run, issue } = await withComments([{ login: 'dave', body: 'deny' }]);
    expect(run.exitCode).toBe(1);
    expect(reasons(run, 'rejected')).toEqual(["dave: denied the release (listed in approvers.users): a release manager's rejection is final"]);
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
  });

  it('lets only a qualified person deny: a bot or someone without the role does not block the release', async () => {
    const { run } = await withComments([
      { login: 'deploy-bot[bot]', type: 'Bot', body: 'deny' },
      { login: 'release-agent', body: 'Denied.' },
      { login: 'frank', body: 'reject' },
      { login: 'carol', body: 'approve' },
    ]);
    expect(run.exitCode).toBe(0);
    expect(reasons(run, 'approvers')).toEqual(['carol: member of `@acme/release-managers`']);
    expect(reasons(run, 'rejected')).toEqual([
      'deploy-bot[bot]: denied the release, but is a bot: the rejection does not count',
      'release-agent: denied the release, but is an agent account (listed in approvers.agents as `release-agent`): the rejection does not count',
      'frank: denied the release, but does not hold the release-manager role (not in approvers.users, not an active member of `@acme/release-managers`): the rejection does not count',
    ]);
  });

  it('times out without a decision, and closes the issue saying so', async () => {
    const started = Date.now();
    const { run, issue } = await withComments([{ login: 'frank', body: 'approve' }], '0.05');
    expect(run.exitCode).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    expect(run.annotations.at(-1)?.message).toMatch(
      /^Release approval missing: 0 of 1 qualifying approval for approval issue #\d+ \(the decision was asked for in an issue \(timed out\)\)\./,
    );
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(emulator.state.comments[issue.number]!.at(-1)?.body).toMatch(/^\*\*Outcome: timed out\.\*\*/);
  });

  it('closes its issue as cancelled when the job is cancelled while waiting', async () => {
    let issueNumber = 0;
    const run = await approve({
      event: dispatch(),
      sha: BASE,
      inputs: { source: 'issue' },
      whileRunning: async (child) => {
        const issue = await waitFor(() => emulator.state.issues.find((candidate) => candidate.body?.includes('release-governance:approval')));
        issueNumber = issue.number;
        child.kill('SIGTERM');
      },
    });
    expect(run.exitCode).toBe(1);
    const issue = emulator.state.issues.find((candidate) => candidate.number === issueNumber);
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(emulator.state.comments[issueNumber]!.at(-1)?.body).toBe('**Outcome: cancelled.** The run was cancelled before a decision.');
  });

  it('reuses the open approval issue of the same run instead of opening another', async () => {
    const first = await withComments([{ login: 'carol', body: 'approve' }]);
    first.issue.state = 'open';
    const again = await approve({ event: dispatch(), sha: BASE, inputs: { source: 'issue' } });
    expect(again.exitCode).toBe(0);
    expect(again.outputs['issue-number']).toBe(String(first.issue.number));
    expect(emulator.state.issues.filter((issue) => issue.body?.includes('release-governance:approval'))).toHaveLength(1);
  });
});
