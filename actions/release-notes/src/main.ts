// release-notes: resolves the range (previous release → target), reads its commits and
// pull requests, and writes categorised, escaped notes — with the next version, the
// governance check of each entry, and optionally a draft or published release.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mapLimit } from '@release-governance/async';
import {
  commitFiles,
  createGitHubClient,
  findPreviousRelease,
  type GitHubClient,
  listReleases,
  policyFileReader,
  policyRef,
  previousReleaseOptions,
  RELEASE_HISTORY_PAGE_POINTS,
  type ReleaseSummary,
  type RepositorySnapshot,
  type RunContext,
  readRepositorySnapshot,
  readRunContext,
  releaseChanges,
  releaseTagOf,
  repositoryFileBytesReader,
} from '@release-governance/github';
import { cancelReverts, categorise, entriesOf, filterByPaths, listedEntries, nextVersion, notesStepReport, renderNotes } from '@release-governance/notes';
import {
  applyInputOverrides,
  type ChangelogConfig,
  changelogSchema,
  DEFAULT_POLICY_PATH,
  DEFAULT_ROLE_DOCUMENT_PATH,
  describePolicy,
  loadPolicy,
  type Policy,
  parseYamlWithSchema,
} from '@release-governance/policy';
import { plural } from '@release-governance/render';
import { finishStep, logLine, stage } from '@release-governance/report';
import { z } from 'zod';
import { type NotesInputs, readInputs } from './inputs';

/** GitHub reads either name; many teams use the `.yaml` one. */
const GITHUB_RELEASE_CONFIGS = ['.github/release.yml', '.github/release.yaml'];

type Settings = Policy['releaseNotes'];

export async function run(): Promise<void> {
  const inputs = readInputs();
  const context = readRunContext();
  const client = createGitHubClient(inputs.token);
  const to = inputs.to || releaseTagOf(context) || context.sha;
  const { snapshot, policy } = await stage(
    '1. Policy',
    () => readPolicy(client, context, inputs, to),
    ({ policy }) => describePolicy(policy),
  );
  const settings = applyInputOverrides('release-notes', policy.releaseNotes, { 'tag-prefix': inputs.tagPrefix || undefined }, { 'tag-prefix': 'tag-prefix' });
  const range = await stage('2. Range', () => resolveRange(client, context, { inputs, to, snapshot, settings }), describeRange);
  const history = await stage('3. History', () => readHistory(client, context, range, settings), describeHistory);
  const changelog = settings.changelog ?? (await githubReleaseConfig(client, context, to, snapshot));
  const sections = categorise(history.entries, changelog, settings['breaking-labels']);
  const version = nextVersion(range.from?.tag, listedEntries(sections), {
    tagPrefix: settings['tag-prefix'],
    initialVersion: settings['initial-version'],
    breakingLabels: settings['breaking-labels'],
    minorLabels: settings['minor-labels'],
  });
  const { from, toSha, releases } = range;
  const toLabel = to === context.sha || to === toSha ? toSha : to;
  const notes = renderNotes({ repository: { owner: context.owner, repo: context.repo, serverUrl: context.serverUrl }, from: from?.tag, to: toLabel, sections });
  logLine(`Version ${version}`);

  const tag = inputs.tag || (to !== toSha && to !== context.sha ? to : `${settings['tag-prefix']}${version}`);
  const publication = { notes, outputFile: inputs.outputFile, mode: inputs.release, releases, tag, sha: toSha };
  const release = await stage('4. Publish', () => publish(client, context, publication), describePublished);
  const counts = { commits: history.commits, cancelled: history.cancelled };
  await finishStep(notesStepReport({ notes, version, tagPrefix: settings['tag-prefix'], from, to: toLabel, ...counts, sections, tag, release }));
}

/**
 * One request for what every run reads first: the policy files, GitHub's release-notes
 * configuration at the target, the commits `to` and `from` name, and the releases; then the
 * policy from it.
 */
async function readPolicy(client: GitHubClient, context: RunContext, inputs: NotesInputs, to: string) {
  const governanceAt = policyRef(context);
  const snapshot = await readRepositorySnapshot(client, context, {
    files: [
      { ref: governanceAt, path: inputs.policy || DEFAULT_POLICY_PATH },
      { ref: governanceAt, path: DEFAULT_ROLE_DOCUMENT_PATH },
      ...GITHUB_RELEASE_CONFIGS.map((path) => ({ ref: to, path })),
    ],
    commits: inputs.from ? [to, inputs.from] : [to],
    releases: true,
  });
  const policy = await loadPolicy({ read: policyFileReader(client, context, snapshot), policyPath: inputs.policy });
  return { snapshot, policy };
}

interface Range {
  to: string;
  toSha: string;
  from?: { tag: string; sha: string; commitsSince?: number; committedAt?: string };
  /** Read once: for the previous release, and for the release to create or update. */
  releases: ReleaseSummary[];
}

