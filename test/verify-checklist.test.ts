// verify-checklist end to end: the bundled dist/verify-checklist/index.js run as the runner
// runs it, against the GitHub emulator, on the sample release of octo-org/widgets.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Emulator, faults, webhookPayload } from './emulator';
import { BASE, RELEASE_HEAD, RELEASE_PR_BODY, RUN_ID, releasePullRequestEvent, releaseScenario } from './fixtures/release-scenario';
import { emulatorPerTest } from './helpers/emulator-per-test';
import { REPO_ROOT, type RunActionOptions, runAction } from './helpers/run-action';

const CHECK_RUNS_ROUTE = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const POLICY = '.repo/policy/release.yml';

let emulator: Emulator;
emulatorPerTest(releaseScenario, (started) => (emulator = started));

function verify(options: Partial<RunActionOptions> = {}) {
  return runAction('verify-checklist', {
    apiUrl: emulator.url,
    event: releasePullRequestEvent(),
    runId: RUN_ID,
    ...options,
    inputs: { tag: 'v1.1.0', ...options.inputs },
  });
}

function setPullBody(body: string) {
  const pull = emulator.state.pulls.find((candidate) => candidate.number === 42);
  if (!pull) throw new Error('release PR missing from scenario');
  pull.body = body;
}

/** Writes a file into every commit of the scenario from `from` on (policy files live on the base). */
function writeFile(path: string, text: string, shas: string[] = Object.keys(emulator.state.files)) {
  for (const sha of shas) emulator.state.files[sha] = { ...emulator.state.files[sha], [path]: text };
}

const unmetOf = (run: Awaited<ReturnType<typeof verify>>) => run.json('unmet') as { item: string; reason: string }[];

