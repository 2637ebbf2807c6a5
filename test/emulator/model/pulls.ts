/**
 * Pull requests and their reviews: lookups, derived times, branches, the commits of a
 * commit's pull requests, and the files a pull request changes.
 */
import type { FileChange } from './diff';
import { fileChange } from './diff';
import { blobSha, stableId, timestamp } from './ids';
import { association } from './people';
import { commitIndex, defaultBranchHead, filesAt, parentsOf, resolveRef } from './refs';
import type { EmulatorState } from './state';

export type Pull = EmulatorState['pulls'][number];
export type Review = EmulatorState['reviews'][number][number];

/** The pull's database id, the same in REST and GraphQL. */
export const pullId = (pull: Pull) => stableId(`pull:${pull.number}`);

/** Times derived from an issue or pull number, so objects are stable across requests. */
export const numberedCreatedAt = (number: number) => timestamp(number * 60);
export const numberedClosedAt = (number: number) => timestamp(number * 60 + 30);

export function findPull(state: EmulatorState, number: string | number | undefined): Pull | undefined {
  return state.pulls.find((pull) => String(pull.number) === String(number));
}

/** When the pull request was closed (its merge time when merged), null while open. */
export function pullClosedAt(pull: Pull): string | null {
  return pull.state === 'closed' ? (pull.merged_at ?? numberedClosedAt(pull.number)) : null;
}

/** The pull author's association: the state's, else derived from the user. */
export function pullAssociation(state: EmulatorState, pull: Pull): string {
  return pull.author_association ?? association(state, pull.user);
}

export function headRef(pull: Pull): string {
  return pull.head_ref ?? `pr-${pull.number}`;
}

export function baseRef(state: EmulatorState, pull: Pull): string {
  return pull.base_ref ?? state.repo.defaultBranch;
}

/** The sha of the pull's base branch (its head when the state knows no commit at all). */
export function baseSha(state: EmulatorState, pull: Pull): string {
  return resolveRef(state, baseRef(state, pull)) ?? defaultBranchHead(state) ?? pull.head_sha;
}

/**
 * The pull requests of a commit (GET commits/{sha}/pulls, GraphQL associatedPullRequests):
 * those listing it among their commits, merged as it, or with it as head.
 */
export function pullsForCommit(state: EmulatorState, sha: string): Pull[] {
  return state.pulls.filter((pull) => pull.commits?.includes(sha) || pull.merge_commit_sha === sha || pull.head_sha === sha);
}

/** The id of review `index` of pull `number`: the state's, else a stable one. */
export function reviewId(number: number, review: Review, index: number): number {
  return review.id ?? stableId(`review:${number}:${index}`);
}

/** When review `index` of pull `number` was submitted; undefined while it is pending. */
export function reviewSubmittedAt(number: number, review: Review, index: number): string | undefined {
  return review.state === 'PENDING' ? undefined : (review.submitted_at ?? timestamp(number * 60 + 40 + index));
}

/**
 * The file snapshots at the base and head of the pull, only when the state has both: with
 * one side missing, every file would look added or removed.
 */
function snapshots(state: EmulatorState, pull: Pull): { before: Record<string, string>; after: Record<string, string> } | undefined {
  const sha = resolveRef(state, baseRef(state, pull));
  const before = sha === undefined ? undefined : filesAt(state, sha);
  const after = filesAt(state, pull.head_sha);
  return before && after ? { before, after } : undefined;
}

/**
 * The pull's changed files (REST pulls/{n}/files, GraphQL PullRequest.files): diffed when the
 * state has both snapshots, otherwise a one-line modification with a blob sha that is stable
 * per head and path. An entry that gives its status (a rename, say) keeps it and, for renames
 * and copies, its `previous_filename`, as GitHub lists them.
 */
export function pullChanges(state: EmulatorState, pull: Pull): FileChange[] {
  const sides = snapshots(state, pull);
  return (pull.files ?? []).map((entry) => {
    const path = typeof entry === 'string' ? entry : entry.filename;
    const change = fileChange(path, sides?.before[path], sides?.after[path]);
    change.sha ??= blobSha(`${pull.head_sha}:${path}\n`);
    if (typeof entry === 'string') return change;
    return { ...change, status: entry.status, ...(entry.previous_filename === undefined ? {} : { previous_filename: entry.previous_filename }) };
  });
}

/**
 * The pull's commits, oldest first: those in the linear history in history order, then the
 * ones only the pull knows (its own branch commits) in the order `commits` lists them.
 */
export function pullCommitShas(state: EmulatorState, pull: Pull): string[] {
  const shas = [...new Set(pull.commits ?? [])];
  const known = shas.filter((sha) => commitIndex(state, sha) >= 0).sort((a, b) => commitIndex(state, a) - commitIndex(state, b));
  return [...known, ...shas.filter((sha) => commitIndex(state, sha) < 0)];
}

/**
 * The pull's commits as GitHub counts them (GraphQL PullRequest.commits): a merge-commit merge
 * (its merge commit has two parents) counts the branch commits only; a squash's one commit
 * and a rebase's commits, the last of which is the merge commit, count as listed.
 */
export function pullCommitsCounted(state: EmulatorState, pull: Pull): string[] {
  const shas = pullCommitShas(state, pull);
  const merge = pull.merge_commit_sha;
  return merge && parentsOf(state, merge).length === 2 ? shas.filter((sha) => sha !== merge) : shas;
}
