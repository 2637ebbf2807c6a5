// verify-checklist, as a pipeline: 1. the policy, 2. the checklist and its ticks, 3. the
// evidence for ticked items, 4. the verdicts; then the step report. The deciding is in
// @release-governance/checklist; each stage logs what it read and decided.
import {
  type ChecklistReport,
  checklistComplete,
  checklistStepReport,
  decide,
  describeDocuments,
  describeEvidence,
  describeTicks,
  describeVerdicts,
  evidenceNeeded,
  type ItemTicks,
  readTicks,
} from '@release-governance/checklist';
import {
  createGitHubClient,
  type GitHubClient,
  isPullRequestEvent,
  policyFileReader,
  type RunContext,
  readRunContext,
  releaseTagOf,
} from '@release-governance/github';
import { describePolicy, loadPolicy, type Policy } from '@release-governance/policy';
import { finishStep, stage } from '@release-governance/report';
import { collectEvidence } from './evidence';
import { type ChecklistInputs, readInputs } from './inputs';
import { type ChecklistSources, readChecklistDocuments } from './sources';

export async function run(): Promise<void> {
  const inputs = readInputs();
  const context = readRunContext();
  const client = createGitHubClient(inputs.token);
  const pull = isPullRequestEvent(context.eventName) ? context.payload.pull_request : undefined;
  const sha: string = inputs.sha || pull?.head?.sha || context.sha;

  const policy = await stage('1. Policy', () => loadPolicy({ read: policyFileReader(client, context), policyPath: inputs.policy }), describePolicy);
  const checklist = await stage(`2. Checklist of ${sha}`, () => readChecklist(client, context, sha, inputs, policy), describeChecklist);
  const evidence = await stage(
    '3. Evidence for the ticked items',
    async () =>
      collectEvidence(evidenceNeeded(checklist.ticks), {
        client,
        context,
        sha,
        tag: inputs.tag || releaseTagOf(context),
        settings: policy.checklist.evidence,
        releaseLine: policy.releaseNotes,
        currentPullNumber: pull ? Number(pull.number) : undefined,
      }),
    describeEvidence,
  );
  const report = await stage(
    '4. Verdicts',
    () => checklistReport(sha, policy, checklist, decide(checklist.ticks, evidence)),
    (decided) => describeVerdicts(decided.items, decided.complete),
  );
  await finishStep(checklistStepReport(report, checklist.ignoredComments));
}

interface Checklist extends ChecklistSources {
  ticks: ItemTicks[];
}

async function readChecklist(client: GitHubClient, context: RunContext, sha: string, inputs: ChecklistInputs, policy: Policy): Promise<Checklist> {
  const sources = await readChecklistDocuments(client, context, sha, {
    checklistFile: inputs.checklistFile,
    issueNumber: inputs.issueNumber,
    withComments: policy.checklist.comments,
    commentPermission: policy.checklist['comment-permission'],
  });
  return { ...sources, ticks: readTicks(policy.checklist.items, sources.documents) };
}

function describeChecklist(checklist: Checklist): string[] {
  const ignored = checklist.ignoredComments.map(({ login, reason }) => `Comment by ${login} not counted: ${reason}`);
  return [...describeDocuments(checklist.documents), ...ignored, ...describeTicks(checklist.ticks)];
}

function checklistReport(sha: string, policy: Policy, checklist: Checklist, items: ChecklistReport['items']): ChecklistReport {
  return {
    complete: checklistComplete(items),
    sha,
    sources: checklist.documents.map(({ label, url }) => ({ label, url })),
    policy: {
      file: policy.policyFile.path,
      fileFound: policy.policyFile.found,
      roleDocument: policy.roleDocument.path,
      roleDocumentOrigin: policy.roleDocument.origin,
      governanceVersion: policy.roleDocument.version,
      itemsFrom: policy.checklist.itemsFrom,
    },
    items,
  };
}
