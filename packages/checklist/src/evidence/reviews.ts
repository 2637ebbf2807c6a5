// `reviews` evidence: every change since the previous release was approved by someone other than its author.
import type { EvidenceSettings } from '@release-governance/policy';
import { plural, shortSha } from '@release-governance/render';
import { describeRange, type EvidenceDetail, type EvidenceResult, nameSome, type ReleaseRangeInfo } from './result';

interface MergedPullInfo {
  number: number;
  url?: string;
  author: string;
  /** Reviewers other than the author, not bots, whose latest decision approves (independentApprovers). */
  approvers: string[];
}

export function evaluateReviews(input: {
  range: ReleaseRangeInfo;
  pulls: MergedPullInfo[];
  /** Commits in the range that belong to no merged pull request (`openPull`: to one still open). */
  directCommits: { sha: string; message: string; url?: string; openPull?: number }[];
  settings: EvidenceSettings['reviews'];
}): EvidenceResult {
  const details: EvidenceDetail[] = input.pulls.map((pull) => {
    const approvers = pull.approvers;
    return {
      text:
        approvers.length > 0
          ? `#${pull.number} approved by ${approvers.join(', ')}`
          : `#${pull.number} merged without an approving review from someone other than ${pull.author}`,
      url: pull.url,
      ok: approvers.length > 0,
    };
  });
  for (const commit of input.directCommits) {
    const subject = commit.message.split('\n')[0] ?? '';
    details.push(
      commit.openPull !== undefined
        ? { text: `${shortSha(commit.sha)} is in pull request #${commit.openPull}, which is not merged: ${subject}`, url: commit.url, ok: false }
        : { text: `${shortSha(commit.sha)} pushed without a pull request: ${subject}`, url: commit.url, ok: input.settings['allow-direct-commits'] },
    );
  }
  const failing = details.filter((detail) => !detail.ok);
  const where = describeRange(input.range);
  if (details.length === 0) {
    return { kind: 'reviews', proven: true, summary: `no pull requests merged ${where}`, details };
  }
  return {
    kind: 'reviews',
    proven: failing.length === 0,
    summary:
      failing.length === 0
        ? `${plural(input.pulls.length, 'pull request')} merged ${where}, each approved by a reviewer other than its author`
        : `${plural(failing.length, 'change')} ${where} ${failing.length === 1 ? 'lacks' : 'lack'} an independent approval: ${nameSome(failing)}`,
    details,
  };
}