/** The range: from the previous release (or the `from` input) to the target. */
async function resolveRange(
  client: GitHubClient,
  context: RunContext,
  { inputs, to, snapshot, settings }: { inputs: NotesInputs; to: string; snapshot: RepositorySnapshot; settings: Settings },
): Promise<Range> {
  const toSha = snapshot.commit(to);
  if (!toSha) throw new Error(`input \`to\`: "${to}" is not a tag, branch or commit of ${context.owner}/${context.repo}`);
  const releases = snapshot.releases() ?? (!inputs.from || inputs.release !== 'none' ? await listReleases(client, context.owner, context.repo) : []);
  if (inputs.from) {
    const sha = snapshot.commit(inputs.from);
    if (!sha) throw new Error(`input \`from\`: "${inputs.from}" is not a tag or commit of ${context.owner}/${context.repo}`);
    return { to, toSha, from: { tag: inputs.from, sha }, releases };
  }
  const from = await findPreviousRelease(client, context.owner, context.repo, toSha, previousReleaseOptions(settings, to, releases));
  return { to, toSha, from, releases };
}

function describeRange(range: Range): string[] {
  const since = range.from?.commitsSince === undefined ? '' : ` (${plural(range.from.commitsSince, 'commit')} ahead)`;
  return [`From ${range.from?.tag ?? 'the first commit'} to ${range.to} (${range.toSha})${since}`];
}

/** The range's commits and their pull requests, reverted pairs cancelled, path filters applied. */
async function readHistory(client: GitHubClient, context: RunContext, range: Range, settings: Settings) {
  const paths = settings.paths;
  const filtered = paths.include.length > 0 || paths.exclude.length > 0;
  const changes = await releaseChanges(client, context, range, { withFiles: filtered });
  const { kept, cancelled } = cancelReverts(entriesOf(changes.commits));
  if (filtered) {
    // Pull requests bring their files; commits without one are read only when paths filter.
    await mapLimit(
      kept.filter((entry) => entry.kind === 'commit'),
      8,
      async (entry) => {
        entry.files = await commitFiles(client, context, entry.sha);
      },
    );
  }
  const { commitCount: commits, readFrom, gaveUp, requests, points } = changes;
  return { entries: filterByPaths(kept, paths), commits, cancelled: cancelled.length, readFrom, gaveUp, requests, points };
}

function describeHistory(history: Awaited<ReturnType<typeof readHistory>>): string[] {
  return [
    ...(history.gaveUp ? [`Read from the history, not the pull requests: ${history.gaveUp}.`] : []),
    `Read ${plural(history.commits, 'commit')} from the ${history.readFrom} in ${plural(history.requests, 'GraphQL request')}: ${plural(history.points, 'rate-limit point')} (at most ${RELEASE_HISTORY_PAGE_POINTS} a request).`,
    `${plural(history.cancelled, 'entry', 'entries')} cancelled by reverts; ${plural(history.entries.length, 'entry', 'entries')} kept.`,
  ];
}

interface Publication {
  notes: string;
  outputFile: string;
  mode: NotesInputs['release'];
  releases: ReleaseSummary[];
  tag: string;
  sha: string;
}

/** Writes the notes to the output file, and creates or updates the release when asked. */
async function publish(client: GitHubClient, context: RunContext, publication: Publication) {
  if (publication.outputFile) {
    const path = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), publication.outputFile);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, publication.notes);
    logLine(`Wrote the notes to ${publication.outputFile}`);
  }
  if (publication.mode === 'none') return undefined;
  const { releases, tag, sha, notes } = publication;
  return upsertRelease(client, context, releases, { tag, sha, notes, draft: publication.mode === 'draft' });
}

function describePublished(release: Awaited<ReturnType<typeof publish>>): string[] {
  return release
    ? [`${release.created ? 'Created' : 'Updated'} ${release.draft ? 'draft ' : ''}release ${release.url}`]
    : ['No release written (release: none)'];
}

/** GitHub's own release-notes configuration, so teams keep the file they have. */
async function githubReleaseConfig(client: GitHubClient, context: RunContext, to: string, snapshot: RepositorySnapshot): Promise<ChangelogConfig> {
  const read = repositoryFileBytesReader(client, context.owner, context.repo, to, snapshot);
  for (const path of GITHUB_RELEASE_CONFIGS) {
    const text = await read(path);
    if (text !== undefined) return parseYamlWithSchema(path, text, z.strictObject({ changelog: changelogSchema.prefault({}) })).changelog;
  }
  return { exclude: { labels: [], authors: [] } };
}

/** Creates the release for the tag, or updates the one already there: a re-run never adds a second. */
async function upsertRelease(
  client: GitHubClient,
  context: RunContext,
  releases: ReleaseSummary[],
  options: { tag: string; sha: string; notes: string; draft: boolean },
) {
  const { owner, repo } = context;
  const existing = releases.find((release) => release.tag_name === options.tag);
  const data = existing
    ? await client.request(
        'PATCH /repos/{owner}/{repo}/releases/{release_id}',
        { owner, repo, release_id: existing.id, body: options.notes, draft: existing.draft && options.draft },
        'contents: write',
      )
    : await client.request(
        'POST /repos/{owner}/{repo}/releases',
        { owner, repo, tag_name: options.tag, target_commitish: options.sha, name: options.tag, body: options.notes, draft: options.draft },
        'contents: write',
      );
  return { id: data.id, url: data.html_url, draft: data.draft, created: !existing };
}
