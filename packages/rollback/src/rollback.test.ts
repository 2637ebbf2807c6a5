import { describe, expect, it } from 'vitest';
import { type IncidentFacts, incidentBody } from './incident';
import { classifyTarget, type DeploymentRecord, findRollbackTarget } from './target';

const record = (id: number, sha: string): DeploymentRecord => ({ id, sha, ref: sha, createdAt: '' });

describe('findRollbackTarget', () => {
  it('skips failed, errored and same-commit deployments, and reads statuses only as far as needed', async () => {
    const statuses: Record<number, string[]> = {
      9: ['failure', 'in_progress'],
      8: ['success'],
      7: ['inactive', 'success'], // same commit as the current one
      6: ['error'],
      5: ['inactive', 'success'],
      4: ['success'],
    };
    const read: number[] = [];
    const deployments = [record(9, 'c9'), record(8, 'c8'), record(7, 'c8'), record(6, 'c6'), record(5, 'c5'), record(4, 'c4')];
    const target = await findRollbackTarget('production', deployments, async (deployment) => {
      read.push(deployment.id);
      return statuses[deployment.id] ?? [];
    });
    expect(target.current?.id).toBe(8);
    expect(target.lastGood?.id).toBe(5);
    expect(read).toEqual([9, 8, 6, 5]);
  });

  it('rolls back from a deployment that smoke-test marked failed after it went out', async () => {
    const statuses: Record<number, string[]> = { 3: ['failure', 'success', 'in_progress'], 2: ['failure'], 1: ['inactive', 'success'] };
    const target = await findRollbackTarget(
      'production',
      [record(3, 'c'), record(2, 'b'), record(1, 'a')],
      async (deployment) => statuses[deployment.id] ?? [],
    );
    expect(target.current?.id).toBe(3);
    expect(target.lastGood?.id).toBe(1);
  });

  it('judges a deployment by its latest status: one that succeeded and then failed is not good', async () => {
    // smoke-test posts `failure` on a deployment that had already succeeded; the earlier
    // success must not make it a rollback target.
    const statuses: Record<number, string[]> = {
      3: ['success'],
      2: ['failure', 'success'],
      1: ['inactive', 'success'],
    };
    const target = await findRollbackTarget(
      'production',
      [record(3, 'c'), record(2, 'b'), record(1, 'a')],
      async (deployment) => statuses[deployment.id] ?? [],
    );
    expect(target.current?.id).toBe(3);
    expect(target.lastGood?.id).toBe(1);
    const none = await findRollbackTarget('production', [record(3, 'c'), record(2, 'b')], async (deployment) => statuses[deployment.id] ?? []);
    expect(none.lastGood).toBeUndefined();
    expect(none).toMatchObject({ current: { id: 3 }, problem: 'no earlier good deployment to production with a commit other than c; nothing was changed' });
  });

  it('does not count a deployment that was only ever inactive as good', async () => {
    const target = await findRollbackTarget('production', [record(2, 'b'), record(1, 'a')], async (deployment) =>
      deployment.id === 2 ? ['success'] : ['inactive'],
    );
    expect(target).toMatchObject({ problem: 'no earlier good deployment to production with a commit other than b; nothing was changed' });
  });

  it('says so when nothing is live', async () => {
    const target = await findRollbackTarget('staging', [record(1, 'a')], async () => ['failure']);
    expect(target.problem).toBe('no deployment to staging is currently successful and active, so there is nothing to roll back from');
  });

  it('reads a target as a deployment id or a ref', () => {
    expect(classifyTarget('4242')).toEqual({ kind: 'deployment', id: 4242 });
    expect(classifyTarget('v1.2.0')).toEqual({ kind: 'ref', ref: 'v1.2.0' });
    expect(classifyTarget('a1b2c3d')).toEqual({ kind: 'ref', ref: 'a1b2c3d' });
  });
});

describe('incidentBody', () => {
  const facts: IncidentFacts = {
    environment: 'production',
    from: { sha: 'ffffffffffff', deploymentId: 8 },
    to: { sha: 'aaaaaaaaaaaa', ref: 'v1.1.0' },
    deploymentId: 10,
    actor: 'carol',
    reason: 'errors <b>spiked</b> @oncall',
    runUrl: 'https://github.com/o/r/actions/runs/1',
    result: 'success',
    smoke: 'passed (2 checks)',
    command: './deploy production',
    at: '2026-11-24T07:00:00.000Z',
  };

  it('fills the placeholders of a repository template', () => {
    const body = incidentBody('# Incident in {{environment}}\nReason: {{reason}}\nBy {{actor}}, {{ unknown }}', facts, '<!-- m -->');
    expect(body).toBe('<!-- m -->\n# Incident in production\nReason: errors \\<b\\>spiked\\</b\\> @\u200boncall\nBy carol, {{ unknown }}');
  });

  it('keeps a hostile reason on its line and in its table cell, without a ping', () => {
    const reason = 'x | y\r## Fake heading &#64;octocat \u202eevil\u202c `code`';
    const body = incidentBody('## Our checklist\n', { ...facts, reason }, '<!-- m -->');
    expect(body).toContain('| Reason | x \\| y ## Fake heading \\&#64;octocat evil \\`code\\` |');
    expect(body.split('\n').filter((line) => line.startsWith('#'))).toEqual(['## Rollback of production', '## Our checklist']);
  });

  it('puts the facts table above a template without placeholders', () => {
    const body = incidentBody('## Our checklist\n- [ ] Call the vendor\n', facts, '<!-- m -->');
    expect(body).toContain('| Rolled back to | `aaaaaaa` (v1.1.0) |');
    expect(body.indexOf('| Environment | production |')).toBeLessThan(body.indexOf('## Our checklist'));
    expect(body).toContain('- [ ] Call the vendor');
  });
});
