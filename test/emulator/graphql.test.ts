import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RELEASE_HISTORY_QUERY } from '../../packages/github/src/history-query';
import { emulatorPerFile } from '../helpers/emulator-per-test';
import type { Emulator, EmulatorState } from './index';
import { faults, startEmulator } from './index';
import { AUTH, call } from './test-client';

/** Commit n of the linear history (1 = oldest). */
const c = (n: number) => createHash('sha1').update(`commit ${n}`).digest('hex');
/** A sha no history holds: a pull request's own branch commit. */
const own = (n: number) => createHash('sha1').update(`pr commit ${n}`).digest('hex');

/**
 * 150 commits on main (every tenth by renovate[bot], every third by no account), pull
 * requests merged as commits 150, 149 and 30, two more on commit 148, reviews of every state.
 */
function fixture(): Partial<EmulatorState> {
  return {
    commits: Array.from({ length: 150 }, (_, i) => {
      const n = i + 1;
      const author = n % 10 === 0 ? 'renovate[bot]' : n % 3 === 0 ? undefined : 'alice';
      return { sha: c(n), message: `change ${n}\n\nWhy change ${n}.`, ...(author ? { author } : {}), files: [`src/f${n % 5}.ts`] };
    }),
    branches: { main: c(150) },
    tags: { 'v1.0.0': c(50) },
    pulls: [
      {
        number: 101,
        title: 'Add widgets',
        body: 'Adds widgets',
        user: { login: 'alice' },
        state: 'closed',
        merged_at: '2024-03-01T10:00:00Z',
        head_sha: own(101),
        head_ref: 'add-widgets',
        merge_commit_sha: c(150),
        commits: [own(101)],
        labels: ['feature', 'enhancement'],
        files: ['src/a.ts', 'README.md'],
      },
      {
        number: 102,
        title: 'Bump lodash',
        body: null,
        user: { login: 'dependabot[bot]', type: 'Bot' },
        state: 'closed',
        merged_at: '2024-03-01T11:00:00Z',
        head_sha: own(102),
        merge_commit_sha: c(149),
        labels: ['dependencies'],
      },
      { number: 103, title: 'Abandoned', body: 'Never merged', user: { login: 'bob' }, state: 'closed', head_sha: c(148), author_association: 'CONTRIBUTOR' },
      { number: 104, title: 'Still open', body: '', user: { login: 'carol' }, state: 'open', head_sha: own(104), commits: [c(148)], base_ref: 'release' },
      {
        number: 105,
        title: 'Old fix',
        body: 'Fixes #1',
        user: { login: 'alice' },
        state: 'closed',
        merged_at: '2024-02-01T00:00:00Z',
        head_sha: own(105),
        merge_commit_sha: c(30),
        labels: ['bug'],
      },
    ],
    reviews: {
      101: [
        { user: { login: 'carol' }, state: 'APPROVED', commit_id: own(101) },
        { user: { login: 'dave' }, state: 'CHANGES_REQUESTED', commit_id: own(101), submitted_at: '2024-02-28T09:00:00Z' },
        { user: { login: 'frank' }, state: 'COMMENTED', commit_id: own(101) },
        { user: { login: 'github-actions[bot]', type: 'Bot' }, state: 'APPROVED', commit_id: own(101) },
      ],
      102: [{ user: { login: 'carol' }, state: 'CHANGES_REQUESTED', commit_id: own(102) }],
      105: [
        { user: { login: 'dave' }, state: 'APPROVED', commit_id: own(105) },
        { user: { login: 'erin' }, state: 'PENDING', commit_id: own(105) },
      ],
    },
  };
}

const VARIABLES = { owner: 'octo-org', repo: 'widgets', to: 'main', after: null, pageSize: 100 };
/** GitHub's cost of a page of 100: 1 request for the commits, 100 for their parents, 100 for their pull requests (2 each), 3 × 200 for their labels, reviews and files: 801 → 8 points. */
const PAGE_COST = 8;

const graphql = (target: Emulator, query: string, variables?: Record<string, unknown>, path = '/graphql') =>
  call(target, 'POST', path, variables === undefined ? { query } : { query, variables });

/** A fresh emulator for requests that must be reported, checked and closed without the afterEach check. */
async function withOwnEmulator(test: (other: Emulator) => Promise<void>): Promise<void> {
  const other = await startEmulator(fixture());
  try {
    await test(other);
  } finally {
    await other.close();
  }
}

