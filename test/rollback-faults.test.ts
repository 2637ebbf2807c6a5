// rollback under cancellation and API faults: the bundle run as the runner runs it and
// cancelled with the runner's own signal sequence (SIGINT, SIGTERM at 7.5 s, SIGKILL at
// 10 s). In every phase it must stop what it started, end its deployment as `error` and write
// the incident before the SIGKILL; and it must never claim a state GitHub does not show.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Emulator, faults, webhookPayload } from './emulator';
import { type Deployment, deployment, historyPages, isWrite, POLICY, POLICY_PATH, rollbackRepository } from './fixtures/deployments';
import { emulatorPerTest } from './helpers/emulator-per-test';
import { isRunning, waitFor } from './helpers/process';
import { type ActionRun, cancelLikeTheRunner, type RunActionOptions, runAction, shaOf } from './helpers/run-action';
import { startService } from './helpers/service';

const GOOD = shaOf('faults v1.1.0');
const CURRENT = shaOf('faults v1.2.0');
const BROKEN = shaOf('faults v1.3.0');
const STATUSES_ROUTE = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
const RUNNER_KILLS_AFTER_MS = 10_000;

const productionDeployment = (id: number, sha: string, states: Deployment['statuses'][number]['state'][], ref = sha) =>
  deployment(id, sha, 'production', states, ref);

let emulator: Emulator;
emulatorPerTest(
  () =>
    rollbackRepository(
      { good: GOOD, current: CURRENT, broken: BROKEN },
      // Deployed from the branch, as an ordinary Actions deployment is: `main` now points at the broken commit.
      [productionDeployment(1, GOOD, ['success', 'inactive'], 'main'), productionDeployment(2, CURRENT, ['in_progress', 'success'], 'main')],
      BROKEN,
    ),
  (started) => (emulator = started),
);

const outDir = () => mkdtempSync(join(tmpdir(), 'rg-rollback-faults-'));

/**
 * A deploy command in node: records ROLLBACK_* and its pid (and, when asked, starts a child
 * of its own and records that pid too), then waits for a `go` file or forever.
 */
function deployCommand(dir: string, options: { grandchild?: boolean; waitForGo?: boolean; hang?: boolean } = {}): string {
  const script = [
    "const fs = require('fs'); const path = require('path'); const { spawn } = require('child_process');",
    `const dir = ${JSON.stringify(dir)};`,
    "fs.writeFileSync(path.join(dir, 'env.json'), JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('ROLLBACK_')))));",
    options.grandchild
      ? "const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); fs.writeFileSync(path.join(dir, 'grandchild'), String(child.pid));"
      : '',
    "fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));",
    options.waitForGo ? "setInterval(() => { if (fs.existsSync(path.join(dir, 'go'))) process.exit(0); }, 20);" : '',
    options.hang ? 'setInterval(() => {}, 1000);' : '',
  ].join('\n');
  return JSON.stringify([process.execPath, '-e', script]);
}

function rollback(inputs: Record<string, string>, options: Partial<RunActionOptions> = {}) {
  return runAction('rollback', {
    apiUrl: emulator.url,
    sha: BROKEN,
    actor: 'carol',
    runId: 9200001,
    event: { name: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch', undefined, { sender: { login: 'carol', type: 'User' } }) },
    ...options,
    inputs: { environment: 'production', reason: 'errors spiked', ...inputs },
  });
}

const writes = () => emulator.requests.filter(isWrite);
const rollbackDeployment = () => emulator.state.deployments.find((candidate) => candidate.task === 'deploy:rollback');
const states = (found: Deployment | undefined) => found?.statuses.map((status) => status.state);
const incidents = () => emulator.state.issues.filter((issue) => issue.body?.includes('release-governance:rollback'));
const failureOf = (run: ActionRun) =>
  run.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message)
    .join('\n');

/** Cancels once `ready` holds, as the runner does; returns when the first signal went. */
function cancelWhen(ready: () => boolean, before?: () => void) {
  const cancelled: { at?: number } = {};
  return {
    cancelled,
    whileRunning: async (child: Parameters<NonNullable<RunActionOptions['whileRunning']>>[0]) => {
      await waitFor(ready);
      before?.();
      cancelled.at = cancelLikeTheRunner(child).cancelledAt;
    },
  };
}

