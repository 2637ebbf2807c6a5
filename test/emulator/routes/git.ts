/**
 * Repository content and history: contents, commits, compare and trees, answered from the
 * linear history in `state.commits` and the snapshots in `state.files`.
 */
import { createHash } from 'node:crypto';
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { error, json, notFound, paged } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { fullName, isObject, itemTemplate, nodeId, noreplyEmail, obj, repoApi, repoHtml, template, user } from '../shapes';
import type { EmulatorState } from '../state';
import { blobSha, commitIndex, filesAt, resolveRef, resolveRefOrDefault, timestamp } from '../state';
import { unknownRef } from './checks';

const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';
const COMMITS = 'GET /repos/{owner}/{repo}/commits';
const COMMIT = 'GET /repos/{owner}/{repo}/commits/{ref}';
const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}';
const TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
const TAGS = 'GET /repos/{owner}/{repo}/tags';

/** Encodes each segment of a repository path for use in a URL. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A stable fake id for a directory (tree) object; git would hash its entries. */
function treeSha(commitSha: string, dir: string): string {
  return createHash('sha1').update(`tree ${commitSha}:${dir}`).digest('hex');
}

/** Base64 as GitHub sends file contents: a newline after every 60 characters and at the end. */
function githubBase64(text: string): string {
  const lines = Buffer.from(text, 'utf8').toString('base64').match(/.{1,60}/g) ?? [];
  return lines.map((line) => `${line}\n`).join('');
}

// ---------------------------------------------------------------------------------------
// GET /repos/{owner}/{repo}/contents/{path}

function wantsRaw(accept: string | undefined): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(accept ?? '');
}

/** Fields shared by file and directory entries of the contents API. */
function contentLinks(entry: JsonObject, path: string, ref: string, sha: string, kind: 'file' | 'dir', ctx: ShapeContext) {
  const self = `${repoApi(ctx)}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const git = `${repoApi(ctx)}/git/${kind === 'file' ? 'blobs' : 'trees'}/${sha}`;
  const html = `${repoHtml(ctx)}/${kind === 'file' ? 'blob' : 'tree'}/${ref}/${encodePath(path)}`;
  Object.assign(entry, {
    name: path.split('/').at(-1) ?? path,
    path,
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: kind === 'file' ? `https://raw.githubusercontent.com/${fullName(ctx)}/${ref}/${encodePath(path)}` : null,
    _links: { self, git, html },
  });
  return entry;
}

function fileContent(ctx: RouteContext, path: string, text: string, ref: string): JsonObject {
  const entry = contentLinks(template(CONTENTS, ctx, 'response-if-content-is-a-file'), path, ref, blobSha(text), 'file', ctx);
  return Object.assign(entry, {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text, 'utf8'),
    content: githubBase64(text),
  });
}

/** The entries directly under `dir`, or undefined when no file lives below it. */
function directoryListing(ctx: RouteContext, files: Record<string, string>, dir: string, ref: string, commitSha: string) {
  const prefix = `${dir}/`;
  const children = new Map<string, 'file' | 'dir'>();
  for (const path of Object.keys(files).filter((p) => p.startsWith(prefix))) {
    const [name, ...rest] = path.slice(prefix.length).split('/');
    if (name) children.set(name, rest.length ? 'dir' : 'file');
  }
  if (!children.size) return undefined;
  const entryTemplate = itemTemplate(CONTENTS, ctx, 'response-if-content-is-a-directory');
  return [...children.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, kind]) => {
      const path = `${prefix}${name}`;
      const text = files[path] ?? '';
      const sha = kind === 'file' ? blobSha(text) : treeSha(commitSha, path);
      const entry = contentLinks(structuredClone(entryTemplate), path, ref, sha, kind, ctx);
      return Object.assign(entry, { type: kind, size: kind === 'file' ? Buffer.byteLength(text, 'utf8') : 0 });
    });
}

