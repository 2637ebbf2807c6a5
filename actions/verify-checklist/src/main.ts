// verify-checklist: reads inputs, loads the policy, reads the checklist, proves the ticked
// items through the API, and reports. The deciding is in @release-governance/checklist.
import * as core from '@actions/core';
import {
  decide,
  evidenceNeeded,
  failureMessage,
  readTicks,
  summaryIntro,
  summaryRows,
  summaryTitle,
  unmetItems,
  type ChecklistReport,
} from '@release-governance/checklist';
import { createGitHubClient, isPullRequestEvent, policyFileReader, readRunContext, releaseTagOf } from '@release-governance/github';
import { loadPolicy } from '@release-governance/policy';
import { code, join, link, text } from '@release-governance/render';
import { finishStep } from '@release-governance/report';
import { collectEvidence } from './evidence';
import { readChecklistDocuments } from './sources';

export async function run(): Promise<void> {
  const context = readRunContext();
  const client = createGitHubClient(core.getInput('token'));
  const pull = isPullRequestEvent(context.eventName) ? context.payload.pull_request : undefined;
  const sha: string = core.getInput('sha') || pull?.head?.sha || context.sha;

  const policy = await loadPolicy({ read: policyFileReader(client, context), policyPath: core.getInput('policy') });

  const { documents, ignoredComments } = await readChecklistDocuments(client, context, sha, {
    checklistFile: core.getInput('checklist-file'),
    issueNumber: core.getInput('issue-number'),
    withComments: policy.checklist.comments,
    commentPermission: policy.checklist['comment-permission'],
  });
  const ticks = readTicks(policy.checklist.items, documents);
  const evidence = await collectEvidence(evidenceNeeded(ticks), {
    client,
    context,
    sha,
    tag: core.getInput('tag') || releaseTagOf(context),
    settings: policy.checklist.evidence,
    currentPullNumber: pull ? Number(pull.number) : undefined,
  });
  const items = decide(ticks, evidence);

  const report: ChecklistReport = {
    complete: items.every((item) => item.verdict !== 'unmet'),
    sha,
    sources: documents.map(({ label, url }) => ({ label, url })),
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
  await finishStep({
    outputs: { complete: String(report.complete), unmet: unmetItems(report), report },
    title: summaryTitle(report),
    intro: ignoredComments.length > 0 ? join([summaryIntro(report), text(' Comments not counted: '), join(ignoredComments.map(({ login, url, reason }) => join([link('comment', url), text(' by '), code(login), text(` (${reason})`)])), '; '), text('.')]) : summaryIntro(report),
    table: { columns: ['Item', 'Ticked', 'Evidence', 'Verdict'], rows: summaryRows(report) },
    failure: report.complete ? undefined : failureMessage(report),
  });
}