/** Ended by itself within the runner's grace, with the deployment errored and the incident written. */
function expectFinishedAsError(run: ActionRun, cancelledAt: number | undefined) {
  expect(run.signal).toBeNull(); // not the runner's SIGKILL
  expect(Date.now() - (cancelledAt ?? 0)).toBeLessThan(RUNNER_KILLS_AFTER_MS);
  expect(run.exitCode).toBe(1);
  expect(run.outputs.result).toBe('error');
  expect(states(rollbackDeployment())).toEqual(['in_progress', 'error']);
  expect(incidents()).toHaveLength(1);
  expect(incidents()[0]!.body).toContain('| Result | error |');
  // The deployment it rolled back from is untouched: the rollback did not succeed.
  expect(states(emulator.state.deployments.find((candidate) => candidate.id === 2))).toEqual(['in_progress', 'success']);
}

describe('rollback cancelled by the runner', () => {
  it('during the command: stops the command and the child it started, then records error and the incident', async () => {
    const dir = outDir();
    const { cancelled, whileRunning } = cancelWhen(() => existsSync(join(dir, 'pid')));
    const run = await rollback({ command: deployCommand(dir, { grandchild: true, hang: true }) }, { whileRunning });
    expectFinishedAsError(run, cancelled.at);
    expect(failureOf(run)).toContain('the job was cancelled while');
    const pids = ['pid', 'grandchild'].map((file) => Number(readFileSync(join(dir, file), 'utf8')));
    await waitFor(() => pids.every((pid) => !isRunning(pid)), 3_000);
  });

  it('during the warm-up: stops waiting for the service and records error', async () => {
    const dir = outDir();
    let warmingUp = false;
    // The warm-up asks the base URL until anything answers; this service never does.
    const service = await startService({ '/': () => void (warmingUp = true) });
    try {
      emulator.state.files[BROKEN]![POLICY_PATH] = `${POLICY}smoke-test:\n  warm-up-seconds: 120\n  checks:\n    - { name: health, url: /healthz }\n`;
      const { cancelled, whileRunning } = cancelWhen(() => warmingUp);
      const run = await rollback({ command: deployCommand(dir), url: service.url }, { whileRunning });
      expectFinishedAsError(run, cancelled.at);
      expect(service.hits.get('/healthz')).toBeUndefined();
      expect(run.summary).toContain('the job was cancelled while the smoke tests ran');
    } finally {
      await service.stop();
    }
  });

  it('during the smoke checks: stops a check that is waiting for an answer and records error', async () => {
    const dir = outDir();
    let asked = false;
    const service = await startService({ '/healthz': () => void (asked = true) }); // never answers
    try {
      emulator.state.files[BROKEN]![POLICY_PATH] = `${POLICY}smoke-test:\n  checks:\n    - { name: health, url: /healthz, timeout-ms: 60000 }\n`;
      const { cancelled, whileRunning } = cancelWhen(() => asked);
      const run = await rollback({ command: deployCommand(dir), url: service.url }, { whileRunning });
      expectFinishedAsError(run, cancelled.at);
      expect(incidents()[0]!.body).toContain('| Smoke tests | not finished: the job was cancelled |');
    } finally {
      await service.stop();
    }
  });

  it('during a burst of 502s on the status endpoint: its retries fit in the grace period', async () => {
    const dir = outDir();
    const { cancelled, whileRunning } = cancelWhen(
      () => existsSync(join(dir, 'pid')),
      () => emulator.fault(faults.serverError(STATUSES_ROUTE, 502, 3)),
    );
    const run = await rollback({ command: deployCommand(dir, { hang: true }) }, { whileRunning });
    expectFinishedAsError(run, cancelled.at);
    const statusAnswers = emulator.requests.filter((request) => request.route === STATUSES_ROUTE).map((request) => request.status);
    expect(statusAnswers).toEqual([201, 502, 502, 502, 201]);
  });
});

