// The secret-leak corpus: smoke-test (the bundle, run as the runner runs it) against real
// services on 127.0.0.1 that echo what they receive in hostile ways: raw, URL-encoded,
// JSON-escaped, in a response header, and deep in a long body. For every way a secret can
// reach the action (URL password of the base URL, token as URL user name, ${VAR} in a
// header, a literal secret-looking header, an Authorization value the workflow filled in),
// no form of it may appear in anything a reader sees: stdout (less `::add-mask::` lines),
// stderr, the job summary, every output, and the annotations.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator';
import { emulatorPerTest } from '../helpers/emulator-per-test';
import { type ActionRun, runAction, shaOf } from '../helpers/run-action';
import { type Handler, startService, type TestService } from '../helpers/service';

const SHA = shaOf('deployed');
let emulator: Emulator;
let service: TestService;

emulatorPerTest(
  () => ({ commits: [{ sha: SHA, message: 'Deploy', files: ['README.md'] }], branches: { main: SHA }, files: { [SHA]: { 'README.md': '#\n' } } }),
  (started) => (emulator = started),
);

/**
 * Everything the request carried that could be a credential, decoded where it was encoded;
 * the most secret part first (it is the one the long body's snippet cuts in half).
 */
function received(request: Parameters<Handler>[0]): string[] {
  const values: string[] = [];
  const authorization = request.headers.authorization;
  if (authorization) {
    const [scheme, credentials = ''] = authorization.split(' ');
    if (scheme === 'Basic') values.push(...Buffer.from(credentials, 'base64').toString('utf8').split(':').reverse());
    values.push(credentials);
  }
  for (const name of ['x-api-key', 'x-session-token']) {
    const value = request.headers[name];
    if (typeof value === 'string') values.push(value);
  }
  const url = request.url ?? '';
  if (url.includes('?')) values.push(url.slice(url.indexOf('?') + 1));
  values.push(authorization ?? '', url);
  return values.filter(Boolean);
}

/** Each route fails the check and echoes the credentials back its own way. */
const ECHOES: Record<string, Handler> = {
  '/raw': (request, response) => void response.writeHead(500, { 'content-type': 'text/plain' }).end(`you sent ${received(request).join(' | ')}`),
  '/url-encoded': (request, response) =>
    void response.writeHead(500, { 'content-type': 'text/plain' }).end(`you sent ${received(request).map(encodeURIComponent).join('&')}`),
  '/json': (request, response) => void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ got: received(request) })),
  // 108 characters first, so a 120-character snippet cuts the first credential after 12 of its characters.
  '/long': (request, response) =>
    void response.writeHead(500, { 'content-type': 'text/plain' }).end(`${'.'.repeat(108)}${received(request).join(' ')}${'.'.repeat(200)}`),
  '/header': (request, response) => void response.writeHead(200, { 'x-echo': received(request).join(' ') }).end('ok'),
};

/** One check per echo, each failing and quoting what came back. */
const echoChecks = (url: (path: string) => string, extra = '') =>
  [
    `- { name: raw, url: "${url('/raw')}", retries: 0${extra} }`,
    `- { name: url-encoded, url: "${url('/url-encoded')}", retries: 0${extra} }`,
    `- { name: json, url: "${url('/json')}", retries: 0${extra}, expect: { json: { "$.got[0]": nothing, "$.got[*]": { matches: "^nothing$" } } } }`,
    `- { name: long, url: "${url('/long')}", retries: 0${extra} }`,
    `- { name: header, url: "${url('/header')}", retries: 0${extra}, expect: { headers: { x-echo: nothing } } }`,
  ].join('\n');

beforeEach(async () => {
  service = await startService(ECHOES);
});

afterEach(async () => {
  await service.stop();
});

/** The forms a secret takes on the wire and in reports, computed here independently of the product. */
function formsOf(secret: string): string[] {
  const userinfo = new URL('http://host/');
  userinfo.password = secret;
  const inUrl = [secret, userinfo.password, new URL(`http://host/?${secret}`).search.slice(1)];
  return inUrl.flatMap((form) => [
    form,
    encodeURIComponent(form),
    encodeURIComponent(form).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    new URLSearchParams({ s: form }).toString().slice(2),
    JSON.stringify(form).slice(1, -1),
    JSON.stringify(JSON.stringify(form)).slice(3, -3),
  ]);
}

