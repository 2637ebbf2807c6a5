// The range of a release: from the previous release (the newest published, non-draft,
// non-prerelease release whose tag is an ancestor of the commit) to the commit itself.
import type { GitHubClient } from './client';
import { isNotFound, readWithPermission } from './errors';

export interface RangeCommit {
  sha: string;
  message: string;
  url?: string;
  /** The author's GitHub login, when the commit's email maps to an account. */
  author?: string;
}

export interface ReleaseRange {
  /** The previous release, or undefined for a first release. */
  previous?: { tag: string; url?: string };
  to: string;
  commits: RangeCommit[];
  /** Files changed in the range; for a first release, the files of the commit's tree. */
  files: string[];
}

export async function findReleaseRange(
  client: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
  options: { excludeTag?: string } = {},
): Promise<ReleaseRange> {
  const releases = await readWithPermission('releases', 'contents: read', () =>
    client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 }),
  );
  const candidates = releases
    .filter((release) => !release.draft && !release.prerelease && release.tag_name !== options.excludeTag)
    .sort((a, b) => Date.parse(b.published_at ?? b.created_at) - Date.parse(a.published_at ?? a.created_at));

  for (const release of candidates) {
    const range = await compareRange(client, owner, repo, release.tag_name, sha);
    // Only a release the commit descends from is "previous": a hotfix line compares with its own tags.
    if (range && range.status === 'ahead') {
      return { previous: { tag: release.tag_name, url: release.html_url }, to: sha, commits: range.commits, files: range.files };
    }
  }
  return firstReleaseRange(client, owner, repo, sha);
}

async function compareRange(client: GitHubClient, owner: string, repo: string, base: string, head: string) {
  const commits: RangeCommit[] = [];
  const files = new Set<string>();
  let status = '';
  try {
    await readWithPermission('commit comparisons', 'contents: read', async () => {
      // Compare pages its commits; the iterator's types cannot express that, so follow the Link header by hand.
      for (let page = 1; ; page++) {
        const { data, headers } = await client.rest.repos.compareCommitsWithBasehead({
          owner,
          repo,
          basehead: `${base}...${head}`,
          per_page: 100,
          page,
        });
        status = data.status;
        for (const commit of data.commits) commits.push({ sha: commit.sha, message: commit.commit.message, url: commit.html_url, author: commit.author?.login });
        for (const file of data.files ?? []) files.add(file.filename);
        if (!headers.link?.includes('rel="next"')) break;
      }
    });
  } catch (error) {
    if (isNotFound(error)) return undefined; // a tag that no longer exists
    throw error;
  }
  return { status, commits, files: [...files] };
}

async function firstReleaseRange(client: GitHubClient, owner: string, repo: string, sha: string): Promise<ReleaseRange> {
  const history = await readWithPermission('commits', 'contents: read', () =>
    client.paginate(client.rest.repos.listCommits, { owner, repo, sha, per_page: 100 }),
  );
  const { data: tree } = await readWithPermission('the repository tree', 'contents: read', () =>
    client.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' }),
  );
  return {
    to: sha,
    commits: history.map((commit) => ({ sha: commit.sha, message: commit.commit.message, url: commit.html_url, author: commit.author?.login })),
    files: tree.tree.filter((entry) => entry.type === 'blob' && entry.path).map((entry) => entry.path as string),
  };
}
