export const id = 160;
export const ids = [160];
export const modules = {

/***/ 8186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yQ: () => (/* reexport */ approvalFailure),
  eI: () => (/* reexport */ approvalIntro),
  OM: () => (/* reexport */ approvalOutputs),
  sI: () => (/* reexport */ approvalRequiredFor),
  Rb: () => (/* reexport */ approvalRows),
  a: () => (/* reexport */ approvalTitle),
  cF: () => (/* reexport */ commentDecision),
  D6: () => (/* reexport */ describeJudgement),
  _C: () => (/* reexport */ editedAfterPosting),
  jN: () => (/* reexport */ independentApprovers),
  bl: () => (/* reexport */ judgeCandidate),
  v8: () => (/* reexport */ nearMissReason),
  _8: () => (/* reexport */ reduceReviews),
  Up: () => (/* reexport */ sameLogin),
  sj: () => (/* reexport */ tallyDecisions)
});

// UNUSED EXPORTS: DEFAULT_ROLE_PERMISSION, distinctAccepted, judgeApprovers, loginMatches, nonHumanReason

;// CONCATENATED MODULE: ./packages/approval/src/comments.ts
function commentDecision(body, words) {
    const firstLine = (body.trim().split('\n')[0] ?? '').trim().toLowerCase().replace(/[\s.!,;:]+$/, '');
    if (words.deny.some((word) => word.toLowerCase() === firstLine))
        return 'deny';
    if (words.approve.some((word) => word.toLowerCase() === firstLine))
        return 'approve';
    return undefined;
}
/** Why a comment that uses an approve or deny word is not a decision; undefined when it uses none. */
function nearMissReason(body, words) {
    const lower = body.toLowerCase();
    const uses = (word) => new RegExp(`(^|[^a-z0-9])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(lower);
    const word = [...words.deny, ...words.approve].find(uses);
    if (!word)
        return undefined;
    return `wrote "${word}" inside a longer line, a quote or code: only a comment whose first line is just the word is a decision`;
}
/** Whether a comment was edited after it was posted (GitHub moves `updated_at`). */
function editedAfterPosting(comment) {
    return !!comment.created_at && !!comment.updated_at && Date.parse(comment.updated_at) > Date.parse(comment.created_at);
}

// EXTERNAL MODULE: ./node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __webpack_require__(5496);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/approval/src/guard.ts
// The `update_release_process` capability: changing CI/CD, deployment or governance files
// is the release manager's to approve. Every way a change can touch a path counts: added,
// modified, removed, copied, and both sides of a rename (moving the release workflow away
// changes the release process as much as deleting it does).

function approvalRequiredFor(changedFiles, protectedPaths) {
    if (protectedPaths.length === 0) {
        return { required: true, protectedFiles: [], reason: 'no protected paths are configured, so every change needs a release manager' };
    }
    if (changedFiles === undefined) {
        return { required: true, protectedFiles: [], reason: 'a deployment or release always needs a release manager' };
    }
    const isProtected = picomatch_default()(protectedPaths, { dot: true });
    const touched = changedFiles.flatMap((entry) => describeTouch(typeof entry === 'string' ? { filename: entry } : entry, isProtected));
    const protectedFiles = touched.map((touch) => touch.path);
    const shown = touched.map((touch) => touch.label);
    return touched.length > 0
        ? { required: true, protectedFiles, reason: `the change modifies the release process: ${shown.slice(0, 10).join(', ')}${shown.length > 10 ? ` and ${shown.length - 10} more` : ''}` }
        : { required: false, protectedFiles, reason: `the pull request changes none of the protected paths (${protectedPaths.join(', ')}), so no release-manager approval is needed` };
}
/** The protected paths one changed file touches: its path, and the path it was renamed or copied from. */
function describeTouch(file, isProtected) {
    const previous = file.previous_filename && file.previous_filename !== file.filename ? file.previous_filename : undefined;
    const moved = file.status === 'copied' ? 'copied' : 'renamed';
    const touches = [];
    if (previous && isProtected(previous))
        touches.push({ path: previous, label: `${previous} (${moved} to ${file.filename})` });
    if (isProtected(file.filename))
        touches.push({ path: file.filename, label: previous ? `${file.filename} (${moved} from ${previous})` : file.status === 'removed' ? `${file.filename} (removed)` : file.filename });
    return touches;
}

;// CONCATENATED MODULE: ./packages/approval/src/identity.ts
// Who an account is: a bot, an agent, or a person. GitHub logins are case-insensitive.
/** A `*`/`?` glob over logins, case-insensitive; no other syntax, so `[bot]` is literal. */
function loginMatches(pattern, login) {
    const source = pattern
        .split('')
        .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`, 'i').test(login);
}
function sameLogin(a, b) {
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
/** Why the account is not a person, or undefined when it is one. */
function nonHumanReason(account, agents) {
    if (account.type && account.type !== 'User')
        return account.type === 'Bot' ? 'is a bot' : `is an account of type ${account.type}, not a person`;
    if (account.login.toLowerCase().endsWith('[bot]'))
        return 'is a bot (its login ends in [bot])';
    const agent = agents.find((pattern) => loginMatches(pattern, account.login));
    if (agent)
        return `is an agent account (listed in approvers.agents as \`${agent}\`)`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/approval/src/judge.ts

const PERMISSION_RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
/** With no users or teams listed, the role is held by those who may maintain the repository. */
const DEFAULT_ROLE_PERMISSION = 'maintain';
async function judgeCandidate(candidate, rules, exclusions, directory) {
    const { login } = candidate;
    const reject = (reason) => ({ login, via: candidate.via, url: candidate.url, verdict: 'rejected', reason });
    const nonHuman = nonHumanReason(candidate.account, rules.agents);
    if (nonHuman)
        return reject(nonHuman);
    if (sameLogin(login, exclusions.pullRequestAuthor))
        return reject("is the pull request's author");
    if (sameLogin(login, exclusions.actor))
        return reject("is the workflow's actor");
    if (sameLogin(login, exclusions.triggeringActor))
        return reject('triggered this workflow run');
    const authored = exclusions.commitAuthors?.find((commit) => sameLogin(commit.login, login));
    if (authored)
        return reject(`authored commit ${authored.sha.slice(0, 7)} being released (separation of duties)`);
    const changed = exclusions.changedBy?.find((commit) => sameLogin(commit.login, login));
    if (changed)
        return reject(`${changed.as === 'author' ? 'authored' : 'committed'} commit ${changed.sha.slice(0, 7)} of the pull request`);
    const role = await roleOf(login, rules, directory);
    if (!role.holds)
        return reject(role.reason);
    return { login, via: candidate.via, url: candidate.url, verdict: 'accepted', reason: role.reason };
}
async function roleOf(login, rules, directory) {
    if (rules.users.length === 0 && rules.teams.length === 0) {
        const required = rules.minPermission ?? DEFAULT_ROLE_PERMISSION;
        const permission = await directory.repositoryPermission(login);
        return PERMISSION_RANK[permission] >= PERMISSION_RANK[required]
            ? { holds: true, reason: `has ${permission} permission (no approvers listed: ${required} or above holds the role)` }
            : { holds: false, reason: `has ${permission} permission; with no approvers listed, the role needs ${required} or above` };
    }
    let holds = rules.users.some((user) => sameLogin(user, login)) ? 'listed in approvers.users' : undefined;
    let pending;
    for (const team of holds ? [] : rules.teams) {
        const state = await directory.teamMembership(team, login);
        if (state === 'active') {
            holds = `member of \`@${team}\``;
            break;
        }
        if (state === 'pending')
            pending ??= team;
    }
    if (!holds) {
        if (pending)
            return { holds: false, reason: `has a pending, not active, membership of \`@${pending}\`` };
        const teams = rules.teams.length > 0 ? `, not an active member of ${rules.teams.map((team) => `\`@${team}\``).join(' or ')}` : '';
        return { holds: false, reason: `does not hold the release-manager role (not in approvers.users${teams})` };
    }
    if (rules.minPermission) {
        const permission = await directory.repositoryPermission(login);
        if (PERMISSION_RANK[permission] < PERMISSION_RANK[rules.minPermission]) {
            return { holds: false, reason: `has ${permission} permission; the policy requires ${rules.minPermission} (role: ${holds})` };
        }
    }
    return { holds: true, reason: holds };
}
/** Judges each candidate; a person counts once, however many times they approved. */
async function judgeApprovers(candidates, rules, exclusions, directory) {
    const judgements = [];
    for (const candidate of candidates) {
        const counted = judgements.some((judgement) => judgement.verdict === 'accepted' && sameLogin(judgement.login, candidate.login));
        judgements.push(counted
            ? { login: candidate.login, via: candidate.via, url: candidate.url, verdict: 'rejected', reason: 'already counted: each person approves once' }
            : await judgeCandidate(candidate, rules, exclusions, directory));
    }
    return judgements;
}
/**
 * The one rule for every source. Approvals are judged by judgeApprovers (a person counts
 * once). A rejection counts when its author is a person holding the role; independence is
 * not asked of them (a release manager who started the run may still stop it). Anyone
 * else's rejection does not count, and its row says why.
 */
async function tallyDecisions(decisions, rules, exclusions, directory) {
    const approvals = await judgeApprovers(decisions.filter((entry) => entry.decision === 'approve').map((entry) => entry.candidate), rules, exclusions, directory);
    const judgements = [];
    let nextApproval = 0;
    let denied = false;
    for (const { decision, candidate, rejected = 'denied the release' } of decisions) {
        if (decision === 'approve') {
            judgements.push(approvals[nextApproval++]);
            continue;
        }
        const judgement = await judgeCandidate(candidate, rules, {}, directory);
        const counts = judgement.verdict === 'accepted';
        if (counts)
            denied = true;
        judgements.push({
            ...judgement,
            verdict: 'rejected',
            reason: counts ? `${rejected} (${judgement.reason}): a release manager's rejection is final` : `${rejected}, but ${judgement.reason}: the rejection does not count`,
        });
    }
    return { judgements, accepted: denied ? [] : distinctAccepted(judgements), denied };
}
function describeJudgement(judgement) {
    return judgement.verdict === 'accepted'
        ? `accepted: \`${judgement.login}\`, ${judgement.reason}`
        : `rejected: \`${judgement.login}\` ${judgement.reason}`;
}
function distinctAccepted(judgements) {
    const logins = [];
    for (const judgement of judgements) {
        if (judgement.verdict === 'accepted' && !logins.some((login) => sameLogin(login, judgement.login)))
            logins.push(judgement.login);
    }
    return logins;
}

