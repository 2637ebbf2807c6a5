// How an approval verdict reads in the job summary, the failure message and the outputs.
import { code, inertLine, join, link, strong, text, type Html } from '@release-governance/render';
import { describeJudgement, type Judgement } from './judge';

export interface ApprovalReport {
  approved: boolean;
  /** False when the change needed no release-manager approval (see `requiredReason`). */
  required: boolean;
  requiredReason: string;
  subject: { label: string; url?: string };
  minApprovals: number;
  accepted: string[];
  judgements: Judgement[];
  issue?: { number: number; url: string; outcome: string };
}

export function approvalOutputs(report: ApprovalReport) {
  const entries = (verdict: Judgement['verdict']) =>
    report.judgements.filter((judgement) => judgement.verdict === verdict).map(({ login, via, reason, url }) => ({ login, via, reason, url }));
  return {
    approved: String(report.approved),
    required: String(report.required),
    approvers: entries('accepted'),
    rejected: entries('rejected'),
  };
}

export function approvalTitle(report: ApprovalReport): string {
  if (!report.required) return 'Release approval: not needed ✅';
  const count = `${report.accepted.length} of ${report.minApprovals} qualifying approval${report.minApprovals === 1 ? '' : 's'}`;
  return report.approved ? `Release approval: approved ✅ (${count})` : `Release approval: not approved ❌ (${count})`;
}

export function approvalIntro(report: ApprovalReport): Html {
  const parts = [text('Approvals of '), link(report.subject.label, report.subject.url), text('. '), text(capitalise(report.requiredReason)), text('.')];
  if (report.issue) parts.push(text(' Approval issue: '), link(`#${report.issue.number}`, report.issue.url), text(` (${report.issue.outcome}).`));
  return join(parts);
}

export function approvalRows(report: ApprovalReport): Html[][] {
  return report.judgements.map((judgement) => [
    code(judgement.login),
    link(judgement.via, judgement.url),
    strong(judgement.verdict === 'accepted' ? '✅ accepted' : '❌ rejected'),
    text(describeJudgement(judgement)),
  ]);
}

export function approvalFailure(report: ApprovalReport): string {
  const lines = report.judgements.map((judgement) => `  - ${inertLine(describeJudgement(judgement))}`);
  return (
    `Release approval missing: ${report.accepted.length} of ${report.minApprovals} qualifying approval${report.minApprovals === 1 ? '' : 's'} for ${inertLine(report.subject.label)} (${inertLine(report.requiredReason)}).` +
    (lines.length > 0 ? `\n${lines.join('\n')}` : '\n  No approvals were found.')
  );
}

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
