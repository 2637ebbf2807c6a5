import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../helpers/emulator-per-test';
import type { Emulator, EmulatorState } from './index';
import { webhookPayload } from './index';
import { componentValidator, describeErrors } from './openapi';
import { call, get, REPO, REPO_BY_ID, sha } from './test-client';

/** Approvals, teams, permissions, a pull with files and commits, issues with labels. */
function fixture(): Partial<EmulatorState> {
  return {
    commits: [1, 2, 3, 4].map((n) => ({ sha: sha(n), message: `commit ${n}`, author: n === 3 ? 'alice' : 'bob' })),
    branches: { main: sha(4) },
    pulls: [
      {
        number: 5,
        title: 'Add a',
        body: null,
        user: { login: 'alice' },
        state: 'open',
        head_sha: sha(9),
        commits: [sha(9), sha(3), sha(1)],
        files: Array.from({ length: 35 }, (_, i) => `src/file${i + 1}.ts`),
        labels: ['bug'],
      },
    ],
    issues: [
      { number: 7, title: 'Broken', body: null, user: { login: 'dependabot[bot]', type: 'Bot' }, state: 'open', labels: ['bug', 'urgent'] },
      { number: 8, title: 'Old', body: 'done', user: { login: 'bob' }, state: 'closed', labels: ['bug'] },
    ],
    comments: { 7: [{ user: { login: 'bob' }, body: 'me too' }] },
    runApprovals: {
      1234: [
        { environments: ['staging', 'production'], state: 'approved', user: { login: 'carol' }, comment: 'Ship it' },
        { environments: ['production'], state: 'rejected', user: { login: 'dave' } },
      ],
    },
    teams: { 'octo-org/Release-Managers': { Carol: 'active', dave: 'pending' } },
    permissions: { carol: 'maintain', dave: 'admin', erin: 'triage', frank: 'none' },
  };
}

let emulator: Emulator;
emulatorPerTest(fixture, (started) => (emulator = started));

describe('access routes', () => {
  it('run approvals: the review log with environments by name; [] for other runs', async () => {
    const { status, body } = await get(emulator, `${REPO}/actions/runs/1234/approvals`);
    expect(status).toBe(200);
    expect(body.map((a: any) => [a.state, a.user.login, a.comment, a.environments.map((e: any) => e.name)])).toEqual([
      ['approved', 'carol', 'Ship it', ['staging', 'production']],
      ['rejected', 'dave', '', ['production']],
    ]);
    expect(body[0].environments[1]).toMatchObject({
      url: `${emulator.url}${REPO}/environments/production`,
      html_url: expect.stringContaining('environments_filter=production'),
    });
    expect(body[0].environments[1].id).toBe(body[1].environments[0].id);
    expect((await get(emulator, `${REPO}/actions/runs/99/approvals`)).body).toEqual([]);
  });

  it('team membership: active and pending members, case-insensitively; 404 for non-members and unknown teams', async () => {
    const active = await get(emulator, '/orgs/OCTO-ORG/teams/release-managers/memberships/carol');
    expect(active).toMatchObject({ status: 200, body: { role: 'member', state: 'active' } });
    expect(active.body.url).toMatch(new RegExp(`^${emulator.url}/teams/\\d+/memberships/carol$`));
    expect((await get(emulator, '/orgs/octo-org/teams/Release-Managers/memberships/DAVE')).body).toMatchObject({ state: 'pending' });
    expect((await get(emulator, '/orgs/octo-org/teams/release-managers/memberships/erin')).status).toBe(404);
    expect((await get(emulator, '/orgs/octo-org/teams/nobody/memberships/carol')).status).toBe(404);
  });

  it('collaborator permission: legacy permission, precise role_name and matching flags', async () => {
    const permission = async (login: string) => (await get(emulator, `${REPO}/collaborators/${login}/permission`)).body;
    const carol = await permission('carol');
    expect(carol).toMatchObject({ permission: 'write', role_name: 'maintain', user: { login: 'carol', role_name: 'maintain' } });
    expect(carol.user.permissions).toEqual({ admin: false, maintain: true, push: true, triage: true, pull: true });
    expect(await permission('erin')).toMatchObject({ permission: 'read', role_name: 'triage', user: { permissions: { triage: true, push: false } } });
    expect(await permission('dave')).toMatchObject({ permission: 'admin', role_name: 'admin', user: { permissions: { admin: true } } });
    // Not in `permissions`: read when the state mentions the login (alice authored the pull), else none.
    expect(await permission('alice')).toMatchObject({ permission: 'read', role_name: 'read', user: { permissions: { pull: true, triage: false } } });
    const stranger = await permission('zed');
    expect(stranger).toMatchObject({ permission: 'none', role_name: 'none' });
    expect(Object.values(stranger.user.permissions)).toEqual([false, false, false, false, false]);
    expect(await permission('frank')).toMatchObject({ permission: 'none', role_name: 'none' });
    expect(await permission('github-actions[bot]')).toMatchObject({ permission: 'read', user: { type: 'Bot' } });
  });
});

