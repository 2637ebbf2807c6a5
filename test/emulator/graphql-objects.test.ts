// Repository.object(expression: "<rev>:<path>") (Blob and Tree, as the repository snapshot
// reads files) and rateLimit.cost by GitHub's formula, taken from the query as sent.
import { describe, expect, it } from 'vitest';
import { graphqlCost } from '../../packages/github/src/graphql-cost';
import {
  commitRunsConnections,
  commitRunsQuery,
  mergedPullsConnections,
  mergedPullsQuery,
  releaseHistoryConnections,
  releaseHistoryQuery,
} from '../../packages/github/src/history-query';
import { emulatorPerFile } from '../helpers/emulator-per-test';
import type { Emulator, EmulatorState } from './index';
import { post, sha } from './test-client';

const fixture = (): Partial<EmulatorState> => ({
  commits: [
    { sha: sha(1), message: 'first' },
    { sha: sha(2), message: 'second' },
    { sha: sha(3), message: 'third, changing no file' },
  ],
  branches: { main: sha(3) },
  tags: { 'v1.0.0': sha(1) },
  files: {
    [sha(1)]: { '.repo/policy/release.yml': 'approvers: {}\n', 'docs/a.md': '# a\n' },
    [sha(2)]: { '.repo/policy/release.yml': 'release-notes: {}\n', 'logo.png': 'PNG\0\x01' },
  },
});

let emulator: Emulator;
emulatorPerFile(fixture, (started) => (emulator = started));

const OBJECT = `query Objects($e: String!) { repository(owner: "octo-org", name: "widgets") { object(expression: $e) { __typename ... on Blob { text isBinary isTruncated byteSize } } } }`;
const objectAt = async (expression: string) => {
  const { body } = await post(emulator, '/graphql', { query: OBJECT, variables: { e: expression } });
  expect(body.errors).toBeUndefined();
  return body.data.repository.object;
};

describe('Repository.object(expression: "<rev>:<path>")', () => {
  it('is the Blob at the path of the revision: a tag, a branch or a sha', async () => {
    expect(await objectAt('v1.0.0:.repo/policy/release.yml')).toEqual({
      __typename: 'Blob',
      text: 'approvers: {}\n',
      isBinary: false,
      isTruncated: false,
      byteSize: 14,
    });
    expect((await objectAt('main:.repo/policy/release.yml')).text).toBe('release-notes: {}\n');
    expect((await objectAt(`${sha(1)}:docs/a.md`)).text).toBe('# a\n');
  });

  it('inherits files a commit did not change, and is null for a missing path or revision', async () => {
    expect((await objectAt(`${sha(3)}:logo.png`)).byteSize).toBe(5);
    expect(await objectAt(`${sha(2)}:docs/a.md`)).toBeNull();
    expect(await objectAt('main:.github/release.yml')).toBeNull();
    expect(await objectAt('no-such-tag:.repo/policy/release.yml')).toBeNull();
  });

  it('is a Tree for a directory, and a binary Blob has no text', async () => {
    expect(await objectAt('main:.repo/policy')).toEqual({ __typename: 'Tree' });
    expect(await objectAt('main:logo.png')).toMatchObject({ __typename: 'Blob', text: null, isBinary: true });
  });
});

describe('rateLimit.cost', () => {
  it("is GitHub's formula over the connections of the query as sent, agreeing with the suite's own account of its pages", async () => {
    for (const [pageSize, withFiles] of [
      [100, true],
      [100, false],
      [30, true],
    ] as const) {
      const query = releaseHistoryQuery(withFiles);
      const { body } = await post(emulator, '/graphql', { query, variables: { owner: 'octo-org', repo: 'widgets', to: 'main', after: null, pageSize } });
      expect(body.data.rateLimit.cost).toBe(graphqlCost(releaseHistoryConnections(pageSize, withFiles)));
    }
  });

  it('agrees with the suite for a page of merged pull requests and for a request of commit runs', async () => {
    for (const withFiles of [true, false]) {
      const variables = { search: 'repo:octo-org/widgets is:pr is:merged merged:>=2024-01-01T00:00:00Z sort:created-asc', after: null, pageSize: 100 };
      const { body } = await post(emulator, '/graphql', { query: mergedPullsQuery(withFiles), variables });
      expect(body.errors).toBeUndefined();
      expect(body.data.rateLimit.cost).toBe(graphqlCost(mergedPullsConnections(100, withFiles)));
    }
    const sizes = [100, 100, 1, 3];
    const oids = Object.fromEntries(sizes.map((_, index) => [`oid${index}`, emulator.state.commits.at(-1)!.sha]));
    const { body } = await post(emulator, '/graphql', { query: commitRunsQuery(sizes), variables: { owner: 'octo-org', repo: 'widgets', ...oids } });
    expect(body.errors).toBeUndefined();
    expect(body.data.rateLimit.cost).toBe(graphqlCost(commitRunsConnections(sizes)));
  });
});
