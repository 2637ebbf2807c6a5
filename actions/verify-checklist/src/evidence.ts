// Collects, through the API, the evidence for each kind the ticked items need. Each kind
// is read independently; one that cannot be read becomes "not proven" with the reason
// (e.g. the permission to add), so the report still covers every item.
import { mapLimit } from '@release-governance/async';
import {
  evaluateChecks,
  evaluateDocs,
  evaluateReleaseNotes,
  evaluateReviews,
  evaluateSecurity,
  unavailable,
  type CodeScanningAlertInfo,
  type DependabotAlertInfo,
  type EvidenceResult,
  type MergedPullInfo,
} from '@release-governance/checklist';
import {
  findReleaseRange,
  isApiError,
  readWithPermission,
  repositoryFileReader,
  type GitHubClient,
  type RangeCommit,
  type ReleaseRange,
  type RunContext,
} from '@release-governance/github';
import type { EvidenceKind, EvidenceSettings } from '@release-governance/policy';

export interface EvidenceRequest {
  client: GitHubClient;
  context: RunContext;
  sha: string;
  tag?: string;
  settings: EvidenceSettings;
  /** The pull request under review now: its own commits are not "merged since the last release". */
  currentPullNumber?: number;
}

type Collector = (request: EvidenceRequest, range: () => Promise<ReleaseRange>) => Promise<EvidenceResult>;

const COLLECTORS: Record<EvidenceKind, Collector> = {
  checks: collectChecks,
  reviews: collectReviews,
  security: collectSecurity,
  'release-notes': collectReleaseNotes,
  docs: collectDocs,
};

