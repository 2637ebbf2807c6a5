import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../helpers/emulator-per-test';
import type { Emulator, EmulatorState } from './index';
import { get, post, REPO, REPO_BY_ID, sha } from './test-client';

/** main at commit 4 (statuses all green), a tag at 2, a failed check on the release branch at 3. */
function fixture(): Partial<EmulatorState> {
  return {
    commits: [1, 2, 3, 4].map((n) => ({ sha: sha(n), message: `commit ${n}`, author: 'bob', files: n === 3 ? ['src/a.ts'] : [] })),
    branches: { main: sha(4), release: sha(3) },
    tags: { 'v1.0.0': sha(2) },
    files: { [sha(2)]: { 'src/a.ts': 'one\n' }, [sha(3)]: { 'src/a.ts': 'one\ntwo\n' } },
    checkRuns: [{ head_sha: sha(3), name: 'build', status: 'completed', conclusion: 'failure' }],
    statuses: [
      { sha: sha(4), context: 'ci/unit', state: 'pending' },
      { sha: sha(4), context: 'ci/unit', state: 'success' },
    ],
  };
}

let emulator: Emulator;
emulatorPerTest(fixture, (started) => (emulator = started));

describe('deployments', () => {
  it('list: newest first, exact filters, Link header across more than 30', async () => {
    emulator.state.deployments = Array.from({ length: 35 }, (_, i) => ({
      id: 1 + i,
      sha: sha(i % 2 ? 4 : 2),
      ref: i % 2 ? 'main' : 'v1.0.0',
      task: 'deploy',
      environment: i < 33 ? 'staging' : 'production',
      statuses: [],
    }));
    const first = await get(emulator, `${REPO}/deployments`);
    expect(first.body.map((d: any) => d.id)).toEqual(Array.from({ length: 30 }, (_, i) => 35 - i));
    expect(first.link).toBe(`<${emulator.url}${REPO_BY_ID}/deployments?page=2>; rel="next", <${emulator.url}${REPO_BY_ID}/deployments?page=2>; rel="last"`);
    expect((await get(emulator, `${REPO_BY_ID}/deployments?page=2`)).body.map((d: any) => d.id)).toEqual([5, 4, 3, 2, 1]);

    const production = await get(emulator, `${REPO}/deployments?environment=production`);
    expect(production.body.map((d: any) => [d.id, d.environment, d.production_environment])).toEqual([
      [35, 'production', true],
      [34, 'production', true],
    ]);
    expect(production.link).toBeNull();
    const staging = await get(emulator, `${REPO}/deployments?environment=staging&per_page=100`);
    expect(staging.body).toHaveLength(33);
    expect(staging.body.every((d: any) => d.environment === 'staging' && d.production_environment === false)).toBe(true);
    expect((await get(emulator, `${REPO}/deployments?environment=Staging`)).body).toEqual([]);
    const byRef = await get(emulator, `${REPO}/deployments?ref=main&sha=${sha(4)}&per_page=100`);
    expect(byRef.body.map((d: any) => d.id)).toEqual([34, 32, 30, 28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2]);
    expect((await get(emulator, `${REPO}/deployments?task=deploy:migrations`)).body).toEqual([]);
  });

  it('get: every field, defaults from the state; 404 when unknown', async () => {
    emulator.state.deployments = [
      { id: 7, sha: sha(2), ref: 'v1.0.0', task: 'deploy', environment: 'staging', payload: '{"a":1}', statuses: [{ state: 'success' }] },
    ];
    const { status, body } = await get(emulator, `${REPO}/deployments/7`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      url: `${emulator.url}${REPO}/deployments/7`,
      id: 7,
      sha: sha(2),
      ref: 'v1.0.0',
      task: 'deploy',
      payload: '{"a":1}',
      original_environment: 'staging',
      environment: 'staging',
      description: null,
      creator: { login: 'github-actions[bot]', type: 'Bot' },
      statuses_url: `${emulator.url}${REPO}/deployments/7/statuses`,
      repository_url: `${emulator.url}${REPO}`,
      transient_environment: false,
      production_environment: false,
    });
    // updated_at follows the newest status, a minute after creation by default.
    expect(Date.parse(body.updated_at) - Date.parse(body.created_at)).toBe(60_000);
    expect((await get(emulator, `${REPO}/deployments/8`)).status).toBe(404);
    expect((await get(emulator, `${REPO}/deployments/8/statuses`)).status).toBe(404);
  });

  it('create: 201 at the resolved ref, token user as creator, GitHub’s defaults; then listed', async () => {
    emulator.state.tokenUser = { login: 'release-bot' };
    const before = Date.now() - 1000;
    const created = await post(emulator, `${REPO}/deployments`, {
      ref: 'v1.0.0',
      environment: 'staging',
      payload: { rollback: true },
      description: 'Roll back',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: 1000,
      sha: sha(2),
      ref: 'v1.0.0',
      task: 'deploy',
      environment: 'staging',
      original_environment: 'staging',
      payload: { rollback: true },
      description: 'Roll back',
      creator: { login: 'release-bot', type: 'User' },
      production_environment: false,
      transient_environment: false,
    });
    expect(Date.parse(created.body.created_at)).toBeGreaterThanOrEqual(before);
    expect(created.body.updated_at).toBe(created.body.created_at);
    expect(emulator.state.deployments).toEqual([expect.objectContaining({ id: 1000, sha: sha(2), creator: { login: 'release-bot' } })]);

    // Defaults: production (a production environment), task deploy; ids continue from the highest.
    const second = await post(emulator, `${REPO}/deployments`, { ref: sha(4).slice(0, 7), task: 'deploy:migrations', payload: 'raw' });
    expect(second.body).toMatchObject({
      id: 1001,
      sha: sha(4),
      ref: sha(4).slice(0, 7),
      environment: 'production',
      production_environment: true,
      task: 'deploy:migrations',
      payload: 'raw',
      description: '',
    });
    expect((await get(emulator, `${REPO}/deployments`)).body.map((d: any) => d.id)).toEqual([1001, 1000]);
    expect((await get(emulator, `${REPO}/deployments/1000`)).body).toMatchObject({ id: 1000, creator: { login: 'release-bot' } });
    emulator.state.deployments.push({ id: 5000, sha: sha(1), ref: 'main', task: 'deploy', environment: 'qa', statuses: [] });
    expect((await post(emulator, `${REPO}/deployments`, { ref: 'main' })).body.id).toBe(5001);
  });

  it('create: 422 for an unknown ref or a missing one', async () => {
    const unknown = await post(emulator, `${REPO}/deployments`, { ref: 'no-such-branch' });
    expect(unknown).toMatchObject({ status: 422, body: { message: 'No ref found for: no-such-branch' } });
    expect((await post(emulator, `${REPO}/deployments`, {})).body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Deployment', field: 'ref' }],
    });
    expect((await post(emulator, `${REPO}/deployments`, { ref: 'main', payload: [1] })).status).toBe(422);
    expect(emulator.state.deployments).toEqual([]);
  });

  it('create: 409 while a check of the commit failed, unless required_contexts is []', async () => {
    const refused = await post(emulator, `${REPO}/deployments`, { ref: 'release' });
    expect(refused).toMatchObject({
      status: 409,
      body: {
        message: 'Conflict: Commit status checks failed for release.',
        errors: [{ resource: 'Deployment', field: 'required_contexts', code: 'invalid', contexts: [{ context: 'build', state: 'failure' }] }],
      },
    });
    expect(emulator.state.deployments).toEqual([]);
    // Naming only contexts that passed (or none) lets it through; naming a missing one does not.
    expect((await post(emulator, `${REPO}/deployments`, { ref: 'release', required_contexts: ['lint'] })).body.errors[0].contexts).toEqual([
      { context: 'lint', state: 'pending' },
    ]);
    const forced = await post(emulator, `${REPO}/deployments`, { ref: 'release', required_contexts: [] });
    expect(forced).toMatchObject({ status: 201, body: { sha: sha(3), ref: 'release' } });
    // The newest status of each context counts: main's ci/unit went from pending to success.
    expect((await post(emulator, `${REPO}/deployments`, { ref: 'main' })).status).toBe(201);
    emulator.state.statuses.push({ sha: sha(4), context: 'ci/e2e', state: 'pending' });
    expect((await post(emulator, `${REPO}/deployments`, { ref: 'main' })).body.errors[0].contexts).toEqual([
      { context: 'ci/unit', state: 'success' },
      { context: 'ci/e2e', state: 'pending' },
    ]);
  });
});

