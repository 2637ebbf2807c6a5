// The GitHub gateway against a misbehaving API, through every bundled action: each fault is
// one emulator switch, and each action must end within the bound with an error that names
// the request — never spin, hang or quote an HTML page. RELEASE_GOVERNANCE_TIME_SCALE
// shortens the gateway's deadlines and waits a hundredfold, so a 30 s attempt takes 0.3 s.
import { describe, expect, it } from 'vitest';
import { type Emulator, type EmulatorState, type Fault, faults, type RouteKey, startEmulator, webhookPayload } from './emulator';
import { RUN_ID, releasePullRequestEvent, releaseScenario } from './fixtures/release-scenario';
import { type ActionRun, type RunActionOptions, runAction, shaOf } from './helpers/run-action';

const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';
const POLICY_REQUEST = 'GET /repos/octo-org/widgets/contents/.repo/policy/release.yml';
const SCALED = { RELEASE_GOVERNANCE_TIME_SCALE: '0.01' };
/** 4 attempts of 0.3 s and waits of 10, 20 and 40 ms, plus Node's start: far below this. */
const BOUND_MS = 15_000;

const HEAD = shaOf('faults head');
const GOOD = shaOf('faults good');

interface ActionCase {
  action: string;
  fixture: () => Partial<EmulatorState>;
  options: () => Partial<RunActionOptions>;
  /** A list route the action pages through, for the Link loop; absent when it pages nothing. */
  listRoute?: RouteKey;
  /** The action's first request, when it is not the policy file's read: its route and how failures name it. */
  firstRequest?: { route: RouteKey; label: string; pattern: string };
}

const POLICY_READ = { route: CONTENTS, label: POLICY_REQUEST, pattern: `${POLICY_REQUEST}\\?ref=[0-9a-f]{40}` };
const firstRequestOf = (actionCase: ActionCase) => actionCase.firstRequest ?? POLICY_READ;

const deployment = (id: number, sha: string, states: EmulatorState['deployments'][number]['statuses'][number]['state'][]) => ({
  id,
  sha,
  ref: sha,
  task: 'deploy',
  environment: 'production',
  created_at: new Date(Date.UTC(2026, 10, 1) + id * 60_000).toISOString(),
  statuses: states.map((state) => ({ state })),
});

const basic = (extra: Partial<EmulatorState> = {}): Partial<EmulatorState> => ({
  commits: [
    { sha: GOOD, message: 'Release 1', author: 'alice', files: ['README.md'] },
    { sha: HEAD, message: 'Release 2', author: 'alice', files: ['README.md'] },
  ],
  branches: { main: HEAD },
  files: { [GOOD]: { 'README.md': '#\n' }, [HEAD]: { 'README.md': '#\n', '.repo/policy/release.yml': 'approvers:\n  users: [carol]\n' } },
  ...extra,
});

const CASES: ActionCase[] = [
  {
    action: 'verify-checklist',
    fixture: releaseScenario,
    options: () => ({ event: releasePullRequestEvent(), runId: RUN_ID, inputs: { tag: 'v1.1.0' } }),
    listRoute: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  },
  {
    action: 'require-human-approver',
    fixture: () =>
      basic({
        pulls: [
          {
            number: 50,
            title: 'Change',
            body: '',
            user: { login: 'bob' },
            state: 'open',
            head_sha: HEAD,
            head_ref: 'bob/change',
            base_ref: 'main',
            commits: [HEAD],
            files: ['src/app.ts'],
          },
        ],
        reviews: { 50: [{ user: { login: 'carol', type: 'User' }, state: 'APPROVED', commit_id: HEAD }] },
      }),
    options: () => ({
      sha: HEAD,
      event: {
        name: 'pull_request',
        payload: webhookPayload('pull_request', 'synchronize', {
          pull_request: { number: 50, head: { sha: HEAD, ref: 'bob/change' }, base: { sha: HEAD, ref: 'main' }, user: { login: 'bob', type: 'User' } },
        }),
      },
    }),
    listRoute: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  },
  {
    action: 'smoke-test',
    fixture: () => basic(),
    options: () => ({ sha: HEAD, inputs: { url: 'http://127.0.0.1:9', checks: '- name: up\n  url: /\n' } }),
  },
  {
    action: 'rollback',
    // The current deployment has more statuses than a history page carries (10), so they are read whole over REST.
    fixture: () =>
      basic({ deployments: [deployment(1, GOOD, ['success', 'inactive']), deployment(2, HEAD, [...Array<'queued'>(10).fill('queued'), 'success'])] }),
    options: () => ({
      sha: HEAD,
      actor: 'carol',
      event: { name: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch', undefined, { sender: { login: 'carol', type: 'User' } }) },
      inputs: { environment: 'production', reason: 'errors spiked', command: JSON.stringify([process.execPath, '-e', '0']) },
    }),
    // The history is one GraphQL page here (see 'rollback's deployment history' below); REST pages only these statuses.
    listRoute: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  },
  {
    action: 'release-notes',
    fixture: () =>
      basic({
        tags: { 'v1.0.0': GOOD },
        // More releases than the snapshot's one page: the rest are listed over REST, the paging under test.
        releases: Array.from({ length: 101 }, (_, index) => ({
          id: index + 1,
          tag_name: index === 0 ? 'v1.0.0' : `v0.0.${index}`,
          draft: false,
          prerelease: false,
          created_at: new Date(Date.UTC(2026, 9, 1) - index * 86_400_000).toISOString(),
        })),
      }),
    options: () => ({ sha: HEAD }),
    listRoute: 'GET /repos/{owner}/{repo}/releases',
    // Its policy files, GitHub's release configuration and the target commit are one GraphQL read.
    firstRequest: { route: 'POST /graphql', label: 'POST /graphql (RepositorySnapshot)', pattern: 'POST /graphql \\(RepositorySnapshot\\)' },
  },
];

async function runWithFault(actionCase: ActionCase, fault: Fault | undefined, env: Record<string, string> = SCALED) {
  const emulator = await startEmulator(actionCase.fixture());
  try {
    if (fault) emulator.fault(fault);
    const started = Date.now();
    const options = actionCase.options();
    const run = await runAction(actionCase.action, { apiUrl: emulator.url, ...options, env: { ...env, ...options.env }, timeoutMs: 60_000 });
    return { run, elapsedMs: Date.now() - started, emulator };
  } finally {
    await emulator.close();
  }
}

const failureOf = (run: ActionRun) =>
  run.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message)
    .join('\n');
