// entriesOf is the consumer of the line: what the notes make of it is what matters.

import { describe, expect, it } from 'vitest';
import { entriesOf } from '../../changes/src/entries';
import { type FirstParentInput, firstParentLine } from './first-parent';
import type { MergedPull } from './merged-pulls';
import type { HistoryCommit, PullInfo } from './release-history';

const pullInfo = (number: number, mergeCommitOid: string, extra: Partial<PullInfo> = {}): PullInfo => ({
  number,
  title: `change ${number}`,
  body: '',
  url: `https://github.com/o/r/pull/${number}`,
  mergedAt: '2026-10-01T00:00:00Z',
  mergeCommitOid,
  baseRefName: 'main',
  author: { login: 'alice', type: 'User' },
  authorAssociation: 'MEMBER',
  labels: [],
  reviews: [],
  files: [],
  ...extra,
});

const squash = (number: number, oid: string, parent: string, extra: Partial<PullInfo> = {}): MergedPull => ({
  pull: pullInfo(number, oid, extra),
  createdAt: '2026-09-30T00:00:00Z',
  mergeParents: [parent],
  commitCount: 1,
});

const mergeCommit = (number: number, oid: string, parents: [string, string], commitCount: number): MergedPull => ({
  ...squash(number, oid, parents[0]),
  mergeParents: parents,
  commitCount,
});

const pushed = (oid: string, parents: string[], pulls: PullInfo[] = []): HistoryCommit => ({
  oid,
  message: `chore: ${oid}\n\nbody`,
  url: `https://github.com/o/r/commit/${oid}`,
  author: 'bob',
  parents,
  pulls,
});

const read = (...commits: HistoryCommit[]) => new Map(commits.map((commit) => [commit.oid, commit]));

/** base ← #1 (squash) ← #2 (merge commit of 2 branch commits) ← direct push d ← #3 (squash) = target: 6 commits. */
function history(overrides: Partial<FirstParentInput> = {}): FirstParentInput {
  return {
    target: 'm3',
    base: 'base',
    aheadBy: 6,
    pulls: [squash(1, 'm1', 'base'), mergeCommit(2, 'm2', ['m1', 'b2'], 2), squash(3, 'm3', 'd')],
    commits: read(pushed('d', ['m2'])),
    ...overrides,
  };
}

