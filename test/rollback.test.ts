// rollback end to end: the bundle run as the runner runs it, on a workflow_dispatch,
// against the emulator's GitHub Deployments, with a real deploy command and a real
// service for the smoke tests.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUSES_PER_DEPLOYMENT } from '../packages/github/src/deployments-query';
import { type Emulator, faults, webhookPayload } from './emulator';
import { type Deployment, deployment, historyPages, isWrite, POLICY, POLICY_PATH, rollbackRepository } from './fixtures/deployments';
import { emulatorPerTest } from './helpers/emulator-per-test';
import { isRunning, waitFor } from './helpers/process';
import { type RunActionOptions, runAction, shaOf } from './helpers/run-action';
import { startService } from './helpers/service';

const GOOD = shaOf('v1.1.0');
const CURRENT = shaOf('v1.2.0');
const BROKEN = shaOf('v1.3.0 broken');
const STATUSES_ROUTE = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';

/**
 * Production, oldest first: an old success (retired), the last good v1.1.0 (success, then
 * inactive), 110 failed or errored attempts of other commits, and the current v1.2.0.
 * Staging deployments are interleaved. The last good one is on the second page.
 */
function history(): Deployment[] {
  const deployments = [
    deployment(1, shaOf('v1.0.0'), 'production', ['in_progress', 'success', 'inactive']),
    deployment(2, GOOD, 'production', ['success', 'inactive']),
  ];
  for (let index = 0; index < 110; index++) {
    deployments.push(deployment(3 + index * 2, shaOf(`attempt ${index}`), 'production', ['in_progress', index % 2 ? 'failure' : 'error']));
    deployments.push(deployment(4 + index * 2, shaOf(`staging ${index}`), 'staging', ['success']));
  }
  deployments.push(deployment(500, CURRENT, 'production', ['in_progress', 'success']));
  return deployments;
}

let emulator: Emulator;
emulatorPerTest(
  () => rollbackRepository({ good: GOOD, current: CURRENT, broken: BROKEN }, history(), GOOD),
  (started) => (emulator = started),
);

const outDir = () => mkdtempSync(join(tmpdir(), 'rg-rollback-'));
/** A deploy command: records its environment variables (and pid) in files, then exits with `code`. */
const deployCommand = (dir: string, code = 0, hang = false) =>
  JSON.stringify([
    process.execPath,
    '-e',
    `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(join(dir, 'env.json'))}, JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('ROLLBACK_'))))); fs.writeFileSync(${JSON.stringify(join(dir, 'pid'))}, String(process.pid)); ${hang ? 'setTimeout(() => {}, 600000);' : `process.exit(${code});`}`,
  ]);

function dispatch(actor = 'carol', type = 'User') {
  return {
    name: 'workflow_dispatch',
    payload: webhookPayload('workflow_dispatch', undefined, { inputs: { environment: 'production', reason: 'errors spiked' }, sender: { login: actor, type } }),
  };
}

function rollback(inputs: Record<string, string>, options: Partial<RunActionOptions> & { actorType?: string } = {}) {
  const actor = options.actor ?? 'carol';
  return runAction('rollback', {
    apiUrl: emulator.url,
    sha: BROKEN,
    actor,
    runId: 9100001,
    event: dispatch(actor, options.actorType),
    ...options,
    inputs: { environment: 'production', reason: 'errors spiked after v1.2.0', ...inputs },
  });
}

const writes = () => emulator.requests.filter(isWrite);
const rollbackDeployments = () => emulator.state.deployments.filter((candidate) => candidate.task === 'deploy:rollback');
const incidents = () => emulator.state.issues.filter((issue) => issue.body?.includes('release-governance:rollback'));

