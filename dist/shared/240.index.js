export const id = 240;
export const ids = [240];
export const modules = {

/***/ 9240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/async/src/index.ts
var src = __webpack_require__(9151);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 18 modules
var github_src = __webpack_require__(2593);
// EXTERNAL MODULE: ./node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __webpack_require__(5496);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/notes/src/categorise.ts

function parseConventional(subject, body = '') {
    const match = /^(\w+)(?:\(([^)]*)\))?(!)?:\s*(.+)$/.exec(subject.trim());
    if (!match)
        return undefined;
    const [, type = '', scope, bang, description = ''] = match;
    return { type: type.toLowerCase(), scope, breaking: bang === '!' || /^BREAKING[ -]CHANGE:/m.test(body), description };
}
/** Labels a conventional type stands for, so unlabelled entries meet labelled categories. */
const TYPE_LABELS = {
    feat: ['feat', 'feature', 'enhancement'],
    fix: ['fix', 'bug', 'bugfix'],
    perf: ['perf', 'performance'],
    docs: ['docs', 'documentation'],
    refactor: ['refactor', 'refactoring'],
    test: ['test', 'tests'],
    build: ['build', 'dependencies'],
    ci: ['ci'],
    chore: ['chore', 'maintenance'],
    style: ['style'],
    revert: ['revert'],
};
const DEFAULT_CHANGELOG = {
    exclude: { labels: [], authors: [] },
    categories: [
        { title: 'Features', labels: ['feat', 'feature', 'enhancement'], exclude: { labels: [], authors: [] } },
        { title: 'Fixes', labels: ['fix', 'bug', 'bugfix'], exclude: { labels: [], authors: [] } },
        { title: 'Performance', labels: ['perf', 'performance'], exclude: { labels: [], authors: [] } },
        { title: 'Documentation', labels: ['docs', 'documentation'], exclude: { labels: [], authors: [] } },
        { title: 'Other Changes', labels: ['*'], exclude: { labels: [], authors: [] } },
    ],
};
const UNCATEGORISED_TITLE = 'Other Changes';
function labelsFor(entry) {
    if (entry.labels.length > 0)
        return entry.labels.map((label) => label.toLowerCase());
    const conventional = parseConventional(entry.title, entry.body);
    return conventional ? (TYPE_LABELS[conventional.type] ?? [conventional.type]) : [];
}
function isBreaking(entry, breakingLabels) {
    const wanted = new Set(breakingLabels.map((label) => label.toLowerCase()));
    return entry.labels.some((label) => wanted.has(label.toLowerCase())) || (parseConventional(entry.title, entry.body)?.breaking ?? false);
}
function excludedBy(rule, entry, labels) {
    const excludedLabels = new Set(rule.labels.map((label) => label.toLowerCase()));
    const author = entry.author?.login.toLowerCase();
    return (labels.some((label) => excludedLabels.has(label)) ||
        (author !== undefined &&
            rule.authors.some((login) => login.toLowerCase() === author || login.toLowerCase() === `${author}[bot]` || `${login.toLowerCase()}[bot]` === author)));
}
function categorise(entries, changelog, breakingLabels) {
    const categories = changelog.categories ?? DEFAULT_CHANGELOG.categories ?? [];
    const sections = categories.map((category) => ({ title: category.title, entries: [] }));
    const uncategorised = [];
    const breaking = [];
    const excluded = [];
    const takes = (category, entry, labels, catchAll) => !excludedBy(category.exclude, entry, labels) &&
        ((catchAll && category.labels.includes('*')) || category.labels.some((label) => labels.includes(label.toLowerCase())));
    for (const entry of entries) {
        const labels = labelsFor(entry);
        if (excludedBy(changelog.exclude, entry, labels)) {
            excluded.push(entry);
            continue;
        }
        if (isBreaking(entry, breakingLabels)) {
            // The team's own category wins when it names one of the entry's labels; a `"*"`
            // catch-all does not hide a breaking change among "Other Changes".
            const own = changelog.categories ? categories.findIndex((category) => takes(category, entry, labels, false)) : -1;
            if (own >= 0)
                sections[own]?.entries.push(entry);
            else
                breaking.push(entry);
            continue;
        }
        const index = categories.findIndex((category) => takes(category, entry, labels, true));
        if (index >= 0)
            sections[index]?.entries.push(entry);
        else
            uncategorised.push(entry);
    }
    const filled = sections.filter((section) => section.entries.length > 0);
    // Complete notes: what no category took is still listed, not dropped.
    if (uncategorised.length > 0) {
        const other = filled.find((section) => section.title === UNCATEGORISED_TITLE);
        if (other)
            other.entries.push(...uncategorised);
        else
            filled.push({ title: UNCATEGORISED_TITLE, entries: uncategorised });
    }
    return { breaking, sections: filled, excluded };
}
/** Keeps entries touching the included paths and not only excluded ones; entries with unknown files stay. */
function filterByPaths(entries, paths) {
    if (paths.include.length === 0 && paths.exclude.length === 0)
        return entries;
    const included = paths.include.length > 0 ? picomatch_default()(paths.include, { dot: true }) : () => true;
    const excluded = paths.exclude.length > 0 ? picomatch_default()(paths.exclude, { dot: true }) : () => false;
    return entries.filter((entry) => entry.files === undefined || entry.files.some((file) => included(file) && !excluded(file)));
}

