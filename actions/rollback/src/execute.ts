// The rollback's writes: the deploy:rollback deployment, the user's command and the smoke
// tests, then the record (final statuses and the incident issue), which is always
// attempted once the deployment exists, also when the job is cancelled.
import { runCommand } from '@release-governance/command';
import { setDeploymentStatus } from '@release-governance/github';
import { shortSha } from '@release-governance/render';
import { logLine } from '@release-governance/report';
import type { RollbackStep } from '@release-governance/rollback';
import { attemptLine, criticalFailures, verifyService } from '@release-governance/smoke';
import { createRollbackDeployment } from './deployments';
import type { Plan, Rollback, Target } from './prepare';

export type Verdict = { state: 'success' | 'failure' | 'error'; smoke: string };

export interface Execution {
  steps: RollbackStep[];
  deploymentId?: number;
  verdict: Verdict;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Deploys and verifies; any error becomes a failed step, and a cancellation an `error` verdict. */
export async function execute(rollback: Rollback, target: Target, plan: Plan, cancelled: AbortSignal): Promise<Execution> {
  const steps: RollbackStep[] = [];
  let deploymentId: number | undefined;
  let verdict: Verdict = { state: 'error', smoke: 'not run' };
  try {
    const { client, context, settings } = rollback;
    deploymentId = await createRollbackDeployment(client, context, {
      environment: settings.environment,
      sha: target.to.sha,
      reason: rollback.reason,
      from: target.from,
    });
    steps.push({ step: 'Deployment', result: 'done', details: `deployment ${deploymentId} (deploy:rollback) of ${shortSha(target.to.sha)}` });
    await setDeploymentStatus(client, context, deploymentId, 'in_progress', `Rolling back to ${shortSha(target.to.sha)}`);
    const ran = await deployAndVerify(rollback, target, plan, deploymentId, cancelled);
    steps.push(...ran.steps);
    verdict = ran.verdict;
  } catch (error) {
    steps.push({ step: 'Error', result: 'failed', details: errorText(error) });
  }
  if (cancelled.aborted) verdict = { state: 'error', smoke: verdict.state === 'error' ? verdict.smoke : 'not finished: the job was cancelled' };
  return { steps, deploymentId, verdict };
}

async function deployAndVerify(
  rollback: Rollback,
  target: Target,
  plan: Plan,
  deploymentId: number,
  cancelled: AbortSignal,
): Promise<Omit<Execution, 'deploymentId'>> {
  const { settings } = rollback;
  const commandLine = plan.command.join(' ');
  const outcome = await runCommand(plan.command[0] as string, plan.command.slice(1), {
    timeoutMs: settings['command-timeout-minutes'] * 60_000,
    signal: cancelled,
    env: {
      ROLLBACK_SHA: target.to.sha,
      ROLLBACK_REF: target.to.ref,
      ROLLBACK_ENVIRONMENT: settings.environment,
      ROLLBACK_DEPLOYMENT_ID: String(deploymentId),
      ROLLBACK_FROM_SHA: target.from?.sha ?? '',
      ROLLBACK_REASON: rollback.reason,
    },
  });
  if (outcome.cancelled || cancelled.aborted) {
    const details = `the job was cancelled while ${commandLine} ran; it was stopped with every process it started`;
    return { steps: [{ step: 'Command', result: 'failed', details }], verdict: { state: 'error', smoke: 'not run: the job was cancelled' } };
  }
  if (outcome.exitCode !== 0) {
    const details = `${commandLine} ${outcome.timedOut ? 'timed out' : `exited with ${outcome.exitCode}`}`;
    return { steps: [{ step: 'Command', result: 'failed', details }], verdict: { state: 'failure', smoke: 'not run: the command failed' } };
  }
  const ran: RollbackStep = { step: 'Command', result: 'done', details: `${commandLine} exited with 0 in ${outcome.durationMs} ms` };
  if (plan.smoke.plans.length === 0) return { steps: [ran], verdict: { state: 'success', smoke: 'no checks configured' } };

  const onAttempt = (event: Parameters<typeof attemptLine>[0]) => logLine(attemptLine(event, plan.smoke.secrets));
  const { results } = await verifyService(plan.smoke.plans, rollback.policy.smokeTest, plan.smokeBaseUrl, { cancelled, onAttempt });
  if (cancelled.aborted) {
    const stopped: RollbackStep = { step: 'Smoke tests', result: 'failed', details: 'the job was cancelled while the smoke tests ran' };
    return { steps: [ran, stopped], verdict: { state: 'error', smoke: 'not finished: the job was cancelled' } };
  }
  const failed = criticalFailures(results);
  const smoke =
    failed.length === 0 ? `passed (${results.length} checks)` : `failed: ${failed.map((result) => `${result.name}: ${result.reason ?? ''}`).join('; ')}`;
  const verified: RollbackStep = { step: 'Smoke tests', result: failed.length === 0 ? 'done' : 'failed', details: smoke };
  return { steps: [ran, verified], verdict: { state: failed.length === 0 ? 'success' : 'failure', smoke } };
}
