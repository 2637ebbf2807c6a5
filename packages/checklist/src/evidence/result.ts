// What every kind of evidence returns, and the wording they share. Pure: the collectors
// fetch, the evaluators in this folder decide, so every rule is testable on plain data.
import type { EvidenceKind } from '@release-governance/policy';

export interface EvidenceDetail {
  text: string;
  url?: string | null;
  ok: boolean;
}

export interface EvidenceResult {
  kind: EvidenceKind;
  proven: boolean;
  /** One line: what was found. */
  summary: string;
  details: EvidenceDetail[];
}

/** Evidence that could not be read at all (missing permission, feature disabled, no tag given). */
export function unavailable(kind: EvidenceKind, reason: string): EvidenceResult {
  return { kind, proven: false, summary: reason, details: [] };
}

const MAX_NAMED = 10;

export function nameSome(details: EvidenceDetail[]): string {
  const names = details.slice(0, MAX_NAMED).map((detail) => detail.text);
  return details.length > MAX_NAMED ? `${names.join(', ')} and ${details.length - MAX_NAMED} more` : names.join(', ');
}

export interface ReleaseRangeInfo {
  /** The previous release's tag, or undefined for a first release. */
  from?: string;
  to: string;
}

export function describeRange(range: ReleaseRangeInfo): string {
  return range.from ? `since ${range.from}` : 'in the history (no earlier release)';
}
