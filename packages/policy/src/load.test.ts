import { describe, expect, it } from 'vitest';
import { formatProblem, loadPolicy, PolicyError, type ReadRepositoryFile } from './index';

const files =
  (entries: Record<string, string>): ReadRepositoryFile =>
  async (path) =>
    entries[path];

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
      'reviews',
      'checks',
      'checks',
      'security',
      'docs',
      'release-notes',
      null,
      null,
      null,
      null,
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
      '.repo/policy/release.yml:3:3 checklist.evidnce: unknown key; did you mean "evidence"?',
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
    expect(await problemsOf(loadPolicy({ read: files({ '.repo/agents/roles/release-manager.md': doc }) }))).toEqual([
      '.repo/agents/roles/release-manager.md:2:1 GOVERNANCE_VERSION: expected a version of 1.x.y; got "2.1.0"',
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
    expect(fromFile.checklist.items).toEqual([{ text: 'Monitoring configured', evidence: undefined, allowNotApplicable: true }]);
  });

  it('fails when release.yml names a role document that does not exist', async () => {
    const yaml = 'role-document: docs/role.md\n';
    expect(await problemsOf(loadPolicy({ read: files({ '.repo/policy/release.yml': yaml }) }))).toEqual([
      '.repo/policy/release.yml role-document: names "docs/role.md", which does not exist at this commit',
    ]);
  });
});

const POLICY = '.repo/policy/release.yml';
const policyProblems = (yaml: string | Uint8Array) => problemsOf(loadPolicy({ read: async (path) => (path === POLICY ? yaml : undefined) }));

describe('unknown keys in every section', () => {
  // Each section of the schema, with a misspelt key: dropped silently it would fall back to the
  // default (e.g. one approval instead of two), so each must be an error at the key.
  const cases: [string, string, string][] = [
    ['top level', 'aprovers:\n  users: [a]\n', '1:1 aprovers: unknown key; did you mean "approvers"?'],
    ['checklist', 'checklist:\n  coments: true\n', '2:3 checklist.coments: unknown key; did you mean "comments"?'],
    [
      'checklist.items[]',
      'checklist:\n  items:\n    - text: A\n      evidnce: checks\n',
      '4:7 checklist.items[0].evidnce: unknown key; did you mean "evidence"?',
    ],
    ['checklist.evidence', 'checklist:\n  evidence:\n    check: {}\n', '3:5 checklist.evidence.check: unknown key; did you mean "checks"?'],
    [
      'evidence.checks',
      'checklist:\n  evidence:\n    checks:\n      ignored: [x]\n',
      '4:7 checklist.evidence.checks.ignored: unknown key; did you mean "ignore"?',
    ],
    [
      'evidence.reviews',
      'checklist:\n  evidence:\n    reviews:\n      allow_direct_commits: true\n',
      '4:7 checklist.evidence.reviews.allow_direct_commits: unknown key; did you mean "allow-direct-commits"?',
    ],
    [
      'evidence.security',
      'checklist:\n  evidence:\n    security:\n      severity: low\n',
      '4:7 checklist.evidence.security.severity: unknown key; did you mean "min-severity"?',
    ],
    [
      'evidence.release-notes',
      'checklist:\n  evidence:\n    release-notes:\n      file: [a]\n',
      '4:7 checklist.evidence.release-notes.file: unknown key; did you mean "files"?',
    ],
    ['evidence.docs', 'checklist:\n  evidence:\n    docs:\n      path: [a]\n', '4:7 checklist.evidence.docs.path: unknown key; did you mean "paths"?'],
    ['approvers', 'approvers:\n  min-aproval: 2\n', '2:3 approvers.min-aproval: unknown key; did you mean "min-approvals"?'],
    ['approvers.issue', 'approvers:\n  issue:\n    timeout-minute: 5\n', '3:5 approvers.issue.timeout-minute: unknown key; did you mean "timeout-minutes"?'],
    ['smoke-test', 'smoke-test:\n  concurency: 2\n', '2:3 smoke-test.concurency: unknown key; did you mean "concurrency"?'],
    [
      'smoke-test.checks[]',
      'smoke-test:\n  checks:\n    - name: health\n      url: /h\n      retry: 1\n',
      '5:7 smoke-test.checks[0].retry: unknown key; did you mean "retries"? (in "health")',
    ],
    [
      'checks[].expect',
      'smoke-test:\n  checks:\n    - name: health\n      url: /h\n      expect:\n        stauts: 200\n',
      '6:9 smoke-test.checks[0].expect.stauts: unknown key; did you mean "status"? (in "health")',
    ],
    [
      'expect.json assertion',
      'smoke-test:\n  checks:\n    - name: health\n      url: /h\n      expect:\n        json:\n          $.ok: { equal: true }\n',
      '7:19 smoke-test.checks[0].expect.json.$.ok.equal: unknown key; did you mean "equals"? (in "health")',
    ],
    [
      'expect.headers matcher',
      'smoke-test:\n  checks:\n    - name: health\n      url: /h\n      expect:\n        headers:\n          etag: { matches: x, match: y }\n',
      '7:31 smoke-test.checks[0].expect.headers.etag.match: unknown key; did you mean "matches"? (in "health")',
    ],
    ['rollback', 'rollback:\n  enviroment: prod\n', '2:3 rollback.enviroment: unknown key; did you mean "environment"?'],
    ['rollback.incident', 'rollback:\n  incident:\n    label: [x]\n', '3:5 rollback.incident.label: unknown key; did you mean "labels"?'],
    ['release-notes', 'release-notes:\n  tag_prefix: r\n', '2:3 release-notes.tag_prefix: unknown key; did you mean "tag-prefix"?'],
    ['release-notes.paths', 'release-notes:\n  paths:\n    includes: [a]\n', '3:5 release-notes.paths.includes: unknown key; did you mean "include"?'],
    [
      'release-notes.changelog',
      'release-notes:\n  changelog:\n    categorie: []\n',
      '3:5 release-notes.changelog.categorie: unknown key; did you mean "categories"?',
    ],
    [
      'changelog.exclude',
      'release-notes:\n  changelog:\n    exclude:\n      label: [x]\n',
      '4:7 release-notes.changelog.exclude.label: unknown key; did you mean "labels"?',
    ],
    [
      'changelog.categories[]',
      'release-notes:\n  changelog:\n    categories:\n      - title: A\n        labels: [a]\n        titel: B\n',
      '6:9 release-notes.changelog.categories[0].titel: unknown key; did you mean "title"?',
    ],
    [
      'categories[].exclude',
      'release-notes:\n  changelog:\n    categories:\n      - title: A\n        labels: [a]\n        exclude: { author: [x] }\n',
      '6:20 release-notes.changelog.categories[0].exclude.author: unknown key; did you mean "authors"?',
    ],
  ];
  it.each(cases)('%s', async (_section, yaml, expected) => {
    expect(await policyProblems(yaml)).toEqual([`${POLICY}:${expected}`]);
  });

  it('lists the known keys when a key is not near any of them, and reports every unknown key at its place', async () => {
    expect(await policyProblems('approvers:\n  quorum: 2\n  teams: [o/t]\n  colour: red\n')).toEqual([
      `${POLICY}:2:3 approvers.quorum: unknown key; the keys known here are users, teams, agents, min-approvals, min-permission, separation-of-duties, allow-stale-approvals, protected-paths, environment, approve-words, deny-words, issue`,
      `${POLICY}:4:3 approvers.colour: unknown key; the keys known here are users, teams, agents, min-approvals, min-permission, separation-of-duties, allow-stale-approvals, protected-paths, environment, approve-words, deny-words, issue`,
    ]);
  });
});