const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');
const htmlUnescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const jsonUnescape = (text: string) => text.replace(/\\(["\\/])/g, '$1');
const unescapeCommand = (value: string) => value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/** What a reader of the step sees, also read through the escapes it is written in. */
function readerViews(run: ActionRun): string[] {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const seen = [stdout, run.stderr, run.summary, ...Object.values(run.outputs), ...run.annotations.map((annotation) => annotation.message)].join('\n');
  return [seen, htmlUnescape(seen), jsonUnescape(seen), jsonUnescape(jsonUnescape(seen))];
}

/** Any 8 consecutive characters of any form: half a secret is a leak too. */
function leaks(run: ActionRun, secrets: string[]): string[] {
  const views = readerViews(run);
  const found = new Set<string>();
  for (const form of secrets.flatMap(formsOf)) {
    for (let start = 0; start + 8 <= form.length; start++) {
      const window = form.slice(start, start + 8);
      if (views.some((view) => view.includes(window))) found.add(`${JSON.stringify(window)} of ${JSON.stringify(form)}`);
    }
  }
  return [...found];
}

const masked = (run: ActionRun) =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => unescapeCommand(line.slice('::add-mask::'.length)));

function smoke(checks: string, options: { url?: string; env?: Record<string, string> } = {}) {
  return runAction('smoke-test', { apiUrl: emulator.url, sha: SHA, inputs: { checks, ...(options.url ? { url: options.url } : {}) }, env: options.env ?? {} });
}

/** Every check ran against the service (so the echo happened) and failed. */
function expectEchoed(run: ActionRun) {
  expect(run.exitCode).toBe(1);
  const results = run.json('results') as { name: string; passed: boolean; lastStatus: string; reason: string }[];
  expect(results.map((result) => [result.name, result.passed])).toEqual([
    ['raw', false],
    ['url-encoded', false],
    ['json', false],
    ['long', false],
    ['header', false],
  ]);
  for (const path of Object.keys(ECHOES)) expect(service.hits.get(path)).toBe(1);
  // Each failure quotes the echo, masked: the secrets were there to leak.
  for (const result of results) expect(result.reason, result.name).toContain('***');
}

describe('smoke-test never shows a secret', () => {
  it('a password in the base URL: sent as Basic auth, every form masked', async () => {
    const password = 'p@ss w"rd\\Q7-zeta';
    const url = `http://deployer:${encodeURIComponent(password)}@127.0.0.1:${service.port}`;
    const run = await smoke(
      echoChecks((path) => path),
      { url },
    );
    expectEchoed(run);
    // The credentials reached the service as an Authorization header, not as a refused URL.
    expect(run.json('results')[0].lastStatus).toBe('500');
    expect(leaks(run, [password, basic('deployer', password)])).toEqual([]);
    expect(masked(run)).toEqual(
      expect.arrayContaining([password, encodeURIComponent(password), JSON.stringify(password).slice(1, -1), basic('deployer', password)]),
    );
    expect(run.summary).toContain(`against <code>http://127.0.0.1:${service.port}/</code>`);
  });

  it('a password in a check URL, given through a variable', async () => {
    const password = 'v4r"pa ss^word|42';
    const run = await smoke(
      echoChecks((path) => `http://ops:\${PASS}@127.0.0.1:${service.port}${path}`),
      { env: { PASS: password } },
    );
    expectEchoed(run);
    expect(leaks(run, [password, basic('ops', password)])).toEqual([]);
  });

  it('a token used as the URL user name', async () => {
    const token = 'ghu_T0kenAsUserName4242xyz';
    const run = await smoke(echoChecks((path) => `http://${token}@127.0.0.1:${service.port}${path}`));
    expectEchoed(run);
    expect(leaks(run, [token, basic(token, '')])).toEqual([]);
    expect(masked(run)).toEqual(expect.arrayContaining([token, basic(token, '')]));
  });

  it('a variable holding quotes and backslashes, shown JSON-escaped', async () => {
    const key = 'ak"quo\\te-5150/omega';
    const run = await smoke(
      echoChecks((path) => path, ', headers: { X-Api-Key: "${API_KEY}" }'),
      { url: service.url, env: { API_KEY: key } },
    );
    expectEchoed(run);
    expect(leaks(run, [key])).toEqual([]);
  });

  it('a variable in the query string, which the URL percent-encodes', async () => {
    const key = 'q key/with&amp=and"quote';
    const run = await smoke(
      echoChecks((path) => `${path}?key=\${QUERY_KEY}`),
      { url: service.url, env: { QUERY_KEY: key } },
    );
    expectEchoed(run);
    expect(leaks(run, [key])).toEqual([]);
  });

  it('a literal value in a secret-looking header (no ${VAR})', async () => {
    const run = await smoke(
      echoChecks((path) => path, ', headers: { X-Api-Key: lit3ral-K3y-0042, X-Session-Token: "sess\\"ion-0099-literal" }'),
      { url: service.url },
    );
    expectEchoed(run);
    expect(leaks(run, ['lit3ral-K3y-0042', 'sess"ion-0099-literal'])).toEqual([]);
    expect(masked(run)).toEqual(expect.arrayContaining(['lit3ral-K3y-0042', 'sess"ion-0099-literal']));
  });

  it('an Authorization value the workflow already filled in from secrets, echoed without its scheme', async () => {
    const token = 'ghs_f1lledInByW0rkflow77abc';
    const run = await smoke(
      echoChecks((path) => path, `, headers: { Authorization: "Bearer ${token}" }`),
      { url: service.url },
    );
    expectEchoed(run);
    expect(leaks(run, [`Bearer ${token}`, token])).toEqual([]);
    expect(masked(run)).toEqual(expect.arrayContaining([`Bearer ${token}`, token]));
  });
});
