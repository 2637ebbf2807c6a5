import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../helpers/emulator-per-test';
import type { Emulator, EmulatorState } from './index';
import { faults, startEmulator, webhookPayload } from './index';
import { validateResponse } from './openapi';
import { AUTH, get, REPO, REPO_BY_ID, sha } from './test-client';

/** A repository with a little of everything; the default branch is main at commit 4. */
function fixture(): Partial<EmulatorState> {
  return {
    commits: [1, 2, 3, 4].map((n) => ({
      sha: sha(n),
      message: `commit ${n}`,
      author: n === 3 ? 'alice' : 'bob',
      files: n === 1 ? ['README.md'] : n === 3 ? ['src/a.ts', 'README.md'] : ['src/b.ts'],
    })),
    branches: { main: sha(4), feature: sha(3) },
    tags: { 'v1.0.0': sha(2) },
    files: {
      [sha(1)]: { 'README.md': '# widgets\n' },
      [sha(3)]: { 'README.md': '# widgets\nnow with a\n', 'src/a.ts': 'export const a = 1;\n' },
      [sha(4)]: { 'README.md': '# widgets\nnow with a\n', 'src/a.ts': 'export const a = 1;\n', 'src/b.ts': 'export const b = 2;\n' },
    },
    releases: [
      { id: 1, tag_name: 'v1.0.0', name: 'One', body: 'first', created_at: '2024-01-01T00:00:00Z' },
      { id: 2, tag_name: 'v1.1.0-rc.1', prerelease: true, created_at: '2024-02-01T00:00:00Z' },
      { id: 3, tag_name: 'v2.0.0', draft: true, created_at: '2024-03-01T00:00:00Z' },
    ],
    pulls: [
      {
        number: 5,
        title: 'Add a',
        body: 'Adds a',
        user: { login: 'alice' },
        state: 'closed',
        merged_at: '2024-02-01T00:00:00Z',
        head_sha: sha(9),
        head_ref: 'add-a',
        merge_commit_sha: sha(3),
        commits: [sha(9)],
        labels: ['feature'],
      },
    ],
    reviews: { 5: [{ user: { login: 'carol' }, state: 'APPROVED', commit_id: sha(9), body: 'LGTM' }] },
    issues: [{ number: 7, title: 'Broken', body: null, user: { login: 'dependabot[bot]', type: 'Bot' }, state: 'open', labels: ['bug'] }],
    comments: { 7: [{ user: { login: 'bob' }, body: 'me too', id: 42 }] },
    checkRuns: [
      { head_sha: sha(9), name: 'build', status: 'completed', conclusion: 'failure' },
      { head_sha: sha(9), name: 'build', status: 'completed', conclusion: 'success' },
      { head_sha: sha(9), name: 'lint', status: 'in_progress', conclusion: null, app: 'lint-bot' },
    ],
    statuses: [
      { sha: sha(4), context: 'ci/old', state: 'pending' },
      { sha: sha(4), context: 'ci/new', state: 'success', target_url: 'https://ci.example.com/1' },
    ],
    codeScanningAlerts: [
      { number: 1, state: 'open', rule: { id: 'js/xss', severity: 'error', security_severity_level: 'high', description: 'XSS' }, path: 'src/a.ts' },
      { number: 2, state: 'dismissed', rule: { id: 'js/unused', severity: 'note', description: 'Unused' } },
      { number: 3, state: 'fixed', rule: { id: 'js/sqli', severity: 'error', security_severity_level: 'critical', description: 'SQLi' }, tool: 'Semgrep' },
    ],
    dependabotAlerts: [
      { number: 1, state: 'open', severity: 'high', package: 'lodash', summary: 'Prototype pollution' },
      { number: 2, state: 'dismissed', severity: 'low', package: 'left-pad', summary: 'Too short' },
      { number: 3, state: 'fixed', severity: 'critical', package: 'django', ecosystem: 'pip', summary: 'Info leak' },
      { number: 4, state: 'auto_dismissed', severity: 'medium', package: 'debug', summary: 'ReDoS' },
    ],
  };
}

