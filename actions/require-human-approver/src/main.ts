// require-human-approver: reads inputs and policy, gathers the approvals from the chosen
// source, judges each approver, and reports. The judging is in @release-governance/approval.
import * as core from '@actions/core';
import {
  approvalFailure,
  approvalIntro,
  approvalOutputs,
  approvalRows,
  approvalTitle,
  tallyDecisions,
  type ApprovalReport,
  type RoleRules,
} from '@release-governance/approval';
import { createGitHubClient, type GitHubClient, gitHubRoleDirectory, policyFileReader, readRunContext, type RunContext } from '@release-governance/github';
import { applyInputOverrides, listInput, loadPolicy, numberInput, type ApproverSettings } from '@release-governance/policy';
import { finishStep } from '@release-governance/report';
import { approvalByIssue } from './issue-wait';
import {
  fromEnvironment,
  fromPullRequest,
  readRunApprovals,
  releaseCommitAuthors,
  sourceForEvent,
  type ApprovalSourceName,
  type CollectedApprovals,
} from './sources';

const SOURCES = ['auto', 'environment', 'pull-request', 'issue'] as const;

export async function run(): Promise<void> {
  const context = readRunContext();
  const client = createGitHubClient(core.getInput('token'));
  const pull = context.payload.pull_request;
  const sha: string = pull?.head?.sha ?? context.sha;

  const policy = await loadPolicy({ read: policyFileReader(client, context), policyPath: core.getInput('policy') });
  const settings = approverSettings(policy.approvers);
  const source = sourceInput();
  const rules: RoleRules = { users: settings.users, teams: settings.teams, agents: settings.agents, minPermission: settings['min-permission'] };
  const directory = gitHubRoleDirectory(client, context.owner, context.repo);
  const minApprovals = settings['min-approvals'];

  let report: ApprovalReport;
  if (source === 'issue') {
    const commitAuthors = settings['separation-of-duties'] ? await releaseCommitAuthors(client, context, sha) : undefined;
    const exclusions = { actor: context.actor, triggeringActor: context.triggeringActor, commitAuthors };
    const result = await approvalByIssue({ client, context, sha, settings, rules, exclusions, directory });
    report = {
      approved: result.outcome === 'approved',
      required: true,
      requiredReason: `the decision was asked for in an issue (${result.outcome})`,
      subject: { label: `approval issue #${result.issue.number}`, url: result.issue.url },
      minApprovals,
      accepted: result.accepted,
      judgements: result.judgements,
      issue: { ...result.issue, outcome: result.outcome },
    };
  } else {
    const collected = await collect(client, context, sha, settings, source, policy.policyFile.path);
    // One rule for every source: a release manager's rejection is final.
    const tally = collected.guard.required ? await tallyDecisions(collected.decisions, rules, collected.exclusions, directory) : undefined;
    const judgements = tally ? [...collected.prejudged, ...tally.judgements] : [];
    const accepted = tally?.accepted ?? [];
    report = {
      approved: !collected.guard.required || (!tally?.denied && accepted.length >= minApprovals),
      required: collected.guard.required,
      requiredReason: collected.guard.reason,
      subject: collected.subject,
      minApprovals,
      accepted,
      judgements,
    };
  }

  await finishStep({
    outputs: approvalOutputs(report),
    title: approvalTitle(report),
    intro: approvalIntro(report),
    table: { columns: ['Approver', 'Via', 'Verdict', 'Reason'], rows: approvalRows(report) },
    failure: report.approved ? undefined : approvalFailure(report),
  });
}

function sourceInput(): (typeof SOURCES)[number] {
  const source = core.getInput('source').trim() || 'auto';
  const known = SOURCES.find((candidate) => candidate === source);
  if (!known) throw new Error(`input \`source\`: expected one of ${SOURCES.join(', ')}; got "${source}"`);
  return known;
}

/** The policy's approvers section with this run's inputs applied, validated by the same schema. */
function approverSettings(policy: ApproverSettings): ApproverSettings {
  const approvers = listInput(core.getInput('approvers'))?.map((entry) => entry.replace(/^@/, ''));
  const timeout = numberInput(core.getInput('issue-timeout-minutes'));
  return applyInputOverrides(
    'approvers',
    policy,
    {
      // The input names the whole role: it replaces both the users and the teams of the policy.
      users: approvers?.filter((entry) => !entry.includes('/')),
      teams: approvers?.filter((entry) => entry.includes('/')),
      agents: listInput(core.getInput('agents')),
      'min-approvals': numberInput(core.getInput('min-approvals')),
      environment: core.getInput('environment').trim() || undefined,
      issue: timeout === undefined ? undefined : { ...policy.issue, 'timeout-minutes': timeout },
    },
    { users: 'approvers', teams: 'approvers', agents: 'agents', 'min-approvals': 'min-approvals', environment: 'environment', issue: 'issue-timeout-minutes' },
  );
}

async function collect(
  client: GitHubClient,
  context: RunContext,
  sha: string,
  settings: ApproverSettings,
  source: Exclude<(typeof SOURCES)[number], 'issue'>,
  policyFile: string,
): Promise<CollectedApprovals> {
  const chosen: ApprovalSourceName | undefined = source === 'auto' ? sourceForEvent(context.eventName) : source;
  if (chosen === 'pull-request') return fromPullRequest(client, context, sha, settings);
  if (chosen === 'environment') return fromEnvironment(client, context, sha, settings, policyFile);
  // auto on any other event: this run's deployment approvals if it has some, else the commit's pull request.
  const approvals = await readRunApprovals(client, context);
  if (approvals.length > 0) return fromEnvironment(client, context, sha, settings, policyFile, approvals);
  return fromPullRequest(client, context, sha, settings);
}
