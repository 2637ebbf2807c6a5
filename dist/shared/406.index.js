export const id = 406;
export const ids = [406];
export const modules = {

/***/ 3406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./packages/checklist/src/decide.ts
function decide(ticks, evidence) {
    return ticks.map(({ item, state, source }) => {
        const base = { item: item.text, state, source };
        switch (state) {
            case 'missing':
                return { ...base, verdict: 'unmet', reason: 'missing from the checklist; it must be listed and ticked' };
            case 'unticked':
                return { ...base, verdict: 'unmet', reason: 'not ticked' };
            case 'struck':
                return item.allowNotApplicable
                    ? { ...base, verdict: 'not-applicable', reason: 'struck out as not applicable, which the policy allows' }
                    : { ...base, verdict: 'unmet', reason: 'struck out, but the policy does not allow this item to be marked not applicable' };
            case 'ticked': {
                if (!item.evidence)
                    return { ...base, verdict: 'met', reason: 'ticked (no evidence configured)' };
                const result = evidence[item.evidence];
                if (!result)
                    return { ...base, verdict: 'unmet', reason: `ticked but not proven: ${item.evidence} evidence was not collected` };
                return result.proven
                    ? { ...base, evidence: result, verdict: 'met', reason: `ticked and proven: ${result.summary}` }
                    : { ...base, evidence: result, verdict: 'unmet', reason: `ticked but not proven: ${result.summary}` };
            }
            default:
                return state;
        }
    });
}
/** The checklist is complete when no required item is unmet (met or struck out as not applicable). */
function checklistComplete(items) {
    return items.every((item) => item.verdict !== 'unmet');
}
/** The kinds of evidence worth collecting: only ticked items are proven. */
function evidenceNeeded(ticks) {
    const kinds = new Set();
    for (const { item, state } of ticks)
        if (state === 'ticked' && item.evidence)
            kinds.add(item.evidence);
    return [...kinds];
}

;// CONCATENATED MODULE: ./packages/checklist/src/describe.ts
function describeDocuments(documents) {
    return documents.map((document) => `Read ${document.label}${document.url ? ` (${document.url})` : ''}`);
}
function describeTicks(ticks) {
    return ticks.map(({ item, state, source }) => `${item.text}: ${state}${source ? ` in ${source.label}, line ${source.line}` : ''}`);
}
function describeEvidence(evidence) {
    const results = Object.values(evidence);
    if (results.length === 0)
        return ['No ticked item asks for evidence.'];
    return results.flatMap((result) => [
        `${result.kind}: ${result.proven ? 'proven' : 'not proven'}: ${result.summary}`,
        ...result.details.map((detail) => `  ${detail.ok ? '\u2713' : '\u2717'} ${detail.text}${detail.url ? ` (${detail.url})` : ''}`),
    ]);
}
function describeVerdicts(items, complete) {
    return [...items.map((item) => `${item.item}: ${item.verdict}: ${item.reason}`), complete ? 'The checklist is complete.' : 'The checklist is incomplete.'];
}

// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var src = __webpack_require__(5348);
// EXTERNAL MODULE: ./node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __webpack_require__(5496);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/checklist/src/evidence/result.ts
/** Evidence that could not be read at all (missing permission, feature disabled, no tag given). */
function unavailable(kind, reason) {
    return { kind, proven: false, summary: reason, details: [] };
}
const MAX_NAMED = 10;
function nameSome(details) {
    const names = details.slice(0, MAX_NAMED).map((detail) => detail.text);
    return details.length > MAX_NAMED ? `${names.join(', ')} and ${details.length - MAX_NAMED} more` : names.join(', ');
}
function describeRange(range) {
    return range.from ? `since ${range.from}` : 'in the history (no earlier release)';
}

;// CONCATENATED MODULE: ./packages/checklist/src/evidence/checks.ts



function evaluateChecks(input) {
    const ignored = picomatch_default()(input.settings.ignore.length > 0 ? input.settings.ignore : ['\0'], { dot: true });
    const accepted = new Set(['success', ...input.settings['allowed-conclusions']]);
    const ownRun = input.currentRunId ? `/actions/runs/${input.currentRunId}/` : undefined;
    const details = [];
    for (const run of input.checkRuns) {
        if (ignored(run.name))
            continue;
        if (run.status !== 'completed' && ownRun && run.details_url?.includes(ownRun))
            continue;
        const url = run.html_url ?? run.details_url;
        if (run.status !== 'completed')
            details.push({ text: `${run.name} (${run.status})`, url, ok: false });
        else
            details.push({ text: `${run.name} (${run.conclusion ?? 'no conclusion'})`, url, ok: accepted.has(run.conclusion ?? '') });
    }
    const seenContexts = new Set();
    for (const status of input.statuses) {
        if (seenContexts.has(status.context) || ignored(status.context))
            continue;
        seenContexts.add(status.context);
        details.push({ text: `${status.context} (${status.state})`, url: status.target_url, ok: status.state === 'success' });
    }
    if (details.length === 0) {
        return { kind: 'checks', proven: false, summary: `no check runs or commit statuses on ${(0,src/* shortSha */.Fu)(input.sha)}`, details };
    }
    const failing = details.filter((detail) => !detail.ok);
    return {
        kind: 'checks',
        proven: failing.length === 0,
        summary: failing.length === 0
            ? `${(0,src/* plural */.LS)(details.length, 'check')} passed on ${(0,src/* shortSha */.Fu)(input.sha)}`
            : `${failing.length} of ${details.length} checks on ${(0,src/* shortSha */.Fu)(input.sha)} did not pass: ${nameSome(failing)}`,
        details,
    };
}

;// CONCATENATED MODULE: ./packages/checklist/src/evidence/docs.ts
// `docs` evidence: a documentation file changed since the previous release.



function evaluateDocs(input) {
    const isDoc = picomatch_default()(input.paths, { dot: true });
    const docs = input.files.filter((file) => isDoc(file));
    const where = input.range.from ? `changed since ${input.range.from}` : 'present (first release)';
    if (docs.length === 0) {
        return {
            kind: 'docs',
            proven: false,
            summary: `no documentation ${where}: no file matches ${input.paths.join(', ')} ` +
                `(${(0,src/* plural */.LS)(input.files.length, 'file')} ${input.range.from ? 'changed' : 'in the tree'})`,
            details: [],
        };
    }
    const details = docs.map((file) => ({ text: file, ok: true }));
    return {
        kind: 'docs',
        proven: true,
        summary: `${(0,src/* plural */.LS)(docs.length, 'documentation file')} ${where}: ${nameSome(details)}`,
        details,
    };
}

;// CONCATENATED MODULE: ./packages/checklist/src/evidence/release-notes.ts
// `release-notes` evidence: a release for the tag, or a notes file in the repository.

function evaluateReleaseNotes(input) {
    if (input.release) {
        const kind = input.release.draft ? 'draft' : 'published';
        return {
            kind: 'release-notes',
            proven: true,
            summary: `a ${kind} release exists for ${input.release.tag_name}`,
            details: [{ text: `${kind} release ${input.release.tag_name}`, url: input.release.html_url, ok: true }],
        };
    }
    if (input.notesFilesFound.length > 0) {
        return {
            kind: 'release-notes',
            proven: true,
            summary: `notes file present: ${input.notesFilesFound.join(', ')}`,
            details: input.notesFilesFound.map((file) => ({ text: file, ok: true })),
        };
    }
    if (!input.tag && input.notesFilesLookedFor.length === 0) {
        return unavailable('release-notes', 'no release tag to look for: set the `tag` input, or run on a tag push or a release event');
    }
    const lookedFor = [
        ...(input.tag ? [`no draft or published release for ${input.tag}`] : []),
        ...(input.notesFilesLookedFor.length > 0 ? [`none of ${input.notesFilesLookedFor.join(', ')} exists`] : []),
    ];
    return { kind: 'release-notes', proven: false, summary: lookedFor.join(', and '), details: [] };
}

;// CONCATENATED MODULE: ./packages/checklist/src/evidence/reviews.ts


function evaluateReviews(input) {
    const details = input.pulls.map((pull) => {
        const approvers = pull.approvers;
        return {
            text: approvers.length > 0
                ? `#${pull.number} approved by ${approvers.join(', ')}`
                : `#${pull.number} merged without an approving review from someone other than ${pull.author}`,
            url: pull.url,
            ok: approvers.length > 0,
        };
    });
    for (const commit of input.directCommits) {
        const subject = commit.message.split('\n')[0] ?? '';
        details.push(commit.openPull !== undefined
            ? { text: `${(0,src/* shortSha */.Fu)(commit.sha)} is in pull request #${commit.openPull}, which is not merged: ${subject}`, url: commit.url, ok: false }
            : { text: `${(0,src/* shortSha */.Fu)(commit.sha)} pushed without a pull request: ${subject}`, url: commit.url, ok: input.settings['allow-direct-commits'] });
    }
    const failing = details.filter((detail) => !detail.ok);
    const where = describeRange(input.range);
    if (details.length === 0) {
        return { kind: 'reviews', proven: true, summary: `no pull requests merged ${where}`, details };
    }
    return {
        kind: 'reviews',
        proven: failing.length === 0,
        summary: failing.length === 0
            ? `${(0,src/* plural */.LS)(input.pulls.length, 'pull request')} merged ${where}, each approved by a reviewer other than its author`
            : `${(0,src/* plural */.LS)(failing.length, 'change')} ${where} ${failing.length === 1 ? 'lacks' : 'lack'} an independent approval: ${nameSome(failing)}`,
        details,
    };
}

;// CONCATENATED MODULE: ./packages/checklist/src/evidence/security.ts
// `security` evidence: no open code scanning (or Dependabot) alert at or above the policy's severity.


const SEVERITY_RANK = { low: 1, medium: 2, high: 3, critical: 4 };
/** Alerts of non-security rules carry only `rule.severity`; rank them alongside. */
const RULE_SEVERITY_AS_SECURITY = { error: 'high', warning: 'medium', note: 'low' };
function codeScanningSeverity(alert) {
    const level = alert.rule.security_severity_level ?? undefined;
    if (level && level in SEVERITY_RANK)
        return level;
    return RULE_SEVERITY_AS_SECURITY[alert.rule.severity ?? ''];
}
function evaluateSecurity(input) {
    const threshold = SEVERITY_RANK[input.settings['min-severity']] ?? 3;
    const problems = [];
    const details = [];
    if ('unavailable' in input.codeScanning)
        problems.push(input.codeScanning.unavailable);
    else {
        for (const alert of input.codeScanning) {
            const severity = codeScanningSeverity(alert);
            if (severity && (SEVERITY_RANK[severity] ?? 0) >= threshold) {
                details.push({ text: `code scanning #${alert.number} (${severity}): ${alert.rule.description ?? ''}`, url: alert.html_url, ok: false });
            }
        }
    }
    if (input.dependabot) {
        if ('unavailable' in input.dependabot)
            problems.push(input.dependabot.unavailable);
        else {
            for (const alert of input.dependabot) {
                if ((SEVERITY_RANK[alert.severity] ?? 0) >= threshold) {
                    details.push({ text: `Dependabot #${alert.number} (${alert.severity}): ${alert.package}`, url: alert.html_url, ok: false });
                }
            }
        }
    }
    const scanned = input.dependabot ? 'code scanning and Dependabot' : 'code scanning';
    if (problems.length > 0) {
        return { kind: 'security', proven: false, summary: problems.join('; '), details };
    }
    return {
        kind: 'security',
        proven: details.length === 0,
        summary: details.length === 0
            ? `no open ${scanned} alerts of ${input.settings['min-severity']} severity or above`
            : `${(0,src/* plural */.LS)(details.length, 'open alert')} of ${input.settings['min-severity']} severity or above: ${nameSome(details)}`,
        details,
    };
}

;// CONCATENATED MODULE: ./packages/checklist/src/evidence/index.ts







// EXTERNAL MODULE: ./packages/markdown/src/index.ts
var markdown_src = __webpack_require__(870);
// EXTERNAL MODULE: ./packages/policy/src/index.ts + 12 modules
var policy_src = __webpack_require__(4184);
;// CONCATENATED MODULE: ./packages/checklist/src/read.ts
// Which required items the people ticked, from the checklist documents (a PR or issue
// body, its comments, or a file), compared by item text as the policy defines it.


/**
 * Later documents override earlier ones (a comment updates the body). Within one document,
 * an item listed twice counts as ticked only if every copy is ticked, so a second ticked
 * copy cannot hide an unticked one.
 */
function readTicks(required, documents) {
    const latest = new Map();
    for (const document of documents) {
        const inDocument = new Map();
        for (const task of (0,markdown_src/* taskItems */.a)(document.markdown)) {
            const key = (0,policy_src/* itemKey */.Dh)(task.text);
            const state = task.struck ? 'struck' : task.checked ? 'ticked' : 'unticked';
            const previous = inDocument.get(key);
            inDocument.set(key, previous ? { state: weaker(previous.state, state), line: previous.line } : { state, line: task.line });
        }
        for (const [key, { state, line }] of inDocument) {
            latest.set(key, { label: document.label, url: document.url, line, state });
        }
    }
    return required.map((item) => {
        const found = latest.get((0,policy_src/* itemKey */.Dh)(item.text));
        if (!found)
            return { item, state: 'missing' };
        const { state, ...source } = found;
        return { item, state, source };
    });
}
const STRENGTH = { missing: 0, unticked: 1, struck: 2, ticked: 3 };
function weaker(a, b) {
    return STRENGTH[a] <= STRENGTH[b] ? a : b;
}

;// CONCATENATED MODULE: ./packages/checklist/src/render.ts
// How a checklist verdict reads: the step report (job summary, the step's failure message
// and the action's outputs).

/**
 * The step's whole report: outputs, summary (title, intro, one row per required item) and
 * failure. `ignoredComments`, read but not counted (bots, people without the permission), are named in the intro.
 */
function checklistStepReport(report, ignoredComments = []) {
    return {
        outputs: { complete: String(report.complete), unmet: unmetItems(report), report },
        title: summaryTitle(report),
        intro: (0,src/* join */.fj)([summaryIntro(report), ...ignoredCommentsNote(ignoredComments)]),
        table: { columns: ['Item', 'Ticked', 'Evidence', 'Verdict'], rows: summaryRows(report) },
        failure: report.complete ? undefined : failureMessage(report),
    };
}
function unmetItems(report) {
    return report.items.filter((item) => item.verdict === 'unmet').map(({ item, reason }) => ({ item, reason }));
}
function failureMessage(report) {
    const unmet = unmetItems(report);
    return (`Release checklist incomplete: ${unmet.length} of ${report.items.length} required items unmet\n` +
        unmet.map(({ item, reason }) => `  - ${(0,src/* inertLine */.Fq)(item)}: ${(0,src/* inertLine */.Fq)(reason)}`).join('\n'));
}
const TICK_LABEL = { ticked: '\u2611 ticked', unticked: '\u2610 not ticked', struck: '~ struck out', missing: '\u2205 missing' };
const VERDICT_LABEL = { met: '\u2705 met', unmet: '\u274c unmet', 'not-applicable': '\u2796 not applicable' };
const MAX_DETAIL_LINKS = 10;
function summaryTitle(report) {
    const unmet = unmetItems(report).length;
    return report.complete ? 'Release checklist: complete \u2705' : `Release checklist: incomplete \u274c (${unmet} unmet)`;
}
function summaryIntro(report) {
    const sources = report.sources.map((source) => (0,src/* link */.nf)(source.label, source.url));
    const policyFile = report.policy.fileFound ? (0,src/* code */.aY)(report.policy.file) : (0,src/* text */.Qq)(`defaults (no ${report.policy.file})`);
    const roleDocument = report.policy.roleDocumentOrigin === 'built-in' ? (0,src/* text */.Qq)('the built-in Release Manager Role document') : (0,src/* code */.aY)(report.policy.roleDocument);
    return (0,src/* join */.fj)([
        (0,src/* text */.Qq)('Checklist read from '),
        (0,src/* join */.fj)(sources, ', '),
        (0,src/* text */.Qq)(' for commit '),
        (0,src/* code */.aY)((0,src/* shortSha */.Fu)(report.sha)),
        (0,src/* text */.Qq)('. Policy: '),
        policyFile,
        (0,src/* text */.Qq)('; required items from '),
        (0,src/* text */.Qq)(report.policy.itemsFrom === 'policy-file' ? 'the policy file' : 'the role document'),
        (0,src/* text */.Qq)(', '),
        roleDocument,
        (0,src/* text */.Qq)(` (GOVERNANCE_VERSION ${report.policy.governanceVersion}).`),
    ]);
}
function ignoredCommentsNote(ignored) {
    if (ignored.length === 0)
        return [];
    const each = ignored.map(({ login, url, reason }) => (0,src/* join */.fj)([(0,src/* link */.nf)('comment', url), (0,src/* text */.Qq)(' by '), (0,src/* code */.aY)(login), (0,src/* text */.Qq)(` (${reason})`)]));
    return [(0,src/* text */.Qq)(' Comments not counted: '), (0,src/* join */.fj)(each, '; '), (0,src/* text */.Qq)('.')];
}
function summaryRows(report) {
    return report.items.map((item) => [
        (0,src/* text */.Qq)(item.item),
        item.source
            ? (0,src/* join */.fj)([(0,src/* text */.Qq)(TICK_LABEL[item.state]), (0,src/* element */.ND)('br'), (0,src/* link */.nf)(`${item.source.label}, line ${item.source.line}`, item.source.url)])
            : (0,src/* text */.Qq)(TICK_LABEL[item.state]),
        evidenceCell(item),
        (0,src/* join */.fj)([(0,src/* strong */.ko)(VERDICT_LABEL[item.verdict]), (0,src/* element */.ND)('br'), (0,src/* text */.Qq)(item.reason)]),
    ]);
}
function evidenceCell(item) {
    if (!item.evidence)
        return (0,src/* text */.Qq)('\u2014');
    const details = item.evidence.details
        .slice(0, MAX_DETAIL_LINKS)
        .map((detail) => (0,src/* join */.fj)([(0,src/* text */.Qq)(detail.ok ? '\u2713 ' : '\u2717 '), (0,src/* link */.nf)(detail.text, detail.url ?? undefined)]));
    const more = item.evidence.details.length - MAX_DETAIL_LINKS;
    if (more > 0)
        details.push((0,src/* text */.Qq)(`\u2026 and ${more} more`));
    return (0,src/* join */.fj)([(0,src/* text */.Qq)(`${item.evidence.kind}: ${item.evidence.summary}`), ...details.map((detail) => (0,src/* join */.fj)([(0,src/* element */.ND)('br'), detail]))]);
}

;// CONCATENATED MODULE: ./packages/checklist/src/index.ts


// Each kind of evidence and how it is judged: evidence/<kind>.ts.




// EXTERNAL MODULE: ./packages/github/src/index.ts + 18 modules
var github_src = __webpack_require__(2593);
// EXTERNAL MODULE: ./packages/report/src/index.ts + 2 modules
var report_src = __webpack_require__(1080);
// EXTERNAL MODULE: ./packages/changes/src/index.ts + 1 modules
var changes_src = __webpack_require__(1533);
;// CONCATENATED MODULE: ./actions/verify-checklist/src/evidence.ts
// Collects, through the API, the evidence for each kind the ticked items need. Each kind
// is read independently; one that cannot be read becomes "not proven" with the reason
// (e.g. the permission to add), so the report still covers every item.



const COLLECTORS = {
    checks: collectChecks,
    reviews: collectReviews,
    security: collectSecurity,
    'release-notes': collectReleaseNotes,
    docs: collectDocs,
};
async function collectEvidence(kinds, request) {
    const { client, context, sha } = request;
    let releases;
    let previous;
    let range;
    const shared = {
        releases: () => (releases ??= (0,github_src/* listReleases */.tH)(client, context.owner, context.repo)),
        previousRelease: () => (previous ??= shared
            .releases()
            .then((found) => (0,github_src/* findPreviousRelease */.qI)(client, context.owner, context.repo, sha, (0,github_src/* previousReleaseOptions */.D7)(request.releaseLine, request.tag, found)))),
        releaseRange: () => (range ??= shared.previousRelease().then((found) => (0,github_src/* rangeSince */.S)(client, context.owner, context.repo, sha, found))),
    };
    const results = await Promise.all(kinds.map(async (kind) => {
        try {
            return await COLLECTORS[kind](request, shared);
        }
        catch (error) {
            return unavailable(kind, `cannot verify: ${error instanceof Error ? error.message : String(error)}`);
        }
    }));
    return Object.fromEntries(results.map((result) => [result.kind, result]));
}
async function collectChecks({ client, context, sha, settings }) {
    const { owner, repo } = context;
    const [checkRuns, statuses] = await Promise.all([
        client.all('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner, repo, ref: sha, filter: 'latest' }, 'checks: read'),
        client.all('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { owner, repo, ref: sha }, 'statuses: read'),
    ]);
    return evaluateChecks({ sha, checkRuns, statuses, settings: settings.checks, currentRunId: context.runId || undefined });
}
/** Pull requests and commits since the previous release, from the GraphQL history: 100 commits a request. */
async function collectReviews(request, shared) {
    const previous = await shared.previousRelease();
    const history = await (0,github_src/* releaseHistory */.Cb)(request.client, request.context, request.sha, previous?.sha, { commitsInRange: previous?.commitsSince });
    // The pull request under review now is not "merged since the last release"; its commits are its own.
    const entries = (0,changes_src/* entriesOf */.M)(history).filter((entry) => request.currentPullNumber === undefined || entry.openPull !== request.currentPullNumber);
    return evaluateReviews({
        range: { from: previous?.tag, to: request.sha },
        pulls: entries.flatMap((entry) => entry.kind === 'pull' ? [{ number: entry.number, url: entry.url, author: entry.author?.login ?? '', approvers: entry.approvers }] : []),
        directCommits: entries.flatMap((entry) => entry.kind === 'commit' ? [{ sha: entry.sha, message: entry.title, url: entry.url, openPull: entry.openPull }] : []),
        settings: request.settings.reviews,
    });
}
async function collectSecurity({ client, context, settings }) {
    const { owner, repo } = context;
    const codeScanning = readAlerts('code scanning is not enabled', () => client.all('GET /repos/{owner}/{repo}/code-scanning/alerts', { owner, repo, state: 'open' }, 'security-events: read'));
    const dependabot = settings.security.dependabot
        ? readAlerts('Dependabot alerts are not enabled', async () => (await client.all('GET /repos/{owner}/{repo}/dependabot/alerts', { owner, repo, state: 'open' }, 'vulnerability-alerts: read')).map((alert) => ({
            number: alert.number,
            html_url: alert.html_url,
            severity: alert.security_advisory.severity,
            package: alert.dependency.package?.name ?? 'unknown package',
        })))
        : undefined;
    return evaluateSecurity({ codeScanning: await codeScanning, dependabot: await dependabot, settings: settings.security });
}
/** A feature that is off (403/404 that is not about the token) means there is nothing to prove it with. */
async function readAlerts(notEnabled, read) {
    try {
        return await read();
    }
    catch (error) {
        if (error instanceof github_src/* GitHubApiError */.OS && (error.status === 403 || error.status === 404)) {
            return { unavailable: `${notEnabled} for this repository, so nothing proves it clean (${error.message})` };
        }
        throw error;
    }
}
async function collectReleaseNotes({ client, context, sha, tag, settings }, shared) {
    const { owner, repo } = context;
    const release = tag ? (await shared.releases()).find((candidate) => candidate.tag_name === tag) : undefined;
    const lookedFor = settings['release-notes'].files
        .filter((pattern) => tag || !/\{(tag|version)\}/.test(pattern))
        .map((pattern) => pattern.replaceAll('{tag}', tag ?? '').replaceAll('{version}', (tag ?? '').replace(/^v/, '')));
    const read = (0,github_src/* repositoryFileReader */.aw)(client, owner, repo, sha);
    const found = [];
    for (const path of release ? [] : lookedFor)
        if ((await read(path)) !== undefined)
            found.push(path);
    return evaluateReleaseNotes({ tag, release, notesFilesFound: found, notesFilesLookedFor: lookedFor });
}
async function collectDocs({ settings }, shared) {
    const range = await shared.releaseRange();
    return evaluateDocs({ range: { from: range.previous?.tag, to: range.to }, files: range.files, paths: settings.docs.paths });
}

;// CONCATENATED MODULE: ./actions/verify-checklist/src/inputs.ts
// verify-checklist's inputs, each read once (trimmed by the toolkit) and parsed before anything is read from GitHub.

function readInputs() {
    return {
        token: (0,report_src/* textInput */._Z)('token'),
        policy: (0,report_src/* textInput */._Z)('policy'),
        sha: (0,report_src/* textInput */._Z)('sha'),
        checklistFile: (0,report_src/* textInput */._Z)('checklist-file'),
        issueNumber: (0,report_src/* positiveIntegerInput */.wR)('issue-number'),
        tag: (0,report_src/* textInput */._Z)('tag'),
    };
}

// EXTERNAL MODULE: ./packages/approval/src/index.ts + 6 modules
var approval_src = __webpack_require__(8186);
;// CONCATENATED MODULE: ./actions/verify-checklist/src/sources.ts
// Where the checklist is read from: a file, an issue, or the pull request of the event.
// Always fetched fresh, so a box ticked after the event counts when the job is re-run.
// Comments tick items only when their author could have edited the checklist themselves
// (the policy's checklist.comment-permission, default write); anyone else's are ignored
// and named, so a stranger's `- [x]` cannot complete a release checklist.



async function readChecklistDocuments(client, context, sha, inputs) {
    const { owner, repo } = context;
    const comments = (issue_number, permission) => inputs.withComments ? readComments(client, context, issue_number, permission, inputs.commentPermission) : { documents: [], ignoredComments: [] };
    if (inputs.checklistFile) {
        const markdown = await (0,github_src/* repositoryFileReader */.aw)(client, owner, repo, sha)(inputs.checklistFile);
        if (markdown === undefined) {
            throw new Error(`checklist-file: ${inputs.checklistFile} does not exist at commit ${(0,src/* shortSha */.Fu)(sha)}`);
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
    if ((0,github_src/* isPullRequestEvent */.T5)(context.eventName) && context.payload.pull_request) {
        const pull_number = Number(context.payload.pull_request.number);
        const pull = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number }, 'pull-requests: read');
        const body = { label: `pull request #${pull_number}`, url: pull.html_url, markdown: pull.body ?? '' };
        const read = await comments(pull_number, 'pull-requests: read');
        return { documents: [body, ...read.documents], ignoredComments: read.ignoredComments };
    }
    throw new Error(`No checklist to read: a ${context.eventName} event carries no pull request. Set \`issue-number\` (a release-tracking issue) or \`checklist-file\`.`);
}
const PERMISSION_RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
/**
 * Comments, oldest first, by people who could have edited the checklist: a bot's comment (a
 * posted template, say) and a comment by someone below `least` cannot tick or untick items.
 */
async function readComments(client, context, issue_number, permission, least) {
    const { owner, repo } = context;
    const comments = await client.all('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number }, permission);
    const directory = (0,github_src/* gitHubRoleDirectory */.VM)(client, owner, repo);
    const documents = [];
    const ignoredComments = [];
    for (const comment of comments) {
        const login = comment.user?.login ?? 'unknown';
        if (!comment.user || (0,approval_src/* isBot */.w2)(comment.user)) {
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

;// CONCATENATED MODULE: ./actions/verify-checklist/src/main.ts
// verify-checklist, as a pipeline: 1. the policy, 2. the checklist and its ticks, 3. the
// evidence for ticked items, 4. the verdicts; then the step report. The deciding is in
// @release-governance/checklist; each stage logs what it read and decided.







async function run() {
    const inputs = readInputs();
    const context = (0,github_src/* readRunContext */.$p)();
    const client = (0,github_src/* createGitHubClient */.LX)(inputs.token);
    const pull = (0,github_src/* isPullRequestEvent */.T5)(context.eventName) ? context.payload.pull_request : undefined;
    const sha = inputs.sha || pull?.head?.sha || context.sha;
    const policy = await (0,report_src/* stage */.dw)('1. Policy', () => (0,policy_src/* loadPolicy */.tb)({ read: (0,github_src/* policyFileReader */.YQ)(client, context), policyPath: inputs.policy }), policy_src/* describePolicy */.wy);
    const checklist = await (0,report_src/* stage */.dw)(`2. Checklist of ${sha}`, () => readChecklist(client, context, sha, inputs, policy), describeChecklist);
    const evidence = await (0,report_src/* stage */.dw)('3. Evidence for the ticked items', async () => collectEvidence(evidenceNeeded(checklist.ticks), {
        client,
        context,
        sha,
        tag: inputs.tag || (0,github_src/* releaseTagOf */.ni)(context),
        settings: policy.checklist.evidence,
        releaseLine: policy.releaseNotes,
        currentPullNumber: pull ? Number(pull.number) : undefined,
    }), describeEvidence);
    const report = await (0,report_src/* stage */.dw)('4. Verdicts', () => checklistReport(sha, policy, checklist, decide(checklist.ticks, evidence)), (decided) => describeVerdicts(decided.items, decided.complete));
    await (0,report_src/* finishStep */.IT)(checklistStepReport(report, checklist.ignoredComments));
}
async function readChecklist(client, context, sha, inputs, policy) {
    const sources = await readChecklistDocuments(client, context, sha, {
        checklistFile: inputs.checklistFile,
        issueNumber: inputs.issueNumber,
        withComments: policy.checklist.comments,
        commentPermission: policy.checklist['comment-permission'],
    });
    return { ...sources, ticks: readTicks(policy.checklist.items, sources.documents) };
}
function describeChecklist(checklist) {
    const ignored = checklist.ignoredComments.map(({ login, reason }) => `Comment by ${login} not counted: ${reason}`);
    return [...describeDocuments(checklist.documents), ...ignored, ...describeTicks(checklist.ticks)];
}
function checklistReport(sha, policy, checklist, items) {
    return {
        complete: checklistComplete(items),
        sha,
        sources: checklist.documents.map(({ label, url }) => ({ label, url })),
        policy: {
            file: policy.policyFile.path,
            fileFound: policy.policyFile.found,
            roleDocument: policy.roleDocument.path,
            roleDocumentOrigin: policy.roleDocument.origin,
            governanceVersion: policy.roleDocument.version,
            itemsFrom: policy.checklist.itemsFrom,
        },
        items,
    };
}


/***/ })

};
