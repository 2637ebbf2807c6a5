// The range of a release: from the previous release (the newest published, non-draft,
// non-prerelease release whose tag is an ancestor of the commit) to the commit itself.
import type { GitHubClient } from './gateway/client';
import { isNotFound } from './gateway/failure';

/** What changed in a release; its commits and pull requests come from releaseHistory. */
export interface ReleaseRange {
  /** The previous release, or undefined for a first release. */
  previous?: { tag: string; url?: string };
  to: string;
  /** Files changed in the range; for a first release, the files of the commit's tree. */
  files: string[];
}

export interface PreviousRelease {
  tag: string;
  url?: string;
  /** The commit the tag points at. */
  sha: string;
  /** Commits from it to the target (the compare's ahead_by), so the history is read no further. */
  commitsSince: number;
  /** When its commit was committed (ISO 8601), if GitHub says. */
  committedAt?: string;
}

export interface PreviousReleaseOptions {
  /** The tag being released, which is not its own predecessor. */
  excludeTag?: string;
  includePrereleases?: boolean;
  /** Only tags with this prefix count (e.g. `v`). */
  tagPrefix?: string;
  /** The repository's releases, when the caller has read them already (see listReleases). */
  releases?: ReleaseSummary[];
}

export type Release = Awaited<ReturnType<typeof listReleases>>[number];
/** What finding the previous release, and creating or updating one, read of a release. */
export type ReleaseSummary = Pick<Release, 'id' | 'tag_name' | 'draft' | 'prerelease' | 'created_at' | 'published_at' | 'html_url'>;

/** The policy's release-notes settings that say which releases are of this line. */
export interface ReleaseLine {
  'tag-prefix': string;
  'include-prereleases': boolean;
}

/**
 * The one way every action looks for the previous release: in the policy's release line (its
 * tag prefix, pre-releases or not), never the tag being released itself.
 */
export function previousReleaseOptions(line: ReleaseLine, excludeTag?: string, releases?: ReleaseSummary[]): PreviousReleaseOptions {
  return {
    tagPrefix: line['tag-prefix'],
    includePrereleases: line['include-prereleases'],
    ...(excludeTag ? { excludeTag } : {}),
    ...(releases ? { releases } : {}),
  };
}

/** Every release of the repository, drafts included (for a token that may see them). */
export function listReleases(client: GitHubClient, owner: string, repo: string) {
  return client.all('GET /repos/{owner}/{repo}/releases', { owner, repo }, 'contents: read');
}

/**
 * The newest published release whose tag is an ancestor of `sha`: drafts never count,
 * pre-releases only when asked, so a hotfix on a release branch compares with its own line.
 */
export async function findPreviousRelease(
  client: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
  options: PreviousReleaseOptions = {},
): Promise<PreviousRelease | undefined> {
  const releases = options.releases ?? (await listReleases(client, owner, repo));
  const candidates = releases
    .filter((release) => !release.draft && (options.includePrereleases || !release.prerelease))
    .filter((release) => release.tag_name !== options.excludeTag && release.tag_name.startsWith(options.tagPrefix ?? ''))
    .sort((a, b) => Date.parse(b.published_at ?? b.created_at) - Date.parse(a.published_at ?? a.created_at));
  for (const release of candidates) {
    const ancestry = await compareStatus(client, owner, repo, release.tag_name, sha);
    if (ancestry?.status === 'ahead') {
      const { baseSha: sha, aheadBy: commitsSince, committedAt } = ancestry;
      return { tag: release.tag_name, url: release.html_url, sha, commitsSince, ...(committedAt ? { committedAt } : {}) };
    }
  }
  return undefined;
}

/** Whether `head` is ahead of `base`, read with a one-commit page. */
async function compareStatus(client: GitHubClient, owner: string, repo: string, base: string, head: string) {
  try {
    const data = await client.request(
      'GET /repos/{owner}/{repo}/compare/{basehead}',
      { owner, repo, basehead: `${base}...${head}`, per_page: 1 },
      'contents: read',
    );
    return { status: data.status, baseSha: data.base_commit.sha, aheadBy: data.ahead_by, committedAt: data.base_commit.commit.committer?.date };
  } catch (error) {
    if (isNotFound(error)) return undefined; // a tag that no longer exists
    throw error;
  }
}

/** The files changed from `previous` (already found) to `sha`; the whole tree when there is none. */
export async function rangeSince(client: GitHubClient, owner: string, repo: string, sha: string, previous: PreviousRelease | undefined): Promise<ReleaseRange> {
  if (!previous) return { to: sha, files: await treeFiles(client, owner, repo, sha) };
  // GitHub lists a comparison's files (up to 300) with its first page of commits; one commit a page is enough.
  const data = await client.request(
    'GET /repos/{owner}/{repo}/compare/{basehead}',
    { owner, repo, basehead: `${previous.tag}...${sha}`, per_page: 1 },
    'contents: read',
  );
  return { previous: { tag: previous.tag, url: previous.url }, to: sha, files: (data.files ?? []).map((file) => file.filename) };
}

async function treeFiles(client: GitHubClient, owner: string, repo: string, sha: string): Promise<string[]> {
  const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: sha, recursive: 'true' }, 'contents: read');
  return tree.tree.filter((entry) => entry.type === 'blob' && entry.path).map((entry) => entry.path as string);
}
