import type { GitHubClient } from './client';
import type { RunContext } from './context';
import { isNotFound, readWithPermission } from './errors';

/**
 * Reads repository files through the API at a fixed commit, so an action needs no checkout
 * and reads exactly the commit it was told to trust. `undefined` for a missing file.
 */
export function repositoryFileReader(client: GitHubClient, owner: string, repo: string, ref: string) {
  return async (path: string): Promise<string | undefined> => {
    try {
      const { data } = await readWithPermission('repository files', 'contents: read', () =>
        client.rest.repos.getContent({ owner, repo, path, ref }),
      );
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
        throw new Error(`${path} is a ${Array.isArray(data) ? 'directory' : data.type}, expected a file`);
      }
      return Buffer.from(data.content, 'base64').toString('utf8');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  };
}

/**
 * Reads the governance files (the policy, the role document) at a commit the change under
 * review cannot alter: on events about a pull request, its base; otherwise the run's commit.
 */
export function policyFileReader(client: GitHubClient, context: RunContext) {
  const base: string | undefined = context.payload.pull_request?.base?.sha;
  return repositoryFileReader(client, context.owner, context.repo, base ?? context.sha);
}
