// Where approvals come from: the pull request's reviews, or the deployment approvals of
// this workflow run. Each returns candidates to judge and what was already rejected.
import {
  approvalRequiredFor,
  reduceReviews,
  type ApprovalCandidate,
  type Exclusions,
  type GuardDecision,
  type Judgement,
} from '@release-governance/approval';
import { findPreviousRelease, releaseHistory, type GitHubClient, type RunContext } from '@release-governance/github';
import type { ApproverSettings } from '@release-governance/policy';

export interface CollectedApprovals {
  subject: { label: string; url?: string };
  candidates: ApprovalCandidate[];
  /** Approvals rejected before any role lookup (stale, dismissed, revoked, rejected deployments). */
  prejudged: Judgement[];
  exclusions: Exclusions;
  guard: GuardDecision;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const DEPLOYMENT_EVENTS = new Set(['deployment_review', 'deployment', 'deployment_status']);

export type ApprovalSourceName = 'environment' | 'pull-request' | 'issue';

/** The source `auto` means for this event. */
export function sourceForEvent(eventName: string): ApprovalSourceName | undefined {
  if (PULL_REQUEST_EVENTS.has(eventName)) return 'pull-request';
  if (DEPLOYMENT_EVENTS.has(eventName)) return 'environment';
  return undefined;
}

function actors(context: RunContext): Exclusions {
  return { actor: context.actor, triggeringActor: context.triggeringActor };
}

export async function fromPullRequest(
  client: GitHubClient,
  context: RunContext,
  sha: string,
  settings: ApproverSettings,
): Promise<CollectedApprovals> {
  const { owner, repo } = context;
  const pull_number = PULL_REQUEST_EVENTS.has(context.eventName) && context.payload.pull_request
    ? Number(context.payload.pull_request.number)
    : await pullRequestOfCommit(client, context, sha);
  const pull = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number }, 'pull-requests: read');
  const [reviews, files, commits] = await Promise.all([
    client.all('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { owner, repo, pull_number }, 'pull-requests: read'),
    client.all('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner, repo, pull_number }, 'pull-requests: read'),
    settings['separation-of-duties'] ? client.all('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { owner, repo, pull_number }, 'pull-requests: read') : Promise.resolve([]),
  ]);
  const { candidates, rejected } = reduceReviews(
    reviews.map((review) => ({
      user: { login: review.user?.login ?? 'ghost', type: review.user?.type },
      state: review.state,
      commitId: review.commit_id ?? '',
      url: review.html_url,
    })),
    { headSha: pull.head.sha, allowStale: settings['allow-stale-approvals'] },
  );
  return {
    subject: { label: `pull request #${pull_number}`, url: pull.html_url },
    candidates,
    prejudged: rejected,
    exclusions: {
      ...actors(context),
      pullRequestAuthor: pull.user?.login,
      commitAuthors: commits.flatMap((commit) => (commit.author?.login ? [{ login: commit.author.login, sha: commit.sha }] : [])),
    },
    guard: approvalRequiredFor(
      files.map((file) => file.filename),
      settings['protected-paths'],
    ),
  };
}

async function pullRequestOfCommit(client: GitHubClient, context: RunContext, sha: string): Promise<number> {
  const { owner, repo } = context;
  const pulls = await client.all('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner, repo, commit_sha: sha }, 'pull-requests: read');
  const pull = pulls.find((candidate) => candidate.merge_commit_sha === sha) ?? pulls.find((candidate) => candidate.head.sha === sha) ?? pulls[0];
  if (!pull) {
    throw new Error(`No pull request is associated with commit ${sha.slice(0, 7)}: set \`source\` to environment (deployment approvals) or issue (ask in an issue).`);
  }
  return pull.number;
}

/** The run whose deployment approvals count: the reviewed run on deployment_review, else this one. */
export function approvalRunId(context: RunContext): number {
  return context.eventName === 'deployment_review' && context.payload.workflow_run?.id ? Number(context.payload.workflow_run.id) : context.runId;
}

export async function readRunApprovals(client: GitHubClient, context: RunContext) {
  return client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { owner: context.owner, repo: context.repo, run_id: approvalRunId(context) }, 'actions: read');
}

export async function fromEnvironment(
  client: GitHubClient,
  context: RunContext,
  sha: string,
  settings: ApproverSettings,
  approvals?: Awaited<ReturnType<typeof readRunApprovals>>,
): Promise<CollectedApprovals> {
  const environment = settings.environment;
  const runId = approvalRunId(context);
  const relevant = (approvals ?? (await readRunApprovals(client, context))).filter(
    (approval) => !environment || approval.environments.some((candidate) => candidate.name === environment),
  );
  const url = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${runId}`;
  const candidates: ApprovalCandidate[] = [];
  const prejudged: Judgement[] = [];
  for (const approval of relevant) {
    const login = approval.user.login;
    if (approval.state === 'approved') candidates.push({ login, account: { login, type: approval.user.type }, via: 'environment', url });
    else prejudged.push({ login, via: 'environment', url, verdict: 'rejected', reason: 'rejected the deployment' });
  }
  const commitAuthors = settings['separation-of-duties'] ? await releaseCommitAuthors(client, context, sha) : undefined;
  return {
    subject: { label: `workflow run ${runId}${environment ? `, environment ${environment}` : ''}`, url },
    candidates,
    prejudged,
    exclusions: { ...actors(context), commitAuthors },
    guard: approvalRequiredFor(undefined, settings['protected-paths']),
  };
}

/** Authors of the commits since the previous release, for separation of duties outside a pull request. */
export async function releaseCommitAuthors(client: GitHubClient, context: RunContext, sha: string) {
  const previous = await findPreviousRelease(client, context.owner, context.repo, sha);
  const history = await releaseHistory(client, context, sha, previous?.sha);
  return history.flatMap((commit) => (commit.author ? [{ login: commit.author, sha: commit.oid }] : []));
}