describe('verify-checklist', () => {
  it('passes when every item is ticked and every provable item is proven', async () => {
    const run = await verify();
    expect(run.exitCode).toBe(0);
    expect(run.outputs.complete).toBe('true');
    expect(unmetOf(run)).toEqual([]);

    const report = run.json('report');
    expect(report.sha).toBe(RELEASE_HEAD);
    expect(report.items).toHaveLength(10);
    expect(report.items.every((item: { verdict: string }) => item.verdict === 'met')).toBe(true);
    const byItem = Object.fromEntries(report.items.map((item: any) => [item.item, item]));
    expect(byItem['All tests passing'].evidence.summary).toBe(`4 checks passed on ${RELEASE_HEAD.slice(0, 7)}`);
    expect(byItem['All PRs merged and reviewed'].evidence.summary).toBe(
      '2 pull requests merged since v1.0.0, each approved by a reviewer other than its author',
    );
    expect(byItem['Security scans clean'].evidence.summary).toBe('no open code scanning alerts of high severity or above');
    expect(byItem['Documentation updated'].evidence.summary).toBe('1 documentation file changed since v1.0.0: docs/usage.md');
    expect(byItem['Release notes prepared'].evidence.summary).toBe('a draft release exists for v1.1.0');

    expect(run.summary).toContain('Release checklist: complete ✅');
    expect(run.summary).toContain('<th>Item</th><th>Ticked</th><th>Evidence</th><th>Verdict</th>');
    expect(run.summary).toMatch(/<a href="https:\/\/github\.com\/octo-org\/widgets\/pull\/40">#40 approved by bob<\/a>/);
    expect(run.annotations.filter((annotation) => annotation.level === 'error')).toEqual([]);
  });

  it('fails on one unticked item and names it', async () => {
    setPullBody(RELEASE_PR_BODY.replace('- [x] Team notified', '- [ ] Team notified'));
    const run = await verify();
    expect(run.exitCode).toBe(1);
    expect(run.outputs.complete).toBe('false');
    expect(unmetOf(run)).toEqual([{ item: 'Team notified', reason: 'not ticked' }]);
    const [error] = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(error?.message).toBe('Release checklist incomplete: 1 of 10 required items unmet\n  - Team notified: not ticked');
  });

  it('fails when an item is deleted from the checklist', async () => {
    setPullBody(RELEASE_PR_BODY.replace('- [x] Stakeholders informed\n', ''));
    const run = await verify();
    expect(run.exitCode).toBe(1);
    expect(unmetOf(run)).toEqual([{ item: 'Stakeholders informed', reason: 'missing from the checklist; it must be listed and ticked' }]);
  });

  it('does not count a ticked box inside a code block', async () => {
    setPullBody(`${RELEASE_PR_BODY.replace('- [x] Monitoring configured\n', '')}\n\`\`\`\n- [x] Monitoring configured\n\`\`\`\n`);
    const run = await verify();
    expect(run.exitCode).toBe(1);
    expect(unmetOf(run).map((item) => item.item)).toEqual(['Monitoring configured']);
  });

  it('gives its verdict on a hostile body of 60,000 nested quotes (GitHub allows 65,536 characters)', async () => {
    // This body used to take a minute and then fail with "Maximum call stack size exceeded".
    const body = `${'>'.repeat(60_000)}\n\n${RELEASE_PR_BODY.replace('- [x] Team notified', '- [ ] Team notified')}`;
    expect(body.length).toBeLessThanOrEqual(65_536);
    setPullBody(body);
    const run = await verify();
    expect(run.exitCode).toBe(1);
    expect(unmetOf(run)).toEqual([{ item: 'Team notified', reason: 'not ticked' }]);
    expect(run.stdout + run.stderr).not.toMatch(/call stack|RangeError|\n\s+at /);
  });

  it('fails a ticked item whose checks failed: ticked but not proven', async () => {
    const build = emulator.state.checkRuns.find((run) => run.name === 'build');
    build!.conclusion = 'failure';
    const run = await verify();
    expect(run.exitCode).toBe(1);
    const reason = `ticked but not proven: 1 of 4 checks on ${RELEASE_HEAD.slice(0, 7)} did not pass: build (failure)`;
    expect(unmetOf(run)).toEqual([
      { item: 'All tests passing', reason },
      { item: 'Quality gates passed', reason },
    ]);
  });

  it('retries a secondary rate limit during evidence collection, then passes', async () => {
    emulator.fault(faults.secondaryRateLimit(CHECK_RUNS_ROUTE, 1));
    const run = await verify();
    expect(run.exitCode).toBe(0);
    const checkRunRequests = emulator.requests.filter((request) => request.route === CHECK_RUNS_ROUTE);
    expect(checkRunRequests.map((request) => request.status)).toEqual([403, 200]);
  });

  it('retries a server error', async () => {
    emulator.fault(faults.serverError('GET /repos/{owner}/{repo}/pulls/{pull_number}', 502));
    const run = await verify();
    expect(run.exitCode).toBe(0);
    const pullRequests = emulator.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/pulls/{pull_number}');
    expect(pullRequests.map((request) => request.status)).toEqual([502, 200]);
  });

  it('rejects a malformed release.yml with file, line, column and field, and no stack trace', async () => {
    writeFile(POLICY, 'checklist:\n  items:\n    - text: All tests passing\n      evidence: test\n  comments: maybe\n');
    const run = await verify();
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors.slice(0, 2)).toEqual([
      {
        level: 'error',
        message: 'checklist.items[0].evidence: expected one of checks, reviews, security, release-notes, docs; got "test"',
        properties: { title: 'Release policy', file: POLICY, line: '4', col: '17' },
      },
      {
        level: 'error',
        message: 'checklist.comments: expected boolean; got "maybe"',
        properties: { title: 'Release policy', file: POLICY, line: '5', col: '13' },
      },
    ]);
    expect(errors[2]?.message).toBe(
      'The release policy cannot be used:\n' +
        `  ${POLICY}:4:17 checklist.items[0].evidence: expected one of checks, reviews, security, release-notes, docs; got "test"\n` +
        `  ${POLICY}:5:13 checklist.comments: expected boolean; got "maybe"`,
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.outputs.complete).toBeUndefined();
  });

  it('works with no release.yml and no role document, from the built-in role document', async () => {
    for (const files of Object.values(emulator.state.files)) {
      delete files[POLICY];
      delete files['.repo/agents/roles/release-manager.md'];
    }
    const run = await verify();
    expect(run.exitCode).toBe(0);
    const report = run.json('report');
    expect(report.policy).toMatchObject({ fileFound: false, roleDocumentOrigin: 'built-in', governanceVersion: '1.0.0', itemsFrom: 'role-document' });
    expect(report.items.map((item: { item: string }) => item.item)).toContain('Stakeholders informed');
    expect(run.summary).toContain('defaults (no .repo/policy/release.yml)');
  });

  it('reads the policy from the base commit, so the pull request cannot weaken it', async () => {
    // The PR's head drops every item but one; the base still requires all ten.
    writeFile(POLICY, 'checklist:\n  items: [Team notified]\n', [RELEASE_HEAD]);
    setPullBody('- [x] Team notified\n');
    const run = await verify();
    expect(run.exitCode).toBe(1);
    expect(unmetOf(run)).toHaveLength(9);
    const contentRequests = emulator.requests.filter(
      (request) => request.route === 'GET /repos/{owner}/{repo}/contents/{path}' && request.path.endsWith('release.yml'),
    );
    expect(contentRequests.map((request) => request.query.ref)).toEqual([BASE]);
  });

  it('names the permission to add when evidence cannot be read', async () => {
    emulator.state.denied.push({ route: CHECK_RUNS_ROUTE, permission: 'checks=read' });
    const run = await verify();
    expect(run.exitCode).toBe(1);
    expect(unmetOf(run)[0]).toEqual({
      item: 'All tests passing',
      reason:
        `ticked but not proven: cannot verify: GitHub API GET /repos/octo-org/widgets/commits/${RELEASE_HEAD}/check-runs?filter=latest: ` +
        '403 Forbidden: the token cannot read this (it needs `checks: read`); add `permissions: { checks: read }` to the job, or pass a token that has it. ' +
        'GitHub said: Resource not accessible by integration',
    });
  });

  it('finds a failing check on the second page of check runs', async () => {
    for (let index = 0; index < 120; index++) {
      emulator.state.checkRuns.push({
        head_sha: RELEASE_HEAD,
        name: `matrix-${index}`,
        status: 'completed',
        conclusion: index === 110 ? 'cancelled' : 'success',
      });
    }
    const run = await verify();
    expect(run.exitCode).toBe(1);
    expect(unmetOf(run)[0]?.reason).toBe(`ticked but not proven: 1 of 124 checks on ${RELEASE_HEAD.slice(0, 7)} did not pass: matrix-110 (cancelled)`);
    const pages = emulator.requests.filter((request) => request.route === CHECK_RUNS_ROUTE).map((request) => request.query.page ?? '1');
    expect(pages).toEqual(['1', '2']);
  });

  it('fails reviews for a pull request approved only by its author', async () => {
    emulator.state.reviews[41] = [{ user: { login: 'carol' }, state: 'APPROVED', commit_id: 'x'.repeat(40) }];
    const run = await verify();
    expect(unmetOf(run)).toEqual([
      {
        item: 'All PRs merged and reviewed',
        reason:
          'ticked but not proven: 1 change since v1.0.0 lacks an independent approval: #41 merged without an approving review from someone other than carol',
      },
    ]);
  });

  it('fails security on an open high alert, and escapes its hostile text in the summary', async () => {
    emulator.state.codeScanningAlerts = [
      {
        number: 7,
        state: 'open',
        rule: {
          id: 'js/xss',
          severity: 'error',
          security_severity_level: 'high',
          description: '<img src=x onerror=alert(1)> @acme/everyone [x](https://evil.example)',
        },
      },
    ];
    const run = await verify();
    expect(run.exitCode).toBe(1);
    expect(unmetOf(run)[0]?.item).toBe('Security scans clean');
    expect(run.summary).not.toContain('<img');
    expect(run.summary).not.toContain('@acme');
    expect(run.summary).toContain('&lt;img src=x onerror=alert(1)&gt; @\u200bacme/everyone &#91;x&#93;(https://evil.example)');
  });

  it('reads the checklist of a release-tracking issue and its comments, ignoring bots', async () => {
    writeFile(POLICY, 'checklist:\n  comments: true\n');
    const untickedTeam = RELEASE_PR_BODY.replace('- [x] Team notified', '- [ ] Team notified');
    // After the release PR merged: the tracking issue is checked against the merged commit.
    Object.assign(emulator.state.pulls.find((pull) => pull.number === 42)!, {
      state: 'closed',
      merged_at: '2026-11-21T09:00:00Z',
      merge_commit_sha: RELEASE_HEAD,
    });
    emulator.state.reviews[42] = [{ user: { login: 'alice' }, state: 'APPROVED', commit_id: RELEASE_HEAD }];
    emulator.state.issues.push({ number: 77, title: 'Release 1.1.0', body: untickedTeam, user: { login: 'release-captain' }, state: 'open' });
    emulator.state.permissions.alice = 'write';
    emulator.state.comments[77] = [
      { user: { login: 'alice' }, body: 'Sent the announcement.\n\n- [x] Team notified' },
      { user: { login: 'checklist-bot[bot]', type: 'Bot' }, body: '- [ ] Team notified\n- [ ] Stakeholders informed' },
    ];
    const run = await verify({
      event: { name: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch', undefined, { ref: 'refs/heads/main' }) },
      sha: RELEASE_HEAD,
      inputs: { 'issue-number': '77' },
    });
    expect(unmetOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const team = run.json('report').items.find((item: { item: string }) => item.item === 'Team notified');
    expect(team.source).toMatchObject({ label: 'comment by alice', line: 3 });
  });

  it('ignores a comment ticking items by someone who could not edit the checklist, and names them', async () => {
    writeFile(POLICY, 'checklist:\n  comments: true\n');
    setPullBody(RELEASE_PR_BODY.replace('- [x] Team notified', '- [ ] Team notified'));
    emulator.state.permissions.alice = 'write';
    emulator.state.comments[42] = [
      { user: { login: 'mallory' }, body: '- [x] Team notified' },
      { user: { login: 'tri<b>age</b>' }, body: '- [x] Team notified' },
    ];
    emulator.state.permissions['tri<b>age</b>'] = 'triage';
    const run = await verify();
    expect(run.exitCode).toBe(1);
    expect(unmetOf(run).map((entry) => entry.item)).toContain('Team notified');
    expect(run.summary).toContain('Comments not counted: ');
    expect(run.summary).toContain('by <code>mallory</code> (has read permission; checklist.comment-permission requires write)');
    // Hostile logins are shown as text, never as HTML.
    expect(run.summary).not.toContain('<b>age</b>');
    expect(run.summary).toContain('(has triage permission; checklist.comment-permission requires write)');

    // A writer's comment counts; the policy may ask for more.
    emulator.state.comments[42].push({ user: { login: 'alice' }, body: '- [x] Team notified' });
    const written = await verify();
    expect(unmetOf(written).map((entry) => entry.item)).not.toContain('Team notified');
    writeFile(POLICY, 'checklist:\n  comments: true\n  comment-permission: maintain\n');
    const stricter = await verify();
    expect(unmetOf(stricter).map((entry) => entry.item)).toContain('Team notified');
    expect(stricter.summary).toContain('by <code>alice</code> (has write permission; checklist.comment-permission requires maintain)');
  });

  it('reads the checklist from a file in the repository', async () => {
    writeFile('RELEASE_CHECKLIST.md', RELEASE_PR_BODY.replace('- [x] Rollback plan ready', '- [ ] Rollback plan ready'), [RELEASE_HEAD]);
    const run = await verify({ inputs: { 'checklist-file': 'RELEASE_CHECKLIST.md' } });
    expect(unmetOf(run)).toEqual([{ item: 'Rollback plan ready', reason: 'not ticked' }]);
    expect(run.json('report').sources).toEqual([
      { label: 'RELEASE_CHECKLIST.md', url: `https://github.com/octo-org/widgets/blob/${RELEASE_HEAD}/RELEASE_CHECKLIST.md` },
    ]);
  });

  it('says how to give it a checklist on an event without a pull request', async () => {
    const run = await verify({ event: { name: 'push', payload: webhookPayload('push', undefined, {}) } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.at(-1)?.message).toBe(
      'No checklist to read: a push event carries no pull request. Set `issue-number` (a release-tracking issue) or `checklist-file`.',
    );
  });

  it('accepts a struck item only where the policy allows it', async () => {
    writeFile(
      POLICY,
      'checklist:\n  items:\n    - All tests passing\n    - text: Monitoring configured\n      allow-not-applicable: true\n    - Team notified\n',
    );
    setPullBody('- [x] All tests passing\n- [ ] ~~Monitoring configured~~\n- [ ] ~~Team notified~~\n');
    const run = await verify();
    expect(unmetOf(run)).toEqual([{ item: 'Team notified', reason: 'struck out, but the policy does not allow this item to be marked not applicable' }]);
    const monitoring = run.json('report').items.find((item: { item: string }) => item.item === 'Monitoring configured');
    expect(monitoring.verdict).toBe('not-applicable');
  });

  it('runs the same through the root action', async () => {
    const run = await verify({ viaRootAction: true });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.complete).toBe('true');
  });

  it('refuses an unknown action name through the root action', async () => {
    const run = await runAction('verify-checklistt', { apiUrl: emulator.url, viaRootAction: true });
    expect(run.exitCode).toBe(1);
    const actions = readdirSync(join(REPO_ROOT, 'actions'))
      .filter((name) => existsSync(join(REPO_ROOT, 'actions', name, 'action.yml')))
      .sort()
      .join(', ');
    expect(run.annotations[0]?.message).toBe(`The \`action\` input must be one of ${actions}; got "verify-checklistt"`);
  });
});

describe('verify-checklist secrets', () => {
  it('registers the token as a secret and prints it nowhere else', async () => {
    const { TEST_TOKEN } = await import('./helpers/run-action');
    const run = await verify();
    const maskLines = run.stdout.split('\n').filter((line) => line.includes(TEST_TOKEN));
    expect(maskLines).toEqual([`::add-mask::${TEST_TOKEN}`]);
    expect(run.stderr + run.summary + JSON.stringify(run.outputs)).not.toContain(TEST_TOKEN);
  });
});

describe('verify-checklist evidence sources', () => {
  it('honours a GitHub Enterprise Server API URL, pagination included', async () => {
    for (let index = 0; index < 110; index++) {
      emulator.state.checkRuns.push({ head_sha: RELEASE_HEAD, name: `matrix-${index}`, status: 'completed', conclusion: 'success' });
    }
    const run = await verify({ apiUrl: `${emulator.url}/api/v3` });
    expect(run.exitCode).toBe(0);
    expect(emulator.requests.length).toBeGreaterThan(5);
    // GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql.
    const paths = emulator.requests.map((request) => request.path);
    expect(paths.filter((path) => !path.startsWith('/api/v3/'))).toEqual(['/api/graphql']);
    const pages = emulator.requests.filter((request) => request.route === CHECK_RUNS_ROUTE).map((request) => request.query.page ?? '1');
    expect(pages).toEqual(['1', '2']);
  });

  it('proves release notes by a notes file when there is no release for the tag', async () => {
    emulator.state.releases = emulator.state.releases.filter((release) => release.tag_name !== 'v1.1.0');
    const notesItem = (run: Awaited<ReturnType<typeof verify>>) =>
      run.json('report').items.find((item: { item: string }) => item.item === 'Release notes prepared');

    const without = await verify();
    expect(notesItem(without).reason).toBe('ticked but not proven: no draft or published release for v1.1.0, and none of docs/releases/v1.1.0.md exists');

    writeFile('docs/releases/v1.1.0.md', '# 1.1.0\n', [RELEASE_HEAD]);
    const withFile = await verify();
    expect(notesItem(withFile)).toMatchObject({ verdict: 'met', reason: 'ticked and proven: notes file present: docs/releases/v1.1.0.md' });
  });

  it('reads Dependabot alerts when the policy enables them', async () => {
    writeFile(POLICY, 'checklist:\n  evidence:\n    security:\n      dependabot: true\n');
    const securityItem = (run: Awaited<ReturnType<typeof verify>>) =>
      run.json('report').items.find((item: { item: string }) => item.item === 'Security scans clean');

    const disabled = await verify();
    expect(securityItem(disabled).reason).toMatch(/^ticked but not proven: Dependabot alerts are not enabled for this repository, so nothing proves it clean/);

    emulator.state.dependabotAlerts = [
      { number: 11, state: 'open', severity: 'critical', package: 'left-pad', summary: 'Prototype pollution' },
      { number: 12, state: 'open', severity: 'low', package: 'tiny', summary: 'Minor' },
      { number: 13, state: 'fixed', severity: 'critical', package: 'old', summary: 'Fixed long ago' },
    ];
    const alerting = await verify();
    expect(securityItem(alerting).reason).toBe('ticked but not proven: 1 open alert of high severity or above: Dependabot #11 (critical): left-pad');
  });

  it("looks for the previous release in the policy's release line, as release-notes does", async () => {
    // The repository also tags another product: app-v releases. With the policy's tag prefix
    // app-v, v1.0.0 is not this line's release, so no previous release bounds the range.
    const policyPath = '.repo/policy/release.yml';
    for (const files of Object.values(emulator.state.files))
      files[policyPath] = (files[policyPath] ?? '').replace('  tag-prefix: v\n', '  tag-prefix: app-v\n');
    const run = await verify({ inputs: { tag: 'app-v1.1.0' } });
    const compared = emulator.requests
      .filter((request) => request.route === 'GET /repos/{owner}/{repo}/compare/{basehead}')
      .map((request) => decodeURIComponent(request.path));
    expect(compared.some((path) => path.includes('v1.0.0...'))).toBe(false);
    expect(run.summary).toContain('Documentation updated');
    expect(run.summary).not.toContain('since v1.0.0');
  });

  it('fails docs when no documentation changed since the previous release', async () => {
    const batch = emulator.state.commits.find((commit) => commit.message.startsWith('Add batch mode'));
    batch!.files = ['src/batch.ts'];
    for (const files of Object.values(emulator.state.files)) delete files['docs/usage.md'];
    const run = await verify();
    expect(unmetOf(run)).toEqual([
      {
        item: 'Documentation updated',
        reason: 'ticked but not proven: no documentation changed since v1.0.0: no file matches docs/**, README.md (3 files changed)',
      },
    ]);
  });
});