describe('pull request contents', () => {
  it('files: paginated diff entries with a Link header', async () => {
    const first = await get(emulator, `${REPO}/pulls/5/files`);
    expect(first.body).toHaveLength(30);
    expect(first.body[0]).toMatchObject({
      filename: 'src/file1.ts',
      status: 'modified',
      additions: 1,
      deletions: 1,
      changes: 2,
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(first.body[0].blob_url).toBe(`https://github.com/octo-org/widgets/blob/${sha(9)}/src/file1.ts`);
    expect(first.body[0].contents_url).toBe(`${emulator.url}${REPO}/contents/src/file1.ts?ref=${sha(9)}`);
    expect(first.link).toBe(`<${emulator.url}${REPO_BY_ID}/pulls/5/files?page=2>; rel="next", <${emulator.url}${REPO_BY_ID}/pulls/5/files?page=2>; rel="last"`);
    const second = await get(emulator, `${REPO_BY_ID}/pulls/5/files?page=2`);
    expect(second.body.map((file: any) => file.filename)).toEqual(['src/file31.ts', 'src/file32.ts', 'src/file33.ts', 'src/file34.ts', 'src/file35.ts']);
    expect((await get(emulator, `${REPO}/pulls/5`)).body.changed_files).toBe(35);
    expect((await get(emulator, `${REPO}/pulls/6/files`)).status).toBe(404);
  });

  it('files: diffed against the base when the state has both snapshots', async () => {
    emulator.state.files = { [sha(4)]: { 'a.txt': 'one\n' }, [sha(9)]: { 'a.txt': 'one\ntwo\n', 'b.txt': 'new\n' } };
    emulator.state.pulls[0]!.files = ['a.txt', 'b.txt'];
    const { body } = await get(emulator, `${REPO}/pulls/5/files`);
    expect(body.map((file: any) => [file.filename, file.status, file.additions, file.deletions])).toEqual([
      ['a.txt', 'modified', 1, 0],
      ['b.txt', 'added', 1, 0],
    ]);
  });

  it('commits: history order, then the pull’s own commits; author null without a login', async () => {
    const { body } = await get(emulator, `${REPO}/pulls/5/commits`);
    expect(body.map((commit: any) => commit.sha)).toEqual([sha(1), sha(3), sha(9)]);
    expect(body.map((commit: any) => commit.author?.login ?? null)).toEqual(['bob', 'alice', null]);
    expect(body[1]).toMatchObject({ commit: { message: 'commit 3' }, parents: [{ sha: sha(2) }] });
    expect(body[2]).toMatchObject({ committer: null, parents: [{ sha: sha(3) }] });
    const paged = await get(emulator, `${REPO}/pulls/5/commits?per_page=2&page=2`);
    expect(paged.body.map((commit: any) => commit.sha)).toEqual([sha(9)]);
    expect(paged.link).toContain('rel="prev"');
  });
});

describe('issues', () => {
  const numbers = (body: any[]) => body.map((issue) => issue.number);

  it('list: open by default, pull requests included with pull_request, filters and sorting', async () => {
    const open = await get(emulator, `${REPO}/issues`);
    expect(numbers(open.body)).toEqual([7, 5]);
    expect(open.body[1].pull_request).toMatchObject({ html_url: 'https://github.com/octo-org/widgets/pull/5' });
    expect(open.body[0]).not.toHaveProperty('pull_request');
    expect(open.body[0].labels.map((label: any) => label.name)).toEqual(['bug', 'urgent']);
    expect(numbers((await get(emulator, `${REPO}/issues?state=all&direction=asc`)).body)).toEqual([5, 7, 8]);
    expect(numbers((await get(emulator, `${REPO}/issues?state=closed`)).body)).toEqual([8]);
    expect(numbers((await get(emulator, `${REPO}/issues?state=all&labels=BUG`)).body)).toEqual([8, 7, 5]);
    expect(numbers((await get(emulator, `${REPO}/issues?labels=bug,urgent`)).body)).toEqual([7]);
    expect(numbers((await get(emulator, `${REPO}/issues?state=all&creator=bob`)).body)).toEqual([8]);
    expect(numbers((await get(emulator, `${REPO}/issues?sort=comments`)).body)).toEqual([7, 5]);
    const page = await get(emulator, `${REPO}/issues?state=all&per_page=2`);
    expect(numbers(page.body)).toEqual([8, 7]);
    expect(page.link).toContain('rel="next"');
  });

  it('create: 201 with the token user as author, then listed with the label filter', async () => {
    const before = Date.now() - 1000;
    const created = await call(emulator, 'POST', `${REPO}/issues`, {
      title: 'Approve release v1.2.0',
      body: 'Reply /approve',
      labels: ['release-approval', { name: 'urgent' }],
      assignees: ['carol'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: 9,
      title: 'Approve release v1.2.0',
      body: 'Reply /approve',
      state: 'open',
      state_reason: null,
      closed_at: null,
      comments: 0,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      assignees: [expect.objectContaining({ login: 'carol' })],
      html_url: 'https://github.com/octo-org/widgets/issues/9',
    });
    expect(Date.parse(created.body.created_at)).toBeGreaterThanOrEqual(before);
    expect(created.body.labels.map((label: any) => label.name)).toEqual(['release-approval', 'urgent']);
    expect(emulator.state.issues.at(-1)).toMatchObject({ number: 9, labels: ['release-approval', 'urgent'] });
    const listed = await get(emulator, `${REPO}/issues?labels=release-approval`);
    expect(listed.body).toEqual([expect.objectContaining({ number: 9, created_at: created.body.created_at })]);
    // Newest first by default: the new issue leads the list.
    expect(numbers((await get(emulator, `${REPO}/issues`)).body)[0]).toBe(9);
    emulator.state.tokenUser = { login: 'release-bot' };
    expect((await call(emulator, 'POST', `${REPO}/issues`, { title: 'next' })).body).toMatchObject({
      number: 10,
      user: { login: 'release-bot', type: 'User' },
    });
  });

  it('create: 422 Validation Failed without a title', async () => {
    for (const body of [{ body: 'no title' }, { title: '  ' }, undefined]) {
      const answer = await call(emulator, 'POST', `${REPO}/issues`, body);
      expect(answer).toMatchObject({
        status: 422,
        body: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] },
      });
    }
    expect(emulator.state.issues).toHaveLength(2);
  });

  it('update: close as not planned, reopen, relabel; 404 and 422', async () => {
    const closed = await call(emulator, 'PATCH', `${REPO}/issues/7`, { state: 'closed', state_reason: 'not_planned', labels: ['wontfix'] });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ number: 7, state: 'closed', state_reason: 'not_planned', closed_at: expect.any(String) });
    expect(closed.body.labels.map((label: any) => label.name)).toEqual(['wontfix']);
    expect(emulator.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'not_planned', closed_at: closed.body.closed_at });
    expect((await get(emulator, `${REPO}/issues/7`)).body).toMatchObject({ state: 'closed', state_reason: 'not_planned', closed_at: closed.body.closed_at });
    const reopened = await call(emulator, 'PATCH', `${REPO}/issues/7`, { state: 'open', title: 'Broken again' });
    expect(reopened.body).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null, title: 'Broken again' });
    const completed = await call(emulator, 'PATCH', `${REPO}/issues/7`, { state: 'closed' });
    expect(completed.body).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect((await call(emulator, 'PATCH', `${REPO}/issues/404`, { state: 'closed' })).status).toBe(404);
    expect((await call(emulator, 'PATCH', `${REPO}/issues/7`, { state: 'merged' })).body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ field: 'state' }],
    });
  });

  it('comments: POSTed by the token user, then found with since=<issue created_at>, with comments pushed later', async () => {
    const issue = (await call(emulator, 'POST', `${REPO}/issues`, { title: 'Approve?' })).body;
    const since = `${REPO}/issues/${issue.number}/comments?since=${encodeURIComponent(issue.created_at)}`;
    expect((await get(emulator, since)).body).toEqual([]);
    const posted = await call(emulator, 'POST', `${REPO}/issues/${issue.number}/comments`, { body: 'Waiting for approval' });
    expect(posted).toMatchObject({
      status: 201,
      body: { body: 'Waiting for approval', user: { login: 'github-actions[bot]' }, issue_url: `${emulator.url}${REPO}/issues/${issue.number}` },
    });
    emulator.state.comments[issue.number]!.push({ user: { login: 'carol' }, body: '/approve' });
    const seen = await get(emulator, since);
    expect(seen.body.map((comment: any) => [comment.user.login, comment.body])).toEqual([
      ['github-actions[bot]', 'Waiting for approval'],
      ['carol', '/approve'],
    ]);
    expect(seen.body[0].id).toBe(posted.body.id);
    // Stable across polls, after the POSTed comment, and `since` a later time leaves out the earlier ones.
    expect((await get(emulator, since)).body[1].created_at).toBe(seen.body[1].created_at);
    expect(Date.parse(seen.body[1].created_at)).toBeGreaterThan(Date.parse(seen.body[0].created_at));
    const later = await get(emulator, `${REPO}/issues/${issue.number}/comments?since=${encodeURIComponent(seen.body[1].created_at)}`);
    expect(later.body.map((comment: any) => comment.body)).toEqual(['/approve']);
    expect((await get(emulator, `${REPO}/issues/${issue.number}`)).body.comments).toBe(2);
  });

  it('comments: fixture comments keep their derived times; 404 for unknown issues, 422 without a body', async () => {
    expect((await get(emulator, `${REPO}/issues/7/comments`)).body[0].created_at).toBe('2024-01-01T07:01:00Z');
    expect((await get(emulator, `${REPO}/issues/7/comments?since=2024-01-01T07:01:01Z`)).body).toEqual([]);
    expect((await call(emulator, 'POST', `${REPO}/issues/404/comments`, { body: 'hello' })).status).toBe(404);
    expect((await call(emulator, 'POST', `${REPO}/issues/7/comments`, {})).status).toBe(422);
    // Pull requests take conversation comments too.
    expect((await call(emulator, 'POST', `${REPO}/issues/5/comments`, { body: 'on the PR' })).body.html_url).toMatch(/\/pull\/5#issuecomment-\d+$/);
  });
});

