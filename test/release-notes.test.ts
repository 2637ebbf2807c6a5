// release-notes end to end: the bundle run as the runner runs it, against the emulator's
// REST and GraphQL APIs (every GraphQL query validated against GitHub's published schema).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Emulator, type EmulatorState, requestName, webhookPayload } from './emulator';
import { generatedHistory, headOf } from './fixtures/notes-history';
import { emulatorPerTest } from './helpers/emulator-per-test';
import { type RunActionOptions, runAction, shaOf } from './helpers/run-action';

const sha = (label: string) => shaOf(label);
const HOSTILE = '<img src=x onerror=alert(1)> ping @acme/everyone [click](https://evil.example) **bold';

type Pull = EmulatorState['pulls'][number];
const pull = (number: number, title: string, mergeSha: string, extra: Partial<Pull> = {}): Pull => ({
  number,
  title,
  body: '',
  user: { login: 'alice' },
  state: 'closed',
  merged_at: '2026-11-01T10:00:00Z',
  head_sha: sha(`head ${number}`),
  base_ref: 'main',
  merge_commit_sha: mergeSha,
  commits: [mergeSha],
  ...extra,
});
const approvedBy = (login: string, number: number) => [{ user: { login }, state: 'APPROVED' as const, commit_id: sha(`head ${number}`) }];

/**
 * main, oldest first: v1.0.0, v1.0.1 (a published patch), then the changes of 1.1.0.
 * v1.2.0-rc.1 is a pre-release and v9.0.0 a draft; neither is ever "previous".
 */
function scenario(): Partial<EmulatorState> {
  const order = ['v1.0.0', 'v1.0.1', 'pr10', 'pr11', 'pr12', 'pr13', 'pr14', 'pr15', 'pr16', 'direct', 'pr17', 'pr18', 'shared', 'rc', 'head'];
  return {
    commits: order.map((label) => ({
      sha: sha(label),
      message: label === 'direct' ? 'chore: bump version' : label === 'shared' ? 'Tweak build script' : `commit ${label}`,
      author: 'alice',
    })),
    branches: { main: sha('head') },
    tags: { 'v1.0.0': sha('v1.0.0'), 'v1.0.1': sha('v1.0.1'), 'v1.2.0-rc.1': sha('rc') },
    files: { [sha('v1.0.0')]: { 'README.md': '#\n' }, [sha('head')]: { 'README.md': '#\n', '.github/release.yml': RELEASE_YML } },
    releases: [
      { id: 1, tag_name: 'v1.0.0', draft: false, prerelease: false, created_at: '2026-10-01T00:00:00Z', published_at: '2026-10-01T00:00:00Z' },
      { id: 2, tag_name: 'v1.0.1', draft: false, prerelease: false, created_at: '2026-10-15T00:00:00Z', published_at: '2026-10-15T00:00:00Z' },
      { id: 3, tag_name: 'v1.2.0-rc.1', draft: false, prerelease: true, created_at: '2026-11-10T00:00:00Z', published_at: '2026-11-10T00:00:00Z' },
      { id: 4, tag_name: 'v9.0.0', draft: true, prerelease: false, created_at: '2026-11-11T00:00:00Z', published_at: null },
    ],
    pulls: [
      pull(10, 'Add CSV export', sha('pr10'), { labels: ['enhancement'] }),
      pull(11, 'Fix crash on empty input', sha('pr11'), { labels: ['bug'], user: { login: 'carol' } }),
      pull(12, HOSTILE, sha('pr12'), { user: { login: 'mallory' }, author_association: 'FIRST_TIME_CONTRIBUTOR' }),
      pull(13, 'docs: explain batch mode', sha('pr13')),
      pull(14, 'feat!: drop Node 18', sha('pr14')),
      pull(15, 'Add response cache', sha('pr15'), { labels: ['enhancement'] }),
      pull(16, 'Revert "Add response cache"', sha('pr16'), { body: 'Reverts octo-org/widgets#15' }),
      pull(17, 'Internal cleanup', sha('pr17'), { labels: ['ignore-for-release'] }),
      pull(18, 'Bump lodash', sha('pr18'), { user: { login: 'dependabot[bot]', type: 'Bot' }, labels: ['dependencies'] }),
      // Merged into another branch: its merge commit is not on main, though one of its commits is.
      pull(20, 'Experimental feature', sha('elsewhere'), { base_ref: 'experiment', commits: [sha('shared')] }),
      pull(19, 'fix: tune logging', sha('rc')),
      pull(21, 'Prepare 2.0', sha('head'), { labels: ['ignore-for-release'] }),
    ],
    reviews: {
      10: approvedBy('bob', 10),
      11: approvedBy('carol', 11),
      12: approvedBy('bob', 12),
      13: approvedBy('bob', 13),
      14: approvedBy('bob', 14),
      15: approvedBy('bob', 15),
      16: approvedBy('bob', 16),
      19: approvedBy('bob', 19),
    },
  };
}