// EXTERNAL MODULE: ./packages/report/src/index.ts + 1 modules
var src = __webpack_require__(3927);
;// CONCATENATED MODULE: ./packages/approval/src/render.ts
// How an approval verdict reads in the job summary, the failure message and the outputs.


function approvalOutputs(report) {
    const entries = (verdict) => report.judgements.filter((judgement) => judgement.verdict === verdict).map(({ login, via, reason, url }) => ({ login, via, reason, url }));
    return {
        approved: String(report.approved),
        required: String(report.required),
        approvers: entries('accepted'),
        rejected: entries('rejected'),
    };
}
function approvalTitle(report) {
    if (!report.required)
        return 'Release approval: not needed ✅';
    const count = `${report.accepted.length} of ${report.minApprovals} qualifying approval${report.minApprovals === 1 ? '' : 's'}`;
    return report.approved ? `Release approval: approved ✅ (${count})` : `Release approval: not approved ❌ (${count})`;
}
function approvalIntro(report) {
    const parts = [(0,src/* text */.Qq)('Approvals of '), (0,src/* link */.nf)(report.subject.label, report.subject.url), (0,src/* text */.Qq)('. '), (0,src/* text */.Qq)(capitalise(report.requiredReason)), (0,src/* text */.Qq)('.')];
    if (report.issue)
        parts.push((0,src/* text */.Qq)(' Approval issue: '), (0,src/* link */.nf)(`#${report.issue.number}`, report.issue.url), (0,src/* text */.Qq)(` (${report.issue.outcome}).`));
    return (0,src/* join */.fj)(parts);
}
function approvalRows(report) {
    return report.judgements.map((judgement) => [
        (0,src/* code */.aY)(judgement.login),
        (0,src/* link */.nf)(judgement.via, judgement.url),
        (0,src/* strong */.ko)(judgement.verdict === 'accepted' ? '✅ accepted' : '❌ rejected'),
        (0,src/* text */.Qq)(describeJudgement(judgement)),
    ]);
}
function approvalFailure(report) {
    const lines = report.judgements.map((judgement) => `  - ${(0,src/* inertLine */.Fq)(describeJudgement(judgement))}`);
    return (`Release approval missing: ${report.accepted.length} of ${report.minApprovals} qualifying approval${report.minApprovals === 1 ? '' : 's'} for ${(0,src/* inertLine */.Fq)(report.subject.label)} (${(0,src/* inertLine */.Fq)(report.requiredReason)}).` +
        (lines.length > 0 ? `\n${lines.join('\n')}` : '\n  No approvals were found.'));
}
const capitalise = (value) => value.charAt(0).toUpperCase() + value.slice(1);