describe('webhook payloads for approvals', () => {
  const conforms = (schema: string, payload: unknown) => {
    const validator = componentValidator(schema);
    return validator(payload) ? [] : describeErrors(validator);
  };

  it('pull_request_review submitted', () => {
    const payload = webhookPayload('pull_request_review', 'submitted', { review: { state: 'approved', user: { login: 'carol' } } }) as any;
    expect(payload).toMatchObject({
      action: 'submitted',
      review: { state: 'approved', user: { login: 'carol' } },
      pull_request: { number: expect.any(Number) },
    });
    // Not checked against webhook-pull-request-review-submitted: the package's example predates
    // fields that schema now requires (draft, auto_merge, repository visibility...).
  });

  it('deployment_review approved and rejected, derived from the requested example, in GitHub’s webhook schema', () => {
    const approved = webhookPayload('deployment_review', 'approved', { approver: { login: 'carol' }, comment: 'Ship it' }) as any;
    expect(approved).toMatchObject({ action: 'approved', approver: { login: 'carol' }, comment: 'Ship it', workflow_run: { id: expect.any(Number) } });
    expect(approved.workflow_job_runs).toHaveLength(1);
    expect(approved).not.toHaveProperty('requestor');
    expect(conforms('webhook-deployment-review-approved', approved)).toEqual([]);
    const rejected = webhookPayload('deployment_review', 'rejected');
    expect(rejected.action).toBe('rejected');
    expect(conforms('webhook-deployment-review-rejected', rejected)).toEqual([]);
    expect(() => webhookPayload('deployment_review', 'exploded')).toThrow(/available: requested/);
  });
});

describe('users', () => {
  it('answers an account with the type the state gives it', async () => {
    emulator.state.accounts['ops-runner'] = 'Bot';
    const human = await get(emulator, '/users/carol');
    expect(human.status).toBe(200);
    expect(human.body).toMatchObject({ login: 'carol', type: 'User' });
    expect((await get(emulator, '/users/ops-runner')).body).toMatchObject({ login: 'ops-runner', type: 'Bot' });
    expect((await get(emulator, '/users/deploy[bot]')).body).toMatchObject({ type: 'Bot' });
  });
});
