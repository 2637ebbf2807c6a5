// rollback: a release manager's manual rollback. Checks who started it, finds the last
// good deployment, then — recorded in GitHub Deployments at every step — deploys it with
// the user's command, verifies it with the smoke tests, and writes the incident issue.
// Once the rollback deployment exists it is always finished (success, failure or error),
// also when the job is cancelled: one cancellation signal stops the command's process
// tree, the warm-up, the checks and the API calls, and the record is then written within
// the runner's grace period.
import * as core from '@actions/core';
import { describeJudgement } from '@release-governance/approval';
import { graceAfter, listenForCancellation } from '@release-governance/async';
import { runCommand } from '@release-governance/command';
import {
  createGitHubClient,
  deploymentStatusReader,
  environmentDeployments,
  policyFileReader,
  readRunContext,
  repositoryFileReader,
  setDeploymentStatus,
  type GitHubClient,
  type RunContext,
} from '@release-governance/github';
import { applyInputOverrides, loadPolicy, parseYamlWithSchema, smokeCheckSchema, type Policy, type RollbackSettings } from '@release-governance/policy';
import { booleanInput, finishStep } from '@release-governance/report';
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
import { createRollbackDeployment, immutableRef, resolveTargetInput } from './deployments';
import { findIncident, incidentMarker, writeIncident } from './incident';

const short = (sha: string) => sha.slice(0, 7);
/** The `command` input's schema: a function, since the policy schema is built on first use. */
const commandListSchema = () => smokeCheckSchema.shape.run.unwrap();
/** The runner sends SIGKILL 10 s after its first signal (SIGINT, SIGTERM at 7.5 s): the record must be written before. */
const FINISH_WITHIN_MS = 8_000;

