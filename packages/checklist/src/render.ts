// How a checklist verdict reads: the step report (job summary, the step's failure message
// and the action's outputs).
import { code, element, type Html, inertLine, join, link, type StepReport, shortSha, strong, text } from '@release-governance/render';
import type { ItemVerdict } from './decide';
import type { TickState } from './read';

/** A comment whose task list did not count, and why. */
export interface IgnoredComment {
  login: string;
  url: string;
  reason: string;
}

export interface ChecklistReport {
  complete: boolean;
  sha: string;
  sources: { label: string; url?: string }[];
  policy: { file: string; fileFound: boolean; roleDocument: string; roleDocumentOrigin: string; governanceVersion: string; itemsFrom: string };
  items: ItemVerdict[];
}

/**
 * The step's whole report: outputs, summary (title, intro, one row per required item) and
 * failure. `ignoredComments`, read but not counted (bots, people without the permission), are named in the intro.
 */
export function checklistStepReport(report: ChecklistReport, ignoredComments: IgnoredComment[] = []): StepReport {
  return {
    outputs: { complete: String(report.complete), unmet: unmetItems(report), report },
    title: summaryTitle(report),
    intro: join([summaryIntro(report), ...ignoredCommentsNote(ignoredComments)]),
    table: { columns: ['Item', 'Ticked', 'Evidence', 'Verdict'], rows: summaryRows(report) },
    failure: report.complete ? undefined : failureMessage(report),
  };
}

function unmetItems(report: ChecklistReport): { item: string; reason: string }[] {
  return report.items.filter((item) => item.verdict === 'unmet').map(({ item, reason }) => ({ item, reason }));
}

function failureMessage(report: ChecklistReport): string {
  const unmet = unmetItems(report);
  return (
    `Release checklist incomplete: ${unmet.length} of ${report.items.length} required items unmet\n` +
    unmet.map(({ item, reason }) => `  - ${inertLine(item)}: ${inertLine(reason)}`).join('\n')
  );
}

const TICK_LABEL: Record<TickState, string> = { ticked: '☑ ticked', unticked: '☐ not ticked', struck: '~ struck out', missing: '∅ missing' };
const VERDICT_LABEL = { met: '✅ met', unmet: '❌ unmet', 'not-applicable': '➖ not applicable' } as const;
const MAX_DETAIL_LINKS = 10;

function summaryTitle(report: ChecklistReport): string {
  const unmet = unmetItems(report).length;
  return report.complete ? 'Release checklist: complete ✅' : `Release checklist: incomplete ❌ (${unmet} unmet)`;
}

function summaryIntro(report: ChecklistReport): Html {
  const sources = report.sources.map((source) => link(source.label, source.url));
  const policyFile = report.policy.fileFound ? code(report.policy.file) : text(`defaults (no ${report.policy.file})`);
  const roleDocument = report.policy.roleDocumentOrigin === 'built-in' ? text('the built-in Release Manager Role document') : code(report.policy.roleDocument);
  return join([
    text('Checklist read from '),
    join(sources, ', '),
    text(' for commit '),
    code(shortSha(report.sha)),
    text('. Policy: '),
    policyFile,
    text('; required items from '),
    text(report.policy.itemsFrom === 'policy-file' ? 'the policy file' : 'the role document'),
    text(', '),
    roleDocument,
    text(` (GOVERNANCE_VERSION ${report.policy.governanceVersion}).`),
  ]);
}

function ignoredCommentsNote(ignored: IgnoredComment[]): Html[] {
  if (ignored.length === 0) return [];
  const each = ignored.map(({ login, url, reason }) => join([link('comment', url), text(' by '), code(login), text(` (${reason})`)]));
  return [text(' Comments not counted: '), join(each, '; '), text('.')];
}

function summaryRows(report: ChecklistReport): Html[][] {
  return report.items.map((item) => [
    text(item.item),
    item.source
      ? join([text(TICK_LABEL[item.state]), element('br'), link(`${item.source.label}, line ${item.source.line}`, item.source.url)])
      : text(TICK_LABEL[item.state]),
    evidenceCell(item),
    join([strong(VERDICT_LABEL[item.verdict]), element('br'), text(item.reason)]),
  ]);
}

function evidenceCell(item: ItemVerdict): Html {
  if (!item.evidence) return text('—');
  const details = item.evidence.details
    .slice(0, MAX_DETAIL_LINKS)
    .map((detail) => join([text(detail.ok ? '✓ ' : '✗ '), link(detail.text, detail.url ?? undefined)]));
  const more = item.evidence.details.length - MAX_DETAIL_LINKS;
  if (more > 0) details.push(text(`… and ${more} more`));
  return join([text(`${item.evidence.kind}: ${item.evidence.summary}`), ...details.map((detail) => join([element('br'), detail]))]);
}
