// Where approvals come from: the pull request's reviews, or the deployment approvals of
// this workflow run. Each returns the decisions (approvals and rejections) to tally and
// what was already rejected. Environment approvals count only for the environment this
// run deploys to: the policy's, else the event's; when neither is known the step fails
// rather than accept an approval given for another environment.
import {
  approvalRequiredFor,
  type Decision,
  type Exclusions,
  type GuardDecision,
  type Judgement,
  reduceReviews,
  sameLogin,
} from '@release-governance/approval';
import {
  findPreviousRelease,
  type GitHubClient,
  previousReleaseOptions,
  type ReleaseLine,
  type RunContext,
  releaseHistory,
  runUrl,
} from '@release-governance/github';
import type { ApproverSettings } from '@release-governance/policy';
import { shortSha } from '@release-governance/render';

export interface CollectedApprovals {
  subject: { label: string; url?: string };
  decisions: Decision[];
  /** Approvals rejected before any role lookup (stale, dismissed, another environment's). */
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

/**
 * On pull_request_review the actor is the reviewer whose review the event is: excluding
 * them would make every real approval fail. The actor rule stops people approving their own
 * change, so here it applies to those who changed the code (the pull request's author and
 * its commits' authors and committers) and not to that reviewer. A re-run by someone else
 * still excludes the one who re-ran it.
 */
function reviewEventActors(context: RunContext): Exclusions {
  const reviewer: string | undefined = context.payload.review?.user?.login;
  return {
    actor: sameLogin(context.actor, reviewer) ? undefined : context.actor,
    triggeringActor: sameLogin(context.triggeringActor, reviewer) ? undefined : context.triggeringActor,
  };
}

export async function fromPullRequest(client: GitHubClient, context: RunContext, sha: string, settings: ApproverSettings): Promise<CollectedApprovals> {
  const { owner, repo } = context;
  const pull_number =
    PULL_REQUEST_EVENTS.has(context.eventName) && context.payload.pull_request
      ? Number(context.payload.pull_request.number)
      : await pullRequestOfCommit(client, context, sha);
  const pull = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number }, 'pull-requests: read');
  const reviewEvent = context.eventName === 'pull_request_review';
  const [reviews, files, commits] = await Promise.all([
    client.all('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { owner, repo, pull_number }, 'pull-requests: read'),
    client.all('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner, repo, pull_number }, 'pull-requests: read'),
    settings['separation-of-duties'] || reviewEvent
      ? client.all('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { owner, repo, pull_number }, 'pull-requests: read')
      : Promise.resolve([]),
  ]);
  const { decisions, rejected } = reduceReviews(
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
    decisions,
    prejudged: rejected,
    exclusions: {
      ...(reviewEvent ? reviewEventActors(context) : actors(context)),
      pullRequestAuthor: pull.user?.login,
      commitAuthors: settings['separation-of-duties']
        ? commits.flatMap((commit) => (commit.author?.login ? [{ login: commit.author.login, sha: commit.sha }] : []))
        : undefined,
      changedBy: reviewEvent
        ? commits.flatMap((commit) => [
            ...(commit.author?.login ? [{ login: commit.author.login, sha: commit.sha, as: 'author' as const }] : []),
            ...(commit.committer?.login ? [{ login: commit.committer.login, sha: commit.sha, as: 'committer' as const }] : []),
          ])
        : undefined,
    },
    // Both sides of a rename count: moving the release workflow away changes the release process.
    guard: approvalRequiredFor(
      files.map(({ filename, status, previous_filename }) => ({ filename, status, previous_filename })),
      settings['protected-paths'],
    ),
  };
}

async function pullRequestOfCommit(client: GitHubClient, context: RunContext, sha: string): Promise<number> {
  const { owner, repo } = context;
  const pulls = await client.all('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner, repo, commit_sha: sha }, 'pull-requests: read');
  const pull = pulls.find((candidate) => candidate.merge_commit_sha === sha) ?? pulls.find((candidate) => candidate.head.sha === sha) ?? pulls[0];
  if (!pull) {
    throw new Error(
      `No pull request is associated with commit ${shortSha(sha)}: set \`source\` to environment (deployment approvals) or issue (ask in an issue).`,
    );
  }
  return pull.number;
}

/** The run whose deployment approvals count: the reviewed run on deployment_review, else this one. */
function approvalRunId(context: RunContext): number {
  return context.eventName === 'deployment_review' && context.payload.workflow_run?.id ? Number(context.payload.workflow_run.id) : context.runId;
}

export async function readRunApprovals(client: GitHubClient, context: RunContext) {
  return client.request(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    { owner: context.owner, repo: context.repo, run_id: approvalRunId(context) },
    'actions: read',
  );
}

/**
 * The environment this run deploys to, from the event: a deployment's (deployment,
 * deployment_status), or the reviewed job's (deployment_review). Undefined when the event
 * does not say, or names more than one.
 */
function eventEnvironment(context: RunContext): string | undefined {
  const { payload } = context;
  if (context.eventName === 'deployment' || context.eventName === 'deployment_status') return payload.deployment?.environment || undefined;
  if (context.eventName !== 'deployment_review') return undefined;
  const named = [
    payload.environment,
    payload.workflow_job_run?.environment,
    ...(payload.workflow_job_runs ?? []).map((run: { environment?: string }) => run.environment),
  ];
  const distinct = [...new Set(named.filter((name): name is string => typeof name === 'string' && name !== '').map((name) => name.toLowerCase()))];
  return distinct.length === 1 ? named.find((name) => typeof name === 'string' && name.toLowerCase() === distinct[0]) : undefined;
}

export async function fromEnvironment(
  client: GitHubClient,
  context: RunContext,
  sha: string,
  settings: ApproverSettings,
  policyFile: string,
  releaseLine: ReleaseLine,
  approvals?: Awaited<ReturnType<typeof readRunApprovals>>,
): Promise<CollectedApprovals> {
  const environment = settings.environment ?? eventEnvironment(context);
  if (!environment) {
    throw new Error(
      `Cannot tell which environment's approvals count: a ${context.eventName} event does not name the environment this run deploys to. ` +
        `Set the input \`environment\` or \`approvers.environment\` in ${policyFile}.`,
    );
  }
  const runId = approvalRunId(context);
  const url = runUrl(context, runId);
  const decisions: Decision[] = [];
  const prejudged: Judgement[] = [];
  // Environment names are case-insensitive on GitHub.
  for (const approval of approvals ?? (await readRunApprovals(client, context))) {
    const login = approval.user.login;
    const names = approval.environments.map((candidate) => candidate.name ?? '');
    if (!names.some((name) => name.toLowerCase() === environment.toLowerCase())) {
      const verb = approval.state === 'approved' ? 'approved' : 'rejected';
      prejudged.push({
        login,
        via: 'environment',
        url,
        verdict: 'rejected',
        reason: `${verb} environment ${names.map((name) => `\`${name}\``).join(', ')}, not \`${environment}\``,
      });
      continue;
    }
    const candidate = { login, account: { login, type: approval.user.type }, via: 'environment' as const, url };
    decisions.push(approval.state === 'approved' ? { decision: 'approve', candidate } : { decision: 'deny', candidate, rejected: 'rejected the deployment' });
  }
  const commitAuthors = settings['separation-of-duties'] ? await releaseCommitAuthors(client, context, sha, releaseLine) : undefined;
  return {
    subject: { label: `workflow run ${runId}, environment ${environment}`, url },
    decisions,
    prejudged,
    exclusions: { ...actors(context), commitAuthors },
    guard: approvalRequiredFor(undefined, settings['protected-paths']),
  };
}

/** Authors of the commits since the previous release, for separation of duties outside a pull request. */
export async function releaseCommitAuthors(client: GitHubClient, context: RunContext, sha: string, releaseLine: ReleaseLine) {
  const previous = await findPreviousRelease(client, context.owner, context.repo, sha, previousReleaseOptions(releaseLine));
  const history = await releaseHistory(client, context, sha, previous?.sha, { commitsInRange: previous?.commitsSince });
  return history.flatMap((commit) => (commit.author ? [{ login: commit.author, sha: commit.oid }] : []));
}