let emulator: Emulator;
emulatorPerFile(fixture, (started) => (emulator = started));

describe('POST /graphql: the release-notes history query', () => {
  it('page 1: the 100 newest commits, newest first, with their pull requests, labels, approvals and files', async () => {
    const before = emulator.requests.length;
    const { status, body, response } = await graphql(emulator, RELEASE_HISTORY_QUERY, VARIABLES);
    expect(status).toBe(200);
    expect(response.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body)).toEqual(['data']);
    expect(body.data.rateLimit).toEqual({ cost: PAGE_COST, remaining: 4999 });

    const history = body.data.repository.object.history;
    expect(history.nodes).toHaveLength(100);
    expect(history.nodes.map((node: any) => node.oid)).toEqual(Array.from({ length: 100 }, (_, i) => c(150 - i)));
    expect(history.pageInfo.hasNextPage).toBe(true);
    expect(history.pageInfo.endCursor).toEqual(expect.any(String));

    const [newest, second, third] = history.nodes;
    // Exactly the selected fields, in GitHub's spelling.
    expect(newest).toEqual({
      oid: c(150),
      message: 'change 150\n\nWhy change 150.',
      url: `https://github.com/octo-org/widgets/commit/${c(150)}`,
      author: { name: 'renovate[bot]', user: null },
      parents: { nodes: [{ oid: c(149) }] },
      associatedPullRequests: {
        nodes: [
          {
            number: 101,
            title: 'Add widgets',
            body: 'Adds widgets',
            url: 'https://github.com/octo-org/widgets/pull/101',
            mergedAt: '2024-03-01T10:00:00Z',
            baseRefName: 'main',
            headRefName: 'add-widgets',
            authorAssociation: 'MEMBER',
            author: { __typename: 'User', login: 'alice' },
            mergeCommit: { oid: c(150) },
            labels: { nodes: [{ name: 'feature' }, { name: 'enhancement' }] },
            // Every review with its state, chronological; GraphQL spells a bot's login without "[bot]".
            reviews: {
              nodes: [
                { state: 'APPROVED', author: { __typename: 'User', login: 'carol' } },
                { state: 'CHANGES_REQUESTED', author: { __typename: 'User', login: 'dave' } },
                { state: 'COMMENTED', author: { __typename: 'User', login: 'frank' } },
                { state: 'APPROVED', author: { __typename: 'Bot', login: 'github-actions' } },
              ],
            },
            files: { nodes: [{ path: 'src/a.ts' }, { path: 'README.md' }] },
          },
        ],
      },
    });
    expect(second.associatedPullRequests.nodes).toEqual([
      expect.objectContaining({
        number: 102,
        body: '',
        baseRefName: 'main',
        authorAssociation: 'NONE',
        author: { __typename: 'Bot', login: 'dependabot' },
        mergeCommit: { oid: c(149) },
        labels: { nodes: [{ name: 'dependencies' }] },
        reviews: { nodes: [{ state: 'CHANGES_REQUESTED', author: { __typename: 'User', login: 'carol' } }] },
        files: { nodes: [] },
      }),
    ]);
    // Commit 148: the head of #103 and a commit of #104, oldest pull request first; neither merged.
    expect(third.author).toEqual({ name: 'alice', user: { login: 'alice' } });
    expect(
      third.associatedPullRequests.nodes.map((pull: any) => [pull.number, pull.mergedAt, pull.mergeCommit, pull.authorAssociation, pull.baseRefName]),
    ).toEqual([
      [103, null, null, 'CONTRIBUTOR', 'main'],
      [104, null, null, 'MEMBER', 'release'],
    ]);
    // Commit 147 has no GitHub account: REST's octocat as the git name, no user.
    expect(history.nodes[3].author).toEqual({ name: 'octocat', user: null });
    expect(history.nodes[3].associatedPullRequests.nodes).toEqual([]);

    // Recorded like REST requests.
    expect(emulator.requests.slice(before)).toEqual([
      { method: 'POST', path: '/graphql', query: {}, route: 'POST /graphql', status: 200, body: { query: RELEASE_HISTORY_QUERY, variables: VARIABLES } },
    ]);
  });

  it('page 2: after the cursor, the remaining 50 commits and no next page', async () => {
    const first = await graphql(emulator, RELEASE_HISTORY_QUERY, VARIABLES);
    const cursor = first.body.data.repository.object.history.pageInfo.endCursor;
    const { body } = await graphql(emulator, RELEASE_HISTORY_QUERY, { ...VARIABLES, after: cursor });
    expect(body.errors).toBeUndefined();
    const history = body.data.repository.object.history;
    expect(history.nodes.map((node: any) => node.oid)).toEqual(Array.from({ length: 50 }, (_, i) => c(50 - i)));
    expect(history.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    const fix = history.nodes.find((node: any) => node.oid === c(30));
    // A pending review is visible only to its author, so the token never sees erin's.
    expect(fix.associatedPullRequests.nodes).toEqual([
      expect.objectContaining({
        number: 105,
        labels: { nodes: [{ name: 'bug' }] },
        reviews: { nodes: [{ state: 'APPROVED', author: { __typename: 'User', login: 'dave' } }] },
      }),
    ]);
  });

  it('starts at a tag, a sha or an abbreviated sha', async () => {
    for (const to of ['v1.0.0', c(50), c(50).slice(0, 10)]) {
      const { body } = await graphql(emulator, RELEASE_HISTORY_QUERY, { ...VARIABLES, to, pageSize: 3 });
      expect(body.errors).toBeUndefined();
      expect(body.data.repository.object.history.nodes.map((node: any) => node.oid)).toEqual([c(50), c(49), c(48)]);
    }
    const unknown = await graphql(emulator, RELEASE_HISTORY_QUERY, { ...VARIABLES, to: 'no-such-branch' });
    expect(unknown.body).toEqual({ data: { rateLimit: { cost: PAGE_COST, remaining: 4999 }, repository: { object: null } } });
  });

  it('is served under GitHub Enterprise Server paths too', async () => {
    for (const path of ['/api/graphql', '/api/v3/graphql']) {
      const before = emulator.requests.length;
      const { status, body } = await graphql(emulator, RELEASE_HISTORY_QUERY, { ...VARIABLES, pageSize: 1 }, path);
      expect(status).toBe(200);
      expect(body.data.repository.object.history.nodes[0].oid).toBe(c(150));
      expect(emulator.requests.slice(before)).toMatchObject([{ path, route: 'POST /graphql', status: 200 }]);
    }
  });
});

