// What verify-checklist read and decided, as lines of the job log: each required item's tick,
// each kind of evidence, each verdict with its reason. User text is made inert by the logger.
import type { EvidenceKind } from '@release-governance/policy';
import type { ItemVerdict } from './decide';
import type { EvidenceResult } from './evidence/index';
import type { ChecklistDocument, ItemTicks } from './read';

export function describeDocuments(documents: ChecklistDocument[]): string[] {
  return documents.map((document) => `Read ${document.label}${document.url ? ` (${document.url})` : ''}`);
}

export function describeTicks(ticks: ItemTicks[]): string[] {
  return ticks.map(({ item, state, source }) => `${item.text}: ${state}${source ? ` in ${source.label}, line ${source.line}` : ''}`);
}

export function describeEvidence(evidence: Partial<Record<EvidenceKind, EvidenceResult>>): string[] {
  const results = Object.values(evidence);
  if (results.length === 0) return ['No ticked item asks for evidence.'];
  return results.flatMap((result) => [
    `${result.kind}: ${result.proven ? 'proven' : 'not proven'}: ${result.summary}`,
    ...result.details.map((detail) => `  ${detail.ok ? '✓' : '✗'} ${detail.text}${detail.url ? ` (${detail.url})` : ''}`),
  ]);
}

export function describeVerdicts(items: ItemVerdict[], complete: boolean): string[] {
  return [...items.map((item) => `${item.item}: ${item.verdict}: ${item.reason}`), complete ? 'The checklist is complete.' : 'The checklist is incomplete.'];
}