describe('hostile policy files', () => {
  it('reports an alias to no anchor at the alias', async () => {
    expect(await policyProblems('approvers:\n  users: *release-managers\n')).toEqual([
      `${POLICY}:2:10: alias *release-managers refers to no anchor defined before it; define &release-managers first, or write the value out`,
    ]);
  });

  it('refuses an alias bomb at the alias where the expansion passes the bound', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]',
      'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]',
      'h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]',
      'i: [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]',
    ].join('\n');
    expect(await policyProblems(bomb)).toEqual([
      `${POLICY}:4:36: aliases expand into more than 10,000 values (an alias bomb?); write the values out or use fewer aliases`,
    ]);
  });

  it('refuses an alias inside its own anchor', async () => {
    expect(await policyProblems('approvers:\n  users: &u [a, *u]\n')).toEqual([
      `${POLICY}:2:17: alias *u stands inside its own anchor, so the value would contain itself; write the value out`,
    ]);
  });

  it('still reads ordinary anchors and aliases', async () => {
    const policy = await loadPolicy({ read: async (path) => (path === POLICY ? 'approvers:\n  users: &people [alice, bob]\n  agents: *people\n' : undefined) });
    expect(policy.approvers.agents).toEqual(['alice', 'bob']);
  });

  it('refuses a file that is not UTF-8 at its first bad byte', async () => {
    const latin1 = Uint8Array.from([...Buffer.from('approvers:\n  users: [Ren'), 0xe9, ...Buffer.from(']\n')]);
    expect(await policyProblems(latin1)).toEqual([
      `${POLICY}:2:14: is not UTF-8 text: byte 0xE9 does not start a valid character here; save the file as UTF-8`,
    ]);
    const policy = await loadPolicy({ read: async (path) => (path === POLICY ? Buffer.from('\ufeffapprovers:\n  users: [René]\n') : undefined) });
    expect(policy.approvers.users).toEqual(['René']);
  });

  it('refuses a role document that is not UTF-8', async () => {
    const doc = Uint8Array.from([...Buffer.from('# Role\n<!-- GOVERNANCE_VERSION: 1.0.0 -->\n## Release Checklist\n- [ ] Caf'), 0xe9, 0x0a]);
    expect(await problemsOf(loadPolicy({ read: async (path) => (path === '.repo/agents/roles/release-manager.md' ? doc : undefined) }))).toEqual([
      '.repo/agents/roles/release-manager.md:4:10: is not UTF-8 text: byte 0xE9 does not start a valid character here; save the file as UTF-8',
    ]);
  });

  it('reports nesting too deep to read at a position, without the exception', async () => {
    for (const yaml of [
      `approvers: ${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      Array.from({ length: 5000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n'),
    ]) {
      const problems = await policyProblems(yaml);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^\.repo\/policy\/release\.yml:\d+:\d+: invalid YAML: nested too deeply to read; flatten the structure$/);
    }
  });

  it('refuses tags that are not plain data', async () => {
    expect(await policyProblems('approvers:\n  users: !people [a]\n  environment: !!binary cHJvZA==\n')).toEqual([
      `${POLICY}:2:10: invalid YAML: unknown tag !people; remove the tag, plain values need none`,
      `${POLICY}:3:16: invalid YAML: unknown tag !!binary; remove the tag, plain values need none`,
    ]);
  });
});

describe('checks made after the schema', () => {
  it('places an item listed twice at the second copy', async () => {
    expect(await policyProblems('checklist:\n  items:\n    - Team notified\n    - text: team notified.\n')).toEqual([
      `${POLICY}:4:7 checklist.items[1]: "team notified." is listed twice`,
    ]);
  });
});