;// CONCATENATED MODULE: ./packages/approval/src/reviews.ts
const reviews_short = (sha) => sha.slice(0, 7);
/**
 * Each reviewer's latest deciding review counts (comments do not change a decision): an
 * approval must be of the head commit unless stale approvals are allowed; a dismissed
 * review never counts; changes requested (after an approval or not) are a rejection, which
 * tallyDecisions makes final when the reviewer is a release manager. GitHub keeps a change
 * request standing across pushes, so its commit does not matter.
 */
function reduceReviews(reviews, options) {
    const history = new Map();
    for (const review of reviews) {
        if (review.state === 'COMMENTED' || review.state === 'PENDING')
            continue;
        const key = review.user.login.toLowerCase();
        history.set(key, [...(history.get(key) ?? []), review]);
    }
    const decisions = [];
    const rejected = [];
    for (const own of history.values()) {
        const latest = own[own.length - 1];
        const base = { login: latest.user.login, via: 'review', url: latest.url };
        const approvedBefore = own.slice(0, -1).some((review) => review.state === 'APPROVED');
        if (latest.state === 'DISMISSED') {
            rejected.push({ ...base, verdict: 'rejected', reason: approvedBefore ? 'approved, but the approval was dismissed' : 'review was dismissed' });
        }
        else if (latest.state === 'CHANGES_REQUESTED') {
            decisions.push({ decision: 'deny', candidate: { ...base, account: latest.user }, rejected: approvedBefore ? 'approved, then requested changes' : 'requested changes' });
        }
        else if (latest.state === 'APPROVED') {
            if (!options.allowStale && latest.commitId !== options.headSha) {
                rejected.push({ ...base, verdict: 'rejected', reason: `approved commit ${reviews_short(latest.commitId)}, head is ${reviews_short(options.headSha)}` });
            }
            else {
                decisions.push({ decision: 'approve', candidate: { ...base, account: latest.user } });
            }
        }
    }
    return { decisions, rejected };
}
/**
 * Whether a merged change was independently reviewed: reviewers other than the author, and
 * not bots, whose latest deciding review (comments aside) is an approval. verify-checklist's
 * `reviews` evidence and release-notes' governance marks both judge by this one rule.
 */