export async function run(): Promise<void> {
  // Every input is read, and a bad one refused, before anything is written.
  const inputs = {
    token: core.getInput('token'),
    policy: core.getInput('policy'),
    command: core.getInput('command').trim(),
    environment: core.getInput('environment').trim(),
    reason: core.getInput('reason', { required: true }).trim(),
    target: core.getInput('target').trim(),
    url: core.getInput('url').trim(),
    dryRun: booleanInput('dry-run'),
  };
  const cancellation = listenForCancellation();
  const grace = graceAfter(cancellation.signal, FINISH_WITHIN_MS);
  try {
    const context = readRunContext();
    const client = createGitHubClient(inputs.token, { signal: cancellation.signal });
    const policy = await loadPolicy({ read: policyFileReader(client, context), policyPath: inputs.policy });
    const settings = applyInputOverrides(
      'rollback',
      policy.rollback,
      {
        environment: inputs.environment || undefined,
        command: inputs.command ? parseYamlWithSchema('input `command`', inputs.command, commandListSchema(), 'input') : undefined,
      },
      { environment: 'environment', command: 'command' },
    );
    const report: RollbackReport = { result: 'refused', environment: settings.environment, reason: inputs.reason, actor: context.triggeringActor, steps: [] };
    const prepared = await prepare({ client, context, policy, settings, report }, inputs);
    if (prepared && !inputs.dryRun) await execute(prepared, { cancelled: cancellation.signal, recorder: client.finishing(cancellation.signal, grace) });
    await finishStep({
      outputs: rollbackOutputs(report),
      title: rollbackTitle(report),
      intro: rollbackIntro(report),
      table: { columns: ['Step', 'Result', 'Details'], rows: rollbackRows(report) },
      failure: rollbackFailure(report),
    });
  } finally {
    cancellation.dispose();
  }
  // Cancelled: the step has failed and its record is written; nothing else may keep the job.
  if (cancellation.signal.aborted) process.exit(1);
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

type Setup = Pick<Execution, 'client' | 'context' | 'policy' | 'settings' | 'report'>;

/** Who, what and how, all read before the first write; undefined when the rollback cannot go on (or is a dry run). */
async function prepare(setup: Setup, inputs: { target: string; url: string; dryRun: boolean }): Promise<Execution | undefined> {
  const { client, context, policy, settings, report } = setup;
  // 1. Who: refused before anything is written.
  const judgements = await judgeDispatchers(client, context, policy.approvers);
  const refused = judgements.some((judgement) => judgement.verdict === 'rejected');
  report.steps.push({ step: 'Authority', result: refused ? 'failed' : 'done', details: judgements.map(describeJudgement).join('; ') });
  if (refused) return undefined;

  // 2. What: the current deployment and the one to go back to, reading the history only as far as needed.
  report.result = 'failure';
  const found = await findRollbackTarget(settings.environment, environmentDeployments(client, context, settings.environment), deploymentStatusReader(client, context));
  const chosen = inputs.target
    ? await resolveTargetInput(client, context, settings.environment, inputs.target)
    : found.lastGood && { sha: found.lastGood.sha, ref: found.lastGood.ref, deploymentId: found.lastGood.id };
  if (!chosen || (found.current && chosen.sha === found.current.sha)) {
    const problem = chosen ? `${short(chosen.sha)} is already the current deployment of ${settings.environment}` : (found.problem ?? 'no target');
    report.steps.push({ step: 'Target', result: 'failed', details: problem });
    return undefined;
  }
  const to = { sha: chosen.sha, ref: await immutableRef(client, context, chosen.sha, chosen.ref) };
  report.from = found.current && { sha: found.current.sha, deploymentId: found.current.id };
  report.to = to;
  const describedTo = `${short(to.sha)}${to.ref !== to.sha ? ` (${to.ref})` : ''}`;
  report.steps.push({
    step: 'Target',
    result: 'done',
    details: `${found.current ? `${short(found.current.sha)} (deployment ${found.current.id})` : 'no active deployment'} → ${describedTo} (${inputs.target ? `input target ${inputs.target}` : `last good deployment ${chosen.deploymentId}`})`,
  });

  // 3. How.
  const command = settings.command;
  const smokeBaseUrl = inputs.url || policy.smokeTest.url;
  const smoke = planChecks(policy.smokeTest.checks, { baseUrl: smokeBaseUrl, env: process.env, stablePasses: policy.smokeTest['stable-passes'] });
  for (const secret of smoke.secrets) core.setSecret(secret);
  const blockers = [...(command ? [] : ['no deploy command: set the `command` input or rollback.command in the policy']), ...smoke.problems];
  if (blockers.length > 0) {
    report.steps.push({ step: 'Plan', result: 'failed', details: blockers.join('; ') });
    return undefined;
  }
  const incident = await findIncident(client, context, settings);
  if (inputs.dryRun) {
    report.result = 'dry-run';
    report.steps.push(
      { step: 'Deployment', result: 'planned', details: `would create a deploy:rollback deployment of ${describedTo} to ${settings.environment}` },
      { step: 'Command', result: 'planned', details: (command ?? []).join(' ') },
      { step: 'Smoke tests', result: smoke.plans.length > 0 ? 'planned' : 'skipped', details: smoke.plans.length > 0 ? `${smoke.plans.length} checks` : 'no checks configured' },
      { step: 'Incident', result: 'planned', details: incident ? `would update #${incident.number}` : 'would open an incident issue' },
    );
    return undefined;
  }
  return { ...setup, command: command ?? [], smoke, smokeBaseUrl, from: found.current, incident };
}

type Verdict = { state: 'success' | 'failure' | 'error'; smoke: string };

/**
 * Deploys and verifies, then always records the outcome. `recorder` is the gateway for the
 * record: deaf to the cancellation, it ends when the runner's grace period does.
 */
async function execute(run: Execution, signals: { cancelled: AbortSignal; recorder: GitHubClient }): Promise<void> {
  let verdict: Verdict = { state: 'error', smoke: 'not run' };
  try {
    verdict = await deployAndVerify(run, signals.cancelled);
  } catch (error) {
    run.report.steps.push({ step: 'Error', result: 'failed', details: error instanceof Error ? error.message : String(error) });
  }
  if (signals.cancelled.aborted) verdict = { state: 'error', smoke: verdict.state === 'error' ? verdict.smoke : 'not finished: the job was cancelled' };
  await record({ ...run, client: signals.recorder }, verdict);
}

async function deployAndVerify(run: Execution, cancelled: AbortSignal): Promise<Verdict> {
  const { client, context, settings, report } = run;
  const to = report.to as { sha: string; ref: string };
  report.deploymentId = await createRollbackDeployment(client, context, { environment: settings.environment, sha: to.sha, reason: report.reason, from: run.from });
  report.steps.push({ step: 'Deployment', result: 'done', details: `deployment ${report.deploymentId} (deploy:rollback) of ${short(to.sha)}` });
  await setDeploymentStatus(client, context, report.deploymentId, 'in_progress', `Rolling back to ${short(to.sha)}`);

  const commandLine = run.command.join(' ');
  const outcome = await runCommand(run.command[0] as string, run.command.slice(1), {
    timeoutMs: settings['command-timeout-minutes'] * 60_000,
    signal: cancelled,
    env: {
      ROLLBACK_SHA: to.sha,
      ROLLBACK_REF: to.ref,
      ROLLBACK_ENVIRONMENT: settings.environment,
      ROLLBACK_DEPLOYMENT_ID: String(report.deploymentId),
      ROLLBACK_FROM_SHA: run.from?.sha ?? '',
      ROLLBACK_REASON: report.reason,
    },
  });
  if (outcome.cancelled || cancelled.aborted) {
    report.steps.push({ step: 'Command', result: 'failed', details: `the job was cancelled while ${commandLine} ran; it was stopped with every process it started` });
    return { state: 'error', smoke: 'not run: the job was cancelled' };
  }
  if (outcome.exitCode !== 0) {
    report.steps.push({ step: 'Command', result: 'failed', details: `${commandLine} ${outcome.timedOut ? 'timed out' : `exited with ${outcome.exitCode}`}` });
    return { state: 'failure', smoke: 'not run: the command failed' };
  }
  report.steps.push({ step: 'Command', result: 'done', details: `${commandLine} exited with 0 in ${outcome.durationMs} ms` });
  if (run.smoke.plans.length === 0) return { state: 'success', smoke: 'no checks configured' };

  const { results } = await verifyService(run.smoke.plans, run.policy.smokeTest, run.smokeBaseUrl, cancelled);
  if (cancelled.aborted) {
    report.steps.push({ step: 'Smoke tests', result: 'failed', details: 'the job was cancelled while the smoke tests ran' });
    return { state: 'error', smoke: 'not finished: the job was cancelled' };
  }
  const failed = results.filter((result) => !result.passed && result.severity === 'critical');
  const smoke = failed.length === 0 ? `passed (${results.length} checks)` : `failed: ${failed.map((result) => `${result.name}: ${result.reason ?? ''}`).join('; ')}`;
  report.steps.push({ step: 'Smoke tests', result: failed.length === 0 ? 'done' : 'failed', details: smoke });
  return { state: failed.length === 0 ? 'success' : 'failure', smoke };
}

/**
 * Ends the deployment and writes the incident, each attempted even when another fails.
 * The deployment rolled back from is retired only once the rollback's own final status is
 * written: otherwise GitHub would show no live deployment at all.
 */
async function record(run: Execution, verdict: Verdict): Promise<void> {
  const { client, context, settings, report } = run;
  const to = report.to as { sha: string; ref: string };
  report.result = verdict.state;
  const attempt = async (step: string, action: () => Promise<string>): Promise<boolean> => {
    try {
      report.steps.push({ step, result: 'done', details: await action() });
      return true;
    } catch (error) {
      report.result = 'error';
      report.steps.push({ step, result: 'failed', details: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  if (report.deploymentId !== undefined) {
    const deploymentId = report.deploymentId;
    const ended = await attempt('Deployment status', async () => {
      await setDeploymentStatus(client, context, deploymentId, verdict.state, `Rollback to ${short(to.sha)}: ${verdict.state}`);
      return `deployment ${deploymentId} is ${verdict.state}`;
    });
    const from = run.from;
    if (!ended) {
      report.byHand =
        `GitHub still shows rollback deployment ${deploymentId} of ${settings.environment} as in_progress: its final status (${verdict.state}) could not be written` +
        `${from ? `, so deployment ${from.id} (${short(from.sha)}) was left as it was` : ''}. ` +
        `Set it by hand: gh api repos/${context.owner}/${context.repo}/deployments/${deploymentId}/statuses -f state=${verdict.state}` +
        `${verdict.state === 'success' && from ? `, then the same for deployment ${from.id} with -f state=${settings['rolled-back-from']}` : ''}.`;
      if (from) report.steps.push({ step: 'Rolled-back deployment', result: 'skipped', details: `deployment ${from.id} (${short(from.sha)}) left as it was` });
    } else if (verdict.state === 'success' && from) {
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
