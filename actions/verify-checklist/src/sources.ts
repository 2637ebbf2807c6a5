// Where the checklist is read from: a file, an issue, or the pull request of the event.
// Always fetched fresh, so a box ticked after the event counts when the job is re-run.
// Comments tick items only when their author could have edited the checklist themselves
// (the policy's checklist.comment-permission, default write); anyone else's are ignored
// and named, so a stranger's `- [x]` cannot complete a release checklist.
import { isBot } from '@release-governance/approval';
import type { ChecklistDocument, IgnoredComment } from '@release-governance/checklist';
import { type GitHubClient, gitHubRoleDirectory, isPullRequestEvent, type RunContext, repositoryFileReader } from '@release-governance/github';
import type { RepositoryPermission } from '@release-governance/policy';
import { shortSha } from '@release-governance/render';

interface SourceInputs {
  checklistFile: string;
  issueNumber?: number;
  withComments: boolean;
  /** The least repository permission whose comments count. */
  commentPermission: RepositoryPermission;
}

export interface ChecklistSources {
  documents: ChecklistDocument[];
  ignoredComments: IgnoredComment[];
}

export async function readChecklistDocuments(client: GitHubClient, context: RunContext, sha: string, inputs: SourceInputs): Promise<ChecklistSources> {
  const { owner, repo } = context;
  const comments = (issue_number: number, permission: string) =>
    inputs.withComments ? readComments(client, context, issue_number, permission, inputs.commentPermission) : { documents: [], ignoredComments: [] };
  if (inputs.checklistFile) {
    const markdown = await repositoryFileReader(client, owner, repo, sha)(inputs.checklistFile);
    if (markdown === undefined) {
      throw new Error(`checklist-file: ${inputs.checklistFile} does not exist at commit ${shortSha(sha)}`);
    }
    return {
      documents: [{ label: inputs.checklistFile, url: `${context.serverUrl}/${owner}/${repo}/blob/${sha}/${inputs.checklistFile}`, markdown }],
      ignoredComments: [],
    };
  }
  if (inputs.issueNumber !== undefined) {
    const issue_number = inputs.issueNumber;
    const issue = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number }, 'issues: read');
    const body = { label: `issue #${issue_number}`, url: issue.html_url, markdown: issue.body ?? '' };
    const read = await comments(issue_number, 'issues: read');
    return { documents: [body, ...read.documents], ignoredComments: read.ignoredComments };
  }
  if (isPullRequestEvent(context.eventName) && context.payload.pull_request) {
    const pull_number = Number(context.payload.pull_request.number);
    const pull = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number }, 'pull-requests: read');
    const body = { label: `pull request #${pull_number}`, url: pull.html_url, markdown: pull.body ?? '' };
    const read = await comments(pull_number, 'pull-requests: read');
    return { documents: [body, ...read.documents], ignoredComments: read.ignoredComments };
  }
  throw new Error(
    `No checklist to read: a ${context.eventName} event carries no pull request. Set \`issue-number\` (a release-tracking issue) or \`checklist-file\`.`,
  );
}

const PERMISSION_RANK: Record<string, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/**
 * Comments, oldest first, by people who could have edited the checklist: a bot's comment (a
 * posted template, say) and a comment by someone below `least` cannot tick or untick items.
 */
async function readComments(
  client: GitHubClient,
  context: RunContext,
  issue_number: number,
  permission: string,
  least: RepositoryPermission,
): Promise<ChecklistSources> {
  const { owner, repo } = context;
  const comments = await client.all('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number }, permission);
  const directory = gitHubRoleDirectory(client, owner, repo);
  const documents: ChecklistDocument[] = [];
  const ignoredComments: IgnoredComment[] = [];
  for (const comment of comments) {
    const login = comment.user?.login ?? 'unknown';
    if (!comment.user || isBot(comment.user)) {
      ignoredComments.push({ login, url: comment.html_url, reason: 'is a bot' });
      continue;
    }
    const held = await directory.repositoryPermission(login);
    if ((PERMISSION_RANK[held] ?? 0) < (PERMISSION_RANK[least] ?? 0)) {
      ignoredComments.push({ login, url: comment.html_url, reason: `has ${held} permission; checklist.comment-permission requires ${least}` });
      continue;
    }
    documents.push({ label: `comment by ${login}`, url: comment.html_url, markdown: comment.body ?? '' });
  }
  return { documents, ignoredComments };
}