function independentApprovers(author, reviews) {
    const latest = new Map();
    for (const review of reviews) {
        if (review.state === 'COMMENTED' || review.state === 'PENDING')
            continue;
        if (review.type === 'Bot' || review.login.toLowerCase().endsWith('[bot]'))
            continue;
        latest.set(review.login.toLowerCase(), review);
    }
    return [...latest.values()].filter((review) => review.state === 'APPROVED' && review.login.toLowerCase() !== author.toLowerCase()).map((review) => review.login);
}

;// CONCATENATED MODULE: ./packages/approval/src/index.ts








/***/ }),

/***/ 1160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OT: () => (/* reexport */ cancelReverts),
  XF: () => (/* reexport */ categorise),
  Mc: () => (/* reexport */ entriesOf),
  km: () => (/* reexport */ filterByPaths),
  yO: () => (/* reexport */ listedEntries),
  yU: () => (/* reexport */ nextVersion),
  IE: () => (/* reexport */ renderNotes)
});

// UNUSED EXPORTS: DEFAULT_CHANGELOG, entryLine, isBreaking, labelsFor, parseConventional

// EXTERNAL MODULE: ./node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __webpack_require__(5496);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/notes/src/categorise.ts

function parseConventional(subject, body = '') {
    const match = /^(\w+)(?:\(([^)]*)\))?(!)?:\s*(.+)$/.exec(subject.trim());
    if (!match)
        return undefined;
    return { type: match[1].toLowerCase(), scope: match[2], breaking: match[3] === '!' || /^BREAKING[ -]CHANGE:/m.test(body), description: match[4] };
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
    return labels.some((label) => excludedLabels.has(label)) || (author !== undefined && rule.authors.some((login) => login.toLowerCase() === author || login.toLowerCase() === `${author}[bot]` || `${login.toLowerCase()}[bot]` === author));
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
                sections[own].entries.push(entry);
            else
                breaking.push(entry);
            continue;
        }
        const index = categories.findIndex((category) => takes(category, entry, labels, true));
        if (index >= 0)
            sections[index].entries.push(entry);
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

