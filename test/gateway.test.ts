// The gateway's paging rules, in-process against the emulator: pages read only as far as
// the caller goes, a page limit, and no request with the token to another origin.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubClient } from '../packages/github/src/index';
import { type Emulator, startEmulator } from './emulator';
import { TEST_TOKEN } from './helpers/run-action';

const COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
let emulator: Emulator;
let client: GitHubClient;

beforeAll(async () => {
  emulator = await startEmulator({
    issues: [{ number: 7, title: 'Release tracking', body: null, user: { login: 'bob' }, state: 'open' }],
    comments: { 7: Array.from({ length: 350 }, (_, index) => ({ user: { login: 'bob' }, body: `comment ${index + 1}` })) },
  });
  // @actions/github reads GITHUB_API_URL when it loads.
  process.env.GITHUB_API_URL = emulator.url;
  const { createGitHubClient, DEFAULT_API_LIMITS } = await import('../packages/github/src/index');
  client = createGitHubClient(TEST_TOKEN, { limits: { ...DEFAULT_API_LIMITS, maxPages: 3 } });
});
afterAll(async () => {
  const violations = emulator.schemaViolations();
  await emulator.close();
  expect(violations).toEqual([]);
});

const params = { owner: 'octo-org', repo: 'widgets', issue_number: 7 };
const pagesRead = () => emulator.requests.filter((request) => request.route === COMMENTS).length;

describe('GitHub gateway paging', () => {
  it('reads only as many pages as the caller needs', async () => {
    emulator.requests.length = 0;
    const found = await client.find(COMMENTS, params, 'issues: read', (comment) => comment.body === 'comment 150');
    expect(found?.body).toBe('comment 150');
    expect(pagesRead()).toBe(2);
  });

  it('stops past the page limit with an error that says so', async () => {
    emulator.requests.length = 0;
    await expect(client.all(COMMENTS, params, 'issues: read')).rejects.toThrow(
      /GitHub API GET \/repositories\/\d+\/issues\/7\/comments\?page=4: more than 3 pages; stopped paging/,
    );
    expect(pagesRead()).toBe(3);
  });

  it('never follows a Link to another origin with the token', async () => {
    let reached = 0;
    const elsewhere = createServer((_request, response) => {
      reached++;
      response.end('[]');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const foreign = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/collect?page=2`;
    try {
      emulator.fault({ route: COMMENTS, status: 200, body: [], headers: { link: `<${foreign}>; rel="next"` } });
      await expect(client.all(COMMENTS, params, 'issues: read')).rejects.toThrow(
        /the Link rel="next" leads to http:\/\/127\.0\.0\.1:\d+, outside the API; not following it with the token/,
      );
      expect(reached).toBe(0);
    } finally {
      elsewhere.close();
    }
  });
});
