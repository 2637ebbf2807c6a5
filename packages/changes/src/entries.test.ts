import { describe, expect, it } from 'vitest';
import { entriesOf, type HistoryCommit, type PullInfo } from './entries';

const pullInfo = (number: number, mergeCommitOid: string, extra: Partial<PullInfo> = {}): PullInfo => ({
  number,
  title: `PR ${number}`,
  body: '',
  url: `https://github.com/o/r/pull/${number}`,
  mergedAt: '2026-11-01T00:00:00Z',
  mergeCommitOid,
  author: { login: 'alice', type: 'User' },
  authorAssociation: 'MEMBER',
  labels: [],
  reviews: [{ login: 'bob', type: 'User', state: 'APPROVED' }],
  files: [],
  ...extra,
});
const commit = (oid: string, pulls: PullInfo[] = [], message = `commit ${oid}`): HistoryCommit => ({
  parents: [],
  oid,
  message,
  url: `https://github.com/o/r/commit/${oid}`,
  author: 'alice',
  pulls,
});

describe('entriesOf', () => {
  it('takes each pull request once, only when its merge commit is in the range', () => {
    const entries = entriesOf([
      commit('c3', [pullInfo(7, 'c3')]),
      commit('c2', [pullInfo(7, 'c3'), pullInfo(8, 'elsewhere')]),
      commit('c1', [
        pullInfo(9, 'c1', {
          reviews: [
            { login: 'alice', type: 'User', state: 'APPROVED' },
            { login: 'ci', type: 'Bot', state: 'APPROVED' },
            { login: 'bob', type: 'User', state: 'APPROVED' },
            { login: 'bob', type: 'User', state: 'CHANGES_REQUESTED' },
          ],
        }),
      ]),
      commit('c0', [pullInfo(8, 'elsewhere')]),
    ]);
    // c2 belongs to #7, merged in the range; c0 only to #8, merged elsewhere: a direct commit.
    // #9: self-approved, bot-approved, and bob's approval revoked by his later change request.
    expect(entries.map((candidate) => [candidate.kind, candidate.number ?? candidate.sha, candidate.reviewed])).toEqual([
      ['pull', 7, true],
      ['pull', 9, false],
      ['commit', 'c0', false],
    ]);
  });
});