export async function collectEvidence(
  kinds: EvidenceKind[],
  request: EvidenceRequest,
): Promise<Partial<Record<EvidenceKind, EvidenceResult>>> {
  let range: Promise<ReleaseRange> | undefined;
  const releaseRange = () =>
    (range ??= findReleaseRange(request.client, request.context.owner, request.context.repo, request.sha, { excludeTag: request.tag }));
  const results = await Promise.all(
    kinds.map(async (kind) => {
      try {
        return await COLLECTORS[kind](request, releaseRange);
      } catch (error) {
        return unavailable(kind, `cannot verify: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  return Object.fromEntries(results.map((result) => [result.kind, result]));
}

async function collectChecks({ client, context, sha, settings }: EvidenceRequest): Promise<EvidenceResult> {
  const { owner, repo } = context;
  const [checkRuns, statuses] = await Promise.all([
    readWithPermission('check runs', 'checks: read', () =>
      client.paginate(client.rest.checks.listForRef, { owner, repo, ref: sha, filter: 'latest', per_page: 100 }),
    ),
    readWithPermission('commit statuses', 'statuses: read', () =>
      client.paginate(client.rest.repos.listCommitStatusesForRef, { owner, repo, ref: sha, per_page: 100 }),
    ),
  ]);
  return evaluateChecks({ sha, checkRuns, statuses, settings: settings.checks, currentRunId: context.runId || undefined });
}

async function collectReviews(request: EvidenceRequest, releaseRange: () => Promise<ReleaseRange>): Promise<EvidenceResult> {
  const { client, context } = request;
  const { owner, repo } = context;
  const range = await releaseRange();
  const pulls = new Map<number, MergedPullInfo>();
  const directCommits: (RangeCommit & { openPull?: number })[] = [];

  await mapLimit(range.commits, 8, async (commit) => {
    const associated = await readWithPermission('pull requests of a commit', 'pull-requests: read', () =>
      client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, { owner, repo, commit_sha: commit.sha, per_page: 100 }),
    );
    if (request.currentPullNumber !== undefined && associated.some((pull) => pull.number === request.currentPullNumber)) return;
    const merged = associated.filter((pull) => pull.merged_at);
    if (merged.length === 0) directCommits.push({ ...commit, openPull: associated.find((pull) => pull.state === 'open')?.number });
    for (const pull of merged) {
      if (!pulls.has(pull.number)) {
        pulls.set(pull.number, { number: pull.number, title: pull.title, url: pull.html_url, author: pull.user?.login ?? '', reviews: [] });
      }
    }
  });
  await mapLimit([...pulls.values()], 8, async (pull) => {
    const reviews = await readWithPermission('pull request reviews', 'pull-requests: read', () =>
      client.paginate(client.rest.pulls.listReviews, { owner, repo, pull_number: pull.number, per_page: 100 }),
    );
    pull.reviews = reviews.map((review) => ({ user: review.user?.login ?? '', userType: review.user?.type, state: review.state }));
  });

  const order = new Map(range.commits.map((commit, index) => [commit.sha, index]));
  directCommits.sort((a, b) => (order.get(a.sha) ?? 0) - (order.get(b.sha) ?? 0));
  return evaluateReviews({
    range: { from: range.previous?.tag, to: range.to },
    pulls: [...pulls.values()].sort((a, b) => a.number - b.number),
    directCommits,
    settings: request.settings.reviews,
  });
}

async function collectSecurity({ client, context, settings }: EvidenceRequest): Promise<EvidenceResult> {
  const { owner, repo } = context;
  const codeScanning = readAlerts<CodeScanningAlertInfo>('code scanning alerts', 'security-events: read', 'code scanning is not enabled', () =>
    client.paginate(client.rest.codeScanning.listAlertsForRepo, { owner, repo, state: 'open', per_page: 100 }),
  );
  const dependabot = settings.security.dependabot
    ? readAlerts<DependabotAlertInfo>('Dependabot alerts', 'vulnerability-alerts: read', 'Dependabot alerts are not enabled', async () =>
        (await client.paginate(client.rest.dependabot.listAlertsForRepo, { owner, repo, state: 'open', per_page: 100 })).map((alert) => ({
          number: alert.number,
          html_url: alert.html_url,
          severity: alert.security_advisory.severity,
          package: alert.dependency.package?.name ?? 'unknown package',
        })),
      )
    : undefined;
  return evaluateSecurity({ codeScanning: await codeScanning, dependabot: await dependabot, settings: settings.security });
}

/** A feature that is off (403/404 that is not about the token) means there is nothing to prove it with. */
async function readAlerts<T>(what: string, permission: string, notEnabled: string, read: () => Promise<T[]>): Promise<T[] | { unavailable: string }> {
  try {
    return await readWithPermission(what, permission, read);
  } catch (error) {
    if (isApiError(error) && (error.status === 403 || error.status === 404)) {
      return { unavailable: `${notEnabled} for this repository, so nothing proves it clean (GitHub said: ${error.message})` };
    }
    throw error;
  }
}

async function collectReleaseNotes({ client, context, sha, tag, settings }: EvidenceRequest): Promise<EvidenceResult> {
  const { owner, repo } = context;
  const release = tag
    ? (
        await readWithPermission('releases', 'contents: read', () =>
          client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 }),
        )
      ).find((candidate) => candidate.tag_name === tag)
    : undefined;
  const lookedFor = settings['release-notes'].files
    .filter((pattern) => tag || !/\{(tag|version)\}/.test(pattern))
    .map((pattern) => pattern.replaceAll('{tag}', tag ?? '').replaceAll('{version}', (tag ?? '').replace(/^v/, '')));
  const read = repositoryFileReader(client, owner, repo, sha);
  const found: string[] = [];
  for (const path of release ? [] : lookedFor) if ((await read(path)) !== undefined) found.push(path);
  return evaluateReleaseNotes({ tag, release, notesFilesFound: found, notesFilesLookedFor: lookedFor });
}

async function collectDocs({ settings }: EvidenceRequest, releaseRange: () => Promise<ReleaseRange>): Promise<EvidenceResult> {
  const range = await releaseRange();
  return evaluateDocs({ range: { from: range.previous?.tag, to: range.to }, files: range.files, paths: settings.docs.paths });
}