// EXTERNAL MODULE: ./packages/approval/src/index.ts + 6 modules
var src = __webpack_require__(8186);
;// CONCATENATED MODULE: ./packages/notes/src/entries.ts

const FIRST_TIME = new Set(['FIRST_TIMER', 'FIRST_TIME_CONTRIBUTOR']);
/** `commits`: the range, newest first. */
function entriesOf(commits) {
    const inRange = new Set(commits.map((commit) => commit.oid));
    const pulls = new Map();
    const direct = [];
    for (const commit of commits) {
        const merged = commit.pulls.filter((pull) => pull.mergedAt && pull.mergeCommitOid && inRange.has(pull.mergeCommitOid));
        for (const pull of merged) {
            if (pulls.has(pull.number))
                continue;
            const approvers = (0,src/* independentApprovers */.jN)(pull.author.login, pull.reviews);
            pulls.set(pull.number, {
                kind: 'pull',
                number: pull.number,
                sha: pull.mergeCommitOid ?? commit.oid,
                title: pull.title,
                body: pull.body,
                url: pull.url,
                author: pull.author,
                labels: pull.labels,
                reviewed: approvers.length > 0,
                approvers,
                firstTime: FIRST_TIME.has(pull.authorAssociation),
                files: pull.files,
            });
        }
        if (merged.length === 0) {
            const [subject = '', ...rest] = commit.message.split('\n');
            direct.push({
                kind: 'commit',
                sha: commit.oid,
                title: subject,
                body: rest.join('\n').trim(),
                url: commit.url,
                author: commit.author ? { login: commit.author, type: 'User' } : undefined,
                labels: [],
                reviewed: false,
                approvers: [],
                openPull: commit.pulls.find((pull) => !pull.mergedAt)?.number,
                firstTime: false,
            });
        }
    }
    return [...[...pulls.values()].sort((a, b) => (a.number ?? 0) - (b.number ?? 0)), ...direct.reverse()];
}
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

