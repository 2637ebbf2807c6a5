// Query.search(type: ISSUE) over the pull requests, commit parents (GraphQL and REST) and
// PullRequest.commits, as release-notes reads a range pull request first: the merged pull
// requests by search, the first-parent chain, then only the commits no pull request merged.
import { describe, expect, it } from 'vitest';
import { mergedPullsQuery } from '../../packages/github/src/history-query';
import { realisticHistory } from '../fixtures/notes-history';
import { emulatorPerFile } from '../helpers/emulator-per-test';
import { shaOf } from '../helpers/run-action';
import type { Emulator, EmulatorState } from './index';
import { startEmulator } from './index';
import { get, post, REPO } from './test-client';

/** release-notes' own query (without files). */
const MERGED_PULLS = mergedPullsQuery(false);

const COMMIT_RUNS = /* GraphQL */ `
  query CommitRuns($owner: String!, $repo: String!, $oid0: GitObjectID!, $size0: Int!) {
    repository(owner: $owner, name: $repo) {
      run0: object(oid: $oid0) { ... on Commit { history(first: $size0) { nodes { oid parents(first: 2) { nodes { oid } } } } } }
    }
  }`;

const REPO_QUALIFIER = 'repo:octo-org/widgets';
/** The main commit pull #1007's branch starts at: #1006's squash commit. */
const BASE_1007 = shaOf('realistic merge 6');
const BRANCH_1007 = [shaOf('realistic branch 7.1'), shaOf('realistic branch 7.2')];
const MERGE_1007 = shaOf('realistic merge 7');

/**
 * realisticHistory(7): squash merges #1001-#1006 (#1003 by dependabot), #1007 a merge commit.
 * Added: #2016 merged into release (created at midnight, 2024-03-25T00:00:00Z: 2016 hours
 * after the emulator's epoch), #2017 open, #2018 closed without merging.
 */
function fixture(): Partial<EmulatorState> {
  const { state } = realisticHistory(7);
  const extra = (number: number, more: Partial<EmulatorState['pulls'][number]>): EmulatorState['pulls'][number] => ({
    number,
    title: `extra ${number}`,
    body: null,
    user: { login: 'erin' },
    state: 'closed',
    head_sha: shaOf(`extra head ${number}`),
    ...more,
  });
  const pulls = [
    ...(state.pulls ?? []),
    extra(2016, { merged_at: '2026-10-02T00:00:00Z', base_ref: 'release', merge_commit_sha: shaOf('extra merge 2016'), commits: [shaOf('extra merge 2016')] }),
    extra(2017, { state: 'open' }),
    extra(2018, {}),
  ];
  return { ...state, pulls };
}

let emulator: Emulator;
emulatorPerFile(fixture, (started) => (emulator = started));

async function searchPage(target: Emulator, search: string, pageSize = 100, after: string | null = null) {
  const { status, body } = await post(target, '/graphql', { query: MERGED_PULLS, variables: { search, after, pageSize } });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data.search;
}

