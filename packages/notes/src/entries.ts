// Reverts in release notes: a change and its revert, both in the range, cancel out.
import type { Entry } from '@release-governance/changes';

export { type Entry, entriesOf, type HistoryCommit, type PullInfo } from '@release-governance/changes';

/**
 * A change and its revert, both in the range, cancel out. A revert is recognised by
 * GitHub's own wording: a `Revert "<title>"` pull request whose body says `Reverts
 * owner/repo#N`, or a commit saying `This reverts commit <sha>`.
 */
export function cancelReverts(entries: Entry[]): { kept: Entry[]; cancelled: Entry[] } {
  const cancelled = new Set<Entry>();
  for (const revert of entries) {
    if (cancelled.has(revert)) continue;
    const revertedNumber = /Reverts [\w.-]+\/[\w.-]+#(\d+)/.exec(revert.body)?.[1];
    const revertedSha = /This reverts commit ([0-9a-f]{7,40})/.exec(revert.body)?.[1];
    const revertedTitle = /^Revert "(.+)"$/.exec(revert.title)?.[1];
    if (!revertedNumber && !revertedSha && !revertedTitle) continue;
    const original = entries.find(
      (entry) =>
        entry !== revert &&
        !cancelled.has(entry) &&
        ((revertedNumber !== undefined && entry.number === Number(revertedNumber)) ||
          (revertedSha !== undefined && entry.sha.startsWith(revertedSha)) ||
          (revertedNumber === undefined && revertedSha === undefined && entry.title === revertedTitle)),
    );
    if (original) {
      cancelled.add(original);
      cancelled.add(revert);
    }
  }
  return { kept: entries.filter((entry) => !cancelled.has(entry)), cancelled: entries.filter((entry) => cancelled.has(entry)) };
}
