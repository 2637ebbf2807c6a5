export const id = 533;
export const ids = [533];
export const modules = {

/***/ 8186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sI: () => (/* reexport */ approvalRequiredFor),
  AK: () => (/* reexport */ approvalStepReport),
  cF: () => (/* reexport */ commentDecision),
  D6: () => (/* reexport */ describeJudgement),
  _C: () => (/* reexport */ editedAfterPosting),
  jN: () => (/* reexport */ independentApprovers),
  w2: () => (/* reexport */ isBot),
  bl: () => (/* reexport */ judgeCandidate),
  v8: () => (/* reexport */ nearMissReason),
  _8: () => (/* reexport */ reduceReviews),
  u8: () => (/* reexport */ roleRules),
  Up: () => (/* reexport */ sameLogin),
  sj: () => (/* reexport */ tallyDecisions)
});

;// CONCATENATED MODULE: ./packages/approval/src/comments.ts
function commentDecision(body, words) {
    const firstLine = (body.trim().split('\n')[0] ?? '')
        .trim()
        .toLowerCase()
        .replace(/[\s.!,;:]+$/, '');
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
        ? {
            required: true,
            protectedFiles,
            reason: `the change modifies the release process: ${shown.slice(0, 10).join(', ')}${shown.length > 10 ? ` and ${shown.length - 10} more` : ''}`,
        }
        : {
            required: false,
            protectedFiles,
            reason: `the pull request changes none of the protected paths (${protectedPaths.join(', ')}), so no release-manager approval is needed`,
        };
}
/** The protected paths one changed file touches: its path, and the path it was renamed or copied from. */
function describeTouch(file, isProtected) {
    const previous = file.previous_filename && file.previous_filename !== file.filename ? file.previous_filename : undefined;
    const moved = file.status === 'copied' ? 'copied' : 'renamed';
    const touches = [];
    if (previous && isProtected(previous))
        touches.push({ path: previous, label: `${previous} (${moved} to ${file.filename})` });
    if (isProtected(file.filename))
        touches.push({
            path: file.filename,
            label: previous ? `${file.filename} (${moved} from ${previous})` : file.status === 'removed' ? `${file.filename} (removed)` : file.filename,
        });
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
/** The one bot rule: GitHub says the account is a Bot, or its login ends in `[bot]` (an app's). */
function isBot(account) {
    return account.type === 'Bot' || account.login.toLowerCase().endsWith('[bot]');
}
/** Why the account is not a person, or undefined when it is one. */
function nonHumanReason(account, agents) {
    if (account.type && account.type !== 'User' && account.type !== 'Bot')
        return `is an account of type ${account.type}, not a person`;
    if (isBot(account))
        return account.type === 'Bot' ? 'is a bot' : 'is a bot (its login ends in [bot])';
    const agent = agents.find((pattern) => loginMatches(pattern, account.login));
    if (agent)
        return `is an agent account (listed in approvers.agents as \`${agent}\`)`;
    return undefined;
}

// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var src = __webpack_require__(5348);
;// CONCATENATED MODULE: ./packages/approval/src/judge.ts
// Whether an approver qualifies: a person (not a bot, not an agent account), holding the
// release-manager role, and independent of the change (not its author, not the one who
// ran the workflow). A rejection is judged by the same rule for every source: by a person
// holding the role it is final; by anyone else it does not count, and the report says so.
// The role lookups are behind RoleDirectory, so this stays pure.


/** The release-manager role as the policy's approvers section defines it. */
function roleRules(settings) {
    return { users: settings.users, teams: settings.teams, agents: settings.agents, minPermission: settings['min-permission'] };
}
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
        return reject(`authored commit ${(0,src/* shortSha */.Fu)(authored.sha)} being released (separation of duties)`);
    const changed = exclusions.changedBy?.find((commit) => sameLogin(commit.login, login));
    if (changed)
        return reject(`${changed.as === 'author' ? 'authored' : 'committed'} commit ${(0,src/* shortSha */.Fu)(changed.sha)} of the pull request`);
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
            reason: counts
                ? `${rejected} (${judgement.reason}): a release manager's rejection is final`
                : `${rejected}, but ${judgement.reason}: the rejection does not count`,
        });
    }
    return { judgements, accepted: denied ? [] : distinctAccepted(judgements), denied };
}
function describeJudgement(judgement) {
    return judgement.verdict === 'accepted' ? `accepted: \`${judgement.login}\`, ${judgement.reason}` : `rejected: \`${judgement.login}\` ${judgement.reason}`;
}
function distinctAccepted(judgements) {
    const logins = [];
    for (const judgement of judgements) {
        if (judgement.verdict === 'accepted' && !logins.some((login) => sameLogin(login, judgement.login)))
            logins.push(judgement.login);
    }
    return logins;
}

