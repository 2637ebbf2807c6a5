// smoke-test end to end: the bundle run as the runner runs it, against real HTTP services
// on 127.0.0.1 and real child processes. The emulator serves the policy file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { emulatorPerTest } from './helpers/emulator-per-test';
import { type ActionRun, runAction, shaOf } from './helpers/run-action';
import { json, startService, type TestService, textBody } from './helpers/service';

const SHA = shaOf('deployed');
const POLICY = '.repo/policy/release.yml';
const SMOKE_TOKEN = 'sk-live-4f9a8b7c6d5e';

let emulator: Emulator;
let service: TestService;

emulatorPerTest(
  () => ({ commits: [{ sha: SHA, message: 'Deploy', files: ['README.md'] }], branches: { main: SHA }, files: { [SHA]: { 'README.md': '#\n' } } }),
  (started) => (emulator = started),
);

beforeEach(async () => {
  service = await startService({
    '/healthz': json(200, { status: 'up', build: { version: '1.4.0' }, checks: [{ name: 'db', ok: true }] }, { 'x-release': 'v1.4.0' }),
    '/flaky': (_request, response, hits) => void (hits <= 2 ? response.writeHead(503).end('warming up') : response.writeHead(200).end('ok')),
    '/slow': (_request, response) => void setTimeout(() => response.writeHead(200).end('ok'), 1500),
    '/wrong': textBody(200, 'maintenance mode: come back later'),
    '/moved': textBody(302, '', { location: '/healthz' }),
    '/broken': textBody(500, 'internal error'),
    '/flap': (_request, response, hits) => void (hits % 2 === 1 ? response.writeHead(200).end('ok') : response.writeHead(500).end('flap')),
    '/statuses': json(200, { items: [{ status: 'up' }, { status: 'down' }, { status: 'up' }] }),
    '/echo': (request, response) => void response.writeHead(500, { 'content-type': 'text/plain' }).end(`you sent ${request.headers.authorization}`),
  });
});

afterEach(async () => {
  await service.stop();
});

function smoke(inputs: Record<string, string>, env: Record<string, string> = {}, whileRunning?: () => void) {
  return runAction('smoke-test', {
    apiUrl: emulator.url,
    sha: SHA,
    inputs: { url: service.url, ...inputs },
    env: { NODE: process.execPath, ...env },
    whileRunning,
  });
}

const results = (run: ActionRun) =>
  run.json('results') as { name: string; passed: boolean; attempts: number; lastStatus: string; reason?: string; latencyMs?: number }[];
const byName = (run: ActionRun, name: string) => results(run).find((result) => result.name === name)!;

