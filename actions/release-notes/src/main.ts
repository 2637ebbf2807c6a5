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
  listReleases,
  type GitHubClient,
  type Release,
  policyFileReader,
  readRunContext,
  releaseHistory,
  releaseTagOf,
  repositoryFileBytesReader,
  resolveCommit,
  type RunContext,
} from '@release-governance/github';
import { cancelReverts, categorise, entriesOf, filterByPaths, listedEntries, nextVersion, notesStepReport, renderNotes } from '@release-governance/notes';
import { applyInputOverrides, changelogSchema, describePolicy, loadPolicy, parseYamlWithSchema, type ChangelogConfig } from '@release-governance/policy';
import { finishStep, logLine, stage } from '@release-governance/report';
import { readInputs, type NotesInputs } from './inputs';
import { z } from 'zod';

/** GitHub reads either name; many teams use the `.yaml` one. */
const GITHUB_RELEASE_CONFIGS = ['.github/release.yml', '.github/release.yaml'];

export async function run(): Promise<void> {
  const inputs = readInputs();
  const context = readRunContext();
  const client = createGitHubClient(inputs.token);
  const policy = await stage('1. Policy', () => loadPolicy({ read: policyFileReader(client, context), policyPath: inputs.policy }), describePolicy);
  const settings = applyInputOverrides('release-notes', policy.releaseNotes, { 'tag-prefix': inputs.tagPrefix || undefined }, { 'tag-prefix': 'tag-prefix' });
  const mode = inputs.release;

  // The range: from the previous release (or the `from` input) to the target.
  const to = inputs.to || releaseTagOf(context) || context.sha;
  const toSha = await resolveCommit(client, context, to);
  if (!toSha) throw new Error(`input \`to\`: "${to}" is not a tag, branch or commit of ${context.owner}/${context.repo}`);
  const fromInput = inputs.from;
  // Read once: for the previous release, and for the release to create or update.
  const releases = !fromInput || mode !== 'none' ? await listReleases(client, context.owner, context.repo) : [];
  let from: { tag: string; sha: string } | undefined;
  if (fromInput) {
    const sha = await resolveCommit(client, context, fromInput);
    if (!sha) throw new Error(`input \`from\`: "${fromInput}" is not a tag or commit of ${context.owner}/${context.repo}`);
    from = { tag: fromInput, sha };
  } else {
    from = await findPreviousRelease(client, context.owner, context.repo, toSha, {
      excludeTag: to,
      includePrereleases: settings['include-prereleases'],
      tagPrefix: settings['tag-prefix'],
      releases,
    });
  }

  const commits = await releaseHistory(client, context, toSha, from?.sha);
  const { kept, cancelled } = cancelReverts(entriesOf(commits));
  const paths = settings.paths;
  if (paths.include.length > 0 || paths.exclude.length > 0) {
    // Pull requests bring their files; commits without one are read only when paths filter.
    await mapLimit(kept.filter((entry) => entry.kind === 'commit'), 8, async (entry) => {
      entry.files = await commitFiles(client, context, entry.sha);
    });
  }
  const entries = filterByPaths(kept, paths);
  const changelog = settings.changelog ?? (await githubReleaseConfig(client, context, toSha));
  const sections = categorise(entries, changelog, settings['breaking-labels']);
  const version = nextVersion(from?.tag, listedEntries(sections), {
    tagPrefix: settings['tag-prefix'],
    initialVersion: settings['initial-version'],
    breakingLabels: settings['breaking-labels'],
    minorLabels: settings['minor-labels'],
  });
  const toLabel = to === context.sha || to === toSha ? toSha : to;
  const notes = renderNotes({ repository: { owner: context.owner, repo: context.repo, serverUrl: context.serverUrl }, from: from?.tag, to: toLabel, sections });
  logLine(`Range ${from?.tag ?? 'the first commit'} … ${toLabel}: ${commits.length} commits, ${cancelled.length} cancelled by reverts; version ${version}`);

  const tag = inputs.tag || (to !== toSha && to !== context.sha ? to : `${settings['tag-prefix']}${version}`);
  const publication = { notes, outputFile: inputs.outputFile, mode, releases, tag, sha: toSha };
  const release = await stage('2. Publish', () => publish(client, context, publication), describePublished);
  const counts = { commits: commits.length, cancelled: cancelled.length };
  await finishStep(notesStepReport({ notes, version, tagPrefix: settings['tag-prefix'], from, to: toLabel, ...counts, sections, tag, release }));
}

interface Publication {
  notes: string;
  outputFile: string;
  mode: NotesInputs['release'];
  releases: Release[];
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
  return release ? [`${release.created ? 'Created' : 'Updated'} ${release.draft ? 'draft ' : ''}release ${release.url}`] : ['No release written (release: none)'];
}

/** GitHub's own release-notes configuration, so teams keep the file they have. */
async function githubReleaseConfig(client: GitHubClient, context: RunContext, sha: string): Promise<ChangelogConfig> {
  const read = repositoryFileBytesReader(client, context.owner, context.repo, sha);
  for (const path of GITHUB_RELEASE_CONFIGS) {
    const text = await read(path);
    if (text !== undefined) return parseYamlWithSchema(path, text, z.strictObject({ changelog: changelogSchema.prefault({}) })).changelog;
  }
  return { exclude: { labels: [], authors: [] } };
}

/** Creates the release for the tag, or updates the one already there: a re-run never adds a second. */
async function upsertRelease(client: GitHubClient, context: RunContext, releases: Release[], options: { tag: string; sha: string; notes: string; draft: boolean }) {
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
