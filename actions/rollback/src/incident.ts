// The incident issue of a rollback: one per workflow run, so a re-run updates it.
import { findMarkedIssue, type GitHubClient, type RunContext } from '@release-governance/github';
import type { RollbackSettings } from '@release-governance/policy';

export const incidentMarker = (runId: number) => `<!-- release-governance:rollback run=${runId} -->`;

export function findIncident(client: GitHubClient, context: RunContext, settings: RollbackSettings) {
  return findMarkedIssue(client, context, { marker: incidentMarker(context.runId), labels: settings.incident.labels, state: 'all' });
}

/** Writes the whole record in one request: an issue is never half-written. */
export async function writeIncident(
  client: GitHubClient,
  context: RunContext,
  settings: RollbackSettings,
  existing: { number: number } | undefined,
  title: string,
  body: string,
): Promise<{ number: number; url: string }> {
  const { owner, repo } = context;
  const data = existing
    ? await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: existing.number, title, body }, 'issues: write')
    : await client.request(
        'POST /repos/{owner}/{repo}/issues',
        { owner, repo, title, body, labels: settings.incident.labels, assignees: settings.incident.assignees },
        'issues: write',
      );
  return { number: data.number, url: data.html_url };
}