describe('POST /graphql: any query over the implemented fields', () => {
  it('edges, cursors, totalCount and pageInfo; `after` continues exactly after its edge', async () => {
    const query = /* GraphQL */ `
      query Page($first: Int, $last: Int, $after: String, $before: String) {
        repository(owner: "octo-org", name: "widgets") {
          object(expression: "main") {
            ... on Commit {
              history(first: $first, last: $last, after: $after, before: $before) {
                totalCount
                edges { cursor node { oid } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
          }
        }
      }`;
    const page = async (variables: Record<string, unknown>) => {
      const { body } = await graphql(emulator, query, variables);
      expect(body.errors).toBeUndefined();
      return body.data.repository.object.history;
    };
    const one = await page({ first: 5 });
    expect(one.totalCount).toBe(150);
    expect(one.edges.map((edge: any) => edge.node.oid)).toEqual([150, 149, 148, 147, 146].map(c));
    // GitHub's history cursors: "<sha the history starts at> <position>".
    expect(one.edges.map((edge: any) => edge.cursor)).toEqual([0, 1, 2, 3, 4].map((n) => `${c(150)} ${n}`));
    expect(one.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: one.edges[0].cursor, endCursor: one.edges[4].cursor });

    const two = await page({ first: 3, after: one.edges[2].cursor });
    expect(two.edges.map((edge: any) => edge.node.oid)).toEqual([147, 146, 145].map(c));
    expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const back = await page({ last: 2, before: one.edges[4].cursor });
    expect(back.edges.map((edge: any) => edge.node.oid)).toEqual([148, 147].map(c));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const end = await page({ first: 100, after: `${c(150)} 145` });
    expect(end.edges.map((edge: any) => edge.node.oid)).toEqual([4, 3, 2, 1].map(c));
    expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('aliases, fragments, interfaces, case-insensitive names, revisions and the other commit and pull fields', async () => {
    const query = /* GraphQL */ `
      query Shapes($sha: GitObjectID!) {
        limits: rateLimit { cost limit remaining used resetAt nodeCount }
        repo: repository(owner: "OCTO-ORG", name: "Widgets") {
          nameWithOwner
          url
          merged: object(oid: $sha) { __typename ...CommitFields }
          grandparent: object(expression: "main~2") { ... on Commit { oid } }
          parent: object(expression: "HEAD^") { ... on Commit { oid } }
          pull: pullRequest(number: 104) { number state merged closed isDraft headRefName headRefOid author { login } }
          bot: pullRequest(number: 102) { author { __typename login url resourcePath avatarUrl(size: 40) } }
        }
      }
      fragment CommitFields on Commit {
        oid
        abbreviatedOid
        resourcePath
        messageHeadline
        messageBody
        committedDate
        authoredDate
        committer { name email }
        associatedPullRequests(first: 5) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { number } }
          nodes {
            state
            merged
            createdAt
            headRefName
            labels(first: 10) { totalCount nodes { name color } }
            reviews(first: 10, states: [CHANGES_REQUESTED, COMMENTED]) {
              totalCount
              nodes { state submittedAt commit { oid } author { __typename login ... on User { name } } }
            }
            files(first: 10) { totalCount nodes { path additions deletions changeType } }
          }
        }
      }`;
    const { status, body } = await graphql(emulator, query, { sha: c(150) });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { limits, repo } = body.data;
    expect(limits).toEqual({
      cost: 1,
      limit: 5000,
      remaining: 4999,
      used: 1,
      resetAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:00:00Z$/),
      nodeCount: 5 + 5 * 10 * 3,
    });
    expect(repo.nameWithOwner).toBe('octo-org/widgets');
    expect(repo.url).toBe('https://github.com/octo-org/widgets');
    expect(repo.grandparent).toEqual({ oid: c(148) });
    expect(repo.parent).toEqual({ oid: c(149) });
    expect(repo.pull).toEqual({
      number: 104,
      state: 'OPEN',
      merged: false,
      closed: false,
      isDraft: false,
      headRefName: 'pr-104',
      headRefOid: own(104),
      author: { login: 'carol' },
    });

    expect(repo.bot.author).toEqual({
      __typename: 'Bot',
      login: 'dependabot',
      url: 'https://github.com/apps/dependabot',
      resourcePath: '/apps/dependabot',
      avatarUrl: 'https://avatars.githubusercontent.com/u/49699333?v=4&s=40',
    });

    const merged = repo.merged;
    expect(merged).toMatchObject({
      __typename: 'Commit',
      oid: c(150),
      abbreviatedOid: c(150).slice(0, 7),
      resourcePath: `/octo-org/widgets/commit/${c(150)}`,
      messageHeadline: 'change 150',
      messageBody: 'Why change 150.',
      committer: { name: 'renovate[bot]', email: expect.stringMatching(/\+renovate\[bot\]@users\.noreply\.github\.com$/) },
    });
    expect(merged.committedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(merged.authoredDate).toBe(merged.committedDate);
    const pulls = merged.associatedPullRequests;
    expect(pulls.totalCount).toBe(1);
    expect(pulls.pageInfo).toEqual({ hasNextPage: false, endCursor: pulls.edges[0].cursor });
    expect(pulls.edges).toEqual([{ cursor: expect.any(String), node: { number: 101 } }]);
    const [pull] = pulls.nodes;
    expect(pull).toMatchObject({ state: 'MERGED', merged: true, headRefName: 'add-widgets', createdAt: expect.stringMatching(/Z$/) });
    expect(pull.labels.totalCount).toBe(2);
    expect(pull.labels.nodes).toEqual([
      { name: 'feature', color: expect.stringMatching(/^[0-9a-f]{6}$/) },
      { name: 'enhancement', color: expect.stringMatching(/^[0-9a-f]{6}$/) },
    ]);
    expect(pull.reviews).toEqual({
      totalCount: 2,
      nodes: [
        {
          state: 'CHANGES_REQUESTED',
          submittedAt: '2024-02-28T09:00:00Z',
          commit: { oid: own(101) },
          author: { __typename: 'User', login: 'dave', name: null },
        },
        { state: 'COMMENTED', submittedAt: expect.stringMatching(/Z$/), commit: { oid: own(101) }, author: { __typename: 'User', login: 'frank', name: null } },
      ],
    });
    // Without file snapshots in the state, a listed file counts as a one-line modification (as in REST).
    expect(pull.files).toEqual({
      totalCount: 2,
      nodes: [
        { path: 'src/a.ts', additions: 1, deletions: 1, changeType: 'MODIFIED' },
        { path: 'README.md', additions: 1, deletions: 1, changeType: 'MODIFIED' },
      ],
    });
  });

  it('the REST routes agree: the same pull requests for a commit, and the new author_association', async () => {
    const rest = await call(emulator, 'GET', `/repos/octo-org/widgets/commits/${c(148)}/pulls`);
    expect(rest.body.map((pull: any) => [pull.number, pull.author_association])).toEqual([
      [103, 'CONTRIBUTOR'],
      [104, 'MEMBER'],
    ]);
  });
});

describe('POST /graphql: GitHub’s errors', () => {
  it('an unknown repository: null with a NOT_FOUND error, the rest of the query still answered', async () => {
    const { status, body } = await graphql(emulator, RELEASE_HISTORY_QUERY, { ...VARIABLES, repo: 'nope' });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { rateLimit: { cost: PAGE_COST, remaining: 4999 }, repository: null },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository'],
          locations: [{ line: 4, column: 3 }],
          message: "Could not resolve to a Repository with the name 'octo-org/nope'.",
        },
      ],
    });
  });

  it('a cursor GitHub did not issue: INVALID_CURSOR_ARGUMENTS', async () => {
    const { body } = await graphql(emulator, RELEASE_HISTORY_QUERY, { ...VARIABLES, after: 'not-a-cursor' });
    expect(body.data.repository.object).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        type: 'INVALID_CURSOR_ARGUMENTS',
        path: ['repository', 'object', 'history'],
        message: '`not-a-cursor` does not appear to be a valid cursor.',
      }),
    ]);
  });

  it('first: 101 fails like GitHub and is reported: the query can never work', async () => {
    await withOwnEmulator(async (other) => {
      const { status, body } = await graphql(other, RELEASE_HISTORY_QUERY, { ...VARIABLES, pageSize: 101 });
      expect(status).toBe(200);
      expect(body.data.repository.object).toBeNull();
      expect(body.errors).toEqual([
        {
          type: 'EXCESSIVE_PAGINATION',
          path: ['repository', 'object', 'history'],
          locations: [expect.any(Object)],
          message: 'Requesting 101 records on the `history` connection exceeds the `first` limit of 100 records.',
        },
      ]);
      expect(other.schemaViolations()).toEqual([expect.stringContaining('operation ReleaseHistory fails on GitHub: Requesting 101 records')]);
    });
  });

  it('a query GitHub’s schema rejects: errors only, GitHub-style, and a schema violation', async () => {
    const misspelt = RELEASE_HISTORY_QUERY.replace(' title ', ' titel ');
    expect(misspelt).not.toBe(RELEASE_HISTORY_QUERY);
    await withOwnEmulator(async (other) => {
      const { status, body } = await graphql(other, misspelt, VARIABLES);
      expect(status).toBe(200);
      expect(Object.keys(body)).toEqual(['errors']);
      expect(body.errors).toEqual([{ locations: [{ line: 26, column: 10 }], message: expect.stringContaining('"titel" on type "PullRequest"') }]);
      expect(other.requests).toMatchObject([{ route: 'POST /graphql', status: 200, body: { query: misspelt } }]);
      const violations = other.schemaViolations();
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatch(
        /^POST \/graphql \/graphql: operation ReleaseHistory does not validate against GitHub's GraphQL schema: .*titel.*line 26, column 10/,
      );
    });
  });

  it('requests GitHub rejects before running anything are reported too', async () => {
    await withOwnEmulator(async (other) => {
      const syntax = await graphql(other, '{ rateLimit { cost }');
      expect(syntax.body.errors).toEqual([{ locations: [{ line: 1, column: 21 }], message: expect.stringContaining('Syntax Error') }]);
      const noQuery = await call(other, 'POST', '/graphql', { variables: {} });
      expect(noQuery.body).toEqual({ errors: [{ message: 'A query attribute must be specified and must be a string.' }] });
      const missingVariable = await graphql(other, RELEASE_HISTORY_QUERY, { owner: 'octo-org' });
      expect(Object.keys(missingVariable.body)).toEqual(['errors']);
      expect(missingVariable.body.errors[0].message).toMatch(/\$repo/);
      const tooMany = await graphql(
        other,
        `{ repository(owner: "octo-org", name: "widgets") { object(expression: "main") { ... on Commit {
            history(first: 100) { nodes { associatedPullRequests(first: 100) { nodes { files(first: 100) { nodes { path } } } } } } } } } }`,
      );
      expect(tooMany.body).toEqual({
        errors: [
          {
            type: 'MAX_NODE_LIMIT_EXCEEDED',
            message:
              'By the time this query traverses to the files connection, it is requesting up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.',
          },
        ],
      });
      const unbounded = await graphql(other, `{ repository(owner: "octo-org", name: "widgets") { pullRequest(number: 101) { labels { nodes { name } } } } }`);
      expect(unbounded.body.errors).toEqual([
        expect.objectContaining({
          type: 'MISSING_PAGINATION_BOUNDARIES',
          message: 'You must provide a `first` or `last` value to properly paginate the `labels` connection.',
        }),
      ]);
      const violations = other.schemaViolations();
      expect(violations).toHaveLength(5);
      expect(violations.join('\n')).toMatch(/Syntax Error/);
      expect(violations.join('\n')).toMatch(/A query attribute must be specified/);
      expect(violations.join('\n')).toMatch(/\$repo/);
      expect(violations.join('\n')).toMatch(/requests up to 1010100 nodes/);
      expect(violations.join('\n')).toMatch(/labels/);
    });
  });

  it('a field the emulator does not implement is an error naming it, and reported', async () => {
    await withOwnEmulator(async (other) => {
      const { body } = await graphql(
        other,
        `{ repository(owner: "octo-org", name: "widgets") { object(expression: "main") { ... on Commit { oid tarballUrl } } } }`,
      );
      // tarballUrl is non-null, so its Commit becomes null as GitHub's null propagation would have it.
      expect(body.data).toEqual({ repository: { object: null } });
      expect(body.errors).toEqual([
        expect.objectContaining({ path: ['repository', 'object', 'tarballUrl'], message: expect.stringContaining('Commit.tarballUrl') }),
      ]);
      expect(other.schemaViolations()).toEqual([expect.stringContaining('does not implement Commit.tarballUrl')]);
    });
  });
});

