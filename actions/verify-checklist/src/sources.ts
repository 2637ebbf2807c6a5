// Where the checklist is read from: a file, an issue, or the pull request of the event.
// Always fetched fresh, so a box ticked after the event counts when the job is re-run.
import type { ChecklistDocument } from '@release-governance/checklist';
import { isPullRequestEvent, repositoryFileReader, type GitHubClient, type RunContext } from '@release-governance/github';

export interface SourceInputs {
  checklistFile: string;
  issueNumber: string;
  withComments: boolean;
}

export async function readChecklistDocuments(
  client: GitHubClient,
  context: RunContext,
  sha: string,
  inputs: SourceInputs,
): Promise<ChecklistDocument[]> {
  const { owner, repo } = context;
  if (inputs.checklistFile) {
    const markdown = await repositoryFileReader(client, owner, repo, sha)(inputs.checklistFile);
    if (markdown === undefined) {
      throw new Error(`checklist-file: ${inputs.checklistFile} does not exist at commit ${sha.slice(0, 7)}`);
    }
    return [{ label: inputs.checklistFile, url: `${context.serverUrl}/${owner}/${repo}/blob/${sha}/${inputs.checklistFile}`, markdown }];
  }
  if (inputs.issueNumber) {
    const issue_number = Number(inputs.issueNumber);
    if (!Number.isInteger(issue_number) || issue_number <= 0) {
      throw new Error(`issue-number: expected a positive whole number; got "${inputs.issueNumber}"`);
    }
    const issue = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number }, 'issues: read');
    const body = { label: `issue #${issue_number}`, url: issue.html_url, markdown: issue.body ?? '' };
    return [body, ...(inputs.withComments ? await readComments(client, owner, repo, issue_number, 'issues: read') : [])];
  }
  if (isPullRequestEvent(context.eventName) && context.payload.pull_request) {
    const pull_number = Number(context.payload.pull_request.number);
    const pull = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number }, 'pull-requests: read');
    const body = { label: `pull request #${pull_number}`, url: pull.html_url, markdown: pull.body ?? '' };
    return [body, ...(inputs.withComments ? await readComments(client, owner, repo, pull_number, 'pull-requests: read') : [])];
  }
  throw new Error(
    `No checklist to read: a ${context.eventName} event carries no pull request. Set \`issue-number\` (a release-tracking issue) or \`checklist-file\`.`,
  );
}

/** Comments by people, oldest first; a bot's comment (a posted template, say) cannot tick or untick items. */
async function readComments(
  client: GitHubClient,
  owner: string,
  repo: string,
  issue_number: number,
  permission: string,
): Promise<ChecklistDocument[]> {
  const comments = await client.all('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number }, permission);
  return comments
    .filter((comment) => comment.user && comment.user.type !== 'Bot' && !comment.user.login.endsWith('[bot]'))
    .map((comment) => ({ label: `comment by ${comment.user?.login ?? 'unknown'}`, url: comment.html_url, markdown: comment.body ?? '' }));
}