/** The numbers `qualifiers` find (with repo: and is:pr), oldest first unless the qualifiers sort. */
async function found(qualifiers: string): Promise<number[]> {
  const page = await searchPage(emulator, `${REPO_QUALIFIER} is:pr ${qualifiers}`);
  expect(page.issueCount).toBe(page.nodes.length);
  return page.nodes.map((node: any) => node.number);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const ALL = [...range(1001, 1007), 2016, 2017, 2018];

describe('Query.search(type: ISSUE): pull requests by qualifier', () => {
  it('repo: only the emulated repository (any case); another repository finds nothing', async () => {
    expect(await found('sort:created-asc')).toEqual(ALL);
    const upper = await searchPage(emulator, 'repo:OCTO-ORG/Widgets is:pr sort:created-asc');
    expect(upper.nodes.map((node: any) => node.number)).toEqual(ALL);
    expect(await searchPage(emulator, 'repo:octo-org/gadgets is:pr')).toEqual({ issueCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
  });

  it('is:merged: neither the open pull nor the one closed without merging', async () => {
    expect(await found('is:merged sort:created-asc')).toEqual([...range(1001, 1007), 2016]);
  });

  it('base: the pull requests into that branch only', async () => {
    expect(await found('base:release sort:created-asc')).toEqual([2016]);
    expect(await found('base:main sort:created-asc')).toEqual([...range(1001, 1007), 2017, 2018]);
  });

  it('merged: each operator against the merge time, never matching an unmerged pull', async () => {
    // #100N merged at 2026-10-01T00:0N:00Z, #2016 at 2026-10-02T00:00:00Z.
    expect(await found('merged:>=2026-10-01T00:05:00Z sort:created-asc')).toEqual([1005, 1006, 1007, 2016]);
    expect(await found('merged:>2026-10-01T00:05:00Z sort:created-asc')).toEqual([1006, 1007, 2016]);
    expect(await found('merged:<=2026-10-01T00:05:00Z sort:created-asc')).toEqual(range(1001, 1005));
    expect(await found('merged:<2026-10-01T00:05:00Z sort:created-asc')).toEqual(range(1001, 1004));
    // A bare date is its 00:00:00Z.
    expect(await found('merged:>=2026-10-02 sort:created-asc')).toEqual([2016]);
    expect(await found('merged:>2026-10-02 sort:created-asc')).toEqual([]);
  });

  it('created: each operator against createdAt, the time the node reports', async () => {
    const nodes = (await searchPage(emulator, `${REPO_QUALIFIER} is:pr sort:created-asc`)).nodes;
    expect(nodes.find((node: any) => node.number === 2016).createdAt).toBe('2024-03-25T00:00:00Z');
    expect(nodes.find((node: any) => node.number === 1004).createdAt).toBe('2024-02-11T20:00:00Z');
    expect(await found('created:>=2024-03-25 sort:created-asc')).toEqual([2016, 2017, 2018]);
    expect(await found('created:>2024-03-25 sort:created-asc')).toEqual([2017, 2018]);
    expect(await found('created:<=2024-03-25 sort:created-asc')).toEqual([...range(1001, 1007), 2016]);
    expect(await found('created:<2024-03-25 sort:created-asc')).toEqual(range(1001, 1007));
    expect(await found('created:<=2024-02-11T20:00:00Z sort:created-asc')).toEqual(range(1001, 1004));
    expect(await found('created:>2024-02-11T20:00:00Z is:merged base:main sort:created-asc')).toEqual(range(1005, 1007));
  });

  it('sort:created-asc is oldest first; created-desc, and no sort, newest first', async () => {
    expect(await found('sort:created-asc')).toEqual(ALL);
    expect(await found('sort:created-desc')).toEqual([...ALL].reverse());
    expect(await found('')).toEqual([...ALL].reverse());
  });

  it('pages of `first` with cursors that continue exactly after the page', async () => {
    const one = await searchPage(emulator, `${REPO_QUALIFIER} is:pr sort:created-asc`, 4);
    expect(one.issueCount).toBe(10);
    expect(one.nodes.map((node: any) => node.number)).toEqual(range(1001, 1004));
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await searchPage(emulator, `${REPO_QUALIFIER} is:pr sort:created-asc`, 4, one.pageInfo.endCursor);
    expect(two.nodes.map((node: any) => node.number)).toEqual([1005, 1006, 1007, 2016]);
    const three = await searchPage(emulator, `${REPO_QUALIFIER} is:pr sort:created-asc`, 4, two.pageInfo.endCursor);
    expect(three.nodes.map((node: any) => node.number)).toEqual([2017, 2018]);
    expect(three.pageInfo.hasNextPage).toBe(false);
  });

  it('each pull request with its merge commit’s parents, its commit count and labels', async () => {
    const nodes = (await searchPage(emulator, `${REPO_QUALIFIER} is:pr is:merged sort:created-asc`)).nodes;
    const byNumber = (number: number) => nodes.find((node: any) => node.number === number);
    expect(byNumber(1007)).toMatchObject({
      number: 1007,
      title: 'fix: change 7 to module 7',
      createdAt: '2024-02-11T23:00:00Z',
      mergedAt: '2026-10-01T00:07:00.000Z',
      baseRefName: 'main',
      mergeCommit: { oid: MERGE_1007, parents: { nodes: [{ oid: BASE_1007 }, { oid: BRANCH_1007[1] }] } },
      // A merge-commit merge: the branch's two commits, not the merge commit.
      commits: { totalCount: 2 },
      labels: { nodes: [{ name: 'bug' }] },
    });
    // A squash merge: its one commit, on top of the commit before it.
    expect(byNumber(1001)).toMatchObject({ mergeCommit: { parents: { nodes: [{ oid: shaOf('history root') }] } }, commits: { totalCount: 1 } });
    expect(byNumber(1003)).toMatchObject({ commits: { totalCount: 1 }, labels: { nodes: [{ name: 'dependencies' }] } });
  });
});

describe('Query.search: GitHub’s 1,000-result cap', () => {
  /** 1,050 merged pull requests, #1 oldest; createdAt is #N's number of hours after the epoch. */
  const many = (): Partial<EmulatorState> => ({
    pulls: range(1, 1050).map((number) => ({
      number,
      title: `change ${number}`,
      body: null,
      user: { login: 'alice' },
      state: 'closed' as const,
      merged_at: '2026-10-01T00:00:00Z',
      head_sha: shaOf(`head ${number}`),
      merge_commit_sha: shaOf(`merge ${number}`),
      commits: [shaOf(`merge ${number}`)],
    })),
  });

  it('counts every match but pages to the first 1,000 only; a created:> window continues after them', async () => {
    const target = await startEmulator(many());
    try {
      const query = `${REPO_QUALIFIER} is:pr is:merged sort:created-asc`;
      const numbers: number[] = [];
      let after: string | null = null;
      let pages = 0;
      let last: any;
      do {
        last = await searchPage(target, query, 100, after);
        expect(last.issueCount).toBe(1050);
        numbers.push(...last.nodes.map((node: any) => node.number));
        after = last.pageInfo.endCursor;
        pages++;
      } while (last.pageInfo.hasNextPage && pages < 20);
      expect(pages).toBe(10);
      expect(numbers).toEqual(range(1, 1000));
      // Past the cap, even with a cursor: nothing.
      const beyond = await searchPage(target, query, 100, after);
      expect(beyond).toMatchObject({ issueCount: 1050, nodes: [], pageInfo: { hasNextPage: false } });

      const newest = last.nodes.at(-1).createdAt;
      const rest = await searchPage(target, `${query} created:>${newest}`);
      expect(rest.issueCount).toBe(50);
      expect(rest.nodes.map((node: any) => node.number)).toEqual(range(1001, 1050));
      expect(target.schemaViolations()).toEqual([]);
    } finally {
      await target.close();
    }
  });
});

describe('Query.search: what the emulator does not serve is an error naming it', () => {
  it('an unknown qualifier, free text, a search without is:pr or repo:, another type', async () => {
    const target = await startEmulator(fixture());
    try {
      const cases: Array<[search: string, type: string, named: string]> = [
        [`${REPO_QUALIFIER} is:pr label:bug`, 'ISSUE', '"label:bug"'],
        [`${REPO_QUALIFIER} is:pr widgets`, 'ISSUE', '"widgets"'],
        [`${REPO_QUALIFIER} is:pr merged:2026-10-01`, 'ISSUE', '"merged:2026-10-01"'],
        [`${REPO_QUALIFIER} is:merged`, 'ISSUE', 'without is:pr'],
        ['is:pr is:merged', 'ISSUE', 'without repo:'],
        [`${REPO_QUALIFIER} is:pr`, 'REPOSITORY', 'search(type: REPOSITORY)'],
      ];
      for (const [search, type, named] of cases) {
        const query = `query S($search: String!) { search(query: $search, type: ${type}, first: 10) { issueCount } }`;
        const { status, body } = await post(target, '/graphql', { query, variables: { search } });
        expect(status).toBe(200);
        // search is non-null: GitHub's null propagation leaves no data.
        expect(body).toEqual({
          data: null,
          errors: [{ path: ['search'], locations: [{ line: 1, column: 29 }], message: expect.stringContaining(named) }],
        });
        expect(body.errors[0].message).toContain('The GitHub emulator does not implement');
      }
      const violations = target.schemaViolations();
      expect(violations).toHaveLength(cases.length);
      for (const [index, [, , named]] of cases.entries()) expect(violations[index]).toContain(named);
    } finally {
      await target.close();
    }
  });
});

describe('commit parents: a merge commit has two', () => {
  it('Commit.parents over GraphQL, by object(oid:), in order: the base, then the branch head', async () => {
    const { body } = await post(emulator, '/graphql', {
      query: COMMIT_RUNS,
      variables: { owner: 'octo-org', repo: 'widgets', oid0: MERGE_1007, size0: 4 },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.repository.run0.history.nodes).toEqual([
      { oid: MERGE_1007, parents: { nodes: [{ oid: BASE_1007 }, { oid: BRANCH_1007[1] }] } },
      // Commit.history lists by position: the branch's commits come before the merge.
      { oid: BRANCH_1007[1], parents: { nodes: [{ oid: BRANCH_1007[0] }] } },
      { oid: BRANCH_1007[0], parents: { nodes: [{ oid: BASE_1007 }] } },
      { oid: BASE_1007, parents: { nodes: [{ oid: shaOf('realistic merge 5') }] } },
    ]);
  });

  it('object(oid:) takes a full object id only, not a ref name', async () => {
    const query = 'query O($oid: GitObjectID!) { repository(owner: "octo-org", name: "widgets") { object(oid: $oid) { ... on Commit { oid } } } }';
    const byOid = await post(emulator, '/graphql', { query, variables: { oid: MERGE_1007.toUpperCase() } });
    expect(byOid.body.data.repository.object).toEqual({ oid: MERGE_1007 });
    const byName = await post(emulator, '/graphql', { query, variables: { oid: 'main' } });
    expect(byName.body.data.repository.object).toBeNull();
  });

  it('revisions walk parents: ~ the first parent, ^2 the second', async () => {
    const query = `{ repository(owner: "octo-org", name: "widgets") {
      first: object(expression: "main~1") { ... on Commit { oid } }
      second: object(expression: "main^2") { ... on Commit { oid } }
      branchStart: object(expression: "main^2~1") { ... on Commit { oid } }
      none: object(expression: "main^3") { ... on Commit { oid } } } }`;
    const { body } = await post(emulator, '/graphql', { query });
    expect(body.data.repository).toEqual({ first: { oid: BASE_1007 }, second: { oid: BRANCH_1007[1] }, branchStart: { oid: BRANCH_1007[0] }, none: null });
  });

  it('REST GET commits/{sha} of the merge lists both parents, in order; a branch start has its main commit', async () => {
    const { status, body } = await get(emulator, `${REPO}/commits/${MERGE_1007}`);
    expect(status).toBe(200);
    // The keys of GitHub's example: sha and url.
    const link = (sha: string) => ({ sha, url: `${emulator.url}${REPO}/commits/${sha}` });
    expect(body.parents).toEqual([link(BASE_1007), link(BRANCH_1007[1] as string)]);
    const branchStart = await get(emulator, `${REPO}/commits/${BRANCH_1007[0]}`);
    expect(branchStart.body.parents.map((parent: any) => parent.sha)).toEqual([BASE_1007]);
  });
});

describe('PullRequest.commits', () => {
  const PULL_COMMITS = `query P($number: Int!) { repository(owner: "octo-org", name: "widgets") { pullRequest(number: $number) {
    commits(first: 10) { totalCount nodes { commit { oid } url } } } } }`;

  it('nodes with first: the branch commits of a merge-commit merge, each linked under its pull request', async () => {
    const { body } = await post(emulator, '/graphql', { query: PULL_COMMITS, variables: { number: 1007 } });
    expect(body.errors).toBeUndefined();
    expect(body.data.repository.pullRequest.commits).toEqual({
      totalCount: 2,
      nodes: BRANCH_1007.map((oid) => ({ commit: { oid }, url: `https://github.com/octo-org/widgets/pull/1007/commits/${oid}` })),
    });
  });

  it('a rebase merge counts every rebased commit, the merge commit (its last) included', async () => {
    const base = shaOf('rebase base');
    const rebased = [shaOf('rebased 1'), shaOf('rebased 2')];
    const target = await startEmulator({
      commits: [{ sha: base, message: 'base' }, ...rebased.map((sha) => ({ sha, message: 'rebased' }))],
      pulls: [
        {
          number: 1,
          title: 'rebased',
          body: null,
          user: { login: 'alice' },
          state: 'closed',
          merged_at: '2026-10-01T00:00:00Z',
          head_sha: shaOf('rebase head'),
          merge_commit_sha: rebased[1] as string,
          commits: rebased,
        },
      ],
    });
    try {
      const { body } = await post(target, '/graphql', { query: PULL_COMMITS, variables: { number: 1 } });
      expect(body.data.repository.pullRequest.commits.totalCount).toBe(2);
      expect(body.data.repository.pullRequest.commits.nodes.map((node: any) => node.commit.oid)).toEqual(rebased);
      expect(target.schemaViolations()).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('nodes without first or last: MISSING_PAGINATION_BOUNDARIES, as for any connection', async () => {
    const target = await startEmulator(fixture());
    try {
      const query = '{ repository(owner: "octo-org", name: "widgets") { pullRequest(number: 1007) { commits { totalCount nodes { url } } } } }';
      const { body } = await post(target, '/graphql', { query });
      expect(body.errors).toEqual([expect.objectContaining({ type: 'MISSING_PAGINATION_BOUNDARIES', path: ['repository', 'pullRequest', 'commits'] })]);
      expect(target.schemaViolations()).toEqual([expect.stringContaining('`commits` connection')]);
    } finally {
      await target.close();
    }
  });
});
