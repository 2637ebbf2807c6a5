import type { RunContext } from './context';
import type { GitHubClient } from './gateway/client';
import { isNotFound } from './gateway/failure';
import type { ReleaseSummary } from './history';

/**
 * Reads repository files through the API at a fixed commit, so an action needs no checkout
 * and reads exactly the commit it was told to trust. `undefined` for a missing file.
 */
export function repositoryFileReader(client: GitHubClient, owner: string, repo: string, ref: string) {
  const read = repositoryFileBytesReader(client, owner, repo, ref);
  return async (path: string): Promise<string | undefined> => (await read(path))?.toString('utf8');
}

/**
 * The file's bytes, undecoded, for readers that must refuse text that is not UTF-8 (the policy
 * files). A file the snapshot read ahead is served from it; any other costs one request.
 */
export function repositoryFileBytesReader(client: GitHubClient, owner: string, repo: string, ref: string, snapshot?: RepositorySnapshot) {
  return async (path: string): Promise<Buffer | undefined> => {
    const ahead = snapshot?.file(ref, path);
    if (ahead) {
      if ('problem' in ahead) throw new Error(`${path} at ${ref.slice(0, 12)} ${ahead.problem}`);
      return ahead.bytes;
    }
    try {
      const data = await client.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref }, 'contents: read');
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data) || typeof data.content !== 'string') {
        throw new Error(`${path} at ${ref.slice(0, 12)} is ${Array.isArray(data) ? 'a directory' : `a ${String(data.type)}`}, expected a file`);
      }
      return Buffer.from(data.content, 'base64');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  };
}

/** The commit governance files are read at: on events about a pull request its base, which the change under review cannot alter; otherwise the run's commit. */
export function policyRef(context: RunContext): string {
  return context.payload.pull_request?.base?.sha ?? context.sha;
}

/**
 * Reads the governance files (the policy, the role document) at policyRef, from the snapshot
 * when it read them ahead.
 */
export function policyFileReader(client: GitHubClient, context: RunContext, snapshot?: RepositorySnapshot) {
  return repositoryFileBytesReader(client, context.owner, context.repo, policyRef(context), snapshot);
}

/** A file read ahead: its bytes (undefined: no such file), or why it cannot be read as one. */
type SnapshotFile = { bytes: Buffer | undefined } | { problem: string };

/** Files and commits read in one GraphQL request (readRepositorySnapshot). */
export interface RepositorySnapshot {
  /** undefined: not read ahead, or not faithfully (the reader then reads it on its own). */
  file(ref: string, path: string): SnapshotFile | undefined;
  /** The commit a revision (tag, branch, sha) names; undefined when it names none. */
  commit(revision: string): string | undefined;
  /** The releases, newest first; undefined when not asked for, or more than one page (read them with listReleases). */
  releases(): ReleaseSummary[] | undefined;
}

/** The newest releases, as many as one connection gives: most repositories have fewer. */
const SNAPSHOT_RELEASES = 100;

interface ReleasesConnection {
  pageInfo: { hasNextPage: boolean };
  nodes: Array<{ databaseId: number; tagName: string; isDraft: boolean; isPrerelease: boolean; createdAt: string; publishedAt: string | null; url: string }>;
}

interface SnapshotObject {
  __typename: string;
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  oid?: string;
  target?: { oid?: string } | null;
}

/**
 * One request for what a run reads before it starts: files at their commits (the same
 * Repository.object GitHub resolves "<rev>:<path>" with) and the commits revisions name. The
 * revisions and paths travel as variables, never inside the query text.
 */
export async function readRepositorySnapshot(
  client: GitHubClient,
  context: RunContext,
  wanted: { files: Array<{ ref: string; path: string }>; commits: string[]; releases?: boolean },
): Promise<RepositorySnapshot> {
  const expressions = [...wanted.files.map(({ ref, path }) => `${ref}:${path}`), ...wanted.commits];
  const variables: Record<string, string> = { owner: context.owner, repo: context.repo };
  const fields = expressions.map((expression, index) => {
    variables[`e${index}`] = expression;
    return `e${index}: object(expression: $e${index}) { ...SnapshotObject }`;
  });
  if (wanted.releases)
    fields.push(
      `releases(first: ${SNAPSHOT_RELEASES}, orderBy: { field: CREATED_AT, direction: DESC }) { pageInfo { hasNextPage } nodes { databaseId tagName isDraft isPrerelease createdAt publishedAt url } }`,
    );
  const query = `query RepositorySnapshot($owner: String!, $repo: String!${expressions.map((_, index) => `, $e${index}: String!`).join('')}) {
  repository(owner: $owner, name: $repo) {
    ${fields.join('\n    ')}
  }
}
fragment SnapshotObject on GitObject {
  __typename
  ... on Blob { text isBinary isTruncated }
  ... on Commit { oid }
  ... on Tag { target { ... on Commit { oid } } }
}`;
  const data = await client.graphql<{ repository: (Record<string, SnapshotObject | null> & { releases?: ReleasesConnection }) | null }>(
    query,
    variables,
    'contents: read',
  );
  if (!data.repository) throw new Error(`${context.owner}/${context.repo} was not found`);
  const objects = new Map(expressions.map((expression, index) => [expression, data.repository?.[`e${index}`] ?? null]));
  const releases = data.repository.releases;
  return {
    releases: () => (releases && !releases.pageInfo.hasNextPage ? releases.nodes.map(releaseSummary) : undefined),
    file(ref, path) {
      const object = objects.get(`${ref}:${path}`);
      if (object === undefined) return undefined;
      if (object === null) return { bytes: undefined };
      if (object.__typename !== 'Blob') return { problem: `is ${object.__typename === 'Tree' ? 'a directory' : `a ${object.__typename}`}, expected a file` };
      // Text GraphQL cannot give byte for byte (binary, cut short, or with GitHub's U+FFFD for
      // bytes that are not UTF-8) is read on its own, so the loader sees the bytes and says where they are wrong.
      if (object.isBinary !== false || object.isTruncated || typeof object.text !== 'string' || object.text.includes('\uFFFD')) return undefined;
      return { bytes: Buffer.from(object.text, 'utf8') };
    },
    commit(revision) {
      const object = objects.get(revision);
      return object?.oid ?? object?.target?.oid ?? undefined;
    },
  };
}

/** A GraphQL release as REST names its fields. */
function releaseSummary(node: ReleasesConnection['nodes'][number]): ReleaseSummary {
  return {
    id: node.databaseId,
    tag_name: node.tagName,
    draft: node.isDraft,
    prerelease: node.isPrerelease,
    created_at: node.createdAt,
    published_at: node.publishedAt,
    html_url: node.url,
  };
}
