// The incident issue of a rollback: one per workflow run, so a re-run updates it.
import { readWithPermission, type GitHubClient, type RunContext } from '@release-governance/github';
import type { RollbackSettings } from '@release-governance/policy';

export const incidentMarker = (runId: number) => `<!-- release-governance:rollback run=${runId} -->`;

export async function findIncident(client: GitHubClient, context: RunContext, settings: RollbackSettings) {
  const issues = await readWithPermission('issues', 'issues: read', () =>
    client.paginate(client.rest.issues.listForRepo, { owner: context.owner, repo: context.repo, state: 'all', labels: settings.incident.labels.join(','), per_page: 100 }),
  );
  const found = issues.find((issue) => issue.body?.includes(incidentMarker(context.runId)));
  return found ? { number: found.number, url: found.html_url } : undefined;
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
  const { data } = existing
    ? await readWithPermission('incident issue', 'issues: write', () => client.rest.issues.update({ owner, repo, issue_number: existing.number, title, body }))
    : await readWithPermission('incident issue', 'issues: write', () =>
        client.rest.issues.create({ owner, repo, title, body, labels: settings.incident.labels, assignees: settings.incident.assignees }),
      );
  return { number: data.number, url: data.html_url };
}
