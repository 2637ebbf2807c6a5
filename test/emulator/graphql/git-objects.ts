/**
 * Repository.object(expression: "<rev>:<path>"): the Blob or Tree at a path of a commit, as
 * git's revision syntax and GitHub resolve it; null when the revision or the path does not
 * exist. Files come from the state's snapshots (filesAt), as GET contents/{path} serves them.
 */

import { blobSha } from '../model/ids';
import { filesAt } from '../model/refs';
import type { EmulatorState } from '../model/state';
import { nodeId } from '../shapes';
import type { GraphqlContext } from './models';

interface BlobModel {
  kind: 'Blob';
  text: string;
}
interface TreeModel {
  kind: 'Tree';
  path: string;
  sha: string;
}

/** The object at `path` of commit `sha`; `path` '' is the commit's root tree. */
export function objectAtPath(state: EmulatorState, sha: string, path: string): BlobModel | TreeModel | null {
  const files = filesAt(state, sha);
  if (!files) return null;
  const clean = path.replace(/^\.?\/+|\/+$/g, '');
  const text = files[clean];
  if (text !== undefined) return { kind: 'Blob', text };
  if (clean === '' || Object.keys(files).some((file) => file.startsWith(`${clean}/`))) return { kind: 'Tree', path: clean, sha };
  return null;
}

/**
 * GitHub's text check: binary when it holds a NUL byte (text is then null). GitHub truncates
 * `text` of large blobs; the emulator's files are small, so it never does.
 */
const isBinary = (blob: BlobModel) => blob.text.includes('\0');

type Resolver<Source> = (source: Source, args: Record<string, unknown>, ctx: GraphqlContext) => unknown;

export const blobResolvers: Record<string, Resolver<BlobModel>> = {
  id: (source) => nodeId('Blob', blobSha(source.text)),
  oid: (source) => blobSha(source.text),
  abbreviatedOid: (source) => blobSha(source.text).slice(0, 7),
  byteSize: (source) => Buffer.byteLength(source.text, 'utf8'),
  isBinary: (source) => isBinary(source),
  isTruncated: () => false,
  text: (source) => (isBinary(source) ? null : source.text),
};

export const treeResolvers: Record<string, Resolver<TreeModel>> = {
  // Not git's tree hash: a stable id for the directory at this commit.
  id: (source) => nodeId('Tree', blobSha(`tree ${source.sha}:${source.path}`)),
  oid: (source) => blobSha(`tree ${source.sha}:${source.path}`),
  abbreviatedOid: (source) => blobSha(`tree ${source.sha}:${source.path}`).slice(0, 7),
};
