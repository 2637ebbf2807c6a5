/**
 * Repository content: files and directories (contents API) and git trees, answered from the
 * snapshots in `state.files`.
 */
import { createHash } from 'node:crypto';
import { blobSha } from '../model/ids';
import { filesAt, resolveRef, resolveRefOrDefault } from '../model/refs';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { json, notFound } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { encodePath, fullName, itemTemplate, obj, repoApi, repoHtml, template } from '../shapes';

const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';
const TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';

/** A stable fake id for a directory (tree) object; git would hash its entries. */
function treeSha(commitSha: string, dir: string): string {
  return createHash('sha1').update(`tree ${commitSha}:${dir}`).digest('hex');
}

/** Base64 as GitHub sends file contents: a newline after every 60 characters and at the end. */
function githubBase64(text: string): string {
  const lines =
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,60}/g) ?? [];
  return lines.map((line) => `${line}\n`).join('');
}

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
        const entry = Object.assign(structuredClone(entryTemplate), {
          path: dir,
          mode: '040000',
          type: 'tree',
          sha: dirSha,
          url: `${repoApi(ctx)}/git/trees/${dirSha}`,
        });
        delete entry.size;
        entries.set(dir, entry);
      }
    }
    if (recursive || parts.length === 1) {
      const blob = blobSha(text);
      entries.set(
        path,
        Object.assign(structuredClone(entryTemplate), {
          path,
          mode: '100644',
          type: 'blob',
          size: Buffer.byteLength(text, 'utf8'),
          sha: blob,
          url: `${repoApi(ctx)}/git/blobs/${blob}`,
        }),
      );
    }
  }
  const tree = [...entries.values()].sort((a, b) => String(a.path).localeCompare(String(b.path)));
  return json(Object.assign(gitTree, { sha, url: `${repoApi(ctx)}/git/trees/${sha}`, tree, truncated: false }));
}

export const contentRoutes: RouteDefinition[] = [
  { route: CONTENTS, handler: getContent },
  { route: TREE, handler: getTree },
];
