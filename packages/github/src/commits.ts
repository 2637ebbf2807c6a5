// Commits and tags: what a name points at, what a commit changed, which tag names a commit.
import type { RunContext } from './context';
import type { GitHubClient } from './gateway/client';
import { GitHubApiError } from './gateway/failure';

/** A tag, branch or SHA as a commit; undefined when it does not exist. */
export async function resolveCommit(client: GitHubClient, context: RunContext, ref: string): Promise<string | undefined> {
  try {
    const data = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: context.owner, repo: context.repo, ref }, 'contents: read');
    return data.sha;
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 404 || error.status === 422)) return undefined;
    throw error;
  }
}

/** Files of a commit pushed without a pull request, for path filters. */
export async function commitFiles(client: GitHubClient, context: RunContext, ref: string): Promise<string[]> {
  const data = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: context.owner, repo: context.repo, ref }, 'contents: read');
  return (data.files ?? []).map((file) => file.filename);
}

/** Tag pages read at most, looking for a commit's tag: a release's tag is among the newest. */
const TAG_PAGES = 3;

/**
 * A tag that points at `sha`, `preferred` when it is one of them (e.g. the ref it was
 * deployed from); undefined when none does among the newest few pages of tags.
 */
export async function tagAt(client: GitHubClient, context: RunContext, sha: string, preferred?: string): Promise<string | undefined> {
  let pages = 0;
  for await (const page of client.pages('GET /repos/{owner}/{repo}/tags', { owner: context.owner, repo: context.repo }, 'contents: read')) {
    const names = page.filter((candidate) => candidate.commit.sha === sha).map((candidate) => candidate.name);
    if (names.length > 0) return names.find((name) => name === preferred) ?? names[0];
    if (++pages >= TAG_PAGES) return undefined;
  }
  return undefined;
}
