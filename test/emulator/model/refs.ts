/**
 * Git lookups over the state: refs and revisions to shas, the history and commit parents,
 * and the file snapshots at a commit.
 */
import { timestamp } from './ids';
import type { EmulatorState } from './state';

export type Commit = EmulatorState['commits'][number];

/** Every sha the state mentions, so abbreviated shas and PR heads outside `commits` resolve. */
function knownShas(state: EmulatorState): Set<string> {
  const shas = new Set<string>(state.commits.map((commit) => commit.sha));
  for (const sha of [...Object.values(state.branches), ...Object.values(state.tags), ...Object.keys(state.files)]) shas.add(sha);
  for (const pull of state.pulls) {
    shas.add(pull.head_sha);
    if (pull.merge_commit_sha) shas.add(pull.merge_commit_sha);
    for (const sha of pull.commits ?? []) shas.add(sha);
  }
  for (const run of state.checkRuns) shas.add(run.head_sha);
  for (const status of state.statuses) shas.add(status.sha);
  for (const deployment of state.deployments) shas.add(deployment.sha);
  return shas;
}

/**
 * Resolves a branch, tag (optionally as heads/X, tags/X, refs/heads/X, refs/tags/X), full
 * sha or unique abbreviated sha (7+ hex) to a sha, like GitHub's ref lookup. The default
 * branch without a `branches` entry is the newest commit. A full sha the state never
 * mentions still resolves: GitHub would know it, the test just has no data for it.
 */
export function resolveRef(state: EmulatorState, ref: string): string | undefined {
  const name = ref.replace(/^refs\//, '');
  const branchName = name.replace(/^heads\//, '');
  const branch = state.branches[branchName] ?? (branchName === state.repo.defaultBranch ? state.commits.at(-1)?.sha : undefined);
  if (branch && !name.startsWith('tags/')) return branch;
  const tag = state.tags[name.replace(/^tags\//, '')];
  if (tag && !name.startsWith('heads/')) return tag;
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  if (/^[0-9a-f]{7,39}$/i.test(ref)) {
    const matches = [...knownShas(state)].filter((sha) => sha.startsWith(ref.toLowerCase()));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

/** Position of `sha` in the history list, -1 when it is not part of it. */
export function commitIndex(state: EmulatorState, sha: string): number {
  return state.commits.findIndex((commit) => commit.sha === sha);
}

/**
 * The parents of commit `sha`, first parent first: its `parents` when the state gives them,
 * else the commit before it in the list (none for the first commit, or a sha outside it).
 */
export function parentsOf(state: EmulatorState, sha: string): string[] {
  const index = commitIndex(state, sha);
  const commit = state.commits[index];
  if (!commit) return [];
  if (commit.parents) return commit.parents;
  const previous = state.commits[index - 1];
  return previous ? [previous.sha] : [];
}

/** The repository files at `sha`, inheriting from earlier commits; undefined when unknown. */
export function filesAt(state: EmulatorState, sha: string): Record<string, string> | undefined {
  const own = state.files[sha];
  if (own) return own;
  for (let index = commitIndex(state, sha); index >= 0; index--) {
    const files = state.files[state.commits[index]?.sha ?? ''];
    if (files) return files;
  }
  return commitIndex(state, sha) >= 0 ? {} : undefined;
}

/** The head of the default branch: its branch entry, else the newest commit. */
export function defaultBranchHead(state: EmulatorState): string | undefined {
  return resolveRef(state, state.repo.defaultBranch);
}

/** Resolves an optional ref query parameter, which defaults to the default branch. */
export function resolveRefOrDefault(state: EmulatorState, ref: string | undefined): string | undefined {
  return ref ? resolveRef(state, ref) : defaultBranchHead(state);
}

/**
 * The revision `expression` (GraphQL's Repository.object) as a sha: a branch, tag or sha
 * (resolveRef), or HEAD, each optionally followed by ~N (N first parents back) and ^N (the
 * Nth parent; ^ is ^1, ^0 the commit itself) steps, as git reads them.
 */
export function resolveRevision(state: EmulatorState, expression: string): string | undefined {
  const match = /^(.+?)((?:[~^]\d*)*)$/.exec(expression);
  if (!match) return undefined;
  const [, base = '', steps = ''] = match;
  let sha = base === 'HEAD' ? defaultBranchHead(state) : resolveRef(state, base);
  for (const [, op, digits] of steps.matchAll(/([~^])(\d*)/g)) {
    const count = digits === '' ? 1 : Number(digits);
    if (op === '^') sha = count === 0 ? sha : sha && parentsOf(state, sha)[count - 1];
    else for (let step = 0; step < count && sha !== undefined; step++) sha = parentsOf(state, sha)[0];
    if (sha === undefined) return undefined;
  }
  return sha;
}

/**
 * The commit `sha` with its time: its history entry, else (a sha the history does not hold,
 * e.g. a pull request's own commit) a placeholder, as GET commits/{ref} serves it.
 */
export function commitAt(state: EmulatorState, sha: string): { index: number; commit: Commit; date: string } {
  const index = commitIndex(state, sha);
  const commit = state.commits[index] ?? { sha, message: `Commit ${sha.slice(0, 7)}` };
  return { index, commit, date: commit.date ?? (index >= 0 ? timestamp(index * 10) : timestamp(0)) };
}

/** Whether the commit lists `path`, or a file below it, among the files it changed. */
export function touches(commit: Commit, path: string): boolean {
  return (commit.files ?? []).some((file) => file === path || file.startsWith(`${path}/`));
}