describe('firstParentLine: a release rebuilt from its pull requests', () => {
  it('walks from the target to the previous release, each commit accounting for what it brought', () => {
    const line = firstParentLine(history());
    expect(line.kind).toBe('complete');
    if (line.kind !== 'complete') return;
    expect(line.commits.map((commit) => commit.oid)).toEqual(['m3', 'd', 'm2', 'm1']);
    // The notes see each pull request once and the direct push as a change of its own.
    const entries = entriesOf(line.commits);
    expect(entries.map((entry) => [entry.kind, entry.number ?? entry.sha])).toEqual([
      ['pull', 1],
      ['pull', 2],
      ['pull', 3],
      ['commit', 'd'],
    ]);
    expect(entries.find((entry) => entry.kind === 'commit')?.title).toBe('chore: d');
  });

  it('asks for every gap at once: the commit it stopped at and the first parents nobody has read', () => {
    const pulls = [squash(1, 'm1', 'base'), squash(2, 'm2', 'e'), squash(3, 'm3', 'd')];
    const line = firstParentLine(history({ pulls, commits: read(), aheadBy: 5 }));
    expect(line).toEqual({
      kind: 'incomplete',
      missing: [
        { oid: 'd', size: 1 },
        { oid: 'e', size: 1 },
      ],
    });
  });

  it('leaves out gaps below pull requests merged into another branch', () => {
    const pulls = [...history().pulls, squash(9, 'r9', 'release-branch-commit', { baseRefName: 'release/1.x' })];
    const line = firstParentLine(history({ pulls, commits: read() }));
    expect(line).toEqual({ kind: 'incomplete', missing: [{ oid: 'd', size: 1 }] });
  });

  it('reads below a rebased pull request as many commits as it had', () => {
    const rebased: MergedPull = { ...squash(2, 'r3', 'r2'), commitCount: 3 };
    const input = history({ target: 'r3', aheadBy: 4, pulls: [squash(1, 'm1', 'base'), rebased], commits: read() });
    expect(firstParentLine(input)).toEqual({ kind: 'incomplete', missing: [{ oid: 'r2', size: 3 }] });
    const ofTwo = pullInfo(2, 'r3');
    const line = firstParentLine({ ...input, commits: read(pushed('r2', ['r1'], [ofTwo]), pushed('r1', ['m1'], [ofTwo])) });
    expect(line.kind).toBe('complete');
    if (line.kind !== 'complete') return;
    expect(entriesOf(line.commits).map((entry) => [entry.kind, entry.number])).toEqual([
      ['pull', 1],
      ['pull', 2],
    ]);
  });

  it('gives up when the line does not account for every commit of the range', () => {
    expect(firstParentLine(history({ aheadBy: 7 }))).toEqual({ kind: 'unexplained', reason: "the first-parent line accounts for 6 of the range's 7 commits" });
    expect(firstParentLine(history({ aheadBy: 5 }))).toMatchObject({ kind: 'unexplained', reason: expect.stringContaining("more than the range's 5 commits") });
  });

  it('gives up on a pull request the search did not list, rather than print it without its labels and reviews', () => {
    const missed = pushed('d', ['m2'], [pullInfo(7, 'd')]);
    expect(firstParentLine(history({ commits: read(missed) }))).toMatchObject({
      kind: 'unexplained',
      reason: expect.stringContaining('merged pull request #7, which the search did not list'),
    });
  });

  it('gives up on a merge commit pushed without a pull request: its branch was never counted', () => {
    expect(firstParentLine(history({ commits: read(pushed('d', ['m2', 'x'])) }))).toMatchObject({
      kind: 'unexplained',
      reason: expect.stringContaining('merge commit d was pushed without a pull request'),
    });
  });

  it('gives up when the line never meets the previous release, or meets itself', () => {
    expect(firstParentLine(history({ commits: read(pushed('d', [])) }))).toMatchObject({ reason: expect.stringContaining('without reaching') });
    const looped = [squash(1, 'm1', 'm3'), mergeCommit(2, 'm2', ['m1', 'b2'], 0), squash(3, 'm3', 'd')];
    expect(firstParentLine(history({ pulls: looped, aheadBy: 100 }))).toMatchObject({ reason: expect.stringContaining('its own ancestor') });
  });

  it('ignores pull requests merged after the target or elsewhere', () => {
    const later = [...history().pulls, squash(4, 'm4', 'm3'), squash(9, 'r9', 'base', { baseRefName: 'release/1.x' })];
    const line = firstParentLine(history({ pulls: later }));
    expect(line.kind === 'complete' && entriesOf(line.commits).map((entry) => entry.number ?? entry.sha)).toEqual([1, 2, 3, 'd']);
  });
});

describe('firstParentLine and pull requests merged off the line', () => {
  /** #2 came in with a merge commit from branch `feature`; #5 was merged into `feature` first. */
  const stacked = (mergedAt: string) => {
    const base = history();
    const two = { ...mergeCommit(2, 'm2', ['m1', 'b2'], 2), pull: pullInfo(2, 'm2', { headRefName: 'feature' }) };
    const five = squash(5, 'f5', 'fb', { baseRefName: 'feature', mergedAt });
    return { ...base, pulls: [base.pulls[0]!, two, base.pulls[2]!, five] };
  };

  it('gives up when one was merged into a branch that came in with a merge commit: the history lists it, the line cannot', () => {
    expect(firstParentLine(stacked('2026-09-30T00:00:00Z'))).toMatchObject({
      kind: 'unexplained',
      reason: 'pull request #5 was merged into feature, which pull request #2 merged with a merge commit: it is in the range off the first-parent line',
    });
  });

  it('keeps the line when it was merged into that branch only after the branch came in', () => {
    expect(firstParentLine(stacked('2026-10-02T00:00:00Z')).kind).toBe('complete');
  });
});
