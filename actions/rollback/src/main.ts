// rollback: a release manager's manual rollback. Checks who started it, finds the last
// good deployment, then — recorded in GitHub Deployments at every step — deploys it with
// the user's command, verifies it with the smoke tests, and writes the incident issue.
// Once the rollback deployment exists it is always finished (success, failure or error),
// also when the job is cancelled: it is never left in_progress.
import * as core from '@actions/core';
import { describeJudgement } from '@release-governance/approval';
import { aborted, listenForCancellation } from '@release-governance/async';
import { runCommand } from '@release-governance/command';
import { createGitHubClient, type GitHubClient, policyFileReader, readRunContext, repositoryFileReader, type RunContext } from '@release-governance/github';
import { applyInputOverrides, loadPolicy, parseYamlWithSchema, smokeCheckSchema, type Policy, type RollbackSettings } from '@release-governance/policy';
import { finishStep } from '@release-governance/report';
import {
  BUILT_IN_INCIDENT_TEMPLATE,
  findRollbackTarget,
  incidentBody,
  incidentTitle,
  rollbackFailure,
  rollbackIntro,
  rollbackOutputs,
  rollbackRows,
  rollbackTitle,
  type DeploymentRecord,
  type RollbackReport,
} from '@release-governance/rollback';
import { planChecks, verifyService, type Plans } from '@release-governance/smoke';
import { judgeDispatchers } from './authority';
import { createRollbackDeployment, deploymentStatusReader, environmentDeployments, resolveTargetInput, setDeploymentStatus } from './deployments';
import { findIncident, incidentMarker, writeIncident } from './incident';

const short = (sha: string) => sha.slice(0, 7);
const commandListSchema = smokeCheckSchema.shape.run.unwrap();

export async function run(): Promise<void> {
  const context = readRunContext();
  const client = createGitHubClient(core.getInput('token'));
  const policy = await loadPolicy({ read: policyFileReader(client, context), policyPath: core.getInput('policy') });
  const commandText = core.getInput('command').trim();
  const settings = applyInputOverrides(
    'rollback',
    policy.rollback,
    {
      environment: core.getInput('environment').trim() || undefined,
      command: commandText ? parseYamlWithSchema('input `command`', commandText, commandListSchema, 'input') : undefined,
    },
    { environment: 'environment', command: 'command' },
  );
  const reason = core.getInput('reason', { required: true }).trim();
  const report: RollbackReport = { result: 'refused', environment: settings.environment, reason, actor: context.triggeringActor, steps: [] };
  const finish = () =>
    finishStep({
      outputs: rollbackOutputs(report),
      title: rollbackTitle(report),
      intro: rollbackIntro(report),
      table: { columns: ['Step', 'Result', 'Details'], rows: rollbackRows(report) },
      failure: rollbackFailure(report),
    });

  // 1. Who: refused before anything is written.
  const judgements = await judgeDispatchers(client, context, policy.approvers);
  const refused = judgements.some((judgement) => judgement.verdict === 'rejected');
  report.steps.push({ step: 'Authority', result: refused ? 'failed' : 'done', details: judgements.map(describeJudgement).join('; ') });
  if (refused) return finish();

  // 2. What: the current deployment and the one to go back to.
  report.result = 'failure';
  const deployments = await environmentDeployments(client, context, settings.environment);
  const found = await findRollbackTarget(settings.environment, deployments, deploymentStatusReader(client, context));
  const targetInput = core.getInput('target').trim();
  const to = targetInput
    ? await resolveTargetInput(client, context, settings.environment, targetInput)
    : found.lastGood && { sha: found.lastGood.sha, ref: found.lastGood.ref, deploymentId: found.lastGood.id };
  if (!to || (found.current && to.sha === found.current.sha)) {
    const problem = to ? `${short(to.sha)} is already the current deployment of ${settings.environment}` : (found.problem ?? 'no target');
    report.steps.push({ step: 'Target', result: 'failed', details: problem });
    return finish();
  }
  report.from = found.current && { sha: found.current.sha, deploymentId: found.current.id };
  report.to = { sha: to.sha, ref: to.ref };
  report.steps.push({
    step: 'Target',
    result: 'done',
    details: `${found.current ? `${short(found.current.sha)} (deployment ${found.current.id})` : 'no active deployment'} → ${short(to.sha)} (${targetInput ? `input target ${targetInput}` : `last good deployment ${to.deploymentId}`})`,
  });

  // 3. How: everything is resolved before the first write.
  const command = settings.command;
  const smokeBaseUrl = core.getInput('url').trim() || policy.smokeTest.url;
  const smoke = planChecks(policy.smokeTest.checks, { baseUrl: smokeBaseUrl, env: process.env, stablePasses: policy.smokeTest['stable-passes'] });
  for (const secret of smoke.secrets) core.setSecret(secret);
  const blockers = [...(command ? [] : ['no deploy command: set the `command` input or rollback.command in the policy']), ...smoke.problems];
  if (blockers.length > 0) {
    report.steps.push({ step: 'Plan', result: 'failed', details: blockers.join('; ') });
    return finish();
  }
  const incident = await findIncident(client, context, settings);
  if (core.getInput('dry-run').trim().toLowerCase() === 'true') {
    report.result = 'dry-run';
    report.steps.push(
      { step: 'Deployment', result: 'planned', details: `would create a deploy:rollback deployment of ${short(to.sha)} to ${settings.environment}` },
      { step: 'Command', result: 'planned', details: (command ?? []).join(' ') },
      { step: 'Smoke tests', result: smoke.plans.length > 0 ? 'planned' : 'skipped', details: smoke.plans.length > 0 ? `${smoke.plans.length} checks` : 'no checks configured' },
      { step: 'Incident', result: 'planned', details: incident ? `would update #${incident.number}` : 'would open an incident issue' },
    );
    return finish();
  }

  const cancelled = await execute({ client, context, policy, settings, report, command: command ?? [], smoke, smokeBaseUrl, from: found.current, incident });
  await finish();
  // A cancelled command may still be running under its watchdog, which ends it once this process exits.
  if (cancelled) process.exit(1);
}