const RELEASE_YML = `changelog:
  exclude:
    labels: [ignore-for-release]
    authors: [dependabot]
  categories:
    - title: New features
      labels: [enhancement]
    - title: Bug fixes
      labels: [bug]
    - title: Everything else
      labels: ["*"]
`;

let emulator: Emulator;
emulatorPerTest(scenario, (started) => (emulator = started));

function notes(inputs: Record<string, string> = {}, options: Partial<RunActionOptions> = {}) {
  return runAction('release-notes', { apiUrl: emulator.url, sha: sha('head'), ...options, inputs: { to: sha('head'), ...inputs } });
}

describe('release-notes', () => {
  it('writes categorised, governed notes for the range since the previous release', async () => {
    const run = await notes();
    expect(run.exitCode).toBe(0);
    expect(run.outputs['previous-tag']).toBe('v1.0.1');
    expect(run.outputs.version).toBe('2.0.0');
    const text = run.outputs.notes!;
    expect(text).toBe(
      [
        // feat!: is breaking (the version is 2.0.0), and the team's own category takes it.
        '## New features',
        '',
        '- Add CSV export by @alice in https://github.com/octo-org/widgets/pull/10',
        `- feat!: drop Node 18 by @alice in https://github.com/octo-org/widgets/pull/14`,
        '',
        '## Bug fixes',
        '',
        '- Fix crash on empty input by @carol in https://github.com/octo-org/widgets/pull/11 ⚠️ merged without an approving review by someone other than its author',
        '- fix: tune logging by @alice in https://github.com/octo-org/widgets/pull/19',
        '',
        '## Everything else',
        '',
        '- \\<img src=x onerror=alert(1)\\> ping @\u200bacme/everyone \\[click\\](https://evil.example) \\*\\*bold by @mallory in https://github.com/octo-org/widgets/pull/12',
        '- docs: explain batch mode by @alice in https://github.com/octo-org/widgets/pull/13',
        `- chore: bump version by @alice in ${sha('direct').slice(0, 7)} ⚠️ pushed without a pull request`,
        `- Tweak build script by @alice in ${sha('shared').slice(0, 7)} ⚠️ pushed without a pull request`,
        '',
        '## Release checks',
        '',
        '- 6 pull requests, 5 approved by someone other than their author',
        '- 1 merged without an independent approval: #11',
        `- 2 commits pushed without a pull request: ${sha('direct').slice(0, 7)}, ${sha('shared').slice(0, 7)}`,
        '',
        '## Contributors',
        '',
        '@alice, @carol, @mallory',
        '',
        '## New contributors',
        '',
        '- @mallory made their first contribution in https://github.com/octo-org/widgets/pull/12',
        '',
        `**Full changelog**: https://github.com/octo-org/widgets/compare/v1.0.1...${sha('head')}`,
        '',
      ].join('\n'),
    );
    // Pull requests merged elsewhere, reverted pairs and excluded entries never appear.
    for (const absent of ['#20', 'Experimental', 'response cache', 'Internal cleanup', 'lodash', 'Prepare 2.0']) expect(text).not.toContain(absent);
    expect(run.summary).toContain('Release notes: v2.0.0 (8 changes since v1.0.1)');
    expect(run.summary).toContain('2 cancelled by reverts; 3 excluded by the changelog configuration');
    // The notes in the summary are markdown: the tag is backslash-escaped, so never raw HTML.
    expect(run.summary).not.toMatch(/(?<!\\)<img/);
  });

  it('picks the previous tag the target descends from, as on a hotfix branch', async () => {
    // v1.1.0 is the newest release but was tagged after pr12: releasing pr12 compares with v1.0.1.
    emulator.state.tags['v1.1.0'] = sha('rc');
    emulator.state.releases.push({
      id: 5,
      tag_name: 'v1.1.0',
      draft: false,
      prerelease: false,
      created_at: '2026-11-12T00:00:00Z',
      published_at: '2026-11-12T00:00:00Z',
    });
    const run = await notes({ to: sha('pr12') });
    expect(run.outputs['previous-tag']).toBe('v1.0.1');
    expect(run.outputs.notes).toContain('/pull/10');
    expect(run.outputs.notes).toContain('/pull/12');
    expect(run.outputs.notes).not.toContain('/pull/13');
    expect(run.outputs.version).toBe('1.1.0');
  });

  it('uses GitHub’s default categories without a .github/release.yml, and the policy’s when it has one', async () => {
    delete emulator.state.files[sha('head')]!['.github/release.yml'];
    const defaults = await notes();
    expect(defaults.outputs.notes).toContain('## Features\n\n- Add CSV export');
    expect(defaults.outputs.notes).toContain('## Documentation\n\n- docs: explain batch mode');
    expect(defaults.outputs.notes).toContain('Bump lodash');

    emulator.state.files[sha('head')]!['.repo/policy/release.yml'] =
      'release-notes:\n  changelog:\n    categories:\n      - { title: Only bugs, labels: [bug] }\n';
    const fromPolicy = await notes({}, { sha: sha('head') });
    expect(fromPolicy.outputs.notes).toContain('## Only bugs\n\n- Fix crash on empty input');
    // No "*" category: what no category took is still listed, under Other Changes.
    expect(fromPolicy.outputs.notes).toContain('## Other Changes\n\n- Add CSV export');
  });

  it('reads 230 pull requests in 3 search pages', async () => {
    emulator.state = { ...emulator.state, ...generatedHistory(230) };
    const run = await notes({ to: headOf(230) });
    expect(run.exitCode).toBe(0);
    const lines = run.outputs.notes!.split('\n').filter((line) => line.startsWith('- ') && line.includes('/pull/'));
    expect(lines).toHaveLength(230);
    expect(emulator.requests.map(requestName)).toEqual([
      'RepositorySnapshot', // the policy, the role document, .github/release.yml and .yaml, the target commit, the releases
      'GET /repos/{owner}/{repo}/compare/{basehead}',
      'MergedPulls',
      'MergedPulls',
      'MergedPulls',
    ]);
    // GitHub's points: 4 a page (1 + 100 for each of labels, reviews, merge commit parents and commit counts = 401 requests).
    expect(run.stdout).toContain('Read 230 commits from the pull requests in 3 GraphQL requests: 12 rate-limit points (at most 10 a request).');
  });

  it('reading the history instead, asks the last page for only the commits left', async () => {
    emulator.state = { ...emulator.state, ...generatedHistory(230), searchUnindexed: [150] };
    const run = await notes({ to: headOf(230) });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Read from the history, not the pull requests: commit');
    const pages = emulator.requests.filter((request) => requestName(request) === 'ReleaseHistory');
    expect(pages.map((request) => (request.body as { variables: { pageSize: number } }).variables.pageSize)).toEqual([100, 100, 30]);
    expect(run.outputs.notes).toContain('/pull/150');
  });

  it('creates a draft release and updates it on a re-run instead of adding another', async () => {
    const first = await notes({ release: 'draft', tag: 'v2.0.0' });
    expect(first.exitCode).toBe(0);
    const drafts = () => emulator.state.releases.filter((release) => release.tag_name === 'v2.0.0');
    expect(drafts()).toHaveLength(1);
    expect(drafts()[0]).toMatchObject({ draft: true, target_commitish: sha('head') });
    emulator.state.pulls.find((candidate) => candidate.number === 10)!.title = 'Add CSV and TSV export';
    const second = await notes({ release: 'draft', tag: 'v2.0.0' });
    expect(second.outputs['release-id']).toBe(first.outputs['release-id']);
    expect(drafts()).toHaveLength(1);
    expect(drafts()[0]!.body).toContain('Add CSV and TSV export');
  });

  it('writes the notes to the output file as well', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rg-notes-')), 'out', 'RELEASE_NOTES.md');
    const run = await notes({ 'output-file': file });
    expect(readFileSync(file, 'utf8')).toBe(run.outputs.notes);
  });

  it('writes notes that read as written outside GitHub: backslash escapes, one line per entry, no ping', async () => {
    emulator.state.commits.find((commit) => commit.sha === sha('direct'))!.message = 'chore: bump\r## Security fix: all clear';
    emulator.state.pulls.find((candidate) => candidate.number === 10)!.title = 'Rename `user_id` for &#64;octocat';
    const file = join(mkdtempSync(join(tmpdir(), 'rg-notes-')), 'CHANGELOG.md');
    const run = await notes({ 'output-file': file, release: 'draft', tag: 'v2.0.0' });
    const written = readFileSync(file, 'utf8');
    const body = emulator.state.releases.find((release) => release.tag_name === 'v2.0.0')!.body;
    for (const markdown of [written, run.outputs.notes, body]) {
      expect(markdown).toContain('- Rename \\`user\\_id\\` for \\&#64;octocat by @alice in https://github.com/octo-org/widgets/pull/10\n');
      // The CR is a space: the subject and its "pushed without a pull request" mark stay on one line.
      expect(markdown).toContain(`- chore: bump ## Security fix: all clear by @alice in ${sha('direct').slice(0, 7)} ⚠️ pushed without a pull request\n`);
      expect(markdown).not.toMatch(/^## Security/m);
      expect(markdown).not.toMatch(/&#96;|&#95;|\r/);
    }
  });

  it('fails clearly on an unknown from tag', async () => {
    const run = await notes({ from: 'v0.9.9' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.at(-1)?.message).toBe('input `from`: "v0.9.9" is not a tag or commit of octo-org/widgets');
  });

  it('keeps only changes touching the path filters', async () => {
    emulator.state.pulls.find((candidate) => candidate.number === 10)!.files = ['packages/api/export.ts'];
    emulator.state.pulls.find((candidate) => candidate.number === 11)!.files = ['packages/web/app.ts'];
    emulator.state.files[sha('head')]!['.repo/policy/release.yml'] = 'release-notes:\n  paths:\n    include: ["packages/api/**"]\n';
    const run = await notes();
    expect(run.outputs.notes).toContain('Add CSV export');
    expect(run.outputs.notes).not.toContain('Fix crash on empty input');
  });
});

describe('release-notes reading its policy in the one snapshot request', () => {
  const POLICY = '.repo/policy/release.yml';
  const errorsOf = (run: Awaited<ReturnType<typeof notes>>) => run.annotations.filter((annotation) => annotation.level === 'error');

  it('still fails on an invalid policy at its file, line and column', async () => {
    emulator.state.files[sha('head')]![POLICY] = 'release-notes:\n  tag-prefix: [v]\n';
    const run = await notes();
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run)[0]).toMatchObject({
      message: 'release-notes.tag-prefix: expected string; got a list of 1',
      properties: { file: POLICY, line: '2', col: '15' },
    });
    expect(errorsOf(run).at(-1)?.message).toContain(`${POLICY}:2:15 release-notes.tag-prefix`);
  });

  it('fails when the `policy` input names a file that does not exist, and not when the default one is missing', async () => {
    const named = await notes({ policy: 'ops/release.yml' });
    expect(named.exitCode).toBe(1);
    expect(named.annotations.map((annotation) => annotation.message).join('\n')).toContain(
      'ops/release.yml: not found; the `policy` input names a file that does not exist at this commit',
    );
    expect((await notes()).exitCode).toBe(0);
  });

  it('refuses a policy path that is a directory, as the contents API reader did', async () => {
    const run = await notes({ policy: '.github' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.at(-1)?.message).toBe(`.github at ${sha('head').slice(0, 12)} is a directory, expected a file`);
  });

  it('reads the policy at the base commit of a pull request, so the change cannot alter it', async () => {
    // The pull request's head breaks the policy; its base (v1.0.1) has none.
    emulator.state.files[sha('head')]![POLICY] = 'release-notes:\n  tag-prefix: [v]\n';
    const event = {
      name: 'pull_request',
      payload: webhookPayload('pull_request', 'synchronize', {
        pull_request: {
          number: 21,
          head: { sha: sha('head'), ref: 'prepare' },
          base: { sha: sha('v1.0.1'), ref: 'main' },
          user: { login: 'alice', type: 'User' },
        },
      }),
    };
    const run = await notes({}, { event });
    expect(run.exitCode).toBe(0);
    const snapshot = emulator.requests[0]!.body as { query: string; variables: Record<string, string> };
    expect(snapshot.query).toContain('query RepositorySnapshot');
    expect(Object.values(snapshot.variables)).toContain(`${sha('v1.0.1')}:${POLICY}`);
  });

  it('reads a file GraphQL calls binary on its own, so the loader sees its bytes', async () => {
    // A NUL byte makes GitHub call the blob binary, with no text.
    emulator.state.files[sha('head')]![POLICY] = 'release-notes:\n  tag-prefix: rel-\n# \0\n';
    const run = await notes();
    expect(
      emulator.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/contents/{path}').map((request) => decodeURIComponent(request.path)),
    ).toEqual([`/repos/octo-org/widgets/contents/${POLICY}`]);
    expect(run.exitCode).toBe(0);
    // The policy read over REST is the one in force: its tag prefix names the previous release (none has it) and the next.
    expect(run.outputs.version).toBe('0.1.0');
    expect(run.outputs['previous-tag']).toBe('');
  });

  it('still requires a role document the policy names, reading it on its own when it was not read ahead', async () => {
    emulator.state.files[sha('head')]![POLICY] = 'role-document: docs/roles/release.md\n';
    const run = await notes();
    expect(run.exitCode).toBe(1);
    expect(
      errorsOf(run)
        .map((annotation) => annotation.message)
        .join('\n'),
    ).toContain('names "docs/roles/release.md", which does not exist at this commit');
    expect(emulator.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/contents/{path}')).toHaveLength(1);
  });
});
