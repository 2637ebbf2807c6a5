export const id = 256;
export const ids = [256];
export const modules = {

/***/ 5256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/approval/src/index.ts + 6 modules
var src = __webpack_require__(8186);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 18 modules
var github_src = __webpack_require__(2593);
// EXTERNAL MODULE: ./packages/policy/src/index.ts + 12 modules
var policy_src = __webpack_require__(4184);
// EXTERNAL MODULE: ./packages/report/src/index.ts + 2 modules
var report_src = __webpack_require__(1080);
;// CONCATENATED MODULE: ./actions/require-human-approver/src/inputs.ts
// require-human-approver's inputs, each read once (trimmed by the toolkit) and parsed before anything is read from GitHub.


const SOURCES = ['auto', 'environment', 'pull-request', 'issue'];
function readInputs() {
    return {
        token: (0,report_src/* textInput */._Z)('token'),
        policy: (0,report_src/* textInput */._Z)('policy'),
        source: (0,report_src/* choiceInput */.ij)('source', SOURCES, 'auto'),
        approvers: (0,policy_src/* listInput */.dt)((0,report_src/* textInput */._Z)('approvers'))?.map((entry) => entry.replace(/^@/, '')),
        agents: (0,policy_src/* listInput */.dt)((0,report_src/* textInput */._Z)('agents')),
        minApprovals: (0,policy_src/* numberInput */.QR)((0,report_src/* textInput */._Z)('min-approvals')),
        issueTimeoutMinutes: (0,policy_src/* numberInput */.QR)((0,report_src/* textInput */._Z)('issue-timeout-minutes')),
        environment: (0,report_src/* textInput */._Z)('environment'),
    };
}

// EXTERNAL MODULE: ./packages/async/src/index.ts
var async_src = __webpack_require__(9151);
// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var render_src = __webpack_require__(5348);
;// CONCATENATED MODULE: ./actions/require-human-approver/src/issue-wait.ts
// The issue source: for repositories without environment reviewers, ask in an issue and
// wait for qualifying people to comment an approve or deny word. The issue is always
// closed with the outcome, also when the job is cancelled, so none is left half-done.





async function approvalByIssue(options) {
    const { client, context, settings } = options;
    const { owner, repo } = context;
    // Listen for cancellation before the issue exists, so no window leaves it open.
    const cancelled = (0,async_src/* listenForCancellation */.ci)();
    // Polling stops at the cancellation; closing the issue may take until the runner's grace ends.
    const polling = client.withSignal(cancelled.signal);
    const closing = client.finishing(cancelled.signal, (0,async_src/* graceAfter */.Dc)(cancelled.signal, CLOSE_WITHIN_MS));
    let issue;
    try {
        issue = await openApprovalIssue(options);
    }
    catch (error) {
        cancelled.dispose();
        throw error;
    }
    (0,report_src/* logLine */.BP)(`Waiting for approval in ${issue.url}`);
    let result = { outcome: 'cancelled', judgements: [], accepted: [] };
    try {
        const deadline = Date.now() + settings.issue['timeout-minutes'] * 60_000;
        while (!cancelled.signal.aborted) {
            const comments = await polling
                .all('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue.number, since: issue.createdAt }, 'issues: read')
                .catch((error) => {
                if (cancelled.signal.aborted)
                    return undefined; // the read was stopped by the cancellation
                throw error;
            });
            if (!comments)
                break;
            const { decision, judgements, accepted } = await tally(comments, options);
            (0,report_src/* logLine */.BP)(`${(0,render_src/* plural */.LS)(comments.length, 'comment')}; ${accepted.length} of ${settings['min-approvals']} approvals${decision ? `; ${decision}` : ''}`);
            const remaining = deadline - Date.now();
            const outcome = cancelled.signal.aborted ? 'cancelled' : (decision ?? (remaining <= 0 ? 'timed out' : undefined));
            result = { outcome: outcome ?? 'cancelled', judgements, accepted };
            if (outcome)
                break;
            await (0,async_src/* sleep */.yy)(Math.min(settings.issue['poll-seconds'] * 1000, remaining), cancelled.signal);
        }
        if (cancelled.signal.aborted)
            result = { ...result, outcome: 'cancelled' };
    }
    finally {
        // Still listening: a second signal must not stop the issue from being closed.
        await closeApprovalIssue(closing, context, issue.number, result);
        cancelled.dispose();
    }
    return { issue: { number: issue.number, url: issue.url }, ...result };
}
/** The runner sends SIGKILL 10 s after its first signal. */
const CLOSE_WITHIN_MS = 8_000;
const MARKER = (runId) => `<!-- release-governance:approval run=${runId} -->`;
/** Reuses this run's open approval issue (a re-run), or opens one naming who may approve. */
async function openApprovalIssue({ client, context, sha, settings, rules }) {
    const { owner, repo } = context;
    const marker = MARKER(context.runId);
    const labels = settings.issue.labels;
    const existing = await (0,github_src/* findMarkedIssue */.HZ)(client, context, { marker, labels, state: 'open' });
    if (existing)
        return existing;
    // Pinging who may approve is the point; anything that is not a login or org/team is inert text.
    const mention = (name) => (/^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(name) ? `@${name}` : (0,render_src/* markdownText */.p7)(name));
    const eligible = [...rules.users.map(mention), ...rules.teams.map(mention)];
    const who = eligible.length > 0 ? eligible.join(', ') : `anyone with ${(0,render_src/* markdownText */.p7)(rules.minPermission ?? 'maintain')} permission on this repository`;
    const body = [
        marker,
        `The workflow run ${context.runUrl} asks a release manager to approve commit ${(0,render_src/* markdownCode */.D9)(sha)}.`,
        '',
        `**Who may approve:** ${who} \u2014 a person, not a bot or agent account, and not the person who started the run (${(0,render_src/* markdownCode */.D9)(context.actor)}).`,
        `**Approvals needed:** ${settings['min-approvals']} from different people.`,
        '',
        `To approve, comment a line that is just one of: ${settings['approve-words'].map(render_src/* markdownCode */.D9).join(', ')}.`,
        `To deny, comment one of: ${settings['deny-words'].map(render_src/* markdownCode */.D9).join(', ')}.`,
        '',
        `The run waits ${settings.issue['timeout-minutes']} minutes, then fails.`,
    ].join('\n');
    const data = await client.request('POST /repos/{owner}/{repo}/issues', { owner, repo, title: `Release approval: ${(0,render_src/* shortSha */.Fu)(sha)} (run ${context.runId})`, body, labels }, 'issues: write');
    return { number: data.number, url: data.html_url, createdAt: data.created_at };
}
/**
 * Decides from the comments so far: denied, approved, or no decision yet (undefined), by
 * tallyDecisions' rule for every source (a release manager's deny is final; a person
 * approves once). Comments that use a decision word without being a decision, and
 * approvals edited after posting, are listed as not counted. The role directory caches its
 * reads, so polling again asks GitHub nothing new about the same people.
 */
async function tally(comments, options) {
    const { settings, rules, exclusions, directory } = options;
    const words = { approve: settings['approve-words'], deny: settings['deny-words'] };
    const decisions = [];
    const ignored = [];
    for (const comment of comments) {
        if (!comment.user)
            continue;
        const { login, type } = comment.user;
        const candidate = { login, account: { login, type }, via: 'comment', url: comment.html_url };
        const decision = (0,src/* commentDecision */.cF)(comment.body ?? '', words);
        const nearMiss = decision ? undefined : (0,src/* nearMissReason */.v8)(comment.body ?? '', words);
        if (nearMiss)
            ignored.push({ login, via: 'comment', url: comment.html_url, verdict: 'rejected', reason: nearMiss });
        // A deny stays a deny when edited: stopping a release is the safe side.
        else if (decision === 'approve' && (0,src/* editedAfterPosting */._C)(comment)) {
            ignored.push({
                login,
                via: 'comment',
                url: comment.html_url,
                verdict: 'rejected',
                reason: 'approval was edited after it was posted (anyone with write access can edit a comment): post a new comment',
            });
        }
        else if (decision)
            decisions.push({ decision, candidate });
    }
    const { judgements, accepted, denied } = await (0,src/* tallyDecisions */.sj)(decisions, rules, exclusions, directory);
    const decision = denied ? 'denied' : accepted.length >= settings['min-approvals'] ? 'approved' : undefined;
    return { decision, judgements: [...ignored, ...judgements], accepted };
}
async function closeApprovalIssue(client, context, issue_number, result) {
    const { owner, repo } = context;
    const by = result.accepted.map(render_src/* markdownCode */.D9).join(', ');
    const message = {
        approved: `Approved by ${by}. The run continues.`,
        denied: 'Denied by a release manager. The run fails.',
        'timed out': 'No decision before the timeout. The run fails; re-run it to ask again.',
        cancelled: 'The run was cancelled before a decision.',
    };
    const body = `**Outcome: ${result.outcome}.** ${message[result.outcome]}`;
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number, body }, 'issues: write');
    const state_reason = result.outcome === 'approved' ? 'completed' : 'not_planned';
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number, state: 'closed', state_reason }, 'issues: write');
}