describe('smoke-test', () => {
  it('passes HTTP and command checks with their assertions, and reports each', async () => {
    const run = await smoke({
      checks: `
- name: health
  url: /healthz
  expect:
    status: [200, 204]
    body-contains: up
    json: { "$.status": up, "$.build.version": { matches: "^1\\\\.4" }, "$.checks[0].ok": true, "$.missing": { exists: false } }
    headers: { x-release: v1.4.0, content-type: { matches: json } }
    max-latency-ms: 5000
- name: migrations
  run: ["\${NODE}", "-e", "console.log('schema up to date')"]
  expect: { exit-code: 0, output-contains: up to date }
`,
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(results(run).map(({ name, passed, attempts, lastStatus }) => ({ name, passed, attempts, lastStatus }))).toEqual([
      { name: 'health', passed: true, attempts: 1, lastStatus: '200' },
      { name: 'migrations', passed: true, attempts: 1, lastStatus: 'exit 0' },
    ]);
    expect(run.summary).toContain('Smoke tests: passed ✅ (2 of 2)');
    expect(run.summary).toContain('<th>Check</th><th>Attempts</th><th>Last status</th><th>Latency</th><th>Verdict</th>');
  });

  it('retries until a flaky service recovers', async () => {
    const run = await smoke({ checks: '- { name: flaky, url: /flaky, retries: 4, expect: { body-contains: ok } }' });
    expect(run.exitCode).toBe(0);
    expect(byName(run, 'flaky')).toMatchObject({ passed: true, attempts: 3 });
    expect(service.hits.get('/flaky')).toBe(3);
  });

  it('waits for a service that is down and then comes up', async () => {
    await service.stop();
    // Counted from the step's start, and long enough for a loaded machine to reach its first attempt before.
    const run = await smoke({ checks: '- { name: health, url: /healthz, retries: 8 }' }, {}, () => void setTimeout(() => void service.start(), 2500));
    expect(run.exitCode).toBe(0);
    const health = byName(run, 'health');
    expect(health.passed).toBe(true);
    expect(health.attempts).toBeGreaterThan(1);
  });

  it('fails a check that does not recover, with expected and got', async () => {
    const run = await smoke({ checks: '- { name: home, url: /wrong, retries: 1, expect: { body-contains: Welcome } }' });
    expect(run.exitCode).toBe(1);
    expect(byName(run, 'home')).toMatchObject({
      passed: false,
      attempts: 2,
      reason: 'body does not contain "Welcome"; got "maintenance mode: come back later"',
    });
    expect(run.annotations.at(-1)?.message).toBe(
      `Smoke tests failed: 1 critical check did not pass\n  - home (GET ${service.url}/wrong), 2 attempts: body does not contain "Welcome"; got "maintenance mode: come back later"`,
    );
  });

  it('respects the suite deadline across retries', async () => {
    emulator.state.files[SHA]![POLICY] = 'smoke-test:\n  deadline-seconds: 1\n  retry-delay-ms: 100\n';
    const run = await smoke({ checks: '- { name: broken, url: /broken, retries: 100 }' });
    expect(run.exitCode).toBe(1);
    const broken = byName(run, 'broken');
    // The last attempt either failed on its own or was cut short by the deadline itself.
    expect(broken.reason).toMatch(
      /^the suite deadline passed after \d+ attempts?; last: (status 500, expected 2xx; body "internal error"|no response before the suite deadline)$/,
    );
    expect(broken.attempts).toBeLessThan(20);
  });

  it('cuts an attempt short at its timeout', async () => {
    const run = await smoke({ checks: '- { name: slow, url: /slow, retries: 0, timeout-ms: 300 }' });
    expect(byName(run, 'slow')).toMatchObject({ passed: false, lastStatus: 'no response within 300 ms' });
  });

  it('follows redirects, or asserts on them when told not to', async () => {
    const run = await smoke({
      checks: `
- { name: followed, url: /moved, expect: { json: { "$.status": up } } }
- { name: not-followed, url: /moved, follow-redirects: false, expect: { status: 302, headers: { location: /healthz } } }
`,
    });
    expect(run.exitCode).toBe(0);
    expect(results(run).map((result) => result.lastStatus)).toEqual(['200', '302']);
  });

  it('annotates a failing warn check without failing the step', async () => {
    const run = await smoke({ checks: '- { name: optional, url: /broken, retries: 0, severity: warn }\n- { name: health, url: /healthz }' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.annotations).toContainEqual({
      level: 'warning',
      message: 'optional: status 500, expected 2xx; body "internal error"',
      properties: { title: 'Smoke check (warn)' },
    });
    expect(run.summary).toContain('1 warning');
  });

  it('fails a command check on its exit code and at its timeout', async () => {
    const run = await smoke({
      checks: `
- { name: exit, run: ["\${NODE}", "-e", "console.log('2 migrations pending'); process.exit(2)"], retries: 0 }
- { name: hang, run: ["\${NODE}", "-e", "setTimeout(() => {}, 60000)"], retries: 0, timeout-ms: 300 }
`,
    });
    expect(run.exitCode).toBe(1);
    expect(byName(run, 'exit').reason).toBe('exit code 2, expected 0; output "2 migrations pending"');
    expect(byName(run, 'hang')).toMatchObject({ lastStatus: 'timed out', reason: 'no result within 300 ms' });
  });

  it('masks secrets from headers and URL credentials in logs, summary and outputs', async () => {
    const run = await smoke(
      {
        checks: `
- name: echo
  url: /echo
  retries: 0
  headers: { Authorization: "Bearer \${SMOKE_TOKEN}" }
- name: credentials
  url: http://deployer:hunter2-secret@127.0.0.1:${service.port}/healthz
`,
      },
      { SMOKE_TOKEN },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::add-mask::Bearer ${SMOKE_TOKEN}`);
    expect(run.stdout).toContain('::add-mask::hunter2-secret');
    const written = run.summary + JSON.stringify(run.outputs) + run.annotations.map((annotation) => annotation.message).join('\n');
    expect(written).not.toContain(SMOKE_TOKEN);
    expect(written).not.toContain('hunter2-secret');
    // The whole header value is a secret, so it is masked whole.
    expect(byName(run, 'echo').reason).toBe('status 500, expected 2xx; body "you sent ***"');
    expect(results(run).find((result) => result.name === 'credentials')).toBeDefined();
    expect(run.summary).toContain(`GET http://127.0.0.1:${service.port}/healthz`);
  });

  it('names the check for bad definitions: an invalid URL, a negative retry count, an unknown assertion', async () => {
    const run = await smoke({
      checks: `
- { name: api, url: "ftp://example.com/health" }
- { name: db, url: /healthz, retries: -1 }
- { name: web, url: /healthz, expect: { body-containz: ok } }
- { name: job, run: [./check], expect: { status: 200 } }
`,
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((annotation) => annotation.level === 'error').at(-1)?.message).toBe(
      [
        'The release policy cannot be used:',
        // The runner hands the input over trimmed, so the first check stands on line 1.
        '  input `checks`:1:21 [0].url: expected an http(s) URL or a path starting with /; got "ftp://example.com/health" (in "api")',
        '  input `checks`:2:39 [1].retries: expected at least 0; got -1 (in "db")',
        '  input `checks`:3:41 [2].expect.body-containz: unknown key; did you mean "body-contains"? (in "web")',
        '  input `checks`:4:50 [3].expect.status: applies to HTTP checks (url), not command checks (in "job")',
      ].join('\n'),
    );
    expect(service.hits.size).toBe(0);
  });

  it('evaluates JSON paths as RFC 9535: every selected node must hold, and exists: false means none is selected', async () => {
    const run = await smoke({
      checks: `
- { name: all-ok, url: /healthz, retries: 0, expect: { json: { "$.checks[*].ok": true, "$..version": "1.4.0", "$.checks[?@.name == 'db'].ok": true } } }
- { name: none-down, url: /healthz, retries: 0, expect: { json: { "$.checks[*].name": { exists: false } } } }
- { name: each-matches, url: /statuses, retries: 0, expect: { json: { "$.items[*].status": { matches: "^up$" } } } }
`,
    });
    expect(results(run).map(({ name, passed, reason }) => ({ name, passed, reason }))).toEqual([
      { name: 'all-ok', passed: true, reason: undefined },
      { name: 'none-down', passed: false, reason: '$.checks[*].name is "db", expected it not to exist' },
      { name: 'each-matches', passed: false, reason: '$.items[*].status: 1 of 3 values fail, expected to match /^up$/: $.items[1].status is "down"' },
    ]);
  });

  it('rejects a JSON path that is not RFC 9535 as a definition error naming the check, before any request', async () => {
    const run = await smoke({ checks: `- { name: api, url: /healthz, expect: { json: { "$.items[": 1, "$[?nope(@)]": true } } }` });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.at(-1)?.message).toBe(
      [
        'The smoke checks cannot run:',
        `  check "api": expect.json path "$.items[" is not a JSONPath (RFC 9535): unclosed bracketed selection ('$.items[':8); write it like $.items[*].status or $.checks[?@.name == 'db'].ok`,
        `  check "api": expect.json path "$[?nope(@)]" is not a JSONPath (RFC 9535): no such function 'nope' ('$[?nope(@':3); write it like $.items[*].status or $.checks[?@.name == 'db'].ok`,
      ].join('\n'),
    );
    expect(service.hits.size).toBe(0);
  });

  it('says what is missing when a variable is not set', async () => {
    const run = await smoke({ checks: '- { name: api, url: /healthz, headers: { X-Key: "${API_KEY}" } }' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.at(-1)?.message).toBe(
      'The smoke checks cannot run:\n  check "api": ${API_KEY} is not set in the step\'s environment (add it under env:)',
    );
  });

  it('reads checks from the policy file, with file and line in errors', async () => {
    emulator.state.files[SHA]![POLICY] =
      'smoke-test:\n  checks:\n    - name: health\n      url: /healthz\n      expect: { json: { "$.status": down } }\n      retries: 0\n';
    const run = await smoke({});
    expect(run.exitCode).toBe(1);
    expect(byName(run, 'health').reason).toBe('$.status is "up", expected "down"');

    emulator.state.files[SHA]![POLICY] = 'smoke-test:\n  checks:\n    - name: health\n      url: /healthz\n      retrys: 2\n';
    const invalid = await smoke({});
    expect(invalid.annotations[0]).toMatchObject({
      message: 'smoke-test.checks[0].retrys: unknown key; did you mean "retries"? (in "health")',
      properties: { file: POLICY, line: '5', col: '7' },
    });
  });

  it('posts the verdict as the deployment status when given a deployment id', async () => {
    emulator.state.deployments.push({ id: 4242, sha: SHA, ref: 'main', task: 'deploy', environment: 'staging', statuses: [{ state: 'in_progress' }] });
    const passing = await smoke({ checks: '- { name: health, url: /healthz }', 'deployment-id': '4242' });
    expect(passing.exitCode).toBe(0);
    const failing = await smoke({ checks: '- { name: broken, url: /broken, retries: 0 }', 'deployment-id': '4242' });
    expect(failing.exitCode).toBe(1);
    const statuses = emulator.state.deployments[0]!.statuses;
    expect(statuses.map((status) => status.state)).toEqual(['in_progress', 'success', 'failure']);
    expect(statuses[1]).toMatchObject({ log_url: 'https://github.com/octo-org/widgets/actions/runs/7000001', description: 'Smoke tests: passed ✅ (1 of 1)' });
  });

  it('waits for the service to answer during warm-up before the first attempt', async () => {
    emulator.state.files[SHA]![POLICY] = 'smoke-test:\n  warm-up-seconds: 10\n';
    await service.stop();
    setTimeout(() => void service.start(), 1000);
    const run = await smoke({ checks: '- { name: health, url: /healthz, retries: 0 }' });
    expect(run.exitCode).toBe(0);
    expect(byName(run, 'health')).toMatchObject({ passed: true, attempts: 1 });
    expect(run.summary).toMatch(/the service answered after \d+ ms of warm-up/);
  });

  it('needs consecutive passes from a flapping service when a stability window is set', async () => {
    emulator.state.files[SHA]![POLICY] = 'smoke-test:\n  retry-delay-ms: 50\n';
    const run = await smoke({ checks: '- { name: flap, url: /flap, retries: 2, stable-passes: 2 }' });
    expect(run.exitCode).toBe(1);
    // pass, fail (window resets), pass, fail, pass, fail: three failures exhaust two retries.
    expect(byName(run, 'flap')).toMatchObject({ passed: false, attempts: 6, reason: 'status 500, expected 2xx; body "flap"' });

    const steady = await smoke({ checks: '- { name: health, url: /healthz, stable-passes: 3 }' });
    expect(byName(steady, 'health')).toMatchObject({ passed: true, attempts: 3 });
  });
});
