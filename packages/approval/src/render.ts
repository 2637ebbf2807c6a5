// How an approval verdict reads: the step report (job summary, failure message, outputs).
import { code, type Html, inertLine, join, link, plural, type StepReport, strong, text } from '@release-governance/render';
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

/** The step's whole report: outputs, summary (title, intro, one row per judged approver) and failure. */
export function approvalStepReport(report: ApprovalReport): StepReport {
  return {
    outputs: approvalOutputs(report),
    title: approvalTitle(report),
    intro: approvalIntro(report),
    table: { columns: ['Approver', 'Via', 'Verdict', 'Reason'], rows: approvalRows(report) },
    failure: report.approved ? undefined : approvalFailure(report),
  };
}

function approvalOutputs(report: ApprovalReport) {
  const entries = (verdict: Judgement['verdict']) =>
    report.judgements.filter((judgement) => judgement.verdict === verdict).map(({ login, via, reason, url }) => ({ login, via, reason, url }));
  return {
    approved: String(report.approved),
    required: String(report.required),
    approvers: entries('accepted'),
    rejected: entries('rejected'),
    // Set only when the decision was asked for in an issue.
    ...(report.issue ? { 'issue-number': String(report.issue.number), 'issue-url': report.issue.url } : {}),
  };
}

function approvalTitle(report: ApprovalReport): string {
  if (!report.required) return 'Release approval: not needed ✅';
  const count = `${report.accepted.length} of ${plural(report.minApprovals, 'qualifying approval')}`;
  return report.approved ? `Release approval: approved ✅ (${count})` : `Release approval: not approved ❌ (${count})`;
}

function approvalIntro(report: ApprovalReport): Html {
  const parts = [text('Approvals of '), link(report.subject.label, report.subject.url), text('. '), text(capitalise(report.requiredReason)), text('.')];
  if (report.issue) parts.push(text(' Approval issue: '), link(`#${report.issue.number}`, report.issue.url), text(` (${report.issue.outcome}).`));
  return join(parts);
}

function approvalRows(report: ApprovalReport): Html[][] {
  return report.judgements.map((judgement) => [
    code(judgement.login),
    link(judgement.via, judgement.url),
    strong(judgement.verdict === 'accepted' ? '✅ accepted' : '❌ rejected'),
    text(describeJudgement(judgement)),
  ]);
}

function approvalFailure(report: ApprovalReport): string {
  const lines = report.judgements.map((judgement) => `  - ${inertLine(describeJudgement(judgement))}`);
  return (
    `Release approval missing: ${report.accepted.length} of ${plural(report.minApprovals, 'qualifying approval')} ` +
    `for ${inertLine(report.subject.label)} (${inertLine(report.requiredReason)}).` +
    (lines.length > 0 ? `\n${lines.join('\n')}` : '\n  No approvals were found.')
  );
}

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