// EXTERNAL MODULE: ./packages/changes/src/index.ts + 1 modules
var changes_src = __webpack_require__(1533);
;// CONCATENATED MODULE: ./packages/notes/src/entries.ts

/**
 * A change and its revert, both in the range, cancel out. A revert is recognised by
 * GitHub's own wording: a `Revert "<title>"` pull request whose body says `Reverts
 * owner/repo#N`, or a commit saying `This reverts commit <sha>`.
 */
function cancelReverts(entries) {
    const cancelled = new Set();
    for (const revert of entries) {
        if (cancelled.has(revert))
            continue;
        const revertedNumber = /Reverts [\w.-]+\/[\w.-]+#(\d+)/.exec(revert.body)?.[1];
        const revertedSha = /This reverts commit ([0-9a-f]{7,40})/.exec(revert.body)?.[1];
        const revertedTitle = /^Revert "(.+)"$/.exec(revert.title)?.[1];
        if (!revertedNumber && !revertedSha && !revertedTitle)
            continue;
        const original = entries.find((entry) => entry !== revert &&
            !cancelled.has(entry) &&
            ((revertedNumber !== undefined && entry.number === Number(revertedNumber)) ||
                (revertedSha !== undefined && entry.sha.startsWith(revertedSha)) ||
                (revertedNumber === undefined && revertedSha === undefined && entry.title === revertedTitle)));
        if (original) {
            cancelled.add(original);
            cancelled.add(revert);
        }
    }
    return { kept: entries.filter((entry) => !cancelled.has(entry)), cancelled: entries.filter((entry) => cancelled.has(entry)) };
}

// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var render_src = __webpack_require__(5348);
;// CONCATENATED MODULE: ./packages/notes/src/render.ts
// Release notes as markdown. Titles and names are user text: markdown-escaped (backslashes,
// so the notes read as written in a CHANGELOG too) so they cannot inject HTML, links or
// headings, break the markdown, or mention anyone. Only the author credit is a mention,
// and only http(s) URLs are written as links.