;// CONCATENATED MODULE: ./packages/approval/src/render.ts
// How an approval verdict reads: the step report (job summary, failure message, outputs).


/** The step's whole report: outputs, summary (title, intro, one row per judged approver) and failure. */
function approvalStepReport(report) {
    return {
        outputs: approvalOutputs(report),
        title: approvalTitle(report),
        intro: approvalIntro(report),
        table: { columns: ['Approver', 'Via', 'Verdict', 'Reason'], rows: approvalRows(report) },
        failure: report.approved ? undefined : approvalFailure(report),
    };
}
function approvalOutputs(report) {
    const entries = (verdict) => report.judgements.filter((judgement) => judgement.verdict === verdict).map(({ login, via, reason, url }) => ({ login, via, reason, url }));
    return {
        approved: String(report.approved),
        required: String(report.required),
        approvers: entries('accepted'),
        rejected: entries('rejected'),
        // Set only when the decision was asked for in an issue.
        ...(report.issue ? { 'issue-number': String(report.issue.number), 'issue-url': report.issue.url } : {}),
    };
}
function approvalTitle(report) {
    if (!report.required)
        return 'Release approval: not needed \u2705';
    const count = `${report.accepted.length} of ${(0,src/* plural */.LS)(report.minApprovals, 'qualifying approval')}`;
    return report.approved ? `Release approval: approved \u2705 (${count})` : `Release approval: not approved \u274c (${count})`;
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
        (0,src/* strong */.ko)(judgement.verdict === 'accepted' ? '\u2705 accepted' : '\u274c rejected'),
        (0,src/* text */.Qq)(describeJudgement(judgement)),
    ]);
}
function approvalFailure(report) {
    const lines = report.judgements.map((judgement) => `  - ${(0,src/* inertLine */.Fq)(describeJudgement(judgement))}`);
    return (`Release approval missing: ${report.accepted.length} of ${(0,src/* plural */.LS)(report.minApprovals, 'qualifying approval')} ` +
        `for ${(0,src/* inertLine */.Fq)(report.subject.label)} (${(0,src/* inertLine */.Fq)(report.requiredReason)}).` +
        (lines.length > 0 ? `\n${lines.join('\n')}` : '\n  No approvals were found.'));
}
const capitalise = (value) => value.charAt(0).toUpperCase() + value.slice(1);

;// CONCATENATED MODULE: ./packages/approval/src/reviews.ts
// Pull-request reviews reduced to one standing decision per reviewer.


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
            decisions.push({
                decision: 'deny',
                candidate: { ...base, account: latest.user },
                rejected: approvedBefore ? 'approved, then requested changes' : 'requested changes',
            });
        }
        else if (latest.state === 'APPROVED') {
            if (!options.allowStale && latest.commitId !== options.headSha) {
                rejected.push({ ...base, verdict: 'rejected', reason: `approved commit ${(0,src/* shortSha */.Fu)(latest.commitId)}, head is ${(0,src/* shortSha */.Fu)(options.headSha)}` });
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
        if (isBot(review))
            continue;
        latest.set(review.login.toLowerCase(), review);
    }
    return [...latest.values()]
        .filter((review) => review.state === 'APPROVED' && review.login.toLowerCase() !== author.toLowerCase())
        .map((review) => review.login);
}

;// CONCATENATED MODULE: ./packages/approval/src/index.ts








/***/ }),

/***/ 1533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* reexport */ entriesOf)
});

// EXTERNAL MODULE: ./packages/approval/src/index.ts + 6 modules
var src = __webpack_require__(8186);
;// CONCATENATED MODULE: ./packages/changes/src/entries.ts
// The changes of a release, from the commits in its range: each pull request merged into
// the range once (found through its commits, so pull requests merged elsewhere never
// leak in), and each commit that came without a pull request. verify-checklist's `reviews`
// evidence and release-notes both read a range this way.

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

;// CONCATENATED MODULE: ./packages/changes/src/index.ts



/***/ })

};