// EXTERNAL MODULE: ./packages/report/src/index.ts + 1 modules
var report_src = __webpack_require__(3927);
;// CONCATENATED MODULE: ./packages/notes/src/render.ts
// Release notes as markdown. Titles and names are user text: markdown-escaped (backslashes,
// so the notes read as written in a CHANGELOG too) so they cannot inject HTML, links or
// headings, break the markdown, or mention anyone. Only the author credit is a mention,
// and only http(s) URLs are written as links.

const render_short = (sha) => sha.slice(0, 7);
/** GitHub logins are [A-Za-z0-9-] (and a [bot] suffix); anything else is not credited as a mention. */
const credit = (entry) => {
    const login = entry.author?.login;
    if (!login)
        return '';
    const name = login.replace(/\[bot\]$/, '');
    return /^[A-Za-z0-9-]+$/.test(name) ? ` by @${name}` : ` by ${(0,report_src/* markdownText */.p7)(login)}`;
};
function entryLine(entry) {
    const where = entry.kind === 'pull' ? ` in ${(0,report_src/* markdownUrl */.$x)(entry.url)}` : ` in ${render_short(entry.sha)}`;
    const mark = entry.kind === 'commit' ? ' ⚠️ pushed without a pull request' : entry.reviewed ? '' : ' ⚠️ merged without an approving review by someone other than its author';
    return `- ${(0,report_src/* markdownText */.p7)(entry.title)}${credit(entry)}${where}${mark}`;
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
        parts.push(`## ${(0,report_src/* markdownText */.p7)(section.title)}\n\n${section.entries.map(entryLine).join('\n')}`);
    if (parts.length === 0)
        parts.push('No changes.');
    const entries = listedEntries(sections);
    const pulls = entries.filter((entry) => entry.kind === 'pull');
    const unreviewed = pulls.filter((entry) => !entry.reviewed);
    const direct = entries.filter((entry) => entry.kind === 'commit');
    const checks = [`- ${pulls.length} pull request${pulls.length === 1 ? '' : 's'}, ${pulls.length - unreviewed.length} approved by someone other than their author`];
    if (unreviewed.length > 0)
        checks.push(`- ${unreviewed.length} merged without an independent approval: ${unreviewed.map((entry) => `#${entry.number}`).join(', ')}`);
    if (direct.length > 0)
        checks.push(`- ${direct.length} commit${direct.length === 1 ? '' : 's'} pushed without a pull request: ${direct.map((entry) => render_short(entry.sha)).join(', ')}`);
    parts.push(`## Release checks\n\n${checks.join('\n')}`);
    const people = [...new Map(entries.filter((entry) => entry.author).map((entry) => [entry.author.login.toLowerCase(), entry])).values()];
    if (people.length > 0)
        parts.push(`## Contributors\n\n${people.map((entry) => credit(entry).replace(/^ by /, '')).join(', ')}`);
    const newcomers = pulls.filter((entry) => entry.firstTime);
    if (newcomers.length > 0)
        parts.push(`## New contributors\n\n${newcomers.map((entry) => `-${credit(entry).replace(/^ by/, '')} made their first contribution in ${(0,report_src/* markdownUrl */.$x)(entry.url)}`).join('\n')}`);
    const { owner, repo, serverUrl } = input.repository;
    if (input.from)
        parts.push(`**Full changelog**: ${serverUrl}/${owner}/${repo}/compare/${encodeURIComponent(input.from)}...${encodeURIComponent(input.to)}`);
    return `${parts.join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __webpack_require__(2320);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/notes/src/version.ts
// The next semantic version: major for breaking changes, minor for features, else patch,
// computed by `semver` so pre-releases lead to their own release (2.0.0-rc.1 → 2.0.0).


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
 * else a loose one coerced (`1.2` → 1.2.0, `1.2-rc1` → 1.2.0-rc1). A tag whose rest does not
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






/***/ })

};
