// A release's changes rebuilt from its pull requests rather than read commit by commit. The
// range's first-parent line (the target, its first parent, and so on down to the previous
// release's commit) is made of the merge commits of the pull requests merged into it, and of
// the commits pushed without one. Each commit of the line accounts for the commits it brought:
// a pull request merged with a merge commit for itself and the pull request's own commits, any
// other commit for itself. When the line reaches the previous release's commit and accounts
// for exactly the range's commits (the compare's ahead_by), nothing in the range came any
// other way, and the changes are proven without reading the branch commits. Pure: the reads
// are in release-changes.ts.
import { shortSha } from '@release-governance/render';
import type { RunStart } from './commit-runs';
import type { MergedPull } from './merged-pulls';
import type { HistoryCommit } from './release-history';

export interface FirstParentInput {
  target: string;
  /** The previous release's commit. */
  base: string;
  /** Commits in the range (the compare's ahead_by). */
  aheadBy: number;
  /** Pull requests merged since the previous release, as search found them (possibly not all). */
  pulls: readonly MergedPull[];
  /** Commits read one by one (runs), by oid. */
  commits: ReadonlyMap<string, HistoryCommit>;
}

type FirstParentLine =
  /** The line, newest first: one commit per pull request merged, one per commit pushed without one. */
  | { kind: 'complete'; commits: HistoryCommit[] }
  /** Commits of the line not read yet, with the length of history to read from each. */
  | { kind: 'incomplete'; missing: RunStart[] }
  /** The line cannot account for the range: read the history commit by commit instead. */
  | { kind: 'unexplained'; reason: string };

/** Commits read from a start nobody told us more about: a direct push is mostly alone; a longer run takes another round. */
const DEFAULT_RUN = 1;

export function firstParentLine(input: FirstParentInput): FirstParentLine {
  const merges = new Map(input.pulls.flatMap((merged) => (merged.pull.mergedAt && merged.pull.mergeCommitOid ? [[merged.pull.mergeCommitOid, merged]] : [])));
  const line: HistoryCommit[] = [];
  const seen = new Set<string>();
  let counted = 0;
  let oid = input.target;
  let child: MergedPull | undefined;
  while (oid !== input.base) {
    if (seen.has(oid)) return unexplained(`GitHub's answers make commit ${shortSha(oid)} its own ancestor`);
    seen.add(oid);
    const step = lineStep(oid, merges.get(oid), input.commits.get(oid));
    if (step === undefined) return { kind: 'incomplete', missing: missingStarts(input, merges, { oid, size: runSize(child) }) };
    if ('reason' in step) return unexplained(step.reason);
    counted += step.accounts;
    if (counted > input.aheadBy) return unexplained(`the first-parent line holds more than the range's ${input.aheadBy} commits by ${shortSha(oid)}`);
    line.push(step.commit);
    child = merges.get(oid);
    const parent = step.commit.parents[0];
    if (!parent) return unexplained(`the first-parent line ends at ${shortSha(oid)} without reaching the previous release's commit ${shortSha(input.base)}`);
    oid = parent;
  }
  if (counted !== input.aheadBy) return unexplained(`the first-parent line accounts for ${counted} of the range's ${input.aheadBy} commits`);
  const stacked = mergedIntoMergedBranch(line, input.pulls);
  if (stacked) return unexplained(stacked);
  return { kind: 'complete', commits: line };
}

/**
 * A pull request merged into the branch of a pull request that came in with a merge commit
 * (a stacked pull request, a release branch merged back) has its merge commit in the range,
 * off the first-parent line: the history lists it, the line cannot.
 */
function mergedIntoMergedBranch(line: readonly HistoryCommit[], pulls: readonly MergedPull[]): string | undefined {
  const onLine = new Set(line.map((commit) => commit.oid));
  const branches = new Map<string, { number: number; mergedAt: number }>();
  for (const merged of pulls) {
    const { headRefName, mergeCommitOid, mergedAt, number } = merged.pull;
    if (headRefName && mergeCommitOid && onLine.has(mergeCommitOid) && merged.mergeParents.length > 1 && mergedAt)
      branches.set(headRefName, { number, mergedAt: Date.parse(mergedAt) });
  }
  for (const merged of pulls) {
    const into = merged.pull.baseRefName ? branches.get(merged.pull.baseRefName) : undefined;
    if (!into || !merged.pull.mergedAt || Date.parse(merged.pull.mergedAt) > into.mergedAt) continue;
    if (merged.pull.mergeCommitOid && onLine.has(merged.pull.mergeCommitOid)) continue;
    return `pull request #${merged.pull.number} was merged into ${merged.pull.baseRefName}, which pull request #${into.number} merged with a merge commit: it is in the range off the first-parent line`;
  }
  return undefined;
}

const unexplained = (reason: string): FirstParentLine => ({ kind: 'unexplained', reason });

type Step = { commit: HistoryCommit; accounts: number } | { reason: string };

/** A commit of the line, with the commits it accounts for; undefined when it has not been read. */
function lineStep(oid: string, merged: MergedPull | undefined, read: HistoryCommit | undefined): Step | undefined {
  if (merged) {
    const parents = merged.mergeParents;
    const pulls = [merged.pull, ...(read?.pulls ?? []).filter((pull) => pull.number !== merged.pull.number)];
    const commit = { oid, message: read?.message ?? merged.pull.title, url: read?.url ?? merged.pull.url, author: merged.pull.author.login, parents, pulls };
    // A merge commit brings the pull request's own commits; a squash (or the last commit of a rebase) brings itself.
    return { commit, accounts: parents.length > 1 ? 1 + merged.commitCount : 1 };
  }
  if (!read) return undefined;
  const missed = read.pulls.find((candidate) => candidate.mergeCommitOid === oid && candidate.mergedAt);
  if (missed) return { reason: `commit ${shortSha(oid)} merged pull request #${missed.number}, which the search did not list (yet)` };
  if (read.parents.length > 1)
    return { reason: `merge commit ${shortSha(oid)} was pushed without a pull request: the line cannot count the commits it brings` };
  return { commit: read, accounts: 1 };
}

/** The rebased commits of a pull request sit below its last one: read that many, and one more. */
function runSize(child: MergedPull | undefined): number {
  return child && child.mergeParents.length === 1 && child.commitCount > 1 ? Math.min(100, child.commitCount) : DEFAULT_RUN;
}

/**
 * What to read next: the commit the walk stopped at, and every other gap the line is likely to
 * meet further down (a pull request merged into the same branch whose first parent nobody has
 * read), so one request fills them all.
 */
function missingStarts(input: FirstParentInput, merges: ReadonlyMap<string, MergedPull>, stop: RunStart): RunStart[] {
  const known = (oid: string) => oid === input.base || merges.has(oid) || input.commits.has(oid);
  const branch = input.pulls.find((merged) => merged.pull.mergeCommitOid === input.target)?.pull.baseRefName;
  const starts = new Map([[stop.oid, stop]]);
  for (const merged of merges.values()) {
    const parent = merged.mergeParents[0];
    if (!parent || known(parent) || starts.has(parent)) continue;
    if (branch && merged.pull.baseRefName && merged.pull.baseRefName !== branch) continue;
    starts.set(parent, { oid: parent, size: runSize(merged) });
  }
  return [...starts.values()];
}
