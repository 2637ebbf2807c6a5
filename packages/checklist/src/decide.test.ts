import type { RequiredItem } from '@release-governance/policy';
import { describe, expect, it } from 'vitest';
import { decide, evidenceNeeded } from './decide';
import type { EvidenceResult } from './evidence';
import type { ItemTicks } from './read';

const item = (text: string, extra: Partial<RequiredItem> = {}): RequiredItem => ({ text, allowNotApplicable: false, ...extra });
const proven: EvidenceResult = { kind: 'checks', proven: true, summary: '3 checks passed on abc1234', details: [] };
const failed: EvidenceResult = { kind: 'checks', proven: false, summary: '1 of 3 checks on abc1234 did not pass: build (failure)', details: [] };

describe('decide', () => {
  const ticks: ItemTicks[] = [
    { item: item('All tests passing', { evidence: 'checks' }), state: 'ticked' },
    { item: item('Team notified'), state: 'unticked' },
    { item: item('Stakeholders informed'), state: 'missing' },
    { item: item('Monitoring configured', { allowNotApplicable: true }), state: 'struck' },
    { item: item('Rollback plan ready'), state: 'struck' },
    { item: item('Release notes prepared'), state: 'ticked' },
  ];

  it('needs a tick and, where evidence is configured, proof', () => {
    expect(decide(ticks, { checks: failed }).map(({ item, verdict, reason }) => [item, verdict, reason])).toEqual([
      ['All tests passing', 'unmet', 'ticked but not proven: 1 of 3 checks on abc1234 did not pass: build (failure)'],
      ['Team notified', 'unmet', 'not ticked'],
      ['Stakeholders informed', 'unmet', 'missing from the checklist; it must be listed and ticked'],
      ['Monitoring configured', 'not-applicable', 'struck out as not applicable, which the policy allows'],
      ['Rollback plan ready', 'unmet', 'struck out, but the policy does not allow this item to be marked not applicable'],
      ['Release notes prepared', 'met', 'ticked (no evidence configured)'],
    ]);
    expect(decide(ticks, { checks: proven })[0]).toMatchObject({ verdict: 'met', reason: 'ticked and proven: 3 checks passed on abc1234' });
  });

  it('does not accept a ticked item whose evidence was never collected', () => {
    expect(decide(ticks, {})[0]?.verdict).toBe('unmet');
  });

  it('collects evidence only for ticked items', () => {
    expect(evidenceNeeded(ticks)).toEqual(['checks']);
    expect(evidenceNeeded([{ item: item('x', { evidence: 'security' }), state: 'unticked' }])).toEqual([]);
  });
});
