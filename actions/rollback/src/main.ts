// rollback: a release manager's manual rollback, as a pipeline: 1. the policy, 2. who
// started it, 3. the target (the last good deployment), 4. the plan, then — recorded in
// GitHub Deployments at every step — 5. deploy with the user's command and verify with the
// smoke tests, 6. write the record and the incident issue; then the step report.
// Once the rollback deployment exists it is always finished (success, failure or error),
// also when the job is cancelled: one cancellation signal stops the command's process
// tree, the warm-up, the checks and the API calls, and the record is then written within
// the runner's grace period.
import { graceAfter, listenForCancellation } from '@release-governance/async';
import { createGitHubClient, type GitHubClient, policyFileReader, readRunContext } from '@release-governance/github';
import { applyInputOverrides, describePolicy, loadPolicy, type Policy, parseYamlWithSchema, smokeCheckSchema } from '@release-governance/policy';
import { finishStep, stage } from '@release-governance/report';
import { type RollbackReport, type RollbackResult, type RollbackStep, rollbackStepReport } from '@release-governance/rollback';
import { execute } from './execute';
import { type RollbackInputs, readInputs } from './inputs';
import { checkAuthority, chooseTarget, planRollback, type Rollback, type Staged } from './prepare';
import { record } from './record';

/** The `command` input's schema: a function, since the policy schema is built on first use. */
const commandListSchema = () => smokeCheckSchema.shape.run.unwrap();
/** The runner sends SIGKILL 10 s after its first signal (SIGINT, SIGTERM at 7.5 s): the record must be written before. */
const FINISH_WITHIN_MS = 8_000;

export async function run(): Promise<void> {
  // Every input is read, and a bad one refused, before anything is written.
  const inputs = readInputs();
  const cancellation = listenForCancellation();
  const grace = graceAfter(cancellation.signal, FINISH_WITHIN_MS);
  try {
    const context = readRunContext();
    const client = createGitHubClient(inputs.token, { signal: cancellation.signal });
    const policy = await stage('1. Policy', () => loadPolicy({ read: policyFileReader(client, context), policyPath: inputs.policy }), describePolicy);
    const rollback: Rollback = { client, context, policy, settings: rollbackSettings(policy, inputs), reason: inputs.reason };
    const report = await rollBack(rollback, inputs, { cancelled: cancellation.signal, recorder: client.finishing(cancellation.signal, grace) });
    await finishStep(rollbackStepReport(report));
  } finally {
    cancellation.dispose();
  }
  // Cancelled: the step has failed and its record is written; nothing else may keep the job.
  if (cancellation.signal.aborted) process.exit(1);
}

function rollbackSettings(policy: Policy, inputs: RollbackInputs) {
  const command = inputs.command ? parseYamlWithSchema('input `command`', inputs.command, commandListSchema(), 'input') : undefined;
  return applyInputOverrides(
    'rollback',
    policy.rollback,
    { environment: inputs.environment || undefined, command },
    { environment: 'environment', command: 'command' },
  );
}

/** The stages after the policy, each returning its steps; the first that stops the rollback decides its result. */
async function rollBack(rollback: Rollback, inputs: RollbackInputs, signals: { cancelled: AbortSignal; recorder: GitHubClient }): Promise<RollbackReport> {
  const report = (result: RollbackResult, steps: RollbackStep[], more: Partial<RollbackReport> = {}): RollbackReport => ({
    result,
    environment: rollback.settings.environment,
    reason: rollback.reason,
    actor: rollback.context.triggeringActor,
    steps,
    ...more,
  });
  const authority = await stage('2. Authority', () => checkAuthority(rollback), describeSteps);
  if (authority.stop) return report(authority.stop, authority.steps);
  const chosen = await stage('3. Target', () => chooseTarget(rollback, inputs.target), describeSteps);
  const steps = [...authority.steps, ...chosen.steps];
  if (!chosen.target) return report(chosen.stop ?? 'failure', steps);
  const target = chosen.target;
  const route = { from: target.from && { sha: target.from.sha, deploymentId: target.from.id }, to: target.to };
  const planned = await stage('4. Plan', () => planRollback(rollback, target, inputs), describeSteps);
  if (planned.stop || !planned.plan) return report(planned.stop ?? 'failure', [...steps, ...planned.steps], route);
  const plan = planned.plan;
  const executed = await stage('5. Deploy and verify', () => execute(rollback, target, plan, signals.cancelled), describeSteps);
  const recorded = await stage('6. Record', () => record({ ...rollback, client: signals.recorder }, target, plan, executed), describeSteps);
  return report(recorded.result, [...steps, ...executed.steps, ...recorded.steps], {
    ...route,
    deploymentId: executed.deploymentId,
    incident: recorded.incident,
    byHand: recorded.byHand,
  });
}

function describeSteps({ steps }: Staged): string[] {
  return steps.map(({ step, result, details }) => `${step}: ${result}: ${details}`);
}