;// CONCATENATED MODULE: ./actions/require-human-approver/src/sources.ts
// Where approvals come from: the pull request's reviews, or the deployment approvals of
// this workflow run. Each returns the decisions (approvals and rejections) to tally and
// what was already rejected. Environment approvals count only for the environment this
// run deploys to: the policy's, else the event's; when neither is known the step fails
// rather than accept an approval given for another environment.



const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const DEPLOYMENT_EVENTS = new Set(['deployment_review', 'deployment', 'deployment_status']);
/** The source `auto` means for this event. */
function sourceForEvent(eventName) {
    if (PULL_REQUEST_EVENTS.has(eventName))
        return 'pull-request';
    if (DEPLOYMENT_EVENTS.has(eventName))
        return 'environment';
    return undefined;
}
function actors(context) {
    return { actor: context.actor, triggeringActor: context.triggeringActor };
}
/**
 * On pull_request_review the actor is the reviewer whose review the event is: excluding
 * them would make every real approval fail. The actor rule stops people approving their own
 * change, so here it applies to those who changed the code (the pull request's author and
 * its commits' authors and committers) and not to that reviewer. A re-run by someone else
 * still excludes the one who re-ran it.
 */
function reviewEventActors(context) {
    const reviewer = context.payload.review?.user?.login;
    return {
        actor: (0,src/* sameLogin */.Up)(context.actor, reviewer) ? undefined : context.actor,
        triggeringActor: (0,src/* sameLogin */.Up)(context.triggeringActor, reviewer) ? undefined : context.triggeringActor,
    };
}
async function fromPullRequest(client, context, sha, settings) {
    const { owner, repo } = context;
    const pull_number = PULL_REQUEST_EVENTS.has(context.eventName) && context.payload.pull_request
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
    const { decisions, rejected } = (0,src/* reduceReviews */._8)(reviews.map((review) => ({
        user: { login: review.user?.login ?? 'ghost', type: review.user?.type },
        state: review.state,
        commitId: review.commit_id ?? '',
        url: review.html_url,
    })), { headSha: pull.head.sha, allowStale: settings['allow-stale-approvals'] });
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
                    ...(commit.author?.login ? [{ login: commit.author.login, sha: commit.sha, as: 'author' }] : []),
                    ...(commit.committer?.login ? [{ login: commit.committer.login, sha: commit.sha, as: 'committer' }] : []),
                ])
                : undefined,
        },
        // Both sides of a rename count: moving the release workflow away changes the release process.
        guard: (0,src/* approvalRequiredFor */.sI)(files.map(({ filename, status, previous_filename }) => ({ filename, status, previous_filename })), settings['protected-paths']),
    };
}
async function pullRequestOfCommit(client, context, sha) {
    const { owner, repo } = context;
    const pulls = await client.all('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner, repo, commit_sha: sha }, 'pull-requests: read');
    const pull = pulls.find((candidate) => candidate.merge_commit_sha === sha) ?? pulls.find((candidate) => candidate.head.sha === sha) ?? pulls[0];
    if (!pull) {
        throw new Error(`No pull request is associated with commit ${(0,render_src/* shortSha */.Fu)(sha)}: set \`source\` to environment (deployment approvals) or issue (ask in an issue).`);
    }
    return pull.number;
}
/** The run whose deployment approvals count: the reviewed run on deployment_review, else this one. */
function approvalRunId(context) {
    return context.eventName === 'deployment_review' && context.payload.workflow_run?.id ? Number(context.payload.workflow_run.id) : context.runId;
}
async function readRunApprovals(client, context) {
    return client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { owner: context.owner, repo: context.repo, run_id: approvalRunId(context) }, 'actions: read');
}
/**
 * The environment this run deploys to, from the event: a deployment's (deployment,
 * deployment_status), or the reviewed job's (deployment_review). Undefined when the event
 * does not say, or names more than one.
 */
