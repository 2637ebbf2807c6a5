import type { RunContext } from './context';
import { isNotFound } from './gateway/failure';
import type { GitHubClient } from './gateway/client';

/**
 * Reads repository files through the API at a fixed commit, so an action needs no checkout
 * and reads exactly the commit it was told to trust. `undefined` for a missing file.
 */
export function repositoryFileReader(client: GitHubClient, owner: string, repo: string, ref: string) {
  const read = repositoryFileBytesReader(client, owner, repo, ref);
  return async (path: string): Promise<string | undefined> => (await read(path))?.toString('utf8');
}

/** The file's bytes, undecoded, for readers that must refuse text that is not UTF-8 (the policy files). */
export function repositoryFileBytesReader(client: GitHubClient, owner: string, repo: string, ref: string) {
  return async (path: string): Promise<Buffer | undefined> => {
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

/**
 * Reads the governance files (the policy, the role document) at a commit the change under
 * review cannot alter: on events about a pull request, its base; otherwise the run's commit.
 */
export function policyFileReader(client: GitHubClient, context: RunContext) {
  const base: string | undefined = context.payload.pull_request?.base?.sha;
  return repositoryFileBytesReader(client, context.owner, context.repo, base ?? context.sha);
}