interface Execution {
  client: GitHubClient;
  context: RunContext;
  policy: Policy;
  settings: RollbackSettings;
  report: RollbackReport;
  command: string[];
  smoke: Plans;
  smokeBaseUrl?: string;
  from?: DeploymentRecord;
  incident?: { number: number; url: string };
}

type Verdict = { state: 'success' | 'failure' | 'error'; smoke: string };

/** Deploys and verifies, then always records the outcome. Returns whether the job was cancelled. */
async function execute(run: Execution): Promise<boolean> {
  const cancellation = listenForCancellation();
  let verdict: Verdict = { state: 'error', smoke: 'not run' };
  try {
    verdict = await deployAndVerify(run, cancellation.signal);
  } catch (error) {
    run.report.steps.push({ step: 'Error', result: 'failed', details: error instanceof Error ? error.message : String(error) });
  } finally {
    // Still listening: a cancellation now must not stop the record half-written.
    await record(run, verdict);
    cancellation.dispose();
  }
  return cancellation.signal.aborted;
}

async function deployAndVerify(run: Execution, cancelled: AbortSignal): Promise<Verdict> {
  const { client, context, settings, report } = run;
  const to = report.to as { sha: string; ref: string };
  report.deploymentId = await createRollbackDeployment(client, context, { environment: settings.environment, sha: to.sha, reason: report.reason, from: run.from });
  report.steps.push({ step: 'Deployment', result: 'done', details: `deployment ${report.deploymentId} (deploy:rollback) of ${short(to.sha)}` });
  await setDeploymentStatus(client, context, report.deploymentId, 'in_progress', `Rolling back to ${short(to.sha)}`);

  const commandRun = runCommand(run.command[0] as string, run.command.slice(1), {
    timeoutMs: settings['command-timeout-minutes'] * 60_000,
    env: {
      ROLLBACK_SHA: to.sha,
      ROLLBACK_REF: to.ref,
      ROLLBACK_ENVIRONMENT: settings.environment,
      ROLLBACK_DEPLOYMENT_ID: String(report.deploymentId),
      ROLLBACK_FROM_SHA: run.from?.sha ?? '',
      ROLLBACK_REASON: report.reason,
    },
  });
  const outcome = await Promise.race([commandRun, aborted(cancelled).then(() => 'cancelled' as const)]);
  const commandLine = run.command.join(' ');
  if (outcome === 'cancelled') {
    report.steps.push({ step: 'Command', result: 'failed', details: `the job was cancelled while ${commandLine} ran` });
    return { state: 'error', smoke: 'not run: the job was cancelled' };
  }
  if (outcome.exitCode !== 0) {
    report.steps.push({ step: 'Command', result: 'failed', details: `${commandLine} ${outcome.timedOut ? 'timed out' : `exited with ${outcome.exitCode}`}` });
    return { state: 'failure', smoke: 'not run: the command failed' };
  }
  report.steps.push({ step: 'Command', result: 'done', details: `${commandLine} exited with 0 in ${outcome.durationMs} ms` });
  if (run.smoke.plans.length === 0) return { state: 'success', smoke: 'no checks configured' };

  const { results } = await verifyService(run.smoke.plans, run.policy.smokeTest, run.smokeBaseUrl);
  const failed = results.filter((result) => !result.passed && result.severity === 'critical');
  const smoke = failed.length === 0 ? `passed (${results.length} checks)` : `failed: ${failed.map((result) => `${result.name}: ${result.reason ?? ''}`).join('; ')}`;
  report.steps.push({ step: 'Smoke tests', result: failed.length === 0 ? 'done' : 'failed', details: smoke });
  return { state: failed.length === 0 ? 'success' : 'failure', smoke };
}