let emulator: Emulator;
emulatorPerFile(fixture, (started) => (emulator = started));

describe('routes answer with the state, in GitHub’s schema', () => {
  it('contents: base64 of the file at the ref, inherited from earlier commits', async () => {
    const decode = (content: string) => Buffer.from(content, 'base64').toString('utf8');
    const main = await get(emulator, `${REPO}/contents/src/a.ts`);
    expect(main.body).toMatchObject({ type: 'file', encoding: 'base64', path: 'src/a.ts', name: 'a.ts', size: 20 });
    expect(decode(main.body.content)).toBe('export const a = 1;\n');
    expect(main.body.content).toMatch(/\n$/);
    // Commit 2 has no snapshot: it inherits commit 1's files.
    const tagged = await get(emulator, `${REPO}/contents/README.md?ref=v1.0.0`);
    expect(decode(tagged.body.content)).toBe('# widgets\n');
    const bySha = await get(emulator, `${REPO}/contents/README.md?ref=${sha(3).slice(0, 7)}`);
    expect(decode(bySha.body.content)).toBe('# widgets\nnow with a\n');
    expect((await get(emulator, `${REPO}/contents/src/a.ts?ref=v1.0.0`)).status).toBe(404);
    expect((await get(emulator, `${REPO}/contents/README.md?ref=nope`)).status).toBe(404);
    // Octokit encodes slashes in {path}.
    expect((await get(emulator, `${REPO}/contents/src%2Fb.ts`)).status).toBe(200);
  });

  it('contents: long files wrap base64 at 60 characters; raw media type returns the text', async () => {
    emulator.state.files[sha(4)] = { ...emulator.state.files[sha(4)], 'big.txt': 'x'.repeat(200) };
    const { body } = await get(emulator, `${REPO}/contents/big.txt`);
    const lines = body.content.split('\n');
    expect(lines.slice(0, -2).every((line: string) => line.length === 60)).toBe(true);
    expect(Buffer.from(body.content, 'base64').toString()).toBe('x'.repeat(200));
    const raw = await fetch(`${emulator.url}${REPO}/contents/big.txt`, { headers: { ...AUTH, accept: 'application/vnd.github.raw' } });
    expect(await raw.text()).toBe('x'.repeat(200));
  });

  it('pull request', async () => {
    const { body } = await get(emulator, `${REPO}/pulls/5`);
    expect(body).toMatchObject({
      number: 5,
      title: 'Add a',
      body: 'Adds a',
      state: 'closed',
      merged: true,
      merged_at: '2024-02-01T00:00:00Z',
      merge_commit_sha: sha(3),
      html_url: 'https://github.com/octo-org/widgets/pull/5',
      user: { login: 'alice', type: 'User', html_url: 'https://github.com/alice' },
      head: { sha: sha(9), ref: 'add-a', repo: { full_name: 'octo-org/widgets' } },
      base: { ref: 'main', sha: sha(4) },
    });
    expect(body.labels.map((label: { name: string }) => label.name)).toEqual(['feature']);
    expect((await get(emulator, `${REPO}/pulls/99`)).status).toBe(404);
  });

  it('issue, and a pull request seen as an issue', async () => {
    const issue = await get(emulator, `${REPO}/issues/7`);
    expect(issue.body).toMatchObject({ number: 7, title: 'Broken', body: null, state: 'open', user: { login: 'dependabot[bot]', type: 'Bot' } });
    expect(issue.body).not.toHaveProperty('pull_request');
    const pull = await get(emulator, `${REPO}/issues/5`);
    expect(pull.body.pull_request).toMatchObject({ html_url: 'https://github.com/octo-org/widgets/pull/5', merged_at: '2024-02-01T00:00:00Z' });
  });

  it('issue comments', async () => {
    const { body } = await get(emulator, `${REPO}/issues/7/comments`);
    expect(body).toEqual([
      expect.objectContaining({
        id: 42,
        body: 'me too',
        user: expect.objectContaining({ login: 'bob' }),
        html_url: 'https://github.com/octo-org/widgets/issues/7#issuecomment-42',
      }),
    ]);
    expect((await get(emulator, `${REPO}/issues/5/comments`)).body).toEqual([]);
    expect((await get(emulator, `${REPO}/issues/404/comments`)).status).toBe(404);
  });

  it('check runs: filter=latest keeps the newest run per name; filter=all and status filter', async () => {
    const latest = await get(emulator, `${REPO}/commits/${sha(9)}/check-runs`);
    expect(latest.body.total_count).toBe(2);
    const byName = Object.fromEntries(latest.body.check_runs.map((run: any) => [run.name, run]));
    expect(byName.build).toMatchObject({ conclusion: 'success', status: 'completed', head_sha: sha(9), app: { slug: 'github-actions' } });
    expect(byName.lint).toMatchObject({ status: 'in_progress', conclusion: null, app: { slug: 'lint-bot' }, check_suite: { id: expect.any(Number) } });
    const all = await get(emulator, `${REPO}/commits/${sha(9)}/check-runs?filter=all`);
    expect(all.body.total_count).toBe(3);
    const completed = await get(emulator, `${REPO}/commits/${sha(9)}/check-runs?filter=all&status=completed`);
    expect(completed.body.check_runs.map((run: any) => run.conclusion).sort()).toEqual(['failure', 'success']);
    expect((await get(emulator, `${REPO}/commits/no-such-branch/check-runs`)).status).toBe(422);
  });

  it('statuses: newest first for the ref', async () => {
    const { body } = await get(emulator, `${REPO}/commits/main/statuses`);
    expect(body.map((status: any) => [status.context, status.state, status.target_url])).toEqual([
      ['ci/new', 'success', 'https://ci.example.com/1'],
      ['ci/old', 'pending', null],
    ]);
  });

  it('releases: list newest first, drafts unpublished', async () => {
    const list = await get(emulator, `${REPO}/releases`);
    expect(list.body.map((release: any) => release.tag_name)).toEqual(['v2.0.0', 'v1.1.0-rc.1', 'v1.0.0']);
    expect(list.body[0]).toMatchObject({ draft: true, published_at: null });
    expect(list.body[2]).toMatchObject({ id: 1, tag_name: 'v1.0.0', name: 'One', body: 'first' });
  });

  it('compare: commits after base up to head, union of their files', async () => {
    const { body } = await get(emulator, `${REPO}/compare/v1.0.0...main`);
    expect(body).toMatchObject({
      status: 'ahead',
      ahead_by: 2,
      behind_by: 0,
      total_commits: 2,
      base_commit: { sha: sha(2) },
      merge_base_commit: { sha: sha(2) },
    });
    expect(body.commits.map((commit: any) => commit.sha)).toEqual([sha(3), sha(4)]);
    expect(body.commits[0]).toMatchObject({ commit: { message: 'commit 3' }, author: { login: 'alice' }, parents: [{ sha: sha(2) }] });
    const files = Object.fromEntries(body.files.map((file: any) => [file.filename, file]));
    expect(Object.keys(files).sort()).toEqual(['README.md', 'src/a.ts', 'src/b.ts']);
    expect(files['README.md']).toMatchObject({ status: 'modified', additions: 1, deletions: 0 });
    expect(files['src/b.ts']).toMatchObject({ status: 'added', additions: 1 });
    const behind = await get(emulator, `${REPO}/compare/main...v1.0.0`);
    expect(behind.body).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2, commits: [] });
    expect((await get(emulator, `${REPO}/compare/main...main`)).body.status).toBe('identical');
    expect((await get(emulator, `${REPO}/compare/main...nope`)).status).toBe(404);
  });

  it('pulls of a commit: by associated, merge and head shas', async () => {
    for (const commit of [sha(9), sha(3)]) {
      const { body } = await get(emulator, `${REPO}/commits/${commit}/pulls`);
      expect(body.map((pull: any) => pull.number)).toEqual([5]);
    }
    expect((await get(emulator, `${REPO}/commits/${sha(1)}/pulls`)).body).toEqual([]);
  });

  it('reviews', async () => {
    const { body } = await get(emulator, `${REPO}/pulls/5/reviews`);
    expect(body).toEqual([expect.objectContaining({ state: 'APPROVED', commit_id: sha(9), body: 'LGTM', user: expect.objectContaining({ login: 'carol' }) })]);
    expect(body[0].html_url).toBe(`https://github.com/octo-org/widgets/pull/5#pullrequestreview-${body[0].id}`);
  });

  it('code scanning alerts: state filter; disabled answers 403', async () => {
    const all = await get(emulator, `${REPO}/code-scanning/alerts`);
    expect(all.body.map((alert: any) => alert.number)).toEqual([3, 2, 1]);
    const open = await get(emulator, `${REPO}/code-scanning/alerts?state=open`);
    expect(open.body).toEqual([expect.objectContaining({ number: 1, rule: expect.objectContaining({ id: 'js/xss', security_severity_level: 'high' }) })]);
    expect(open.body[0].most_recent_instance.location.path).toBe('src/a.ts');
    emulator.state.codeScanningAlerts = 'disabled';
    const disabled = await get(emulator, `${REPO}/code-scanning/alerts`);
    expect(disabled.status).toBe(403);
    expect(disabled.body.message).toBe('Advanced Security must be enabled for this repository to use code scanning.');
    emulator.state.codeScanningAlerts = fixture().codeScanningAlerts ?? [];
  });

  it('dependabot alerts: comma-separated state filter, severities, cursor pagination; disabled answers 403', async () => {
    const open = await get(emulator, `${REPO}/dependabot/alerts?state=open,fixed`);
    expect(open.body.map((alert: any) => [alert.number, alert.security_advisory.severity, alert.security_vulnerability.severity])).toEqual([
      [3, 'critical', 'critical'],
      [1, 'high', 'high'],
    ]);
    const numbers: number[] = [];
    let next: string | undefined = `${REPO}/dependabot/alerts?per_page=3`;
    while (next) {
      const page = await get(emulator, next);
      numbers.push(...page.body.map((alert: any) => alert.number));
      const url = /<([^>]+)>; rel="next"/.exec(page.link ?? '')?.[1];
      if (url) expect(new URL(url).searchParams.get('after')).toBeTruthy();
      next = url?.replace(emulator.url, '');
    }
    expect(numbers).toEqual([4, 3, 2, 1]);
    emulator.state.dependabotAlerts = 'disabled';
    const disabled = await get(emulator, `${REPO}/dependabot/alerts`);
    expect(disabled).toMatchObject({ status: 403, body: { message: 'Dependabot alerts are disabled for this repository.' } });
    emulator.state.dependabotAlerts = fixture().dependabotAlerts ?? 'disabled';
  });

  it('git tree: files of the commit as blobs, with directories when recursive', async () => {
    const { body } = await get(emulator, `${REPO}/git/trees/${sha(3)}?recursive=1`);
    expect(body.tree.map((entry: any) => [entry.path, entry.type])).toEqual([
      ['README.md', 'blob'],
      ['src', 'tree'],
      ['src/a.ts', 'blob'],
    ]);
    const flat = await get(emulator, `${REPO}/git/trees/${sha(3)}`);
    expect(flat.body.tree.map((entry: any) => entry.path)).toEqual(['README.md', 'src']);
  });
});

