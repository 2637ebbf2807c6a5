// The issue source: for repositories without environment reviewers, ask in an issue and
// wait for qualifying people to comment an approve or deny word. The issue is always
// closed with the outcome, also when the job is cancelled, so none is left half-done.

import {
  commentDecision,
  type Decision,
  type Exclusions,
  editedAfterPosting,
  type Judgement,
  nearMissReason,
  type RoleDirectory,
  type RoleRules,
  tallyDecisions,
} from '@release-governance/approval';
import { graceAfter, listenForCancellation, sleep } from '@release-governance/async';
import { findMarkedIssue, type GitHubClient, type RunContext } from '@release-governance/github';
import type { ApproverSettings } from '@release-governance/policy';
import { markdownCode, markdownText, plural, shortSha } from '@release-governance/render';
import { logLine } from '@release-governance/report';

type IssueOutcome = 'approved' | 'denied' | 'timed out' | 'cancelled';

interface IssueResult {
  issue: { number: number; url: string };
  outcome: IssueOutcome;
  judgements: Judgement[];
  accepted: string[];
}

interface WaitOptions {
  client: GitHubClient;
  context: RunContext;
  sha: string;
  settings: ApproverSettings;
  rules: RoleRules;
  exclusions: Exclusions;
  directory: RoleDirectory;
}

