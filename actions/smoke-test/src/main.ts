// smoke-test: reads the checks (policy file and `checks` input, one schema), runs them
// against the deployed service, reports each, and optionally records the verdict on a
// GitHub deployment. Running and judging are in @release-governance/smoke.
import * as core from '@actions/core';
import { createGitHubClient, policyFileReader, readRunContext, setDeploymentStatus, type GitHubClient, type RunContext } from '@release-governance/github';
import { applyInputOverrides, loadPolicy, numberInput, parseYamlWithSchema, smokeChecksSchema } from '@release-governance/policy';
import { inertLine } from '@release-governance/render';
import { finishStep } from '@release-governance/report';
import { planChecks, smokeFailure, smokeIntro, smokeOutputs, smokeRows, smokeTitle, verifyService, type SmokeReport } from '@release-governance/smoke';

export async function run(): Promise<void> {
  const context = readRunContext();
  const client = createGitHubClient(core.getInput('token'));
  const policy = await loadPolicy({ read: policyFileReader(client, context), policyPath: core.getInput('policy') });
  const settings = applyInputOverrides(
    'smoke-test',
    policy.smokeTest,
    { url: core.getInput('url').trim() || undefined, concurrency: numberInput(core.getInput('concurrency')) },
    { url: 'url', concurrency: 'concurrency' },
  );
  const inline = core.getInput('checks').trim();
  const checks = [...settings.checks, ...(inline ? parseYamlWithSchema('input `checks`', inline, smokeChecksSchema, 'input') : [])];
  if (checks.length === 0) {
    throw new Error(`No smoke checks: add smoke-test.checks to ${policy.policyFile.path}, or pass them in the \`checks\` input.`);
  }

  const { plans, secrets, problems } = planChecks(checks, { baseUrl: settings.url, env: process.env, stablePasses: settings['stable-passes'] });
  for (const secret of secrets) core.setSecret(secret);
  if (problems.length > 0) throw new Error(`The smoke checks cannot run:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);

  const { results, warmUp } = await verifyService(plans, settings, settings.url);

  const report: SmokeReport = { passed: results.every((result) => result.passed || result.severity === 'warn'), results, baseUrl: settings.url, warmUp };
  for (const result of results.filter((candidate) => !candidate.passed && candidate.severity === 'warn')) {
    core.warning(inertLine(`${result.name}: ${result.reason ?? 'failed'}`), { title: 'Smoke check (warn)' });
  }
  await finishStep({
    outputs: smokeOutputs(report, secrets),
    title: smokeTitle(report),
    intro: smokeIntro(report, secrets),
    table: { columns: ['Check', 'Attempts', 'Last status', 'Latency', 'Verdict'], rows: smokeRows(report, secrets) },
    failure: report.passed ? undefined : smokeFailure(report, secrets),
  });
  const deploymentId = core.getInput('deployment-id').trim();
  if (deploymentId) await recordVerdict(client, context, deploymentId, report);
}

/** Posts the verdict as the deployment's status, so GitHub's Deployments view shows whether the release is healthy. */
async function recordVerdict(client: GitHubClient, context: RunContext, deploymentId: string, report: SmokeReport) {
  const id = Number(deploymentId);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`input \`deployment-id\`: expected a deployment id (a positive whole number); got "${deploymentId}"`);
  await setDeploymentStatus(client, context, id, report.passed ? 'success' : 'failure', smokeTitle(report));
}