describe('common behaviour', () => {
  it('GitHub headers on every response, rate limit counting down', async () => {
    const first = await get(emulator, `${REPO}/pulls/5`);
    const second = await get(emulator, `${REPO}/pulls/5`);
    for (const { response } of [first, second]) {
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('x-github-api-version-selected')).toBe('2022-11-28');
      expect(response.headers.get('x-github-request-id')).toBeTruthy();
      expect(response.headers.get('x-ratelimit-limit')).toBe('5000');
      expect(response.headers.get('x-ratelimit-resource')).toBe('core');
      expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 3000);
    }
    const remaining = (r: Response) => Number(r.headers.get('x-ratelimit-remaining'));
    expect(remaining(second.response)).toBe(remaining(first.response) - 1);
    expect(Number(second.response.headers.get('x-ratelimit-used'))).toBe(5000 - remaining(second.response));
  });

  it('401 without authorization; Bearer works too', async () => {
    const anonymous = await get(emulator, `${REPO}/pulls/5`, {});
    expect(anonymous).toMatchObject({
      status: 401,
      body: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' },
    });
    expect((await get(emulator, `${REPO}/pulls/5`, { authorization: 'Bearer abc' })).status).toBe(200);
  });

  it('404 for unknown routes and repositories, recorded with their route', async () => {
    const unknown = await get(emulator, '/repos/octo-org/widgets/teleport');
    expect(unknown).toMatchObject({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } });
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'GET', path: '/repos/octo-org/widgets/teleport', route: null, status: 404 });
    expect((await get(emulator, '/repos/someone/else/pulls/5')).status).toBe(404);
    expect(emulator.requests.at(-1)?.route).toBe('GET /repos/{owner}/{repo}/pulls/{pull_number}');
  });

  it('records query parameters', async () => {
    await get(emulator, `${REPO}/commits/${sha(9)}/check-runs?filter=all&per_page=5`);
    expect(emulator.requests.at(-1)).toMatchObject({
      route: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      query: { filter: 'all', per_page: '5' },
      status: 200,
    });
  });

  it('denied routes answer 403 with x-accepted-github-permissions', async () => {
    emulator.state.denied.push({ route: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs', permission: 'checks=read' });
    const denied = await get(emulator, `${REPO}/commits/main/check-runs`);
    emulator.state.denied = [];
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ message: 'Resource not accessible by integration', status: '403' });
    expect(denied.response.headers.get('x-accepted-github-permissions')).toBe('checks=read');
    expect((await get(emulator, `${REPO}/commits/main/check-runs`)).status).toBe(200);
  });

  it('a queued secondary rate limit answers once, then the normal body', async () => {
    const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
    emulator.fault(faults.secondaryRateLimit(route, 7));
    const limited = await get(emulator, `${REPO}/pulls/5`);
    expect(limited.status).toBe(403);
    expect(limited.response.headers.get('retry-after')).toBe('7');
    expect(limited.body.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect(emulator.requests.at(-1)).toMatchObject({ route, status: 403 });
    const normal = await get(emulator, `${REPO}/pulls/5`);
    expect(normal).toMatchObject({ status: 200, body: { number: 5 } });
  });

  it('other faults: 429 and server errors, `times` in a row, only on their route', async () => {
    const route = 'GET /repos/{owner}/{repo}/releases';
    emulator.fault(faults.tooManyRequests(route, 2));
    emulator.fault(faults.serverError(route, 503, 2));
    expect((await get(emulator, `${REPO}/tags`)).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(emulator, `${REPO}/releases`)).status);
    expect(statuses).toEqual([429, 503, 503, 200]);
  });
});

