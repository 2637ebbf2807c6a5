/**
 * Commits: one commit with its changed files and parents, compare, and tags, answered from
 * the history in `state.commits` and the snapshots in `state.files` (model/refs.ts,
 * model/diff.ts). Compare counts by list position: the fixtures' lists hold every commit
 * between two of their commits.
 */
import type { FileChange } from '../model/diff';
import { fileChange } from '../model/diff';
import { timestamp } from '../model/ids';
import type { Commit } from '../model/refs';
import { commitIndex, filesAt, parentsOf, resolveRef } from '../model/refs';
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { json, notFound, paged, unknownRef } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { encodePath, isObject, itemTemplate, nodeId, noreplyEmail, obj, repoApi, repoHtml, template, user } from '../shapes';

const COMMIT = 'GET /repos/{owner}/{repo}/commits/{ref}';
const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}';
const TAGS = 'GET /repos/{owner}/{repo}/tags';

/** A changed file (commit, compare, pull request) from a file example, with its URLs at `headSha`. */
export function fileShape(fileTemplate: JsonObject, change: FileChange, headSha: string, ctx: ShapeContext): JsonObject {
  const { path, patch, previous_filename: previous, ...counts } = change;
  const out: JsonObject = Object.assign(structuredClone(fileTemplate), {
    sha: counts.sha,
    filename: path,
    status: counts.status,
    additions: counts.additions,
    deletions: counts.deletions,
    changes: counts.additions + counts.deletions,
    blob_url: `${repoHtml(ctx)}/blob/${headSha}/${encodePath(path)}`,
    raw_url: `${repoHtml(ctx)}/raw/${headSha}/${encodePath(path)}`,
    contents_url: `${repoApi(ctx)}/contents/${encodePath(path)}?ref=${headSha}`,
  });
  if (patch === undefined) delete out.patch;
  else out.patch = patch;
  if (previous === undefined) delete out.previous_filename;
  else out.previous_filename = previous;
  return out;
}

/** A commit object for `state.commits[index]`, with its parents (parentsOf), from a commit example. */
export function commitShape(commitTemplate: unknown, index: number, ctx: ShapeContext): JsonObject {
  const commit = ctx.state.commits[index] as Commit;
  return commitObject(commitTemplate, { ...commit, date: commit.date ?? timestamp(index * 10) }, parentsOf(ctx.state, commit.sha), ctx);
}

/** A commit object for `commit` (in the history or not) with the given parents, from a commit example. */
export function commitObject(commitTemplate: unknown, commit: Commit, parents: string[], ctx: ShapeContext): JsonObject {
  const out = structuredClone(obj(commitTemplate, 'commit template'));
  const login = commit.author ?? 'octocat';
  const person = { name: login, email: noreplyEmail(login), date: commit.date ?? timestamp(0) };
  const links = (sha: string) => ({ url: `${repoApi(ctx)}/commits/${sha}`, html_url: `${repoHtml(ctx)}/commit/${sha}` });
  const parentTemplate = Array.isArray(out.parents) && isObject(out.parents[0]) ? out.parents[0] : {};
  Object.assign(out, {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    ...links(commit.sha),
    comments_url: `${repoApi(ctx)}/commits/${commit.sha}/comments`,
    author: user(out.author, { login }, ctx),
    committer: user(out.committer ?? out.author, { login }, ctx),
    // Only keys the template has: the parents of list results carry no html_url in the example.
    parents: parents.map((parent) => Object.fromEntries(Object.entries({ sha: parent, ...links(parent) }).filter(([k]) => k in parentTemplate))),
  });
  Object.assign(obj(out.commit), {
    url: `${repoApi(ctx)}/git/commits/${commit.sha}`,
    author: person,
    committer: person,
    message: commit.message,
    // The emulator uses the commit sha as its tree sha, so tree URLs lead to the trees route.
    tree: { sha: commit.sha, url: `${repoApi(ctx)}/git/trees/${commit.sha}` },
    comment_count: 0,
  });
  delete out.stats;
  delete out.files;
  return out;
}

/** Tags, newest name first (GitHub sorts them by name, descending), each with its commit. */
function listTags(ctx: RouteContext): Reply {
  const tagTemplate = itemTemplate(TAGS, ctx);
  const names = Object.keys(ctx.state.tags).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  return paged(paginate(names, ctx.url), (items) =>
    items.map((name) => {
      const sha = ctx.state.tags[name] as string;
      return {
        ...tagTemplate,
        name,
        commit: { sha, url: `${repoApi(ctx)}/commits/${sha}` },
        zipball_url: `${repoApi(ctx)}/zipball/refs/tags/${encodeURIComponent(name)}`,
        tarball_url: `${repoApi(ctx)}/tarball/refs/tags/${encodeURIComponent(name)}`,
        node_id: nodeId('Ref', `refs/tags/${name}`),
      };
    }),
  );
}