/** GitHub logins are [A-Za-z0-9-] (and a [bot] suffix); anything else is not credited as a mention. */
const credit = (entry) => {
    const login = entry.author?.login;
    if (!login)
        return '';
    const name = login.replace(/\[bot\]$/, '');
    return /^[A-Za-z0-9-]+$/.test(name) ? ` by @${name}` : ` by ${(0,render_src/* markdownText */.p7)(login)}`;
};
function entryLine(entry) {
    const where = entry.kind === 'pull' ? ` in ${(0,render_src/* markdownUrl */.$x)(entry.url)}` : ` in ${(0,render_src/* shortSha */.Fu)(entry.sha)}`;
    const mark = entry.kind === 'commit'
        ? ' \u26a0\ufe0f pushed without a pull request'
        : entry.reviewed
            ? ''
            : ' \u26a0\ufe0f merged without an approving review by someone other than its author';
    return `- ${(0,render_src/* markdownText */.p7)(entry.title)}${credit(entry)}${where}${mark}`;
}
function listedEntries(sections) {
    return [...sections.breaking, ...sections.sections.flatMap((section) => section.entries)];
}
function renderNotes(input) {
    const { sections } = input;
    const parts = [];
    if (sections.breaking.length > 0)
        parts.push(`## Breaking changes\n\n${sections.breaking.map(entryLine).join('\n')}`);
    for (const section of sections.sections)
        parts.push(`## ${(0,render_src/* markdownText */.p7)(section.title)}\n\n${section.entries.map(entryLine).join('\n')}`);
    if (parts.length === 0)
        parts.push('No changes.');
    const entries = listedEntries(sections);
    const pulls = entries.filter((entry) => entry.kind === 'pull');
    const unreviewed = pulls.filter((entry) => !entry.reviewed);
    const direct = entries.filter((entry) => entry.kind === 'commit');
    const checks = [`- ${(0,render_src/* plural */.LS)(pulls.length, 'pull request')}, ${pulls.length - unreviewed.length} approved by someone other than their author`];
    if (unreviewed.length > 0)
        checks.push(`- ${unreviewed.length} merged without an independent approval: ${unreviewed.map((entry) => `#${entry.number}`).join(', ')}`);
    if (direct.length > 0)
        checks.push(`- ${(0,render_src/* plural */.LS)(direct.length, 'commit')} pushed without a pull request: ${direct.map((entry) => (0,render_src/* shortSha */.Fu)(entry.sha)).join(', ')}`);
    parts.push(`## Release checks\n\n${checks.join('\n')}`);
    const people = [...new Map(entries.flatMap((entry) => (entry.author ? [[entry.author.login.toLowerCase(), entry]] : []))).values()];
    if (people.length > 0)
        parts.push(`## Contributors\n\n${people.map((entry) => credit(entry).replace(/^ by /, '')).join(', ')}`);
    const newcomers = pulls.filter((entry) => entry.firstTime);
    if (newcomers.length > 0)
        parts.push(`## New contributors\n\n${newcomers.map((entry) => `-${credit(entry).replace(/^ by/, '')} made their first contribution in ${(0,render_src/* markdownUrl */.$x)(entry.url)}`).join('\n')}`);
    const { owner, repo, serverUrl } = input.repository;
    if (input.from)
        parts.push(`**Full changelog**: ${serverUrl}/${owner}/${repo}/compare/${encodeURIComponent(input.from)}...${encodeURIComponent(input.to)}`);
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/notes/src/report.ts
// How a release-notes run reads as a step: outputs, the summary (range, counts, the release
// written, one row per section, then the notes themselves) \u2014 all in one place.


function notesStepReport(result) {
    const { sections, from, release } = result;
    const listed = listedEntries(sections).length;
    return {
        outputs: {
            notes: result.notes,
            version: result.version,
            'previous-tag': from?.tag ?? '',
            'release-id': release ? String(release.id) : '',
            'release-url': release?.url ?? '',
        },
        title: `Release notes: ${result.tagPrefix}${result.version} (${(0,render_src/* plural */.LS)(listed, 'change')}${from ? ` since ${from.tag}` : ''})`,
        intro: (0,render_src/* join */.fj)([
            (0,render_src/* text */.Qq)('Range '),
            (0,render_src/* code */.aY)(from ? from.tag : 'the first commit'),
            (0,render_src/* text */.Qq)(' \u2026 '),
            (0,render_src/* code */.aY)(result.to.length === 40 ? (0,render_src/* shortSha */.Fu)(result.to) : result.to),
            (0,render_src/* text */.Qq)(`: ${result.commits} commits; ${result.cancelled} cancelled by reverts; ${sections.excluded.length} excluded by the changelog configuration.`),
            ...(release
                ? [(0,render_src/* text */.Qq)(` ${release.created ? 'Created' : 'Updated'} `), (0,render_src/* link */.nf)(`${release.draft ? 'draft ' : ''}release ${result.tag}`, release.url), (0,render_src/* text */.Qq)('.')]
                : []),
        ]),
        table: { columns: ['Section', 'Entries'], rows: sectionCounts(sections).map(([title, count]) => [(0,render_src/* text */.Qq)(title), (0,render_src/* text */.Qq)(count)]) },
        markdown: result.notes,
    };
}
function sectionCounts(sections) {
    const breaking = sections.breaking.length > 0 ? [['Breaking changes', sections.breaking.length]] : [];
    return [...breaking, ...sections.sections.map((section) => [section.title, section.entries.length])];
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __webpack_require__(2320);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/notes/src/version.ts
// The next semantic version: major for breaking changes, minor for features, else patch,
// computed by `semver` so pre-releases lead to their own release (2.0.0-rc.1 \u2192 2.0.0).


function nextVersion(previousTag, entries, options) {
    const previous = previousTag === undefined ? undefined : versionOfTag(previousTag, options.tagPrefix);
    if (!previous)
        return options.initialVersion;
    const minorLabels = new Set(options.minorLabels.map((label) => label.toLowerCase()));
    const release = entries.some((entry) => isBreaking(entry, options.breakingLabels))
        ? 'major'
        : entries.some((entry) => labelsFor(entry).some((label) => minorLabels.has(label)))
            ? 'minor'
            : 'patch';
    return semver_default().inc(previous, release) ?? options.initialVersion;
}
/**
 * The version a tag names, prefix removed: a full version as it stands (pre-release kept),
 * else a loose one coerced (`1.2` \u2192 1.2.0, `1.2-rc1` \u2192 1.2.0-rc1). A tag whose rest does not
 * start with a digit (`nightly`, `build-2024`) names no version, rather than one guessed
 * from digits found later in it.
 */
function versionOfTag(tag, tagPrefix) {
    const rest = (tagPrefix && tag.startsWith(tagPrefix) ? tag.slice(tagPrefix.length) : tag).trim();
    if (!/^\d/.test(rest))
        return undefined;
    return semver_default().parse(rest) ?? semver_default().coerce(rest, { includePrerelease: true }) ?? undefined;
}

;// CONCATENATED MODULE: ./packages/notes/src/index.ts






// EXTERNAL MODULE: ./packages/policy/src/index.ts + 12 modules
var policy_src = __webpack_require__(4184);
// EXTERNAL MODULE: ./packages/report/src/index.ts + 2 modules
var report_src = __webpack_require__(1080);
// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(3653);
;// CONCATENATED MODULE: ./actions/release-notes/src/inputs.ts
// release-notes' inputs, each read once (trimmed by the toolkit) and parsed before anything is read from GitHub.

const RELEASE_MODES = ['none', 'draft', 'publish'];
function readInputs() {
    return {
        token: (0,report_src/* textInput */._Z)('token'),
        policy: (0,report_src/* textInput */._Z)('policy'),
        from: (0,report_src/* textInput */._Z)('from'),
        to: (0,report_src/* textInput */._Z)('to'),
        tag: (0,report_src/* textInput */._Z)('tag'),
        release: (0,report_src/* choiceInput */.ij)('release', RELEASE_MODES, 'none'),
        outputFile: (0,report_src/* textInput */._Z)('output-file'),
        tagPrefix: (0,report_src/* textInput */._Z)('tag-prefix'),
    };
}

;// CONCATENATED MODULE: ./actions/release-notes/src/main.ts
// release-notes: resolves the range (previous release \u2192 target), reads its commits and
// pull requests, and writes categorised, escaped notes \u2014 with the next version, the
// governance check of each entry, and optionally a draft or published release.










/** GitHub reads either name; many teams use the `.yaml` one. */
const GITHUB_RELEASE_CONFIGS = ['.github/release.yml', '.github/release.yaml'];
async function run() {
    const inputs = readInputs();
    const context = (0,github_src/* readRunContext */.$p)();
    const client = (0,github_src/* createGitHubClient */.LX)(inputs.token);
    const to = inputs.to || (0,github_src/* releaseTagOf */.ni)(context) || context.sha;
    const { snapshot, policy } = await (0,report_src/* stage */.dw)('1. Policy', () => readPolicy(client, context, inputs, to), ({ policy }) => (0,policy_src/* describePolicy */.wy)(policy));
    const settings = (0,policy_src/* applyInputOverrides */.CL)('release-notes', policy.releaseNotes, { 'tag-prefix': inputs.tagPrefix || undefined }, { 'tag-prefix': 'tag-prefix' });
    const range = await (0,report_src/* stage */.dw)('2. Range', () => resolveRange(client, context, { inputs, to, snapshot, settings }), describeRange);
    const history = await (0,report_src/* stage */.dw)('3. History', () => readHistory(client, context, range, settings), describeHistory);
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
    (0,report_src/* logLine */.BP)(`Version ${version}`);
    const tag = inputs.tag || (to !== toSha && to !== context.sha ? to : `${settings['tag-prefix']}${version}`);
    const publication = { notes, outputFile: inputs.outputFile, mode: inputs.release, releases, tag, sha: toSha };
    const release = await (0,report_src/* stage */.dw)('4. Publish', () => publish(client, context, publication), describePublished);
    const counts = { commits: history.commits, cancelled: history.cancelled };
    await (0,report_src/* finishStep */.IT)(notesStepReport({ notes, version, tagPrefix: settings['tag-prefix'], from, to: toLabel, ...counts, sections, tag, release }));
}
/**
 * One request for what every run reads first: the policy files, GitHub's release-notes
 * configuration at the target, the commits `to` and `from` name, and the releases; then the
 * policy from it.
 */
async function readPolicy(client, context, inputs, to) {
    const governanceAt = (0,github_src/* policyRef */.iu)(context);
    const snapshot = await (0,github_src/* readRepositorySnapshot */.$J)(client, context, {
        files: [
            { ref: governanceAt, path: inputs.policy || policy_src/* DEFAULT_POLICY_PATH */.lo },
            { ref: governanceAt, path: policy_src/* DEFAULT_ROLE_DOCUMENT_PATH */.Xx },
            ...GITHUB_RELEASE_CONFIGS.map((path) => ({ ref: to, path })),
        ],
        commits: inputs.from ? [to, inputs.from] : [to],
        releases: true,
    });
    const policy = await (0,policy_src/* loadPolicy */.tb)({ read: (0,github_src/* policyFileReader */.YQ)(client, context, snapshot), policyPath: inputs.policy });
    return { snapshot, policy };
}
/** The range: from the previous release (or the `from` input) to the target. */
async function resolveRange(client, context, { inputs, to, snapshot, settings }) {
    const toSha = snapshot.commit(to);
    if (!toSha)
        throw new Error(`input \`to\`: "${to}" is not a tag, branch or commit of ${context.owner}/${context.repo}`);
    const releases = snapshot.releases() ?? (!inputs.from || inputs.release !== 'none' ? await (0,github_src/* listReleases */.tH)(client, context.owner, context.repo) : []);
    if (inputs.from) {
        const sha = snapshot.commit(inputs.from);
        if (!sha)
            throw new Error(`input \`from\`: "${inputs.from}" is not a tag or commit of ${context.owner}/${context.repo}`);
        return { to, toSha, from: { tag: inputs.from, sha }, releases };
    }
    const from = await (0,github_src/* findPreviousRelease */.qI)(client, context.owner, context.repo, toSha, (0,github_src/* previousReleaseOptions */.D7)(settings, to, releases));
    return { to, toSha, from, releases };
}
function describeRange(range) {
    const since = range.from?.commitsSince === undefined ? '' : ` (${(0,render_src/* plural */.LS)(range.from.commitsSince, 'commit')} ahead)`;
    return [`From ${range.from?.tag ?? 'the first commit'} to ${range.to} (${range.toSha})${since}`];
}
/** The range's commits and their pull requests, reverted pairs cancelled, path filters applied. */
async function readHistory(client, context, range, settings) {
    const paths = settings.paths;
    const filtered = paths.include.length > 0 || paths.exclude.length > 0;
    const changes = await (0,github_src/* releaseChanges */.zK)(client, context, range, { withFiles: filtered });
    const { kept, cancelled } = cancelReverts((0,changes_src/* entriesOf */.M)(changes.commits));
    if (filtered) {
        // Pull requests bring their files; commits without one are read only when paths filter.
        await (0,src/* mapLimit */.sf)(kept.filter((entry) => entry.kind === 'commit'), 8, async (entry) => {
            entry.files = await (0,github_src/* commitFiles */.zu)(client, context, entry.sha);
        });
    }
    const { commitCount: commits, readFrom, gaveUp, requests, points } = changes;
    return { entries: filterByPaths(kept, paths), commits, cancelled: cancelled.length, readFrom, gaveUp, requests, points };
}
function describeHistory(history) {
    return [
        ...(history.gaveUp ? [`Read from the history, not the pull requests: ${history.gaveUp}.`] : []),
        `Read ${(0,render_src/* plural */.LS)(history.commits, 'commit')} from the ${history.readFrom} in ${(0,render_src/* plural */.LS)(history.requests, 'GraphQL request')}: ${(0,render_src/* plural */.LS)(history.points, 'rate-limit point')} (at most ${github_src/* RELEASE_HISTORY_PAGE_POINTS */.bl} a request).`,
        `${(0,render_src/* plural */.LS)(history.cancelled, 'entry', 'entries')} cancelled by reverts; ${(0,render_src/* plural */.LS)(history.entries.length, 'entry', 'entries')} kept.`,
    ];
}
/** Writes the notes to the output file, and creates or updates the release when asked. */
async function publish(client, context, publication) {
    if (publication.outputFile) {
        const path = (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd(), publication.outputFile);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, publication.notes);
        (0,report_src/* logLine */.BP)(`Wrote the notes to ${publication.outputFile}`);
    }
    if (publication.mode === 'none')
        return undefined;
    const { releases, tag, sha, notes } = publication;
    return upsertRelease(client, context, releases, { tag, sha, notes, draft: publication.mode === 'draft' });
}
function describePublished(release) {
    return release
        ? [`${release.created ? 'Created' : 'Updated'} ${release.draft ? 'draft ' : ''}release ${release.url}`]
        : ['No release written (release: none)'];
}
/** GitHub's own release-notes configuration, so teams keep the file they have. */
async function githubReleaseConfig(client, context, to, snapshot) {
    const read = (0,github_src/* repositoryFileBytesReader */.zZ)(client, context.owner, context.repo, to, snapshot);
    for (const path of GITHUB_RELEASE_CONFIGS) {
        const text = await read(path);
        if (text !== undefined)
            return (0,policy_src/* parseYamlWithSchema */.Ku)(path, text, schemas/* strictObject */.rej({ changelog: policy_src/* changelogSchema */.e3.prefault({}) })).changelog;
    }
    return { exclude: { labels: [], authors: [] } };
}
/** Creates the release for the tag, or updates the one already there: a re-run never adds a second. */
async function upsertRelease(client, context, releases, options) {
    const { owner, repo } = context;
    const existing = releases.find((release) => release.tag_name === options.tag);
    const data = existing
        ? await client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: existing.id, body: options.notes, draft: existing.draft && options.draft }, 'contents: write')
        : await client.request('POST /repos/{owner}/{repo}/releases', { owner, repo, tag_name: options.tag, target_commitish: options.sha, name: options.tag, body: options.notes, draft: options.draft }, 'contents: write');
    return { id: data.id, url: data.html_url, draft: data.draft, created: !existing };
}


/***/ })

};