function getContent(ctx: RouteContext): Reply {
  const ref = ctx.query.get('ref') || ctx.state.repo.defaultBranch;
  const sha = resolveRefOrDefault(ctx.state, ctx.query.get('ref') ?? undefined);
  const files = sha === undefined ? undefined : filesAt(ctx.state, sha);
  if (sha === undefined || files === undefined) return notFound(ctx, `No commit found for the ref ${ref}`);
  const path = ctx.params.path?.replace(/^\/+|\/+$/g, '') ?? '';
  const text = files[path];
  if (text !== undefined) {
    if (wantsRaw(ctx.headers.accept)) return { status: 200, raw: { text, contentType: 'application/vnd.github.raw; charset=utf-8' } };
    return json(fileContent(ctx, path, text, ref));
  }
  const listing = directoryListing(ctx, files, path, ref, sha);
  return listing ? json(listing) : notFound(ctx);
}

// ---------------------------------------------------------------------------------------
// Commit objects (list commits, compare)

type Commit = EmulatorState['commits'][number];

/** A commit object for `state.commits[index]`, from a commit example. */
export function commitShape(commitTemplate: unknown, index: number, ctx: ShapeContext): JsonObject {
  const commit = ctx.state.commits[index] as Commit;
  return commitObject(commitTemplate, { ...commit, date: commit.date ?? timestamp(index * 10) }, ctx.state.commits[index - 1], ctx);
}

/** A commit object for `commit` (in the history or not) with the given parent, from a commit example. */
export function commitObject(commitTemplate: unknown, commit: Commit, parent: { sha: string } | undefined, ctx: ShapeContext): JsonObject {
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
    parents: parent ? [Object.fromEntries(Object.entries({ sha: parent.sha, ...links(parent.sha) }).filter(([k]) => k in parentTemplate))] : [],
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

// ---------------------------------------------------------------------------------------
// GET /repos/{owner}/{repo}/commits

function listCommits(ctx: RouteContext): Reply {
  if (!ctx.state.commits.length) return error(ctx, 409, 'Git Repository is empty.');
  const ref = ctx.query.get('sha') ?? undefined;
  const sha = resolveRefOrDefault(ctx.state, ref);
  const index = sha === undefined ? -1 : commitIndex(ctx.state, sha);
  if (index < 0) return notFound(ctx, `No commit found for SHA: ${ref ?? ctx.state.repo.defaultBranch}`);
  const path = ctx.query.get('path')?.replace(/^\/+|\/+$/g, '');
  const indexes = [...Array(index + 1).keys()]
    .reverse()
    .filter((i) => !path || (ctx.state.commits[i]?.files ?? []).some((f) => f === path || f.startsWith(`${path}/`)));
  const commitTemplate = itemTemplate(COMMITS, ctx);
  return paged(paginate(indexes, ctx.url), (items) => items.map((i) => commitShape(commitTemplate, i, ctx)));
}

// ---------------------------------------------------------------------------------------
// GET /repos/{owner}/{repo}/tags

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

// ---------------------------------------------------------------------------------------
// GET /repos/{owner}/{repo}/commits/{ref}

/**
 * The files a history commit changed (its `files`), diffed against its parent's snapshot,
 * with their totals. GitHub pages files beyond 300; test commits are far smaller.
 */
function commitChanges(fileTemplate: JsonObject, index: number, ctx: ShapeContext): { files: JsonObject[]; stats: JsonObject } {
  const commit = ctx.state.commits[index] as Commit;
  const parent = ctx.state.commits[index - 1];
  const before = (parent && filesAt(ctx.state, parent.sha)) || {};
  const after = filesAt(ctx.state, commit.sha) ?? {};
  const files = (commit.files ?? []).map((path) => diffEntry(fileTemplate, path, before[path], after[path], commit.sha, ctx));
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
    const placeholder = commitObject(commitTemplate, { sha, message: `Commit ${sha.slice(0, 7)}` }, undefined, ctx);
    return json(Object.assign(placeholder, { author: null, committer: null, stats: { additions: 0, deletions: 0, total: 0 }, files: [] }));
  }
  return json(Object.assign(commitShape(commitTemplate, index, ctx), commitChanges(fileTemplate, index, ctx)));
}

