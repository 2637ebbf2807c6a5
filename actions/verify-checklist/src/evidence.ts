// Collects, through the API, the evidence for each kind the ticked items need. Each kind
// is read independently; one that cannot be read becomes "not proven" with the reason
// (e.g. the permission to add), so the report still covers every item.

import { entriesOf } from '@release-governance/changes';
import {
  type CodeScanningAlertInfo,
  type DependabotAlertInfo,
  type EvidenceResult,
  evaluateChecks,
  evaluateDocs,
  evaluateReleaseNotes,
  evaluateReviews,
  evaluateSecurity,
  unavailable,
} from '@release-governance/checklist';
import {
  findPreviousRelease,
  GitHubApiError,
  type GitHubClient,
  listReleases,
  type PreviousRelease,
  previousReleaseOptions,
  type Release,
  type ReleaseLine,
  type ReleaseRange,
  type RunContext,
  rangeSince,
  releaseHistory,
  repositoryFileReader,
} from '@release-governance/github';
import type { EvidenceKind, EvidenceSettings } from '@release-governance/policy';

interface EvidenceRequest {
  client: GitHubClient;
  context: RunContext;
  sha: string;
  tag?: string;
  settings: EvidenceSettings;
  /** The policy's release line, where the previous release is looked for. */
  releaseLine: ReleaseLine;
  /** The pull request under review now: its own commits are not "merged since the last release". */
  currentPullNumber?: number;
}

/** Reads shared by several kinds of evidence, each made at most once. */
interface SharedReads {
  releases(): Promise<Release[]>;
  previousRelease(): Promise<PreviousRelease | undefined>;
  releaseRange(): Promise<ReleaseRange>;
}

type Collector = (request: EvidenceRequest, shared: SharedReads) => Promise<EvidenceResult>;

const COLLECTORS: Record<EvidenceKind, Collector> = {
  checks: collectChecks,
  reviews: collectReviews,
  security: collectSecurity,
  'release-notes': collectReleaseNotes,
  docs: collectDocs,
};

export async function collectEvidence(kinds: EvidenceKind[], request: EvidenceRequest): Promise<Partial<Record<EvidenceKind, EvidenceResult>>> {
  const { client, context, sha } = request;
  let releases: Promise<Release[]> | undefined;
  let previous: Promise<PreviousRelease | undefined> | undefined;
  let range: Promise<ReleaseRange> | undefined;
  const shared: SharedReads = {
    releases: () => (releases ??= listReleases(client, context.owner, context.repo)),
    previousRelease: () =>
      (previous ??= shared
        .releases()
        .then((found) => findPreviousRelease(client, context.owner, context.repo, sha, previousReleaseOptions(request.releaseLine, request.tag, found)))),
    releaseRange: () => (range ??= shared.previousRelease().then((found) => rangeSince(client, context.owner, context.repo, sha, found))),
  };
  const results = await Promise.all(
    kinds.map(async (kind) => {
      try {
        return await COLLECTORS[kind](request, shared);
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
    client.all('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner, repo, ref: sha, filter: 'latest' }, 'checks: read'),
    client.all('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { owner, repo, ref: sha }, 'statuses: read'),
  ]);
  return evaluateChecks({ sha, checkRuns, statuses, settings: settings.checks, currentRunId: context.runId || undefined });
}

/** Pull requests and commits since the previous release, from the GraphQL history: 100 commits a request. */
async function collectReviews(request: EvidenceRequest, shared: SharedReads): Promise<EvidenceResult> {
  const previous = await shared.previousRelease();
  const history = await releaseHistory(request.client, request.context, request.sha, previous?.sha, { commitsInRange: previous?.commitsSince });
  // The pull request under review now is not "merged since the last release"; its commits are its own.
  const entries = entriesOf(history).filter((entry) => request.currentPullNumber === undefined || entry.openPull !== request.currentPullNumber);
  return evaluateReviews({
    range: { from: previous?.tag, to: request.sha },
    pulls: entries.flatMap((entry) =>
      entry.kind === 'pull' ? [{ number: entry.number as number, url: entry.url, author: entry.author?.login ?? '', approvers: entry.approvers }] : [],
    ),
    directCommits: entries.flatMap((entry) =>
      entry.kind === 'commit' ? [{ sha: entry.sha, message: entry.title, url: entry.url, openPull: entry.openPull }] : [],
    ),
    settings: request.settings.reviews,
  });
}

async function collectSecurity({ client, context, settings }: EvidenceRequest): Promise<EvidenceResult> {
  const { owner, repo } = context;
  const codeScanning = readAlerts<CodeScanningAlertInfo>('code scanning is not enabled', () =>
    client.all('GET /repos/{owner}/{repo}/code-scanning/alerts', { owner, repo, state: 'open' }, 'security-events: read'),
  );
  const dependabot = settings.security.dependabot
    ? readAlerts<DependabotAlertInfo>('Dependabot alerts are not enabled', async () =>
        (await client.all('GET /repos/{owner}/{repo}/dependabot/alerts', { owner, repo, state: 'open' }, 'vulnerability-alerts: read')).map((alert) => ({
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
async function readAlerts<T>(notEnabled: string, read: () => Promise<T[]>): Promise<T[] | { unavailable: string }> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
      return { unavailable: `${notEnabled} for this repository, so nothing proves it clean (${error.message})` };
    }
    throw error;
  }
}

async function collectReleaseNotes({ client, context, sha, tag, settings }: EvidenceRequest, shared: SharedReads): Promise<EvidenceResult> {
  const { owner, repo } = context;
  const release = tag ? (await shared.releases()).find((candidate) => candidate.tag_name === tag) : undefined;
  const lookedFor = settings['release-notes'].files
    .filter((pattern) => tag || !/\{(tag|version)\}/.test(pattern))
    .map((pattern) => pattern.replaceAll('{tag}', tag ?? '').replaceAll('{version}', (tag ?? '').replace(/^v/, '')));
  const read = repositoryFileReader(client, owner, repo, sha);
  const found: string[] = [];
  for (const path of release ? [] : lookedFor) if ((await read(path)) !== undefined) found.push(path);
  return evaluateReleaseNotes({ tag, release, notesFilesFound: found, notesFilesLookedFor: lookedFor });
}

async function collectDocs({ settings }: EvidenceRequest, shared: SharedReads): Promise<EvidenceResult> {
  const range = await shared.releaseRange();
  return evaluateDocs({ range: { from: range.previous?.tag, to: range.to }, files: range.files, paths: settings.docs.paths });
}