describe('deployment statuses', () => {
  const deploy = async (ref: string, environment: string, extra: Record<string, unknown> = {}) =>
    (await post(emulator, `${REPO}/deployments`, { ref, environment, required_contexts: [], ...extra })).body.id as number;
  const states = async (id: number) => (await get(emulator, `${REPO}/deployments/${id}/statuses`)).body.map((s: any) => s.state);

  it('create appends with the token user; the list is newest first and paginated', async () => {
    const id = await deploy('main', 'staging');
    const queued = await post(emulator, `${REPO}/deployments/${id}/statuses`, { state: 'queued' });
    expect(queued.status).toBe(201);
    expect(queued.location).toBe(queued.body.url);
    const done = await post(emulator, `${REPO}/deployments/${id}/statuses`, {
      state: 'success',
      log_url: 'https://ci.example.com/run/1',
      environment_url: 'https://staging.example.com',
      description: 'Deployed',
    });
    expect(done.body).toMatchObject({
      state: 'success',
      description: 'Deployed',
      environment: 'staging',
      log_url: 'https://ci.example.com/run/1',
      target_url: 'https://ci.example.com/run/1',
      environment_url: 'https://staging.example.com',
      deployment_url: `${emulator.url}${REPO}/deployments/${id}`,
      repository_url: `${emulator.url}${REPO}`,
      creator: { login: 'github-actions[bot]', type: 'Bot' },
      url: `${emulator.url}${REPO}/deployments/${id}/statuses/${done.body.id}`,
    });
    expect(done.body.id).not.toBe(queued.body.id);
    const list = await get(emulator, `${REPO}/deployments/${id}/statuses`);
    expect(list.body.map((s: any) => [s.id, s.state])).toEqual([
      [done.body.id, 'success'],
      [queued.body.id, 'queued'],
    ]);
    expect(list.body[1]).not.toHaveProperty('log_url');
    expect((await get(emulator, `${REPO}/deployments/${id}`)).body.updated_at).toBe(done.body.created_at);

    for (let i = 0; i < 31; i++) emulator.state.deployments[0]!.statuses.push({ state: 'in_progress', description: `step ${i}` });
    const page = await get(emulator, `${REPO}/deployments/${id}/statuses`);
    expect(page.body[0].description).toBe('step 30');
    expect(page.link).toContain('rel="next"');
    expect((await get(emulator, `${REPO}/deployments/${id}/statuses?page=2`)).body.map((s: any) => s.state)).toEqual(['in_progress', 'success', 'queued']);
  });

  it('create: 422 for an invalid or missing state; 404 for an unknown deployment', async () => {
    const id = await deploy('main', 'staging');
    const invalid = await post(emulator, `${REPO}/deployments/${id}/statuses`, { state: 'done' });
    expect(invalid).toMatchObject({
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'DeploymentStatus', field: 'state', code: 'invalid' }] },
    });
    expect((await post(emulator, `${REPO}/deployments/${id}/statuses`, {})).body.errors[0]).toMatchObject({ field: 'state', code: 'missing_field' });
    expect((await post(emulator, `${REPO}/deployments/${id}/statuses`, { state: 'success', description: 'x'.repeat(141) })).status).toBe(422);
    expect(emulator.state.deployments[0]!.statuses).toEqual([]);
    expect((await post(emulator, `${REPO}/deployments/999/statuses`, { state: 'success' })).status).toBe(404);
  });

  it('success with auto_inactive retires prior successful non-production deployments of the same environment only', async () => {
    const old = await deploy('v1.0.0', 'staging');
    const failed = await deploy('v1.0.0', 'staging');
    const transient = await deploy('v1.0.0', 'staging', { transient_environment: true });
    const elsewhere = await deploy('v1.0.0', 'qa');
    const current = await deploy('main', 'staging');
    // Set up without auto_inactive, so these successes retire nothing yet.
    for (const id of [old, transient, elsewhere]) await post(emulator, `${REPO}/deployments/${id}/statuses`, { state: 'success', auto_inactive: false });
    await post(emulator, `${REPO}/deployments/${failed}/statuses`, { state: 'failure' });

    // Not on other states, nor when auto_inactive is false.
    await post(emulator, `${REPO}/deployments/${current}/statuses`, { state: 'in_progress' });
    await post(emulator, `${REPO}/deployments/${current}/statuses`, { state: 'success', auto_inactive: false });
    expect(await states(old)).toEqual(['success']);

    await post(emulator, `${REPO}/deployments/${current}/statuses`, { state: 'success' });
    const retired = (await get(emulator, `${REPO}/deployments/${old}/statuses`)).body;
    expect(retired.map((s: any) => s.state)).toEqual(['inactive', 'success']);
    expect(retired[0]).toMatchObject({ environment: 'staging', creator: { login: 'github-actions[bot]' }, description: '' });
    expect(await states(failed)).toEqual(['failure']);
    expect(await states(transient)).toEqual(['success']);
    expect(await states(elsewhere)).toEqual(['success']);
    expect(await states(current)).toEqual(['success', 'success', 'in_progress']);

    // A later deployment is not "prior": retiring only looks back.
    const newer = await deploy('main', 'staging');
    await post(emulator, `${REPO}/deployments/${newer}/statuses`, { state: 'success' });
    await post(emulator, `${REPO}/deployments/${old}/statuses`, { state: 'success' });
    expect(await states(newer)).toEqual(['success']);
    expect(await states(current)).toEqual(['inactive', 'success', 'success', 'in_progress']);
  });

  it('auto_inactive leaves production environments alone, as the spec says', async () => {
    const first = await deploy('v1.0.0', 'production');
    const flagged = await deploy('v1.0.0', 'live', { production_environment: true });
    await post(emulator, `${REPO}/deployments/${first}/statuses`, { state: 'success' });
    await post(emulator, `${REPO}/deployments/${flagged}/statuses`, { state: 'success' });
    const rollback = await deploy('v1.0.0', 'production');
    await post(emulator, `${REPO}/deployments/${rollback}/statuses`, { state: 'success' });
    const liveAgain = await deploy('main', 'live', { production_environment: true });
    await post(emulator, `${REPO}/deployments/${liveAgain}/statuses`, { state: 'success' });
    expect(await states(first)).toEqual(['success']);
    expect(await states(flagged)).toEqual(['success']);
    // Retiring production deployments takes an explicit inactive status.
    await post(emulator, `${REPO}/deployments/${first}/statuses`, { state: 'inactive' });
    expect(await states(first)).toEqual(['inactive', 'success']);
  });

  it('a status may move the deployment to another environment; later ones keep it', async () => {
    const id = await deploy('main', 'staging');
    await post(emulator, `${REPO}/deployments/${id}/statuses`, { state: 'queued' });
    const moved = await post(emulator, `${REPO}/deployments/${id}/statuses`, { state: 'in_progress', environment: 'qa' });
    expect(moved.body.environment).toBe('qa');
    expect((await post(emulator, `${REPO}/deployments/${id}/statuses`, { state: 'success' })).body.environment).toBe('qa');
    expect((await get(emulator, `${REPO}/deployments/${id}`)).body).toMatchObject({ environment: 'qa', original_environment: 'staging' });
    expect((await get(emulator, `${REPO}/deployments?environment=qa`)).body.map((d: any) => d.id)).toEqual([id]);
    // The status listed before the move keeps its environment.
    expect((await get(emulator, `${REPO}/deployments/${id}/statuses`)).body.map((s: any) => s.environment)).toEqual(['qa', 'qa', 'staging']);
  });
});