describe('rollback', () => {
  it('rolls back to the last good deployment, across pages, and records every step', async () => {
    const dir = outDir();
    const run = await rollback({ command: deployCommand(dir) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'success', 'target-sha': GOOD, 'rolled-back-from': CURRENT });

    const [created] = rollbackDeployments();
    expect(created).toMatchObject({ sha: GOOD, environment: 'production', task: 'deploy:rollback' });
    expect(String(created!.id)).toBe(run.outputs['deployment-id']);
    expect(created!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(created!.statuses[0]).toMatchObject({ log_url: 'https://github.com/octo-org/widgets/actions/runs/9100001' });
    const postBody = emulator.requests.find((request) => request.method === 'POST' && request.path.endsWith('/deployments'))?.body as Record<string, any>;
    expect(postBody).toMatchObject({ ref: GOOD, task: 'deploy:rollback', auto_merge: false, required_contexts: [], environment: 'production' });
    expect(postBody.payload).toEqual({
      reason: 'errors spiked after v1.2.0',
      actor: 'carol',
      triggering_actor: 'carol',
      rolled_back_from: { deployment_id: 500, sha: CURRENT },
      run_url: 'https://github.com/octo-org/widgets/actions/runs/9100001',
    });
    expect(emulator.state.deployments.find((candidate) => candidate.id === 500)!.statuses.at(-1)?.state).toBe('inactive');

    expect(JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8'))).toEqual({
      ROLLBACK_SHA: GOOD,
      ROLLBACK_REF: 'v1.1.0', // the tag at GOOD, not the deployment's ref
      ROLLBACK_ENVIRONMENT: 'production',
      ROLLBACK_DEPLOYMENT_ID: String(created!.id),
      ROLLBACK_FROM_SHA: CURRENT,
      ROLLBACK_REASON: 'errors spiked after v1.2.0',
    });
    const [issue] = incidents();
    expect(String(issue!.number)).toBe(run.outputs['incident-issue']);
    expect(issue!.labels).toEqual(['incident', 'rollback']);
    expect(issue!.title).toBe(`Rollback of production to ${GOOD.slice(0, 7)}: errors spiked after v1.2.0`);
    expect(issue!.body).toContain(`| Rolled back from | \`${CURRENT.slice(0, 7)}\` (deployment 500) |`);
    expect(issue!.body).toContain('| Result | success |');
    expect(issue!.body).toContain('- [ ] Analyze root cause');
    expect(run.summary).toContain(`Rollback of production: rolled back ✅ (${CURRENT.slice(0, 7)} → ${GOOD.slice(0, 7)})`);
    // The production history spans two pages of deployments: one GraphQL read each, with their statuses; nothing over REST.
    expect(historyPages(emulator.requests)).toEqual([null, expect.any(String)]);
    expect(emulator.requests.filter((request) => request.route?.startsWith('GET /repos/{owner}/{repo}/deployments'))).toEqual([]);
  });

  it('refuses a bot, an agent account and a non-member before writing anything', async () => {
    for (const [actor, type, reason] of [
      ['deploy-bot[bot]', 'Bot', 'is a bot'],
      ['release-agent', 'User', 'is an agent account (listed in approvers.agents as `*-agent`)'],
      ['mallory', 'User', 'does not hold the release-manager role (not in approvers.users)'],
    ] as const) {
      const run = await rollback({ command: deployCommand(outDir()) }, { actor, actorType: type });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.result).toBe('refused');
      expect(run.annotations.at(-1)?.message).toBe(`Rollback of production: refused ⛔\n  - Authority: rejected: \`${actor}\` ${reason}`);
    }
    expect(writes()).toEqual([]);
  });

  it('on a re-run, refuses unless both the actor and the triggering actor qualify, before writing anything', async () => {
    for (const [actor, triggeringActor, refusal] of [
      ['carol', 'mallory', 'accepted: `carol`, listed in approvers.users; rejected: `mallory` does not hold the release-manager role (not in approvers.users)'],
      ['mallory', 'carol', 'rejected: `mallory` does not hold the release-manager role (not in approvers.users); accepted: `carol`, listed in approvers.users'],
      ['carol', 'deploy-bot[bot]', 'accepted: `carol`, listed in approvers.users; rejected: `deploy-bot[bot]` is a bot'],
    ] as const) {
      const run = await rollback({ command: deployCommand(outDir()) }, { actor, env: { GITHUB_TRIGGERING_ACTOR: triggeringActor } });
      expect(run.exitCode, `${actor} re-run by ${triggeringActor}`).toBe(1);
      expect(run.outputs.result).toBe('refused');
      expect(run.annotations.at(-1)?.message).toBe(`Rollback of production: refused ⛔\n  - Authority: ${refusal}`);
    }
    expect(writes()).toEqual([]);
  });

  it('refuses when there is no earlier good deployment, writing nothing', async () => {
    emulator.state.deployments = [deployment(7, CURRENT, 'production', ['success']), deployment(8, CURRENT, 'production', ['failure'])];
    const run = await rollback({ command: deployCommand(outDir()) });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.at(-1)?.message).toContain(
      `no earlier good deployment to production with a commit other than ${CURRENT.slice(0, 7)}; nothing was changed`,
    );
    expect(writes()).toEqual([]);
  });

  it('ends a failing command with a failed deployment and an incident', async () => {
    const run = await rollback({ command: deployCommand(outDir(), 3) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('failure');
    expect(rollbackDeployments()[0]!.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
    expect(emulator.state.deployments.find((candidate) => candidate.id === 500)!.statuses.at(-1)?.state).toBe('success');
    expect(incidents()).toHaveLength(1);
    expect(incidents()[0]!.body).toContain('| Result | failure |');
  });

  it('ends a failing smoke test with a failed deployment and an incident', async () => {
    const service = await startService({ '/healthz': (_request, response) => void response.writeHead(503).end('down') });
    try {
      emulator.state.files[GOOD]![POLICY_PATH] = `${POLICY}smoke-test:\n  retry-delay-ms: 20\n  checks:\n    - { name: health, url: /healthz, retries: 1 }\n`;
      const run = await rollback({ command: deployCommand(outDir()), url: service.url });
      expect(run.exitCode).toBe(1);
      expect(rollbackDeployments()[0]!.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
      expect(incidents()[0]!.body).toContain('| Smoke tests | failed: health: status 503, expected 2xx; body "down" |');
    } finally {
      await service.stop();
    }
  });

  it('ends with an errored deployment and an incident when cancelled mid-command, and stops the command', async () => {
    const dir = outDir();
    const run = await rollback(
      { command: deployCommand(dir, 0, true) },
      {
        whileRunning: async (child) => {
          await waitFor(() => existsSync(join(dir, 'pid')));
          child.kill('SIGTERM');
          // The runner may signal again while the action records the outcome.
          await new Promise((resolve) => setTimeout(resolve, 300));
          child.kill('SIGINT');
        },
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('error');
    expect(rollbackDeployments()[0]!.statuses.map((status) => status.state)).toEqual(['in_progress', 'error']);
    expect(incidents()[0]!.body).toContain('| Result | error |');
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    await waitFor(() => !isRunning(pid));
  });

  it('retries an API fault while writing a status', async () => {
    emulator.fault(faults.serverError(STATUSES_ROUTE, 502));
    const run = await rollback({ command: deployCommand(outDir()) });
    expect(run.exitCode).toBe(0);
    const statusWrites = emulator.requests.filter((request) => request.route === STATUSES_ROUTE).map((request) => request.status);
    expect(statusWrites.slice(0, 2)).toEqual([502, 201]);
    expect(rollbackDeployments()[0]!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
  });

  it('makes no write request in a dry run, and reports the plan', async () => {
    const run = await rollback({ command: deployCommand(outDir()), 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'dry-run', 'target-sha': GOOD, 'rolled-back-from': CURRENT, 'deployment-id': '' });
    expect(writes()).toEqual([]);
    expect(run.summary).toContain(`would create a deploy:rollback deployment of ${GOOD.slice(0, 7)} (v1.1.0) to production`);
    expect(run.summary).toContain('would open an incident issue');
  });

  it('reads a 1,000-deployment history with the last good one at the bottom in 10 GraphQL pages: 20 requests in all', async () => {
    // Newest first: the current one, 998 failed attempts, the last good one: the oldest.
    const deep: Deployment[] = [deployment(1, GOOD, 'production', ['success', 'inactive'])];
    for (let id = 2; id < 1000; id++) deep.push(deployment(id, shaOf(`deep attempt ${id}`), 'production', ['in_progress', id % 2 ? 'failure' : 'error']));
    deep.push(deployment(1000, CURRENT, 'production', ['in_progress', 'success']));
    emulator.state.deployments = deep;
    const run = await rollback({ command: deployCommand(outDir()) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['target-sha']).toBe(GOOD);
    expect(historyPages(emulator.requests)).toHaveLength(10);
    // 10 fixed (3 file reads, the tag, the deployment, 3 statuses, the incident looked up and opened) + 10 pages; REST read 1,020 for it.
    expect(emulator.requests).toHaveLength(20);
    expect(emulator.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses')).toEqual([]);
  });

  it("reads the history over REST once GitHub's ids outgrow GraphQL's 32-bit Int, and still rolls back to the right one", async () => {
    // Ids past 2^31 - 1: GraphQL answers the databaseId field null, with an error naming it.
    const big = 2 ** 31;
    emulator.state.deployments = [
      deployment(big + 1, shaOf('v1.0.0'), 'production', ['success', 'inactive']),
      deployment(big + 2, GOOD, 'production', ['success', 'inactive']),
      deployment(big + 3, CURRENT, 'production', ['in_progress', 'success']),
    ];
    const run = await rollback({ command: deployCommand(outDir()), 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'target-sha': GOOD, 'rolled-back-from': CURRENT });
    expect(historyPages(emulator.requests)).toEqual([null]);
    expect(emulator.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/deployments').length).toBeGreaterThan(0);
  });

  it(`reads over REST, and only for that one, the statuses of a deployment with more than ${STATUSES_PER_DEPLOYMENT}`, async () => {
    // GOOD went out, then was retired and re-activated often: its success is older than its newest statuses.
    const restarts = Array.from({ length: STATUSES_PER_DEPLOYMENT }, () => 'inactive' as const);
    emulator.state.deployments = [
      deployment(1, shaOf('v1.0.0'), 'production', ['success', 'inactive']),
      deployment(2, GOOD, 'production', ['in_progress', 'success', ...restarts]),
      deployment(3, CURRENT, 'production', ['in_progress', 'success']),
    ];
    const run = await rollback({ command: deployCommand(outDir()), 'dry-run': 'true' });
    expect(run.outputs['target-sha']).toBe(GOOD);
    const restReads = emulator.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses');
    expect(restReads.map((request) => request.path)).toEqual(['/repos/octo-org/widgets/deployments/2/statuses']);
    expect(historyPages(emulator.requests)).toEqual([null]);
  });

  it('updates the incident of a re-run instead of opening a second one', async () => {
    const first = await rollback({ command: deployCommand(outDir(), 1) });
    const second = await rollback({ command: deployCommand(outDir()) });
    expect(second.outputs['incident-issue']).toBe(first.outputs['incident-issue']);
    expect(incidents()).toHaveLength(1);
    expect(incidents()[0]!.body).toContain('| Result | success |');
  });

  it('rolls back to a target given as a tag or a deployment id, and rejects an unknown one without writing', async () => {
    const run = await rollback({ command: deployCommand(outDir()), target: 'v1.1.0' });
    expect(run.outputs['target-sha']).toBe(GOOD);
    expect(rollbackDeployments()[0]!.sha).toBe(GOOD);
    const byId = await rollback({ command: deployCommand(outDir()), target: '1', 'dry-run': 'true' });
    expect(byId.outputs['target-sha']).toBe(shaOf('v1.0.0'));
    const staging = await rollback({ command: deployCommand(outDir()), target: '4', 'dry-run': 'true' });
    expect(staging.annotations.at(-1)?.message).toBe('input `target`: deployment 4 is of environment staging, not production');
    emulator.requests.length = 0;
    const unknown = await rollback({ command: deployCommand(outDir()), target: 'v9.9.9' });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.annotations.at(-1)?.message).toBe('input `target`: "v9.9.9" is not a deployment id of production, a tag or a commit of octo-org/widgets');
    expect(writes()).toEqual([]);
  });

  it('keeps a hostile reason from injecting HTML or mentions into the incident and summary', async () => {
    const reason = '<img src=x onerror=alert(1)> ping @acme/everyone | [x](https://evil.example)';
    const run = await rollback({ command: deployCommand(outDir()), reason });
    const body = incidents()[0]!.body ?? '';
    // Each medium escaped its own way: backslashes in the markdown issue, entities in the HTML summary.
    expect(body).toContain('| Reason | \\<img src=x onerror=alert(1)\\> ping @\u200bacme/everyone \\| \\[x\\](https://evil.example) |');
    expect(run.summary).toContain('&lt;img src=x onerror=alert(1)&gt; ping @\u200bacme/everyone &#124; &#91;x&#93;(https://evil.example)');
    for (const written of [body, run.summary]) {
      expect(written).not.toMatch(/(?<!\\)<img/);
      expect(written).not.toContain('@acme');
    }
  });
});