// ---------------------------------------------------------------------------------------
// GET /repos/{owner}/{repo}/compare/{basehead}

/**
 * A changed file between two snapshots. Line counts come from a line diff when both
 * contents are known; a listed file whose contents the state does not give counts as a
 * one-line modification.
 */
export function diffEntry(fileTemplate: JsonObject, path: string, before: string | undefined, after: string | undefined, headSha: string, ctx: ShapeContext): JsonObject {
  const status = before === undefined && after !== undefined ? 'added' : after === undefined && before !== undefined ? 'removed' : 'modified';
  const diff = before === undefined && after === undefined ? undefined : lineDiff(before ?? '', after ?? '');
  const additions = diff?.additions ?? 1;
  const deletions = diff?.deletions ?? 1;
  const out: JsonObject = Object.assign(structuredClone(fileTemplate), {
    sha: after !== undefined ? blobSha(after) : before !== undefined ? blobSha(before) : null,
    filename: path,
    status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${repoHtml(ctx)}/blob/${headSha}/${encodePath(path)}`,
    raw_url: `${repoHtml(ctx)}/raw/${headSha}/${encodePath(path)}`,
    contents_url: `${repoApi(ctx)}/contents/${encodePath(path)}?ref=${headSha}`,
  });
  if (diff) out.patch = diff.patch;
  else delete out.patch;
  delete out.previous_filename;
  return out;
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
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
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
    files: changed.map((path) => diffEntry(fileTemplate, path, before[path], after[path], headSha, ctx)),
  });
  return json(body, 200, page.link ? { link: page.link } : undefined);
}

// ---------------------------------------------------------------------------------------
// GET /repos/{owner}/{repo}/git/trees/{tree_sha}

function getTree(ctx: RouteContext): Reply {
  const sha = resolveRef(ctx.state, ctx.params.tree_sha ?? '');
  const files = sha === undefined ? undefined : filesAt(ctx.state, sha);
  if (sha === undefined || files === undefined) return notFound(ctx);
  // GitHub treats any value of `recursive` as "recurse".
  const recursive = ctx.query.has('recursive');
  const gitTree = template(TREE, ctx, 'response-recursively-retrieving-a-tree');
  const entryTemplate = obj((gitTree.tree as unknown[])[0]);

  const entries = new Map<string, JsonObject>();
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    // Directories above the file are tree entries of their own.
    for (let depth = 1; depth < parts.length; depth++) {
      const dir = parts.slice(0, depth).join('/');
      if (!entries.has(dir) && (recursive || depth === 1)) {
        const dirSha = treeSha(sha, dir);
        const entry = Object.assign(structuredClone(entryTemplate), { path: dir, mode: '040000', type: 'tree', sha: dirSha, url: `${repoApi(ctx)}/git/trees/${dirSha}` });
        delete entry.size;
        entries.set(dir, entry);
      }
    }
    if (recursive || parts.length === 1) {
      const blob = blobSha(text);
      entries.set(path, Object.assign(structuredClone(entryTemplate), { path, mode: '100644', type: 'blob', size: Buffer.byteLength(text, 'utf8'), sha: blob, url: `${repoApi(ctx)}/git/blobs/${blob}` }));
    }
  }
  const tree = [...entries.values()].sort((a, b) => String(a.path).localeCompare(String(b.path)));
  return json(Object.assign(gitTree, { sha, url: `${repoApi(ctx)}/git/trees/${sha}`, tree, truncated: false }));
}

export const gitRoutes: RouteDefinition[] = [
  { route: CONTENTS, handler: getContent },
  { route: COMMITS, handler: listCommits },
  { route: COMMIT, handler: getCommit },
  { route: COMPARE, handler: compare },
  { route: TREE, handler: getTree },
  { route: TAGS, handler: listTags },
];
