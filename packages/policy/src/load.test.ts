import { describe, expect, it } from 'vitest';
import { formatProblem, loadPolicy, PolicyError, type ReadRepositoryFile } from './index';

const files = (entries: Record<string, string>): ReadRepositoryFile => async (path) => entries[path];

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PolicyError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected a PolicyError');
}

describe('loadPolicy', () => {
  it('works with no release.yml and no role document, from the built-in seed', async () => {
    const policy = await loadPolicy({ read: files({}) });
    expect(policy.policyFile.found).toBe(false);
    expect(policy.roleDocument.origin).toBe('built-in');
    expect(policy.roleDocument.version).toBe('1.0.0');
    expect(policy.checklist.items.map((item) => item.text)).toEqual([
      'All PRs merged and reviewed',
      'All tests passing',
      'Quality gates passed',
      'Security scans clean',
      'Documentation updated',
      'Release notes prepared',
      'Rollback plan ready',
      'Monitoring configured',
      'Team notified',
      'Stakeholders informed',
    ]);
    expect(policy.checklist.items.map((item) => item.evidence ?? null)).toEqual([
      'reviews', 'checks', 'checks', 'security', 'docs', 'release-notes', null, null, null, null,
    ]);
  });

  it('names file, line, column, field, expectation and value for a wrong enum', async () => {
    const yaml = [
      'checklist:',
      '  items:',
      '    - text: All tests passing',
      '      evidence: checks',
      '    - All PRs merged and reviewed',
      '    - text: Quality gates passed',
      '      evidence: test',
    ].join('\n');
    expect(await problemsOf(loadPolicy({ read: files({ '.repo/policy/release.yml': yaml }) }))).toEqual([
      '.repo/policy/release.yml:7:17 checklist.items[2].evidence: expected one of checks, reviews, security, release-notes, docs; got "test"',
    ]);
  });

  it('rejects unknown keys at the key itself', async () => {
    const yaml = 'checklist:\n  comments: true\n  evidnce:\n    checks: {}\n';
    expect(await problemsOf(loadPolicy({ read: files({ '.repo/policy/release.yml': yaml }) }))).toEqual([
      '.repo/policy/release.yml:3:3 checklist.evidnce: unknown key; check the spelling against the documented settings',
    ]);
  });

  it('reports YAML syntax errors with their position', async () => {
    const yaml = 'checklist:\n  items: [a, b\n';
    const [problem] = await problemsOf(loadPolicy({ read: files({ '.repo/policy/release.yml': yaml }) }));
    expect(problem).toMatch(/^\.repo\/policy\/release\.yml:\d+:\d+: invalid YAML: /);
  });

  it('reports several problems at once', async () => {
    const yaml = 'checklist:\n  comments: yes please\n  evidence:\n    security:\n      min-severity: severe\n';
    const problems = await problemsOf(loadPolicy({ read: files({ '.repo/policy/release.yml': yaml }) }));
    expect(problems).toEqual([
      '.repo/policy/release.yml:2:13 checklist.comments: expected boolean; got "yes please"',
      '.repo/policy/release.yml:5:21 checklist.evidence.security.min-severity: expected one of critical, high, medium, low; got "severe"',
    ]);
  });

  it('fails when a policy file asked for by name is missing, not when the default one is', async () => {
    expect(await problemsOf(loadPolicy({ read: files({}), policyPath: 'ops/release.yml' }))).toEqual([
      'ops/release.yml: not found; the `policy` input names a file that does not exist at this commit',
    ]);
  });

  it('checks the role document version', async () => {
    const doc = '# Role\n<!-- GOVERNANCE_VERSION: 2.1.0 -->\n\n## Release Checklist\n\n- [ ] One\n';
    expect(
      await problemsOf(loadPolicy({ read: files({ '.repo/agents/roles/release-manager.md': doc }) })),
    ).toEqual([
      '.repo/agents/roles/release-manager.md:2 GOVERNANCE_VERSION: expected a version of 1.x.y; got "2.1.0"',
    ]);
  });

  it('ignores a version or checklist that stands inside a code block', async () => {
    const doc = '# Role\n\n```\n<!-- GOVERNANCE_VERSION: 1.0.0 -->\n## Release Checklist\n- [ ] In code\n```\n';
    const problems = await problemsOf(loadPolicy({ read: files({ '.repo/agents/roles/release-manager.md': doc }) }));
    expect(problems[0]).toMatch(/GOVERNANCE_VERSION: missing/);
    expect(problems[1]).toMatch(/expected a "## Release Checklist" section/);
  });

  it('reads the checklist from the repository role document and items from release.yml', async () => {
    const doc = '# Role\n<!-- GOVERNANCE_VERSION: 1.2.0 -->\n## Release Checklist\n\n- [ ] Canary healthy\n- [ ] All tests passing\n';
    const policy = await loadPolicy({ read: files({ '.repo/agents/roles/release-manager.md': doc }) });
    expect(policy.roleDocument.origin).toBe('repository');
    expect(policy.checklist.items).toEqual([
      { text: 'Canary healthy', evidence: undefined, allowNotApplicable: false },
      { text: 'All tests passing', evidence: 'checks', allowNotApplicable: false },
    ]);
    const yaml = 'checklist:\n  items:\n    - text: Monitoring configured\n      allow-not-applicable: true\n';
    const fromFile = await loadPolicy({
      read: files({ '.repo/agents/roles/release-manager.md': doc, '.repo/policy/release.yml': yaml }),
    });
    expect(fromFile.checklist.itemsFrom).toBe('policy-file');
    expect(fromFile.checklist.items).toEqual([
      { text: 'Monitoring configured', evidence: undefined, allowNotApplicable: true },
    ]);
  });

  it('fails when release.yml names a role document that does not exist', async () => {
    const yaml = 'role-document: docs/role.md\n';
    expect(await problemsOf(loadPolicy({ read: files({ '.repo/policy/release.yml': yaml }) }))).toEqual([
      '.repo/policy/release.yml role-document: names "docs/role.md", which does not exist at this commit',
    ]);
  });
});
