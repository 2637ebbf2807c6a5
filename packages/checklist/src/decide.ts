// The verdict for each required item: ticked by a person AND, where the policy names
// evidence, proven through the API. Either alone is not enough.
import type { EvidenceKind } from '@release-governance/policy';
import type { EvidenceResult } from './evidence/index';
import type { ItemTicks, TickState } from './read';

export type Verdict = 'met' | 'unmet' | 'not-applicable';

export interface ItemVerdict {
  item: string;
  state: TickState;
  source?: ItemTicks['source'];
  evidence?: EvidenceResult;
  verdict: Verdict;
  reason: string;
}

export function decide(ticks: ItemTicks[], evidence: Partial<Record<EvidenceKind, EvidenceResult>>): ItemVerdict[] {
  return ticks.map(({ item, state, source }) => {
    const base = { item: item.text, state, source };
    switch (state) {
      case 'missing':
        return { ...base, verdict: 'unmet', reason: 'missing from the checklist; it must be listed and ticked' };
      case 'unticked':
        return { ...base, verdict: 'unmet', reason: 'not ticked' };
      case 'struck':
        return item.allowNotApplicable
          ? { ...base, verdict: 'not-applicable', reason: 'struck out as not applicable, which the policy allows' }
          : { ...base, verdict: 'unmet', reason: 'struck out, but the policy does not allow this item to be marked not applicable' };
      case 'ticked': {
        if (!item.evidence) return { ...base, verdict: 'met', reason: 'ticked (no evidence configured)' };
        const result = evidence[item.evidence];
        if (!result) return { ...base, verdict: 'unmet', reason: `ticked but not proven: ${item.evidence} evidence was not collected` };
        return result.proven
          ? { ...base, evidence: result, verdict: 'met', reason: `ticked and proven: ${result.summary}` }
          : { ...base, evidence: result, verdict: 'unmet', reason: `ticked but not proven: ${result.summary}` };
      }
      default:
        return state satisfies never;
    }
  });
}

/** The checklist is complete when no required item is unmet (met or struck out as not applicable). */
export function checklistComplete(items: ItemVerdict[]): boolean {
  return items.every((item) => item.verdict !== 'unmet');
}

/** The kinds of evidence worth collecting: only ticked items are proven. */
export function evidenceNeeded(ticks: ItemTicks[]): EvidenceKind[] {
  const kinds = new Set<EvidenceKind>();
  for (const { item, state } of ticks) if (state === 'ticked' && item.evidence) kinds.add(item.evidence);
  return [...kinds];
}
