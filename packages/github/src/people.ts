// GitHub's view of who holds which role: team membership and repository permission,
// read once per person and team.
import type { GitHubClient } from './gateway/client';
import { GitHubApiError, isNotFound } from './gateway/failure';

type Membership = 'active' | 'pending' | undefined;
type Permission = 'none' | 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export function gitHubRoleDirectory(client: GitHubClient, owner: string, repo: string) {
  const memberships = new Map<string, Promise<Membership>>();
  const permissions = new Map<string, Promise<Permission>>();
  return {
    teamMembership(team: string, login: string): Promise<Membership> {
      const key = `${team}:${login}`.toLowerCase();
      if (!memberships.has(key)) memberships.set(key, readMembership(client, team, login));
      return memberships.get(key) as Promise<Membership>;
    },
    repositoryPermission(login: string): Promise<Permission> {
      const key = login.toLowerCase();
      if (!permissions.has(key)) permissions.set(key, readPermission(client, owner, repo, login));
      return permissions.get(key) as Promise<Permission>;
    },
  };
}

async function readMembership(client: GitHubClient, team: string, username: string): Promise<Membership> {
  const [org = '', team_slug = ''] = team.split('/');
  try {
    const data = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug, username }, 'members: read');
    return data.state === 'active' ? 'active' : 'pending';
  } catch (error) {
    if (isNotFound(error)) return undefined;
    if (error instanceof GitHubApiError && error.status === 403) {
      // GITHUB_TOKEN is a repository token: it can never read organisation teams.
      throw new Error(
        `${error.request}: cannot read membership of @${team}: the token lacks the organization permission \`members: read\` ` +
          '(GITHUB_TOKEN never has it; pass a GitHub App token with Members read, or a token with read:org)',
      );
    }
    throw error;
  }
}

async function readPermission(client: GitHubClient, owner: string, repo: string, username: string): Promise<Permission> {
  try {
    // Needs only read access to the repository, which every token that can see it has.
    const data = await client.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner, repo, username }, 'metadata: read');
    const role = (data.role_name ?? data.permission) as string;
    return (['read', 'triage', 'write', 'maintain', 'admin'] as const).find((level) => level === role) ?? (data.permission as Permission) ?? 'none';
  } catch (error) {
    if (isNotFound(error)) return 'none';
    throw error;
  }
}
