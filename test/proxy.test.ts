// Self-hosted runners behind a proxy: the bundles send GitHub API calls and smoke-test's HTTP
// checks through HTTP_PROXY / HTTPS_PROXY (or their lowercase forms), and go direct to the
// hosts NO_PROXY names. Hosts ending in `.test` resolve only through the recording proxy.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { emulatorPerTest } from './helpers/emulator-per-test';
import { type RecordingProxy, startRecordingProxy } from './helpers/proxy';
import { type ActionRun, runAction, shaOf } from './helpers/run-action';
import { json, startService, type TestService } from './helpers/service';

const SHA = shaOf('deployed');

let emulator: Emulator;
let service: TestService;
let proxy: RecordingProxy;

emulatorPerTest(
  () => ({ commits: [{ sha: SHA, message: 'Deploy', files: ['README.md'] }], branches: { main: SHA }, files: { [SHA]: { 'README.md': '#\n' } } }),
  (started) => (emulator = started),
);

beforeEach(async () => {
  service = await startService({
    '/healthz': json(200, { status: 'up' }),
    // A body that never ends, its marker past the first MiB: a check reads only that MiB (as it does without a proxy).
    '/endless': (_request, response) => {
      response.writeHead(200).write('a'.repeat(1024 * 1024));
      const more = setInterval(() => response.write('MARKER'), 10);
      response.on('close', () => clearInterval(more));
    },
  });
  proxy = await startRecordingProxy();
});

afterEach(async () => {
  await Promise.all([service.stop(), proxy.stop()]);
});

/** The emulator, addressed as a remote API host only the proxy can reach. */
const remoteApiUrl = () => `http://api.github.test:${new URL(emulator.url).port}`;
const result = (run: ActionRun, name: string) =>
  (run.json('results') as { name: string; passed: boolean; reason?: string }[]).find((entry) => entry.name === name);
const NOT_RESOLVED = /^(host not found|request failed \(EAI_AGAIN\))/;

describe('behind a proxy', () => {
  it('sends the API calls and the HTTP checks through HTTP_PROXY and HTTPS_PROXY, and NO_PROXY hosts direct', async () => {
    const run = await runAction('smoke-test', {
      apiUrl: remoteApiUrl(),
      sha: SHA,
      env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'internal.test, example.org' },
      inputs: {
        checks: `
- { name: proxied, url: "http://service.test:${service.port}/healthz", expect: { json: { "$.status": up } } }
- { name: bypassed, url: "http://direct.internal.test:${service.port}/healthz", retries: 0, severity: warn }
- { name: tunnelled, url: "https://secure.service.test/healthz", retries: 0, severity: warn }
`,
      },
    });

    expect(run.exitCode).toBe(0);
    expect(result(run, 'proxied')).toMatchObject({ passed: true });
    expect(service.hits.get('/healthz')).toBe(1);
    // The policy file was read through the proxy, with the API host as the runner gave it.
    expect(proxy.seen).toContainEqual(expect.stringMatching(new RegExp(`^GET ${remoteApiUrl().replace(/\./g, '\\.')}/repos/octo-org/widgets/contents/`)));
    expect(proxy.seen).toContain(`GET http://service.test:${service.port}/healthz`);
    // https goes through a CONNECT tunnel (the proxy here refuses it: nothing answers TLS behind it).
    expect(proxy.seen).toContain('CONNECT secure.service.test:443');
    expect(result(run, 'tunnelled')).toMatchObject({ passed: false });
    // A NO_PROXY host is never sent to the proxy: it is looked up directly, and .test hosts do not resolve.
    expect(proxy.seen.filter((line) => line.includes('internal.test'))).toEqual([]);
    expect(result(run, 'bypassed')?.reason).toMatch(NOT_RESOLVED);
  });

  it('reads a body through the proxy only up to the first MiB, as it does direct, even one that never ends', async () => {
    const run = await runAction('smoke-test', {
      apiUrl: remoteApiUrl(),
      sha: SHA,
      env: { HTTP_PROXY: proxy.url },
      inputs: {
        checks: `- { name: large, url: "http://service.test:${service.port}/endless", retries: 0, timeout-ms: 3000, expect: { body-not-contains: MARKER } }`,
      },
    });

    expect(proxy.seen).toContain(`GET http://service.test:${service.port}/endless`);
    expect(run.exitCode).toBe(0);
    expect(result(run, 'large')).toMatchObject({ passed: true });
  });

  it('reads the lowercase http_proxy and no_proxy too', async () => {
    const run = await runAction('smoke-test', {
      apiUrl: remoteApiUrl(),
      sha: SHA,
      env: { http_proxy: proxy.url, no_proxy: `service.test:${service.port}` },
      inputs: { checks: `- { name: direct, url: "http://service.test:${service.port}/healthz", retries: 0 }` },
    });

    expect(run.exitCode).toBe(1);
    expect(proxy.seen.some((line) => line.startsWith(`GET ${remoteApiUrl()}/repos/octo-org/widgets/contents/`))).toBe(true);
    expect(proxy.seen.filter((line) => line.includes('service.test'))).toEqual([]);
    expect(result(run, 'direct')?.reason).toMatch(NOT_RESOLVED);
  });
});

describe('without a proxy', () => {
  /** The Node built-ins a step loaded (test/helpers/loaded-builtins.cjs). */
  async function builtinsLoaded(options: Parameters<typeof runAction>[1]): Promise<Set<string>> {
    const file = join(mkdtempSync(join(tmpdir(), 'rg-builtins-')), 'loaded');
    const preload = join(import.meta.dirname, 'helpers', 'loaded-builtins.cjs');
    const run = await runAction('smoke-test', { ...options, env: { ...options.env, NODE_OPTIONS: `--require ${preload}`, LOADED_BUILTINS_FILE: file } });
    expect(run.exitCode).toBe(0);
    return new Set(readFileSync(file, 'utf8').split('\n'));
  }
  // What undici (the proxy client, and Node's own fetch) brings and nothing else in a step needs.
  const UNDICI_ONLY = ['http2', 'worker_threads', 'zlib', 'internal/webstreams/readablestream'];

  it('never loads undici, neither through @actions/core and @actions/github nor for the checks; behind a proxy it does', async () => {
    const direct = await builtinsLoaded({
      apiUrl: emulator.url,
      sha: SHA,
      inputs: { checks: `- { name: health, url: "http://127.0.0.1:${service.port}/healthz" }` },
    });
    expect(UNDICI_ONLY.filter((name) => direct.has(name))).toEqual([]);
    const proxied = await builtinsLoaded({
      apiUrl: remoteApiUrl(),
      sha: SHA,
      env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url },
      inputs: { checks: `- { name: health, url: "http://service.test:${service.port}/healthz" }` },
    });
    expect(UNDICI_ONLY.filter((name) => proxied.has(name))).toEqual(UNDICI_ONLY);
  });
});
