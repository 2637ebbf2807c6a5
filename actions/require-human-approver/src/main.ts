// require-human-approver, as a pipeline: 1. the policy with this run's inputs applied,
// 2. the approvals from the chosen source (or an issue to wait on), 3. the verdict on each
// approver; then the step report. The judging is in @release-governance/approval.
import {
  type ApprovalReport,
  approvalStepReport,
  describeJudgement,
  type RoleDirectory,
  type RoleRules,
  roleRules,
  tallyDecisions,
} from '@release-governance/approval';
import {
  createGitHubClient,
  type GitHubClient,
  gitHubRoleDirectory,
  policyFileReader,
  type ReleaseLine,
  type RunContext,
  readRunContext,
} from '@release-governance/github';
import { type ApproverSettings, applyInputOverrides, describePolicy, loadPolicy } from '@release-governance/policy';
import { finishStep, stage } from '@release-governance/report';
import { type ApproverInputs, readInputs } from './inputs';
import { approvalByIssue } from './issue-wait';
import {
  type ApprovalSourceName,
  type CollectedApprovals,
  fromEnvironment,
  fromPullRequest,
  readRunApprovals,
  releaseCommitAuthors,
  sourceForEvent,
} from './sources';

/** What every stage reads from: the run, the GitHub client, the settings and the role. */
interface Approval {
  client: GitHubClient;
  context: RunContext;
  sha: string;
  settings: ApproverSettings;
  rules: RoleRules;
  directory: RoleDirectory;
  policyFile: string;
  /** Where the previous release is looked for (separation of duties outside a pull request). */
  releaseLine: ReleaseLine;
}

export async function run(): Promise<void> {
  const inputs = readInputs();
  const context = readRunContext();
  const client = createGitHubClient(inputs.token);
  const policy = await stage('1. Policy', () => loadPolicy({ read: policyFileReader(client, context), policyPath: inputs.policy }), describePolicy);
  const settings = approverSettings(policy.approvers, inputs);
  const approval: Approval = {
    client,
    context,
    sha: context.payload.pull_request?.head?.sha ?? context.sha,
    settings,
    rules: roleRules(settings),
    directory: gitHubRoleDirectory(client, context.owner, context.repo),
    policyFile: policy.policyFile.path,
    releaseLine: policy.releaseNotes,
  };
  const report = await stage(
    `2. Approvals (source: ${inputs.source})`,
    () => (inputs.source === 'issue' ? approveByIssue(approval) : approveFromSource(approval, inputs.source)),
    describeApproval,
  );
  await finishStep(approvalStepReport(report));
}

/** The policy's approvers section with this run's inputs applied, validated by the same schema. */
function approverSettings(policy: ApproverSettings, inputs: ApproverInputs): ApproverSettings {
  const timeout = inputs.issueTimeoutMinutes;
  return applyInputOverrides(
    'approvers',
    policy,
    {
      // The input names the whole role: it replaces both the users and the teams of the policy.
      users: inputs.approvers?.filter((entry) => !entry.includes('/')),
      teams: inputs.approvers?.filter((entry) => entry.includes('/')),
      agents: inputs.agents,
      'min-approvals': inputs.minApprovals,
      environment: inputs.environment || undefined,
      issue: timeout === undefined ? undefined : { ...policy.issue, 'timeout-minutes': timeout },
    },
    { users: 'approvers', teams: 'approvers', agents: 'agents', 'min-approvals': 'min-approvals', environment: 'environment', issue: 'issue-timeout-minutes' },
  );
}

/** Asks in an issue and waits for a decision there. */
async function approveByIssue({ client, context, sha, settings, rules, directory, releaseLine }: Approval): Promise<ApprovalReport> {
  const commitAuthors = settings['separation-of-duties'] ? await releaseCommitAuthors(client, context, sha, releaseLine) : undefined;
  const exclusions = { actor: context.actor, triggeringActor: context.triggeringActor, commitAuthors };
  const result = await approvalByIssue({ client, context, sha, settings, rules, exclusions, directory });
  return {
    approved: result.outcome === 'approved',
    required: true,
    requiredReason: `the decision was asked for in an issue (${result.outcome})`,
    subject: { label: `approval issue #${result.issue.number}`, url: result.issue.url },
    minApprovals: settings['min-approvals'],
    accepted: result.accepted,
    judgements: result.judgements,
    issue: { ...result.issue, outcome: result.outcome },
  };
}

/** Reads the approvals already given (reviews or deployment approvals) and judges them. */
async function approveFromSource(approval: Approval, source: Exclude<ApproverInputs['source'], 'issue'>): Promise<ApprovalReport> {
  const { settings, rules, directory } = approval;
  const collected = await collect(approval, source);
  // One rule for every source: a release manager's rejection is final.
  const tally = collected.guard.required ? await tallyDecisions(collected.decisions, rules, collected.exclusions, directory) : undefined;
  const accepted = tally?.accepted ?? [];
  return {
    approved: !collected.guard.required || (!tally?.denied && accepted.length >= settings['min-approvals']),
    required: collected.guard.required,
    requiredReason: collected.guard.reason,
    subject: collected.subject,
    minApprovals: settings['min-approvals'],
    accepted,
    judgements: tally ? [...collected.prejudged, ...tally.judgements] : [],
  };
}

async function collect(
  { client, context, sha, settings, policyFile, releaseLine }: Approval,
  source: Exclude<ApproverInputs['source'], 'issue'>,
): Promise<CollectedApprovals> {
  const chosen: ApprovalSourceName | undefined = source === 'auto' ? sourceForEvent(context.eventName) : source;
  if (chosen === 'pull-request') return fromPullRequest(client, context, sha, settings);
  if (chosen === 'environment') return fromEnvironment(client, context, sha, settings, policyFile, releaseLine);
  // auto on any other event: this run's deployment approvals if it has some, else the commit's pull request.
  const approvals = await readRunApprovals(client, context);
  if (approvals.length > 0) return fromEnvironment(client, context, sha, settings, policyFile, releaseLine, approvals);
  return fromPullRequest(client, context, sha, settings);
}

function describeApproval(report: ApprovalReport): string[] {
  return [
    `Approvals of ${report.subject.label}${report.subject.url ? ` (${report.subject.url})` : ''}: ${report.requiredReason}`,
    ...report.judgements.map(describeJudgement),
    `${report.approved ? 'Approved' : 'Not approved'}: ${report.accepted.length} of ${report.minApprovals} qualifying approvals`,
  ];
}
