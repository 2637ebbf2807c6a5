// The changes of a release, from the commits in its range: each pull request merged into
// the range once (found through its commits, so pull requests merged elsewhere never
// leak in), and each commit that came without a pull request. verify-checklist's `reviews`
// evidence and release-notes both read a range this way.
import { independentApprovers } from '@release-governance/approval';
import type { HistoryCommit } from '@release-governance/github';

export type { HistoryCommit, PullInfo } from '@release-governance/github';

export interface Entry {
  kind: 'pull' | 'commit';
  /** Pull request number, for kind `pull`. */
  number?: number;
  sha: string;
  title: string;
  body: string;
  url: string;
  author?: { login: string; type: string };
  labels: string[];
  /** Approved by someone other than the author; a commit without a pull request never is. */
  reviewed: boolean;
  /** Who approved independently (see independentApprovers). */
  approvers: string[];
  /** For a commit: the still-open pull request it belongs to, if any. */
  openPull?: number;
  firstTime: boolean;
  files?: string[];
}

const FIRST_TIME = new Set(['FIRST_TIMER', 'FIRST_TIME_CONTRIBUTOR']);

/** `commits`: the range, newest first. */
export function entriesOf(commits: HistoryCommit[]): Entry[] {
  const inRange = new Set(commits.map((commit) => commit.oid));
  const pulls = new Map<number, Entry>();
  const direct: Entry[] = [];
  for (const commit of commits) {
    const merged = commit.pulls.filter((pull) => pull.mergedAt && pull.mergeCommitOid && inRange.has(pull.mergeCommitOid));
    for (const pull of merged) {
      if (pulls.has(pull.number)) continue;
      const approvers = independentApprovers(pull.author.login, pull.reviews);
      pulls.set(pull.number, {
        kind: 'pull',
        number: pull.number,
        sha: pull.mergeCommitOid ?? commit.oid,
        title: pull.title,
        body: pull.body,
        url: pull.url,
        author: pull.author,
        labels: pull.labels,
        reviewed: approvers.length > 0,
        approvers,
        firstTime: FIRST_TIME.has(pull.authorAssociation),
        files: pull.files,
      });
    }
    if (merged.length === 0) {
      const [subject = '', ...rest] = commit.message.split('\n');
      direct.push({
        kind: 'commit',
        sha: commit.oid,
        title: subject,
        body: rest.join('\n').trim(),
        url: commit.url,
        author: commit.author ? { login: commit.author, type: 'User' } : undefined,
        labels: [],
        reviewed: false,
        approvers: [],
        openPull: commit.pulls.find((pull) => !pull.mergedAt)?.number,
        firstTime: false,
      });
    }
  }
  return [...[...pulls.values()].sort((a, b) => (a.number ?? 0) - (b.number ?? 0)), ...direct.reverse()];
}