function eventEnvironment(context) {
    const { payload } = context;
    if (context.eventName === 'deployment' || context.eventName === 'deployment_status')
        return payload.deployment?.environment || undefined;
    if (context.eventName !== 'deployment_review')
        return undefined;
    const named = [
        payload.environment,
        payload.workflow_job_run?.environment,
        ...(payload.workflow_job_runs ?? []).map((run) => run.environment),
    ];
    const distinct = [...new Set(named.filter((name) => typeof name === 'string' && name !== '').map((name) => name.toLowerCase()))];
    return distinct.length === 1 ? named.find((name) => typeof name === 'string' && name.toLowerCase() === distinct[0]) : undefined;
}
async function fromEnvironment(client, context, sha, settings, policyFile, releaseLine, approvals) {
    const environment = settings.environment ?? eventEnvironment(context);
    if (!environment) {
        throw new Error(`Cannot tell which environment's approvals count: a ${context.eventName} event does not name the environment this run deploys to. ` +
            `Set the input \`environment\` or \`approvers.environment\` in ${policyFile}.`);
    }
    const runId = approvalRunId(context);
    const url = (0,github_src/* runUrl */.Vp)(context, runId);
    const decisions = [];
    const prejudged = [];
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
        const candidate = { login, account: { login, type: approval.user.type }, via: 'environment', url };
        decisions.push(approval.state === 'approved' ? { decision: 'approve', candidate } : { decision: 'deny', candidate, rejected: 'rejected the deployment' });
    }
    const commitAuthors = settings['separation-of-duties'] ? await releaseCommitAuthors(client, context, sha, releaseLine) : undefined;
    return {
        subject: { label: `workflow run ${runId}, environment ${environment}`, url },
        decisions,
        prejudged,
        exclusions: { ...actors(context), commitAuthors },
        guard: (0,src/* approvalRequiredFor */.sI)(undefined, settings['protected-paths']),
    };
}
/** Authors of the commits since the previous release, for separation of duties outside a pull request. */
async function releaseCommitAuthors(client, context, sha, releaseLine) {
    const previous = await (0,github_src/* findPreviousRelease */.qI)(client, context.owner, context.repo, sha, (0,github_src/* previousReleaseOptions */.D7)(releaseLine));
    const history = await (0,github_src/* releaseHistory */.Cb)(client, context, sha, previous?.sha, { commitsInRange: previous?.commitsSince });
    return history.flatMap((commit) => (commit.author ? [{ login: commit.author, sha: commit.oid }] : []));
}

