// Issues an action writes and finds again: each carries an HTML comment marker naming the
// run, so a re-run of the same run updates its issue instead of opening another.
import type { RunContext } from './context';
import type { GitHubClient } from './gateway/client';

export interface MarkedIssue {
  number: number;
  url: string;
  createdAt: string;
}

/** The first issue with `labels` (and `state`) whose body carries `marker`, reading pages only until found. */
export async function findMarkedIssue(
  client: GitHubClient,
  context: RunContext,
  options: { marker: string; labels: string[]; state: 'open' | 'all' },
): Promise<MarkedIssue | undefined> {
  const found = await client.find(
    'GET /repos/{owner}/{repo}/issues',
    { owner: context.owner, repo: context.repo, state: options.state, labels: options.labels.join(',') },
    'issues: read',
    (issue) => issue.body?.includes(options.marker) ?? false,
  );
  return found && { number: found.number, url: found.html_url, createdAt: found.created_at };
}