describe('single commit', () => {
  it('by tag, branch and sha, with files and stats; 422 for unknown refs', async () => {
    const tagged = await get(emulator, `${REPO}/commits/v1.0.0`);
    expect(tagged.status).toBe(200);
    expect(tagged.body).toMatchObject({ sha: sha(2), commit: { message: 'commit 2' }, parents: [{ sha: sha(1) }], files: [], stats: { total: 0 } });
    expect((await get(emulator, `${REPO}/commits/tags/v1.0.0`)).body.sha).toBe(sha(2));
    const release = await get(emulator, `${REPO}/commits/release`);
    expect(release.body).toMatchObject({ sha: sha(3), author: { login: 'bob' }, stats: { additions: 1, deletions: 0, total: 1 } });
    expect(release.body.files).toEqual([
      expect.objectContaining({ filename: 'src/a.ts', status: 'modified', additions: 1, deletions: 0, patch: expect.stringContaining('+two') }),
    ]);
    expect((await get(emulator, `${REPO}/commits/${sha(4).slice(0, 7)}`)).body.sha).toBe(sha(4));
    // Slashes in branch names belong to {ref}.
    emulator.state.branches['feature/x'] = sha(1);
    expect((await get(emulator, `${REPO}/commits/feature/x`)).body).toMatchObject({ sha: sha(1), parents: [] });
    const unknown = await get(emulator, `${REPO}/commits/nope`);
    expect(unknown).toMatchObject({ status: 422, body: { message: 'No commit found for SHA: nope' } });
    // A sha outside the history still resolves, without author or parents.
    expect((await get(emulator, `${REPO}/commits/${sha(9)}`)).body).toMatchObject({ sha: sha(9), author: null, parents: [], files: [] });
    // The more specific commit routes still win.
    expect((await get(emulator, `${REPO}/commits/main/statuses`)).body.map((s: any) => s.context)).toEqual(['ci/unit', 'ci/unit']);
  });
});