describe('POST /graphql: values checked against the schema’s scalars', () => {
  it('a state value GitHub could never send (a DateTime with an offset) is an error, and reported', async () => {
    await withOwnEmulator(async (other) => {
      other.state.pulls[0]!.merged_at = '2024-03-01T10:00:00+02:00';
      const { body } = await graphql(other, `{ repository(owner: "octo-org", name: "widgets") { pullRequest(number: 101) { number mergedAt } } }`);
      expect(body.data).toEqual({ repository: { pullRequest: { number: 101, mergedAt: null } } });
      expect(body.errors).toEqual([
        expect.objectContaining({ path: ['repository', 'pullRequest', 'mergedAt'], message: expect.stringContaining('DateTime cannot represent') }),
      ]);
      expect(other.schemaViolations()).toEqual([expect.stringContaining('DateTime cannot represent "2024-03-01T10:00:00+02:00"')]);
    });
  });
});

describe('POST /graphql: faults, denial and authentication', () => {
  it('faults queued for the POST /graphql route answer instead', async () => {
    emulator.fault(faults.serverError('POST /graphql'));
    const faulted = await graphql(emulator, RELEASE_HISTORY_QUERY, VARIABLES);
    expect(faulted.status).toBe(502);
    expect(emulator.requests.at(-1)).toMatchObject({ route: 'POST /graphql', status: 502 });
    expect((await graphql(emulator, RELEASE_HISTORY_QUERY, VARIABLES)).status).toBe(200);
  });

  it('a denied token gets FORBIDDEN on the repository, as GitHub answers GraphQL', async () => {
    emulator.state.denied.push({ route: 'POST /graphql', permission: 'contents=read' });
    try {
      const { status, body } = await graphql(emulator, RELEASE_HISTORY_QUERY, VARIABLES);
      expect(status).toBe(200);
      expect(body).toEqual({
        data: { rateLimit: { cost: PAGE_COST, remaining: 4999 }, repository: null },
        errors: [{ type: 'FORBIDDEN', path: ['repository'], locations: [{ line: 4, column: 3 }], message: 'Resource not accessible by integration' }],
      });
    } finally {
      emulator.state.denied = [];
    }
  });

  it('requires a token', async () => {
    const { status, body } = await call(emulator, 'POST', '/graphql', { query: '{ rateLimit { cost } }' }, {});
    expect(status).toBe(401);
    expect(body.message).toBe('Requires authentication');
    expect((await call(emulator, 'POST', '/graphql', { query: '{ rateLimit { cost } }' }, AUTH)).status).toBe(200);
  });
});