/** Ends the deployment and writes the incident: each attempted even when another fails. */
async function record(run: Execution, verdict: Verdict): Promise<void> {
  const { client, context, settings, report } = run;
  const to = report.to as { sha: string; ref: string };
  report.result = verdict.state;
  const attempt = async (step: string, action: () => Promise<string>) => {
    try {
      report.steps.push({ step, result: 'done', details: await action() });
    } catch (error) {
      report.result = 'error';
      report.steps.push({ step, result: 'failed', details: error instanceof Error ? error.message : String(error) });
    }
  };
  if (report.deploymentId !== undefined) {
    const deploymentId = report.deploymentId;
    await attempt('Deployment status', async () => {
      await setDeploymentStatus(client, context, deploymentId, verdict.state, `Rollback to ${short(to.sha)}: ${verdict.state}`);
      return `deployment ${deploymentId} is ${verdict.state}`;
    });
    const from = run.from;
    if (verdict.state === 'success' && from) {
      const state = settings['rolled-back-from'];
      await attempt('Rolled-back deployment', async () => {
        await setDeploymentStatus(client, context, from.id, state, `Rolled back to ${short(to.sha)} by deployment ${deploymentId}`);
        return `deployment ${from.id} (${short(from.sha)}) marked ${state}`;
      });
    }
  }
  await attempt('Incident', async () => {
    const template = (await repositoryFileReader(client, context.owner, context.repo, context.sha)(settings.incident.template)) ?? BUILT_IN_INCIDENT_TEMPLATE;
    const facts = {
      environment: settings.environment,
      from: report.from,
      to,
      deploymentId: report.deploymentId,
      actor: context.triggeringActor,
      reason: report.reason,
      runUrl: context.runUrl,
      result: report.result,
      smoke: verdict.smoke,
      command: run.command.join(' '),
      at: new Date().toISOString(),
    };
    report.incident = await writeIncident(client, context, settings, run.incident, incidentTitle(facts), incidentBody(template, facts, incidentMarker(context.runId)));
    return `${run.incident ? 'updated' : 'opened'} #${report.incident.number}`;
  });
}