describe('rollback faults and records', () => {
  it('leaves the deployment it rolled back from untouched when the final status cannot be written, and says what to do', async () => {
    const dir = outDir();
    const run = await rollback(
      { command: deployCommand(dir, { waitForGo: true }) },
      {
        whileRunning: async () => {
          await waitFor(() => existsSync(join(dir, 'pid')));
          emulator.fault(faults.serverError(STATUSES_ROUTE, 500, Number.POSITIVE_INFINITY));
          writeFileSync(join(dir, 'go'), '');
        },
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('error');
    const created = rollbackDeployment()!;
    expect(states(created)).toEqual(['in_progress']);
    expect(states(emulator.state.deployments.find((candidate) => candidate.id === 2))).toEqual(['in_progress', 'success']);
    const failure = failureOf(run);
    expect(failure).toContain(`Deployment status: GitHub API POST /repos/octo-org/widgets/deployments/${created.id}/statuses: 500 Internal Server Error`);
    expect(failure).toContain(
      `GitHub still shows rollback deployment ${created.id} of production as in_progress: its final status (success) could not be written, so deployment 2 (${CURRENT.slice(0, 7)}) was left as it was.`,
    );
    expect(failure).toContain(
      `gh api repos/octo-org/widgets/deployments/${created.id}/statuses -f state=success, then the same for deployment 2 with -f state=inactive.`,
    );
    expect(incidents()).toHaveLength(1);
  });

  it('gives the deploy command a tag, never the branch the old deployment named', async () => {
    const dir = outDir();
    const run = await rollback({ command: deployCommand(dir) });
    expect(run.exitCode).toBe(0);
    const env = JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8'));
    expect(env).toMatchObject({ ROLLBACK_SHA: GOOD, ROLLBACK_REF: 'v1.1.0' });
    expect(incidents()[0]!.body).toContain(`| Rolled back to | \`${GOOD.slice(0, 7)}\` (v1.1.0) |`);
    expect(incidents()[0]!.body).not.toContain('(main)');
  });

  it('gives the deploy command the SHA when no tag points at the commit', async () => {
    delete emulator.state.tags['v1.1.0'];
    const dir = outDir();
    const run = await rollback({ command: deployCommand(dir) });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8'))).toMatchObject({ ROLLBACK_SHA: GOOD, ROLLBACK_REF: GOOD });
    expect(run.summary).not.toContain('(main)');
  });

  it('reads the deployment history only as far as the last good deployment', async () => {
    // Newest first: the current one, 120 failed attempts, the last good one (page 2), then 100 older.
    const history: Deployment[] = [];
    for (let index = 0; index < 100; index++) history.push(productionDeployment(10 + index, shaOf(`old ${index}`), ['success', 'inactive']));
    history.push(productionDeployment(200, GOOD, ['success', 'inactive']));
    for (let index = 0; index < 120; index++) history.push(productionDeployment(300 + index, shaOf(`attempt ${index}`), ['failure']));
    history.push(productionDeployment(500, CURRENT, ['success']));
    emulator.state.deployments = history;
    const run = await rollback({ command: deployCommand(outDir()), 'dry-run': 'true' });
    expect(run.outputs['target-sha']).toBe(GOOD);
    // Two GraphQL pages of 100, with their statuses: the third page, of older deployments, is never read.
    expect(historyPages(emulator.requests)).toEqual([null, expect.any(String)]);
    expect(emulator.requests.filter((request) => request.route?.startsWith('GET /repos/{owner}/{repo}/deployments'))).toEqual([]);
  });

  it('refuses a dry-run value that is not a boolean, writing nothing', async () => {
    for (const value of ['yes', 'ture']) {
      const run = await rollback({ command: deployCommand(outDir()), 'dry-run': value });
      expect(run.exitCode).toBe(1);
      expect(failureOf(run)).toBe(`input \`dry-run\`: expected true or false; got "${value}"`);
    }
    expect(writes()).toEqual([]);
    expect(emulator.requests).toEqual([]);
  });
});
