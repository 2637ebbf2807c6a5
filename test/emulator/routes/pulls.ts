/**
 * What a pull request contains: its changed files and its commits.
 */
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { notFound, paged } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { itemTemplate } from '../shapes';
import type { EmulatorState } from '../state';
import { blobSha, commitIndex, filesAt, resolveRef, timestamp } from '../state';
import { commitObject, commitShape, diffEntry } from './git';
import type { Pull } from './issues';
import { findPull } from './issues';

const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
const COMMITS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits';

/** GitHub lists at most this many commits of a pull request. */
const MAX_COMMITS = 250;

type Commit = EmulatorState['commits'][number];

// ---------------------------------------------------------------------------------------
// GET /repos/{owner}/{repo}/pulls/{pull_number}/files

/**
 * The file snapshots at the base and head of the pull, only when the state has both: with
 * one side missing, every file would look added or removed.
 */
function snapshots(state: EmulatorState, pull: Pull): { before: Record<string, string>; after: Record<string, string> } | undefined {
  const baseSha = resolveRef(state, pull.base_ref ?? state.repo.defaultBranch);
  const before = baseSha === undefined ? undefined : filesAt(state, baseSha);
  const after = filesAt(state, pull.head_sha);
  return before && after ? { before, after } : undefined;
}

type PullFileEntry = NonNullable<Pull['files']>[number];

/**
 * A changed file of the pull: diffed when the state has both snapshots, otherwise a
 * one-line modification with a blob sha that is stable per head and path. An entry that
 * gives its status (a rename, say) is served with that status and, for renames and copies,
 * `previous_filename`, as GitHub lists them.
 */
function pullFile(fileTemplate: JsonObject, pull: Pull, entry: PullFileEntry, ctx: ShapeContext): JsonObject {
  const path = typeof entry === 'string' ? entry : entry.filename;
  const sides = snapshots(ctx.state, pull);
  const out = diffEntry(fileTemplate, path, sides?.before[path], sides?.after[path], pull.head_sha, ctx);
  out.sha ??= blobSha(`${pull.head_sha}:${path}\n`);
  if (typeof entry !== 'string') {
    out.status = entry.status;
    if (entry.previous_filename !== undefined) out.previous_filename = entry.previous_filename;
  }
  return out;
}

/** The pull's changed files as GET pulls/{n}/files lists them (GraphQL PullRequest.files shares them). */
export function pullFiles(pull: Pull, ctx: ShapeContext): JsonObject[] {
  const fileTemplate = itemTemplate(FILES, ctx);
  return (pull.files ?? []).map((path) => pullFile(fileTemplate, pull, path, ctx));
}

function listPullFiles(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.pull_number);
  if (!pull) return notFound(ctx);
  const fileTemplate = itemTemplate(FILES, ctx);
  return paged(paginate(pull.files ?? [], ctx.url), (paths) => paths.map((path) => pullFile(fileTemplate, pull, path, ctx)));
}

// ---------------------------------------------------------------------------------------
// GET /repos/{owner}/{repo}/pulls/{pull_number}/commits

/**
 * The pull's commits, oldest first: those in the linear history in history order, then the
 * ones only the pull knows (its own branch commits) in the order `commits` lists them.
 */
function orderedShas(state: EmulatorState, pull: Pull): string[] {
  const shas = [...new Set(pull.commits ?? [])];
  const known = shas.filter((sha) => commitIndex(state, sha) >= 0).sort((a, b) => commitIndex(state, a) - commitIndex(state, b));
  return [...known, ...shas.filter((sha) => commitIndex(state, sha) < 0)];
}

/**
 * A commit of the pull. History commits look as in the commits list; others get a
 * placeholder message and a time from the pull's number, and their parent is the commit
 * listed before them. `author` (and `committer`) is null when no login authored it.
 */
function pullCommit(commitTemplate: JsonObject, pull: Pull, shas: string[], position: number, ctx: ShapeContext): JsonObject {
  const sha = shas[position] ?? '';
  const index = commitIndex(ctx.state, sha);
  const own: Commit = ctx.state.commits[index] ?? { sha, message: `Commit ${sha.slice(0, 7)} of #${pull.number}`, date: timestamp(pull.number * 60 + position) };
  const previous = shas[position - 1];
  const out = index >= 0 ? commitShape(commitTemplate, index, ctx) : commitObject(commitTemplate, own, previous ? { sha: previous } : undefined, ctx);
  if (!own.author) Object.assign(out, { author: null, committer: null });
  return out;
}

function listPullCommits(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.pull_number);
  if (!pull) return notFound(ctx);
  const shas = orderedShas(ctx.state, pull).slice(0, MAX_COMMITS);
  const positions = shas.map((_, position) => position);
  const commitTemplate = itemTemplate(COMMITS, ctx);
  return paged(paginate(positions, ctx.url), (items) => items.map((position) => pullCommit(commitTemplate, pull, shas, position, ctx)));
}

export const pullRoutes: RouteDefinition[] = [
  { route: FILES, handler: listPullFiles },
  { route: COMMITS, handler: listPullCommits },
];
