/**
 * What changed in a file between two snapshots: its status, line counts and a unified diff,
 * shared by commits, compare and pull requests (REST files and GraphQL changed files).
 */
import { blobSha } from './ids';

export interface FileChange {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied';
  additions: number;
  deletions: number;
  /** The whole-file hunk; absent when neither content is known. */
  patch?: string;
  /** The blob after the change (before it, for a removal); null when neither content is known. */
  sha: string | null;
  previous_filename?: string;
}

/**
 * A changed file between two snapshots. Line counts come from a line diff when a content is
 * known; a listed file whose contents the state does not give counts as a one-line modification.
 */
export function fileChange(path: string, before: string | undefined, after: string | undefined): FileChange {
  const status = before === undefined && after !== undefined ? 'added' : after === undefined && before !== undefined ? 'removed' : 'modified';
  const content = after ?? before;
  if (content === undefined) return { path, status, additions: 1, deletions: 1, sha: null };
  return { path, status, ...lineDiff(before ?? '', after ?? ''), sha: blobSha(content) };
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\n$/, '').split('\n');
}

/** A whole-file unified diff hunk from an LCS line diff (test files are small). */
function lineDiff(before: string, after: string): { additions: number; deletions: number; patch: string } {
  const a = splitLines(before);
  const b = splitLines(after);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push(` ${a[i++]}`);
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) lines.push(`+${b[j++]}`);
    else lines.push(`-${a[i++]}`);
  }
  const additions = lines.filter((line) => line.startsWith('+')).length;
  const deletions = lines.filter((line) => line.startsWith('-')).length;
  const range = (start: number, count: number) => `${count === 0 ? 0 : start},${count}`;
  return { additions, deletions, patch: `@@ -${range(1, a.length)} +${range(1, b.length)} @@\n${lines.join('\n')}` };
}