describe('pagination', () => {
  const comments = (n: number) => Array.from({ length: n }, (_, i) => ({ user: { login: 'bob' }, body: `comment ${i + 1}` }));
  const relations = (link: string | null) => [...(link ?? '').matchAll(/<([^>]+)>; rel="(\w+)"/g)].map(([, url, rel]) => [rel, new URL(url!).search]);

  it('Link header with exactly the relations that apply on the first, middle and last page', async () => {
    emulator.state.comments[7] = comments(75);
    const first = await get(emulator, `${REPO}/issues/7/comments`);
    expect(first.body).toHaveLength(30);
    expect(first.body[0].body).toBe('comment 1');
    expect(relations(first.link)).toEqual([
      ['next', '?page=2'],
      ['last', '?page=3'],
    ]);
    expect(first.link).toBe(
      `<${emulator.url}${REPO_BY_ID}/issues/7/comments?page=2>; rel="next", <${emulator.url}${REPO_BY_ID}/issues/7/comments?page=3>; rel="last"`,
    );
    const middle = await get(emulator, `${REPO_BY_ID}/issues/7/comments?page=2`);
    expect(middle.body[0].body).toBe('comment 31');
    expect(relations(middle.link)).toEqual([
      ['prev', '?page=1'],
      ['next', '?page=3'],
      ['last', '?page=3'],
      ['first', '?page=1'],
    ]);
    const last = await get(emulator, `${REPO}/issues/7/comments?per_page=30&page=3`);
    expect(last.body).toHaveLength(15);
    expect(relations(last.link)).toEqual([
      ['prev', '?per_page=30&page=2'],
      ['first', '?per_page=30&page=1'],
    ]);
  });

  it('no Link header when everything fits on one page; per_page is capped at 100', async () => {
    emulator.state.comments[7] = comments(150);
    const big = await get(emulator, `${REPO}/issues/7/comments?per_page=500`);
    expect(big.body).toHaveLength(100);
    expect(relations(big.link).map(([rel]) => rel)).toEqual(['next', 'last']);
    emulator.state.comments[7] = comments(3);
    const single = await get(emulator, `${REPO}/issues/7/comments`);
    expect(single.body).toHaveLength(3);
    expect(single.link).toBeNull();
  });

  it('compare paginates its commits when asked and repeats the files', async () => {
    const page = await get(emulator, `${REPO}/compare/${sha(1)}...main?per_page=2&page=2`);
    expect(page.body.commits.map((commit: any) => commit.sha)).toEqual([sha(4)]);
    expect(page.body.total_commits).toBe(3);
    expect(page.body.files.length).toBe(3);
    expect(relations(page.link).map(([rel]) => rel)).toEqual(['prev', 'first']);
  });
});