const attemptsOn = (emulator: Emulator, route: RouteKey) => emulator.requests.filter((request) => request.route === route).length;

describe.each(CASES)('$action against a misbehaving API', (actionCase) => {
  const first = firstRequestOf(actionCase);
  it('ends within the bound, naming the request, when the API never answers', async () => {
    const { run, elapsedMs, emulator } = await runWithFault(actionCase, faults.hang(first.route));
    expect(run.exitCode).toBe(1);
    expect(elapsedMs).toBeLessThan(BOUND_MS);
    expect(failureOf(run)).toContain(`GitHub API ${first.label}`);
    expect(failureOf(run)).toMatch(/no complete answer within 0\.3 s after 4 attempts/);
    expect(attemptsOn(emulator, first.route)).toBe(4);
  });

  it('ends within the bound when the headers arrive and the body never ends', async () => {
    const { run, elapsedMs } = await runWithFault(actionCase, faults.stallBody(first.route));
    expect(run.exitCode).toBe(1);
    expect(elapsedMs).toBeLessThan(BOUND_MS);
    expect(failureOf(run)).toContain(`GitHub API ${first.label}`);
    expect(failureOf(run)).toContain('no complete answer within 0.3 s');
    expect(failureOf(run)).not.toContain('undefined');
  });

  it('says a body cut short is not valid JSON, instead of misreading it', async () => {
    const { run, emulator } = await runWithFault(actionCase, faults.truncatedJson(first.route));
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toContain(`GitHub API ${first.label}`);
    expect(failureOf(run)).toMatch(/is not valid JSON; it was probably cut short after 4 attempts/);
    expect(failureOf(run)).not.toContain('is a undefined');
    expect(attemptsOn(emulator, first.route)).toBe(4);
  });

  it('summarises a 502 HTML page as its status, never quoting the page', async () => {
    const { run } = await runWithFault(actionCase, faults.htmlError(first.route, 502, Number.POSITIVE_INFINITY));
    expect(run.exitCode).toBe(1);
    const failure = failureOf(run);
    expect(failure).toMatch(
      new RegExp(`GitHub API ${first.pattern}: 502 Bad Gateway after 4 attempts over \\d+ ms: GitHub, or a proxy in front of it, is failing`),
    );
    expect(failure).not.toMatch(/<html|<script|DOCTYPE|couldn't respond/i);
    expect(run.stdout).not.toMatch(/<html|<script/i);
  });

  it('rides out a burst of 5xx answers and a secondary rate limit', async () => {
    const emulatorFaults = [faults.serverError(first.route, 503, 2), faults.secondaryRateLimit(first.route, 0, 1)];
    const emulator = await startEmulator(actionCase.fixture());
    try {
      for (const fault of emulatorFaults) emulator.fault(fault);
      const options = actionCase.options();
      // Attempts of 3 s: a loaded machine must not turn a slow answer into a deadline here.
      const run = await runAction(actionCase.action, { apiUrl: emulator.url, ...options, env: { RELEASE_GOVERNANCE_TIME_SCALE: '0.1', ...options.env } });
      // Whatever the action then decides, no API error reached the reader: the request was repeated until answered.
      expect(failureOf(run)).not.toContain('GitHub API');
      expect(
        emulator.requests
          .filter((request) => request.route === first.route)
          .slice(0, 4)
          .map((request) => request.status),
      ).toEqual([503, 503, 403, expect.any(Number)]);
      expect(run.stdout).toMatch(/answered 503; trying again in .* \(attempt 2 of 4\)/);
    } finally {
      await emulator.close();
    }
  });

  it('stops at once on an exhausted rate limit, saying when it resets', async () => {
    const { run, elapsedMs, emulator } = await runWithFault(actionCase, faults.rateLimitExhausted(first.route, 1800, Number.POSITIVE_INFINITY));
    expect(run.exitCode).toBe(1);
    expect(elapsedMs).toBeLessThan(BOUND_MS);
    expect(failureOf(run)).toMatch(
      /403 Forbidden: the token's rate limit \(5000 requests an hour\) is used up; it resets at \d\d:\d\d:\d\d UTC, in (29|30) min/,
    );
    expect(attemptsOn(emulator, first.route)).toBe(1);
  });
});

describe.each(CASES.filter((candidate) => candidate.listRoute))('$action paging', (actionCase) => {
  it('stops paging with an error when Link rel="next" points back at a page already read', async () => {
    const route = actionCase.listRoute as RouteKey;
    const { run, elapsedMs, emulator } = await runWithFault(actionCase, faults.linkLoop(route));
    expect(run.exitCode).toBe(1);
    expect(elapsedMs).toBeLessThan(BOUND_MS);
    expect(failureOf(run)).toMatch(
      /GitHub API GET \/repos\/octo-org\/widgets\/\S+: the Link rel="next" of page 1 points back to a page already read; stopped paging\. Re-run the job; if it happens again, the API \(or a proxy in front of it\) is answering with broken pages\./,
    );
    expect(attemptsOn(emulator, route)).toBe(1);
  });
});

describe("rollback's deployment history, read over GraphQL", () => {
  const rollbackCase = CASES.find((candidate) => candidate.action === 'rollback') as ActionCase;
  const HISTORY_READ = 'POST /graphql (EnvironmentDeployments)';

  it('ends within the bound, naming the history read, when the API never answers it', async () => {
    const { run, elapsedMs, emulator } = await runWithFault(rollbackCase, faults.hang('POST /graphql'));
    expect(run.exitCode).toBe(1);
    expect(elapsedMs).toBeLessThan(BOUND_MS);
    expect(failureOf(run)).toContain(`GitHub API ${HISTORY_READ}: no complete answer within 0.3 s after 4 attempts`);
    expect(attemptsOn(emulator, 'POST /graphql')).toBe(4);
  });

  it('summarises a 502 HTML page on the history read as its status', async () => {
    const { run } = await runWithFault(rollbackCase, faults.htmlError('POST /graphql', 502, Number.POSITIVE_INFINITY));
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toMatch(/GitHub API POST \/graphql \(EnvironmentDeployments\): 502 Bad Gateway after 4 attempts/);
    expect(failureOf(run)).not.toMatch(/<html|<script/i);
  });

  it('stops with an error when a page hands back the cursor of a page already read', async () => {
    // Every page: a failed deployment of another commit, and a next page at the same cursor.
    const page = {
      data: {
        repository: {
          deployments: {
            pageInfo: { hasNextPage: true, endCursor: 'Y3Vyc29yOnYyOjA=' },
            nodes: [
              {
                databaseId: 7,
                commitOid: GOOD,
                ref: null,
                createdAt: '2026-11-01T00:00:00Z',
                latestStatus: { state: 'ERROR', createdAt: '2026-11-01T00:01:00Z' },
                statuses: { totalCount: 1, nodes: [{ state: 'ERROR', createdAt: '2026-11-01T00:01:00Z' }] },
              },
            ],
          },
        },
      },
    };
    const { run, elapsedMs, emulator } = await runWithFault(rollbackCase, { route: 'POST /graphql', times: Number.POSITIVE_INFINITY, status: 200, body: page });
    expect(run.exitCode).toBe(1);
    expect(elapsedMs).toBeLessThan(BOUND_MS);
    expect(failureOf(run)).toContain("GitHub's deployments of production returned the cursor of a page already read; stopped paging");
    expect(attemptsOn(emulator, 'POST /graphql')).toBe(2);
  });
});

describe('a refused token', () => {
  it('says a write needs write permission, naming the request', async () => {
    const releaseNotes = CASES.find((candidate) => candidate.action === 'release-notes') as ActionCase;
    const emulator = await startEmulator({
      ...releaseNotes.fixture(),
      denied: [{ route: 'POST /repos/{owner}/{repo}/releases', permission: 'contents=write' }],
    });
    try {
      const run = await runAction('release-notes', { apiUrl: emulator.url, sha: HEAD, inputs: { release: 'draft' }, env: SCALED });
      expect(run.exitCode).toBe(1);
      expect(failureOf(run)).toBe(
        'GitHub API POST /repos/octo-org/widgets/releases: 403 Forbidden: the token cannot write this (it needs `contents: write`); ' +
          'add `permissions: { contents: write }` to the job, or pass a token that has it. GitHub said: Resource not accessible by integration',
      );
    } finally {
      await emulator.close();
    }
  });
});