;// CONCATENATED MODULE: ./actions/require-human-approver/src/main.ts
// require-human-approver, as a pipeline: 1. the policy with this run's inputs applied,
// 2. the approvals from the chosen source (or an issue to wait on), 3. the verdict on each
// approver; then the step report. The judging is in @release-governance/approval.







async function run() {
    const inputs = readInputs();
    const context = (0,github_src/* readRunContext */.$p)();
    const client = (0,github_src/* createGitHubClient */.LX)(inputs.token);
    const policy = await (0,report_src/* stage */.dw)('1. Policy', () => (0,policy_src/* loadPolicy */.tb)({ read: (0,github_src/* policyFileReader */.YQ)(client, context), policyPath: inputs.policy }), policy_src/* describePolicy */.wy);
    const settings = approverSettings(policy.approvers, inputs);
    const approval = {
        client,
        context,
        sha: context.payload.pull_request?.head?.sha ?? context.sha,
        settings,
        rules: (0,src/* roleRules */.u8)(settings),
        directory: (0,github_src/* gitHubRoleDirectory */.VM)(client, context.owner, context.repo),
        policyFile: policy.policyFile.path,
        releaseLine: policy.releaseNotes,
    };
    const report = await (0,report_src/* stage */.dw)(`2. Approvals (source: ${inputs.source})`, () => (inputs.source === 'issue' ? approveByIssue(approval) : approveFromSource(approval, inputs.source)), describeApproval);
    await (0,report_src/* finishStep */.IT)((0,src/* approvalStepReport */.AK)(report));
}
/** The policy's approvers section with this run's inputs applied, validated by the same schema. */
function approverSettings(policy, inputs) {
    const timeout = inputs.issueTimeoutMinutes;
    return (0,policy_src/* applyInputOverrides */.CL)('approvers', policy, {
        // The input names the whole role: it replaces both the users and the teams of the policy.
        users: inputs.approvers?.filter((entry) => !entry.includes('/')),
        teams: inputs.approvers?.filter((entry) => entry.includes('/')),
        agents: inputs.agents,
        'min-approvals': inputs.minApprovals,
        environment: inputs.environment || undefined,
        issue: timeout === undefined ? undefined : { ...policy.issue, 'timeout-minutes': timeout },
    }, { users: 'approvers', teams: 'approvers', agents: 'agents', 'min-approvals': 'min-approvals', environment: 'environment', issue: 'issue-timeout-minutes' });
}
/** Asks in an issue and waits for a decision there. */
async function approveByIssue({ client, context, sha, settings, rules, directory, releaseLine }) {
    const commitAuthors = settings['separation-of-duties'] ? await releaseCommitAuthors(client, context, sha, releaseLine) : undefined;
    const exclusions = { actor: context.actor, triggeringActor: context.triggeringActor, commitAuthors };
    const result = await approvalByIssue({ client, context, sha, settings, rules, exclusions, directory });
    return {
        approved: result.outcome === 'approved',
        required: true,
        requiredReason: `the decision was asked for in an issue (${result.outcome})`,
        subject: { label: `approval issue #${result.issue.number}`, url: result.issue.url },
        minApprovals: settings['min-approvals'],
        accepted: result.accepted,
        judgements: result.judgements,
        issue: { ...result.issue, outcome: result.outcome },
    };
}
/** Reads the approvals already given (reviews or deployment approvals) and judges them. */
async function approveFromSource(approval, source) {
    const { settings, rules, directory } = approval;
    const collected = await collect(approval, source);
    // One rule for every source: a release manager's rejection is final.
    const tally = collected.guard.required ? await (0,src/* tallyDecisions */.sj)(collected.decisions, rules, collected.exclusions, directory) : undefined;
    const accepted = tally?.accepted ?? [];
    return {
        approved: !collected.guard.required || (!tally?.denied && accepted.length >= settings['min-approvals']),
        required: collected.guard.required,
        requiredReason: collected.guard.reason,
        subject: collected.subject,
        minApprovals: settings['min-approvals'],
        accepted,
        judgements: tally ? [...collected.prejudged, ...tally.judgements] : [],
    };
}
async function collect({ client, context, sha, settings, policyFile, releaseLine }, source) {
    const chosen = source === 'auto' ? sourceForEvent(context.eventName) : source;
    if (chosen === 'pull-request')
        return fromPullRequest(client, context, sha, settings);
    if (chosen === 'environment')
        return fromEnvironment(client, context, sha, settings, policyFile, releaseLine);
    // auto on any other event: this run's deployment approvals if it has some, else the commit's pull request.
    const approvals = await readRunApprovals(client, context);
    if (approvals.length > 0)
        return fromEnvironment(client, context, sha, settings, policyFile, releaseLine, approvals);
    return fromPullRequest(client, context, sha, settings);
}
function describeApproval(report) {
    return [
        `Approvals of ${report.subject.label}${report.subject.url ? ` (${report.subject.url})` : ''}: ${report.requiredReason}`,
        ...report.judgements.map(src/* describeJudgement */.D6),
        `${report.approved ? 'Approved' : 'Not approved'}: ${report.accepted.length} of ${report.minApprovals} qualifying approvals`,
    ];
}


/***/ }),

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








/***/ })

};
