// smoke-test, as a pipeline: 1. the policy and the checks (policy file and `checks` input,
// one schema), 2. the plan, 3. the checks against the deployed service, each attempt
// logged; then the step report and, optionally, the verdict on a GitHub deployment.
// Running and judging are in @release-governance/smoke.
import * as core from '@actions/core';
import { createGitHubClient, type GitHubClient, policyFileReader, type RunContext, readRunContext, setDeploymentStatus } from '@release-governance/github';
import { applyInputOverrides, describePolicy, loadPolicy, type Policy, parseYamlWithSchema, smokeChecksSchema } from '@release-governance/policy';
import { inertLine, plural } from '@release-governance/render';
import { finishStep, logLine, stage } from '@release-governance/report';
import {
  attemptLine,
  planChecks,
  type SmokeReport,
  smokeReport,
  smokeStepReport,
  smokeTitle,
  verifyService,
  withoutCredentials,
} from '@release-governance/smoke';
import { readInputs, type SmokeInputs } from './inputs';

export async function run(): Promise<void> {
  const inputs = readInputs();
  const context = readRunContext();
  const client = createGitHubClient(inputs.token);
  const policy = await stage('1. Policy', () => loadPolicy({ read: policyFileReader(client, context), policyPath: inputs.policy }), describePolicy);
  const settings = applyInputOverrides(
    'smoke-test',
    policy.smokeTest,
    { url: inputs.url || undefined, concurrency: inputs.concurrency },
    { url: 'url', concurrency: 'concurrency' },
  );
  const plan = await stage(
    '2. Plan',
    () => planSmokeChecks(policy, settings, inputs),
    (planned) => [
      `${plural(planned.plans.length, 'check')}${settings.url ? ` against ${withoutCredentials(settings.url).url}` : ''}; ` +
        `${settings.concurrency} at a time, ${settings['deadline-seconds']} s in all`,
    ],
  );
  const verification = await stage('3. Checks', () =>
    verifyService(plan.plans, settings, settings.url, { onAttempt: (event) => logLine(attemptLine(event, plan.secrets)) }),
  );
  const report = smokeReport(verification.results, settings.url, verification.warmUp);
  for (const result of report.results.filter((candidate) => !candidate.passed && candidate.severity === 'warn')) {
    core.warning(inertLine(`${result.name}: ${result.reason ?? 'failed'}`), { title: 'Smoke check (warn)' });
  }
  await finishStep(smokeStepReport(report, plan.secrets));
  const { deploymentId } = inputs;
  if (deploymentId !== undefined) await stage('4. Deployment status', () => recordVerdict(client, context, deploymentId, report));
}

/** The checks as plans, their secrets masked in the log from here on; a check that cannot run stops the step. */
function planSmokeChecks(policy: Policy, settings: Policy['smokeTest'], inputs: SmokeInputs) {
  const checks = [...settings.checks, ...(inputs.checks ? parseYamlWithSchema('input `checks`', inputs.checks, smokeChecksSchema, 'input') : [])];
  if (checks.length === 0) {
    throw new Error(`No smoke checks: add smoke-test.checks to ${policy.policyFile.path}, or pass them in the \`checks\` input.`);
  }
  const planned = planChecks(checks, { baseUrl: settings.url, env: process.env, stablePasses: settings['stable-passes'] });
  for (const secret of planned.secrets) core.setSecret(secret);
  if (planned.problems.length > 0) throw new Error(`The smoke checks cannot run:\n${planned.problems.map((problem) => `  ${problem}`).join('\n')}`);
  return planned;
}

/** Posts the verdict as the deployment's status, so GitHub's Deployments view shows whether the release is healthy. */
async function recordVerdict(client: GitHubClient, context: RunContext, deploymentId: number, report: SmokeReport) {
  const state = report.passed ? 'success' : 'failure';
  await setDeploymentStatus(client, context, deploymentId, state, smokeTitle(report));
  logLine(`Deployment ${deploymentId} is now ${state}`);
}