export async function approvalByIssue(options: WaitOptions): Promise<IssueResult> {
  const { client, context, settings } = options;
  const { owner, repo } = context;
  // Listen for cancellation before the issue exists, so no window leaves it open.
  const cancelled = listenForCancellation();
  // Polling stops at the cancellation; closing the issue may take until the runner's grace ends.
  const polling = client.withSignal(cancelled.signal);
  const closing = client.finishing(cancelled.signal, graceAfter(cancelled.signal, CLOSE_WITHIN_MS));
  let issue: Awaited<ReturnType<typeof openApprovalIssue>>;
  try {
    issue = await openApprovalIssue(options);
  } catch (error) {
    cancelled.dispose();
    throw error;
  }
  logLine(`Waiting for approval in ${issue.url}`);

  let result: Omit<IssueResult, 'issue'> = { outcome: 'cancelled', judgements: [], accepted: [] };
  try {
    const deadline = Date.now() + settings.issue['timeout-minutes'] * 60_000;
    while (!cancelled.signal.aborted) {
      const comments = await polling
        .all('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue.number, since: issue.createdAt }, 'issues: read')
        .catch((error: unknown) => {
          if (cancelled.signal.aborted) return undefined; // the read was stopped by the cancellation
          throw error;
        });
      if (!comments) break;
      const { decision, judgements, accepted } = await tally(comments, options);
      logLine(`${plural(comments.length, 'comment')}; ${accepted.length} of ${settings['min-approvals']} approvals${decision ? `; ${decision}` : ''}`);
      const remaining = deadline - Date.now();
      const outcome: IssueOutcome | undefined = cancelled.signal.aborted ? 'cancelled' : (decision ?? (remaining <= 0 ? 'timed out' : undefined));
      result = { outcome: outcome ?? 'cancelled', judgements, accepted };
      if (outcome) break;
      await sleep(Math.min(settings.issue['poll-seconds'] * 1000, remaining), cancelled.signal);
    }
    if (cancelled.signal.aborted) result = { ...result, outcome: 'cancelled' };
  } finally {
    // Still listening: a second signal must not stop the issue from being closed.
    await closeApprovalIssue(closing, context, issue.number, result);
    cancelled.dispose();
  }
  return { issue: { number: issue.number, url: issue.url }, ...result };
}

/** The runner sends SIGKILL 10 s after its first signal. */
const CLOSE_WITHIN_MS = 8_000;

const MARKER = (runId: number) => `<!-- release-governance:approval run=${runId} -->`;

/** Reuses this run's open approval issue (a re-run), or opens one naming who may approve. */
async function openApprovalIssue({ client, context, sha, settings, rules }: WaitOptions) {
  const { owner, repo } = context;
  const marker = MARKER(context.runId);
  const labels = settings.issue.labels;
  const existing = await findMarkedIssue(client, context, { marker, labels, state: 'open' });
  if (existing) return existing;

  // Pinging who may approve is the point; anything that is not a login or org/team is inert text.
  const mention = (name: string) => (/^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(name) ? `@${name}` : markdownText(name));
  const eligible = [...rules.users.map(mention), ...rules.teams.map(mention)];
  const who = eligible.length > 0 ? eligible.join(', ') : `anyone with ${markdownText(rules.minPermission ?? 'maintain')} permission on this repository`;
  const body = [
    marker,
    `The workflow run ${context.runUrl} asks a release manager to approve commit ${markdownCode(sha)}.`,
    '',
    `**Who may approve:** ${who} — a person, not a bot or agent account, and not the person who started the run (${markdownCode(context.actor)}).`,
    `**Approvals needed:** ${settings['min-approvals']} from different people.`,
    '',
    `To approve, comment a line that is just one of: ${settings['approve-words'].map(markdownCode).join(', ')}.`,
    `To deny, comment one of: ${settings['deny-words'].map(markdownCode).join(', ')}.`,
    '',
    `The run waits ${settings.issue['timeout-minutes']} minutes, then fails.`,
  ].join('\n');
  const data = await client.request(
    'POST /repos/{owner}/{repo}/issues',
    { owner, repo, title: `Release approval: ${shortSha(sha)} (run ${context.runId})`, body, labels },
    'issues: write',
  );
  return { number: data.number, url: data.html_url, createdAt: data.created_at };
}

type IssueComment = { user?: { login: string; type?: string } | null; body?: string; html_url: string; created_at?: string; updated_at?: string };

/**
 * Decides from the comments so far: denied, approved, or no decision yet (undefined), by
 * tallyDecisions' rule for every source (a release manager's deny is final; a person
 * approves once). Comments that use a decision word without being a decision, and
 * approvals edited after posting, are listed as not counted. The role directory caches its
 * reads, so polling again asks GitHub nothing new about the same people.
 */
async function tally(
  comments: IssueComment[],
  options: WaitOptions,
): Promise<{ decision?: 'approved' | 'denied'; judgements: Judgement[]; accepted: string[] }> {
  const { settings, rules, exclusions, directory } = options;
  const words = { approve: settings['approve-words'], deny: settings['deny-words'] };
  const decisions: Decision[] = [];
  const ignored: Judgement[] = [];
  for (const comment of comments) {
    if (!comment.user) continue;
    const { login, type } = comment.user;
    const candidate = { login, account: { login, type }, via: 'comment' as const, url: comment.html_url };
    const decision = commentDecision(comment.body ?? '', words);
    const nearMiss = decision ? undefined : nearMissReason(comment.body ?? '', words);
    if (nearMiss) ignored.push({ login, via: 'comment', url: comment.html_url, verdict: 'rejected', reason: nearMiss });
    // A deny stays a deny when edited: stopping a release is the safe side.
    else if (decision === 'approve' && editedAfterPosting(comment)) {
      ignored.push({
        login,
        via: 'comment',
        url: comment.html_url,
        verdict: 'rejected',
        reason: 'approval was edited after it was posted (anyone with write access can edit a comment): post a new comment',
      });
    } else if (decision) decisions.push({ decision, candidate });
  }
  const { judgements, accepted, denied } = await tallyDecisions(decisions, rules, exclusions, directory);
  const decision = denied ? 'denied' : accepted.length >= settings['min-approvals'] ? 'approved' : undefined;
  return { decision, judgements: [...ignored, ...judgements], accepted };
}

async function closeApprovalIssue(client: GitHubClient, context: RunContext, issue_number: number, result: Omit<IssueResult, 'issue'>) {
  const { owner, repo } = context;
  const by = result.accepted.map(markdownCode).join(', ');
  const message: Record<IssueOutcome, string> = {
    approved: `Approved by ${by}. The run continues.`,
    denied: 'Denied by a release manager. The run fails.',
    'timed out': 'No decision before the timeout. The run fails; re-run it to ask again.',
    cancelled: 'The run was cancelled before a decision.',
  };
  const body = `**Outcome: ${result.outcome}.** ${message[result.outcome]}`;
  await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number, body }, 'issues: write');
  const state_reason = result.outcome === 'approved' ? 'completed' : 'not_planned';
  await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number, state: 'closed', state_reason }, 'issues: write');
}
