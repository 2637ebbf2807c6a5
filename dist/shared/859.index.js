export const id = 859;
export const ids = [859];
export const modules = {

/***/ 6859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4200);
/* harmony import */ var _release_governance_async__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9151);
/* harmony import */ var _release_governance_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5950);
/* harmony import */ var _release_governance_notes__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1160);
/* harmony import */ var _release_governance_policy__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5267);
/* harmony import */ var _release_governance_report__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3927);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3653);
// release-notes: resolves the range (previous release → target), reads its commits and
// pull requests, and writes categorised, escaped notes — with the next version, the
// governance check of each entry, and optionally a draft or published release.









/** GitHub reads either name; many teams use the `.yaml` one. */
const GITHUB_RELEASE_CONFIGS = ['.github/release.yml', '.github/release.yaml'];
const RELEASE_MODES = ['none', 'draft', 'publish'];
async function run() {
    const context = (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .readRunContext */ .$p)();
    const client = (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubClient */ .LX)(_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('token'));
    const to = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('to').trim() || (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .releaseTagOf */ .ni)(context) || context.sha;
    const fromInput = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('from').trim();
    // One request for what every run reads first: the policy files, GitHub's release-notes
    // configuration at the target, and the commits `to` and `from` name.
    const governanceAt = (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .policyRef */ .iu)(context);
    const snapshot = await (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .readRepositorySnapshot */ .$J)(client, context, {
        files: [
            { ref: governanceAt, path: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('policy').trim() || _release_governance_policy__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_POLICY_PATH */ .lo },
            { ref: governanceAt, path: _release_governance_policy__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ROLE_DOCUMENT_PATH */ .Xx },
            ...GITHUB_RELEASE_CONFIGS.map((path) => ({ ref: to, path })),
        ],
        commits: fromInput ? [to, fromInput] : [to],
    });
    const policy = await (0,_release_governance_policy__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)({ read: (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .policyFileReader */ .YQ)(client, context, snapshot), policyPath: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('policy') });
    const settings = (0,_release_governance_policy__WEBPACK_IMPORTED_MODULE_5__/* .applyInputOverrides */ .CL)('release-notes', policy.releaseNotes, { 'tag-prefix': _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('tag-prefix').trim() || undefined }, { 'tag-prefix': 'tag-prefix' });
    const mode = RELEASE_MODES.find((candidate) => candidate === (_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('release').trim() || 'none'));
    if (!mode)
        throw new Error(`input \`release\`: expected one of ${RELEASE_MODES.join(', ')}; got "${_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('release')}"`);
    // The range: from the previous release (or the `from` input) to the target.
    const toSha = snapshot.commit(to);
    if (!toSha)
        throw new Error(`input \`to\`: "${to}" is not a tag, branch or commit of ${context.owner}/${context.repo}`);
    // Read once: for the previous release, and for the release to create or update.
    const releases = !fromInput || mode !== 'none' ? await (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .listReleases */ .tH)(client, context.owner, context.repo) : [];
    let from;
    if (fromInput) {
        const sha = snapshot.commit(fromInput);
        if (!sha)
            throw new Error(`input \`from\`: "${fromInput}" is not a tag or commit of ${context.owner}/${context.repo}`);
        from = { tag: fromInput, sha };
    }
    else {
        from = await (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .findPreviousRelease */ .qI)(client, context.owner, context.repo, toSha, {
            excludeTag: to,
            includePrereleases: settings['include-prereleases'],
            tagPrefix: settings['tag-prefix'],
            releases,
        });
    }
    const paths = settings.paths;
    const filtered = paths.include.length > 0 || paths.exclude.length > 0;
    let points = 0;
    let pages = 0;
    const commits = await (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .releaseHistory */ .Cb)(client, context, toSha, from?.sha, {
        withFiles: filtered,
        commitsInRange: from?.commitsSince,
        onPage: (page) => {
            pages++;
            points += page.points;
        },
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Read ${commits.length} commits in ${pages} GraphQL page${pages === 1 ? '' : 's'}: ${points} rate-limit point${points === 1 ? '' : 's'} (at most ${_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .RELEASE_HISTORY_PAGE_POINTS */ .bl} a page).`);
    const { kept, cancelled } = (0,_release_governance_notes__WEBPACK_IMPORTED_MODULE_4__/* .cancelReverts */ .OT)((0,_release_governance_notes__WEBPACK_IMPORTED_MODULE_4__/* .entriesOf */ .Mc)(commits));
    if (filtered) {
        // Pull requests bring their files; commits without one are read only when paths filter.
        await (0,_release_governance_async__WEBPACK_IMPORTED_MODULE_7__/* .mapLimit */ .sf)(kept.filter((entry) => entry.kind === 'commit'), 8, async (entry) => {
            entry.files = await (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .commitFiles */ .zu)(client, context, entry.sha);
        });
    }
    const entries = (0,_release_governance_notes__WEBPACK_IMPORTED_MODULE_4__/* .filterByPaths */ .km)(kept, paths);
    const changelog = settings.changelog ?? (await githubReleaseConfig(client, context, to, snapshot));
    const sections = (0,_release_governance_notes__WEBPACK_IMPORTED_MODULE_4__/* .categorise */ .XF)(entries, changelog, settings['breaking-labels']);
    const version = (0,_release_governance_notes__WEBPACK_IMPORTED_MODULE_4__/* .nextVersion */ .yU)(from?.tag, (0,_release_governance_notes__WEBPACK_IMPORTED_MODULE_4__/* .listedEntries */ .yO)(sections), {
        tagPrefix: settings['tag-prefix'],
        initialVersion: settings['initial-version'],
        breakingLabels: settings['breaking-labels'],
        minorLabels: settings['minor-labels'],
    });
    const toLabel = to === context.sha || to === toSha ? toSha : to;
    const notes = (0,_release_governance_notes__WEBPACK_IMPORTED_MODULE_4__/* .renderNotes */ .IE)({ repository: { owner: context.owner, repo: context.repo, serverUrl: context.serverUrl }, from: from?.tag, to: toLabel, sections });
    const outputFile = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('output-file').trim();
    if (outputFile) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd(), outputFile);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, notes);
    }
    const tag = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('tag').trim() || (to !== toSha && to !== context.sha ? to : `${settings['tag-prefix']}${version}`);
    const release = mode === 'none' ? undefined : await upsertRelease(client, context, releases, { tag, sha: toSha, notes, draft: mode === 'draft' });
    const listed = (0,_release_governance_notes__WEBPACK_IMPORTED_MODULE_4__/* .listedEntries */ .yO)(sections);
    await (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .finishStep */ .IT)({
        outputs: {
            notes,
            version,
            'previous-tag': from?.tag ?? '',
            'release-id': release ? String(release.id) : '',
            'release-url': release?.url ?? '',
        },
        title: `Release notes: ${settings['tag-prefix']}${version} (${listed.length} change${listed.length === 1 ? '' : 's'}${from ? ` since ${from.tag}` : ''})`,
        intro: (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .join */ .fj)([
            (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)('Range '),
            (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(from ? from.tag : 'the first commit'),
            (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(' … '),
            (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(toLabel.length === 40 ? toLabel.slice(0, 7) : toLabel),
            (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(`: ${commits.length} commits; ${cancelled.length} cancelled by reverts; ${sections.excluded.length} excluded by the changelog configuration.`),
            ...(release ? [(0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(` ${release.created ? 'Created' : 'Updated'} `), (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .link */ .nf)(`${release.draft ? 'draft ' : ''}release ${tag}`, release.url), (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)('.')] : []),
        ]),
        table: {
            columns: ['Section', 'Entries'],
            rows: [...(sections.breaking.length > 0 ? [['Breaking changes', sections.breaking.length]] : []), ...sections.sections.map((section) => [section.title, section.entries.length])].map(([title, count]) => [(0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(title), (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(count)]),
        },
        markdown: notes,
    });
}
/** GitHub's own release-notes configuration, so teams keep the file they have. */
async function githubReleaseConfig(client, context, to, snapshot) {
    const read = (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_3__/* .repositoryFileBytesReader */ .zZ)(client, context.owner, context.repo, to, snapshot);
    for (const path of GITHUB_RELEASE_CONFIGS) {
        const text = await read(path);
        if (text !== undefined)
            return (0,_release_governance_policy__WEBPACK_IMPORTED_MODULE_5__/* .parseYamlWithSchema */ .Ku)(path, text, zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({ changelog: _release_governance_policy__WEBPACK_IMPORTED_MODULE_5__/* .changelogSchema */ .e3.prefault({}) })).changelog;
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