describe('schema validation can fail', () => {
  it('the validator rejects a body missing a required field and accepts nullable nulls', () => {
    const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
    expect(validateResponse(route, 200, { id: 1 }).join('\n')).toMatch(/must have required property/);
    expect(validateResponse('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 200, [{ id: 'one' }]).join('\n')).toMatch(/\/0\/id must be integer/);
    expect(validateResponse(null, 404, { message: 404 })).not.toEqual([]);
    expect(validateResponse(null, 404, { message: 'Not Found' })).toEqual([]);
  });

  it('a served body that breaks the schema is reported as a violation', async () => {
    const other = await startEmulator();
    try {
      other.fault({ route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}', status: 200, body: { number: 'five' } });
      expect((await get(other, `${REPO}/pulls/5`)).status).toBe(200);
      const violations = other.schemaViolations();
      expect(violations.length).toBeGreaterThan(0);
      expect(violations[0]).toContain('GET /repos/{owner}/{repo}/pulls/{pull_number} /repos/octo-org/widgets/pulls/5 200');
      expect(violations.join('\n')).toMatch(/\/number must be integer/);
    } finally {
      await other.close();
    }
  });
});

describe('webhookPayload', () => {
  it('picks the example by event and action, deep-merging overrides', () => {
    const payload = webhookPayload('pull_request', 'closed', { pull_request: { merged: true, number: 5, labels: [] } }) as any;
    expect(payload.action).toBe('closed');
    expect(payload.pull_request).toMatchObject({ merged: true, number: 5, labels: [] });
    expect(payload.pull_request.head.sha).toEqual(expect.any(String));
    expect(payload.repository.full_name).toEqual(expect.any(String));
    // Clones: changing one payload leaves the next untouched.
    payload.pull_request.head.sha = 'changed';
    expect((webhookPayload('pull_request', 'closed') as any).pull_request.head.sha).not.toBe('changed');
    expect((webhookPayload('push', undefined) as any).ref).toEqual(expect.any(String));
    expect(() => webhookPayload('pull_request', 'exploded')).toThrow(/available/);
  });
});