/**
 * The files a history commit changed (its `files`), diffed against its first parent's
 * snapshot (as GitHub shows a merge commit), with their totals. GitHub pages files beyond
 * 300; test commits are far smaller.
 */
function commitChanges(fileTemplate: JsonObject, index: number, ctx: ShapeContext): { files: JsonObject[]; stats: JsonObject } {
  const commit = ctx.state.commits[index] as Commit;
  const parent = parentsOf(ctx.state, commit.sha)[0];
  const before = (parent && filesAt(ctx.state, parent)) || {};
  const after = filesAt(ctx.state, commit.sha) ?? {};
  const files = (commit.files ?? []).map((path) => fileShape(fileTemplate, fileChange(path, before[path], after[path]), commit.sha, ctx));
  const additions = files.reduce((sum, file) => sum + Number(file.additions), 0);
  const deletions = files.reduce((sum, file) => sum + Number(file.deletions), 0);
  return { files, stats: { additions, deletions, total: additions + deletions } };
}

/**
 * One commit by branch, tag or sha, with its changed files and stats. A sha outside the
 * history (e.g. a pull request's own commit) gets a placeholder without author, parents or files.
 */
function getCommit(ctx: RouteContext): Reply {
  const sha = resolveRef(ctx.state, ctx.params.ref ?? '');
  if (!sha) return unknownRef(ctx);
  const commitTemplate = template(COMMIT, ctx);
  const fileTemplate = obj((commitTemplate.files as unknown[])[0], 'commit file template');
  const index = commitIndex(ctx.state, sha);
  if (index < 0) {
    const placeholder = commitObject(commitTemplate, { sha, message: `Commit ${sha.slice(0, 7)}` }, [], ctx);
    return json(Object.assign(placeholder, { author: null, committer: null, stats: { additions: 0, deletions: 0, total: 0 }, files: [] }));
  }
  return json(Object.assign(commitShape(commitTemplate, index, ctx), commitChanges(fileTemplate, index, ctx)));
}

function compare(ctx: RouteContext): Reply {
  const basehead = ctx.params.basehead ?? '';
  const match = /^(.+?)\.\.\.(.+)$/.exec(basehead);
  // "OWNER:ref" names a ref in a fork; only the repository's own owner is known here.
  const side = (ref: string | undefined) => resolveRef(ctx.state, (ref ?? '').replace(new RegExp(`^${ctx.state.repo.owner}:`), ''));
  const baseSha = side(match?.[1]);
  const headSha = side(match?.[2]);
  const baseIndex = baseSha === undefined ? -1 : commitIndex(ctx.state, baseSha);
  const headIndex = headSha === undefined ? -1 : commitIndex(ctx.state, headSha);
  if (baseIndex < 0 || headIndex < 0 || !baseSha || !headSha) return notFound(ctx);

  const comparison = template(COMPARE, ctx);
  const commitTemplate = (comparison.commits as unknown[])[0];
  const fileTemplate = obj((comparison.files as unknown[])[0]);
  const range = [...Array(Math.max(0, headIndex - baseIndex)).keys()].map((k) => baseIndex + 1 + k);
  // Unpaginated requests get up to 250 commits; page/per_page switch to normal paging.
  const paging = ctx.query.has('page') || ctx.query.has('per_page');
  const page = paging ? paginate(range, ctx.url) : { items: range.slice(0, 250) };

  const before = filesAt(ctx.state, baseSha) ?? {};
  const after = filesAt(ctx.state, headSha) ?? {};
  const changed = [...new Set(range.flatMap((i) => ctx.state.commits[i]?.files ?? []))];
  const body = Object.assign(comparison, {
    url: `${repoApi(ctx)}/compare/${basehead}`,
    html_url: `${repoHtml(ctx)}/compare/${basehead}`,
    permalink_url: `${repoHtml(ctx)}/compare/${ctx.state.repo.owner}:${baseSha}...${ctx.state.repo.owner}:${headSha}`,
    diff_url: `${repoHtml(ctx)}/compare/${basehead}.diff`,
    patch_url: `${repoHtml(ctx)}/compare/${basehead}.patch`,
    base_commit: commitShape(commitTemplate, baseIndex, ctx),
    merge_base_commit: commitShape(commitTemplate, Math.min(baseIndex, headIndex), ctx),
    status: headIndex > baseIndex ? 'ahead' : headIndex < baseIndex ? 'behind' : 'identical',
    ahead_by: Math.max(0, headIndex - baseIndex),
    behind_by: Math.max(0, baseIndex - headIndex),
    total_commits: range.length,
    commits: page.items.map((i) => commitShape(commitTemplate, i, ctx)),
    files: changed.map((path) => fileShape(fileTemplate, fileChange(path, before[path], after[path]), headSha, ctx)),
  });
  return json(body, 200, page.link ? { link: page.link } : undefined);
}

export const commitRoutes: RouteDefinition[] = [
  { route: COMMIT, handler: getCommit },
  { route: COMPARE, handler: compare },
  { route: TAGS, handler: listTags },
];
