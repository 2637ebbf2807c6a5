export const id = 253;
export const ids = [253];
export const modules = {

/***/ 253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/async/src/index.ts
var src = __webpack_require__(9151);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 18 modules
var github_src = __webpack_require__(2593);
// EXTERNAL MODULE: ./packages/policy/src/index.ts + 12 modules
var policy_src = __webpack_require__(4184);
// EXTERNAL MODULE: ./packages/report/src/index.ts + 2 modules
var report_src = __webpack_require__(1080);
// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var render_src = __webpack_require__(5348);
;// CONCATENATED MODULE: ./packages/rollback/src/incident.ts
// The incident record a rollback leaves: the repository's template (or a built-in one)
// filled with what happened. Reason and other user text are markdown-escaped: they cannot
// inject HTML, links or headings, break the table they stand in, or mention anyone.

/** The incident-response and post-mortem steps of the Release Manager Role document. */
const BUILT_IN_INCIDENT_TEMPLATE = `## Rollback of {{environment}}

| | |
|---|---|
| Environment | {{environment}} |
| Rolled back from | {{from}} |
| Rolled back to | {{to}} |
| Deployment | {{deployment}} |
| Result | {{result}} |
| Smoke tests | {{smoke}} |
| Command | {{command}} |
| Started by | {{actor}} |
| Reason | {{reason}} |
| Workflow run | {{run}} |
| Time | {{time}} |

## Communicate
- [ ] Notify stakeholders
- [ ] Update status page
- [ ] Provide timeline
- [ ] Document resolution

## Post-mortem
- [ ] Analyze root cause
- [ ] Document lessons learned
- [ ] Update procedures
- [ ] Prevent recurrence
`;
function incidentTitle(facts) {
    // A title is plain text, but it still must be one line without controls or pings.
    const reason = (0,render_src/* inertText */.UJ)(facts.reason).replace(/\s+/g, ' ').trim();
    return `Rollback of ${(0,render_src/* inertText */.UJ)(facts.environment)} to ${(0,render_src/* shortSha */.Fu)(facts.to.sha)}: ${reason.length > 80 ? `${reason.slice(0, 80)}\u2026` : reason}`;
}
/**
 * Fills `{{placeholders}}` of the template. A template with none gets the built-in facts
 * table above its own text, so the record is complete either way. `marker` (an HTML
 * comment) lets a re-run find and update this issue.
 */
function incidentBody(template, facts, marker) {
    const values = {
        environment: (0,render_src/* markdownText */.p7)(facts.environment),
        from: facts.from ? `\`${(0,render_src/* shortSha */.Fu)(facts.from.sha)}\` (deployment ${facts.from.deploymentId})` : 'unknown',
        to: `\`${(0,render_src/* shortSha */.Fu)(facts.to.sha)}\`${facts.to.ref !== facts.to.sha ? ` (${(0,render_src/* markdownText */.p7)(facts.to.ref)})` : ''}`,
        deployment: facts.deploymentId === undefined ? 'not created' : String(facts.deploymentId),
        result: (0,render_src/* markdownText */.p7)(facts.result),
        smoke: (0,render_src/* markdownText */.p7)(facts.smoke),
        command: (0,render_src/* markdownText */.p7)(facts.command),
        actor: (0,render_src/* markdownText */.p7)(facts.actor),
        reason: (0,render_src/* markdownText */.p7)((0,render_src/* inertText */.UJ)(facts.reason).replace(/\s+/g, ' ').trim()),
        run: (0,render_src/* markdownUrl */.$x)(facts.runUrl),
        time: facts.at,
    };
    const fill = (source) => source.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (match, key) => values[key] ?? match);
    const body = /\{\{\s*[a-z]+\s*\}\}/.test(template) ? fill(template) : `${fill(BUILT_IN_INCIDENT_TEMPLATE.split('\n## Communicate')[0] ?? '')}\n${template}`;
    return `${marker}\n${body}`;
}

;// CONCATENATED MODULE: ./packages/rollback/src/outcome.ts
// What a rollback's result means for the step: the one rule for whether it succeeded.
/** A dry run succeeds: it wrote nothing and was asked to write nothing. Anything else but a success fails the step. */
function rollbackSucceeded(result) {
    return result === 'success' || result === 'dry-run';
}

;// CONCATENATED MODULE: ./packages/rollback/src/render.ts
// How a rollback reads: the step report (one row per step with its result, the verdict,
// the outputs). Whether the rollback succeeded is decided in ./outcome, not here.


const MARK = { done: '\u2705 done', failed: '\u274c failed', skipped: '\u2796 skipped', planned: '\ud83d\udcdd planned' };
/** The step's whole report: outputs, summary (title, intro, one row per step) and failure. */
function rollbackStepReport(report) {
    return {
        outputs: rollbackOutputs(report),
        title: rollbackTitle(report),
        intro: rollbackIntro(report),
        table: { columns: ['Step', 'Result', 'Details'], rows: rollbackRows(report) },
        failure: rollbackSucceeded(report.result) ? undefined : rollbackFailure(report),
    };
}
function rollbackTitle(report) {
    const route = report.from && report.to ? ` (${(0,render_src/* shortSha */.Fu)(report.from.sha)} \u2192 ${(0,render_src/* shortSha */.Fu)(report.to.sha)})` : '';
    const verdict = {
        success: 'rolled back \u2705',
        failure: 'failed \u274c',
        error: 'stopped with an error \u274c',
        'dry-run': 'dry run, nothing written \ud83d\udcdd',
        refused: 'refused \u26d4',
    };
    return `Rollback of ${(0,render_src/* inertLine */.Fq)(report.environment)}: ${verdict[report.result]}${route}`;
}
function rollbackIntro(report) {
    const parts = [(0,render_src/* text */.Qq)('Started by '), (0,render_src/* code */.aY)(report.actor), (0,render_src/* text */.Qq)('. Reason: '), (0,render_src/* text */.Qq)(report.reason.replace(/\s+/g, ' ').trim()), (0,render_src/* text */.Qq)('.')];
    if (report.incident)
        parts.push((0,render_src/* text */.Qq)(' Incident: '), (0,render_src/* link */.nf)(`#${report.incident.number}`, report.incident.url), (0,render_src/* text */.Qq)('.'));
    if (report.byHand)
        parts.push((0,render_src/* text */.Qq)(' '), (0,render_src/* strong */.ko)(report.byHand));
    return (0,render_src/* join */.fj)(parts);
}
function rollbackRows(report) {
    return report.steps.map((step) => [(0,render_src/* text */.Qq)(step.step), (0,render_src/* strong */.ko)(MARK[step.result]), step.url ? (0,render_src/* link */.nf)(step.details, step.url) : (0,render_src/* text */.Qq)(step.details)]);
}
function rollbackOutputs(report) {
    return {
        result: report.result,
        'deployment-id': report.deploymentId === undefined ? '' : String(report.deploymentId),
        'target-sha': report.to?.sha ?? '',
        'rolled-back-from': report.from?.sha ?? '',
        'incident-issue': report.incident ? String(report.incident.number) : '',
    };
}
function rollbackFailure(report) {
    const failed = report.steps.filter((step) => step.result === 'failed');
    const byHand = report.byHand ? `\n${report.byHand}` : '';
    return `${rollbackTitle(report)}\n${failed.map((step) => `  - ${(0,render_src/* inertLine */.Fq)(step.step)}: ${(0,render_src/* inertLine */.Fq)(step.details)}`).join('\n')}${byHand}`;
}

;// CONCATENATED MODULE: ./packages/rollback/src/target.ts
// Which deployment is live, and which earlier one was the last good one, from GitHub's
// Deployments history of one environment.

/**
 * `deployments` newest first. The current one is the newest that is live (isLive); the last good one is the newest earlier deployment with a different commit
 * whose latest status is `success`, or `inactive` after a success (retired, not failed).
 * Failed and errored deployments are skipped. The history and the statuses are read only
 * as far as needed: iteration stops at the last good deployment.
 */
async function findRollbackTarget(environment, deployments, statusesOf) {
    let current;
    for await (const deployment of deployments) {
        if (!current) {
            if (isLive(await statusesOf(deployment)))
                current = deployment;
            continue;
        }
        if (deployment.sha === current.sha)
            continue;
        if (wasGood(await statusesOf(deployment)))
            return { current, lastGood: deployment };
    }
    if (!current) {
        return { problem: `no deployment to ${environment} is currently successful and active, so there is nothing to roll back from` };
    }
    return { current, problem: `no earlier good deployment to ${environment} with a commit other than ${(0,render_src/* shortSha */.Fu)(current.sha)}; nothing was changed` };
}
/**
 * Deployed and not retired: its latest status is `success`, or `failure` after a success \u2014
 * smoke-test posts `failure` on a deployment that went out and then failed its checks,
 * which is exactly the one to roll back from.
 */
function isLive(statuses) {
    const [latest] = statuses;
    return latest === 'success' || (latest === 'failure' && statuses.includes('success'));
}
function wasGood(statuses) {
    const [latest] = statuses;
    return latest === 'success' || (latest === 'inactive' && statuses.includes('success'));
}
/** A `target` input: a deployment id (digits) or a commit/tag. */
function classifyTarget(target) {
    const trimmed = target.trim();
    return /^\d{1,12}$/.test(trimmed) ? { kind: 'deployment', id: Number(trimmed) } : { kind: 'ref', ref: trimmed };
}

;// CONCATENATED MODULE: ./packages/rollback/src/index.ts





// EXTERNAL MODULE: ./packages/command/src/index.ts
var command_src = __webpack_require__(5142);
// EXTERNAL MODULE: ./packages/smoke/src/index.ts + 8 modules
var smoke_src = __webpack_require__(904);
;// CONCATENATED MODULE: ./actions/rollback/src/deployments.ts
// The rollback's own writes and lookups in GitHub Deployments: the `target` input resolved
// to a commit, a tag for the commit, and the deploy:rollback deployment itself.


/** The `target` input as a commit: a deployment id (of this environment), a tag, or a SHA. */
async function resolveTargetInput(client, context, environment, target) {
    const classified = classifyTarget(target);
    if (classified.kind === 'deployment') {
        try {
            const data = await (0,github_src/* getDeployment */.i8)(client, context, classified.id);
            if (data.environment !== environment) {
                throw new Error(`input \`target\`: deployment ${classified.id} is of environment ${data.environment}, not ${environment}`);
            }
            return { sha: data.sha, ref: data.ref, deploymentId: data.id };
        }
        catch (error) {
            if (!(0,github_src/* isNotFound */.c4)(error))
                throw error;
        }
    }
    const sha = await (0,github_src/* resolveCommit */.WL)(client, context, target);
    if (!sha)
        throw new Error(`input \`target\`: "${target}" is not a deployment id of ${environment}, a tag or a commit of ${context.owner}/${context.repo}`);
    return { sha, ref: target };
}
/**
 * What the deploy command is told to deploy: a reference that cannot move under the
 * rollback. A branch (the usual `ref` of a deployment) may already point at the bad commit,
 * so it is the commit's tag when one points at it, else the SHA itself.
 */
async function immutableRef(client, context, sha, named) {
    return (await (0,github_src/* tagAt */.qB)(client, context, sha, named)) ?? sha;
}
async function createRollbackDeployment(client, context, options) {
    const data = await client.request('POST /repos/{owner}/{repo}/deployments', {
        owner: context.owner,
        repo: context.repo,
        ref: options.sha,
        task: 'deploy:rollback',
        auto_merge: false,
        // A rollback restores a commit that was already live; its checks must not block it.
        required_contexts: [],
        environment: options.environment,
        description: `Rollback: ${options.reason.replace(/\s+/g, ' ').trim()}`.slice(0, 140),
        payload: {
            reason: options.reason,
            actor: context.actor,
            triggering_actor: context.triggeringActor,
            rolled_back_from: options.from ? { deployment_id: options.from.id, sha: options.from.sha } : null,
            run_url: context.runUrl,
        },
    }, 'deployments: write');
    if (!('id' in data))
        throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no reason given'}`);
    return data.id;
}

;// CONCATENATED MODULE: ./actions/rollback/src/execute.ts
// The rollback's writes: the deploy:rollback deployment, the user's command and the smoke
// tests, then the record (final statuses and the incident issue), which is always
// attempted once the deployment exists, also when the job is cancelled.






const errorText = (error) => (error instanceof Error ? error.message : String(error));
/** Deploys and verifies; any error becomes a failed step, and a cancellation an `error` verdict. */
async function execute(rollback, target, plan, cancelled) {
    const steps = [];
    let deploymentId;
    let verdict = { state: 'error', smoke: 'not run' };
    try {
        const { client, context, settings } = rollback;
        deploymentId = await createRollbackDeployment(client, context, {
            environment: settings.environment,
            sha: target.to.sha,
            reason: rollback.reason,
            from: target.from,
        });
        steps.push({ step: 'Deployment', result: 'done', details: `deployment ${deploymentId} (deploy:rollback) of ${(0,render_src/* shortSha */.Fu)(target.to.sha)}` });
        await (0,github_src/* setDeploymentStatus */.e9)(client, context, deploymentId, 'in_progress', `Rolling back to ${(0,render_src/* shortSha */.Fu)(target.to.sha)}`);
        const ran = await deployAndVerify(rollback, target, plan, deploymentId, cancelled);
        steps.push(...ran.steps);
        verdict = ran.verdict;
    }
    catch (error) {
        steps.push({ step: 'Error', result: 'failed', details: errorText(error) });
    }
    if (cancelled.aborted)
        verdict = { state: 'error', smoke: verdict.state === 'error' ? verdict.smoke : 'not finished: the job was cancelled' };
    return { steps, deploymentId, verdict };
}
async function deployAndVerify(rollback, target, plan, deploymentId, cancelled) {
    const { settings } = rollback;
    const commandLine = plan.command.join(' ');
    const outcome = await (0,command_src/* runCommand */.d1)(plan.command[0], plan.command.slice(1), {
        timeoutMs: settings['command-timeout-minutes'] * 60_000,
        signal: cancelled,
        env: {
            ROLLBACK_SHA: target.to.sha,
            ROLLBACK_REF: target.to.ref,
            ROLLBACK_ENVIRONMENT: settings.environment,
            ROLLBACK_DEPLOYMENT_ID: String(deploymentId),
            ROLLBACK_FROM_SHA: target.from?.sha ?? '',
            ROLLBACK_REASON: rollback.reason,
        },
    });
    if (outcome.cancelled || cancelled.aborted) {
        const details = `the job was cancelled while ${commandLine} ran; it was stopped with every process it started`;
        return { steps: [{ step: 'Command', result: 'failed', details }], verdict: { state: 'error', smoke: 'not run: the job was cancelled' } };
    }
    if (outcome.exitCode !== 0) {
        const details = `${commandLine} ${outcome.timedOut ? 'timed out' : `exited with ${outcome.exitCode}`}`;
        return { steps: [{ step: 'Command', result: 'failed', details }], verdict: { state: 'failure', smoke: 'not run: the command failed' } };
    }
    const ran = { step: 'Command', result: 'done', details: `${commandLine} exited with 0 in ${outcome.durationMs} ms` };
    if (plan.smoke.plans.length === 0)
        return { steps: [ran], verdict: { state: 'success', smoke: 'no checks configured' } };
    const onAttempt = (event) => (0,report_src/* logLine */.BP)((0,smoke_src/* attemptLine */.O_)(event, plan.smoke.secrets));
    const { results } = await (0,smoke_src/* verifyService */.l3)(plan.smoke.plans, rollback.policy.smokeTest, plan.smokeBaseUrl, { cancelled, onAttempt });
    if (cancelled.aborted) {
        const stopped = { step: 'Smoke tests', result: 'failed', details: 'the job was cancelled while the smoke tests ran' };
        return { steps: [ran, stopped], verdict: { state: 'error', smoke: 'not finished: the job was cancelled' } };
    }
    const failed = (0,smoke_src/* criticalFailures */.Vt)(results);
    const smoke = failed.length === 0 ? `passed (${results.length} checks)` : `failed: ${failed.map((result) => `${result.name}: ${result.reason ?? ''}`).join('; ')}`;
    const verified = { step: 'Smoke tests', result: failed.length === 0 ? 'done' : 'failed', details: smoke };
    return { steps: [ran, verified], verdict: { state: failed.length === 0 ? 'success' : 'failure', smoke } };
}

;// CONCATENATED MODULE: ./actions/rollback/src/inputs.ts
// rollback's inputs, each read once (trimmed by the toolkit); a bad one is refused before anything is written.

function readInputs() {
    return {
        token: (0,report_src/* textInput */._Z)('token'),
        policy: (0,report_src/* textInput */._Z)('policy'),
        command: (0,report_src/* textInput */._Z)('command'),
        environment: (0,report_src/* textInput */._Z)('environment'),
        reason: (0,report_src/* textInput */._Z)('reason', { required: true }),
        target: (0,report_src/* textInput */._Z)('target'),
        url: (0,report_src/* textInput */._Z)('url'),
        dryRun: (0,report_src/* booleanInput */.tE)('dry-run'),
    };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=b8ea9eb43dca007085e9626112015867601783ef3ee7845e0e8ffa90ac0304de/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(4200);
// EXTERNAL MODULE: ./packages/approval/src/index.ts + 6 modules
var approval_src = __webpack_require__(8186);
;// CONCATENATED MODULE: ./actions/rollback/src/authority.ts
// Only a human release manager may roll back: the person who dispatched the run and, on
// a re-run, the person who re-ran it, judged by require-human-approver's own rules.


async function judgeDispatchers(client, context, approvers) {
    const directory = (0,github_src/* gitHubRoleDirectory */.VM)(client, context.owner, context.repo);
    const rules = (0,approval_src/* roleRules */.u8)(approvers);
    const logins = [...new Set([context.actor, context.triggeringActor].filter(Boolean))];
    const judgements = [];
    for (const login of logins) {
        const account = { login, type: await accountType(client, context, login) };
        judgements.push(await (0,approval_src/* judgeCandidate */.bl)({ login, account, via: 'dispatch', url: context.runUrl }, rules, {}, directory));
    }
    return judgements;
}
/** The event's sender carries its type; anyone else is looked up. */
async function accountType(client, context, login) {
    const sender = context.payload.sender;
    if (sender?.login?.toLowerCase() === login.toLowerCase())
        return sender.type;
    const data = await client.request('GET /users/{username}', { username: login }, 'metadata: read');
    return data.type;
}

;// CONCATENATED MODULE: ./actions/rollback/src/incident.ts
// The incident issue of a rollback: one per workflow run, so a re-run updates it.

const incidentMarker = (runId) => `<!-- release-governance:rollback run=${runId} -->`;
function findIncident(client, context, settings) {
    return (0,github_src/* findMarkedIssue */.HZ)(client, context, { marker: incidentMarker(context.runId), labels: settings.incident.labels, state: 'all' });
}
/** Writes the whole record in one request: an issue is never half-written. */
async function writeIncident(client, context, settings, existing, title, body) {
    const { owner, repo } = context;
    const data = existing
        ? await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: existing.number, title, body }, 'issues: write')
        : await client.request('POST /repos/{owner}/{repo}/issues', { owner, repo, title, body, labels: settings.incident.labels, assignees: settings.incident.assignees }, 'issues: write');
    return { number: data.number, url: data.html_url };
}

;// CONCATENATED MODULE: ./actions/rollback/src/prepare.ts
// The rollback's stages before its first write: who (authority), what (the target) and how
// (the plan). Each returns its steps for the report; `stop` says the rollback ends there.









/** 1. Who: refused before anything is written. */
async function checkAuthority({ client, context, policy }) {
    const judgements = await judgeDispatchers(client, context, policy.approvers);
    const refused = judgements.some((judgement) => judgement.verdict === 'rejected');
    return {
        steps: [{ step: 'Authority', result: refused ? 'failed' : 'done', details: judgements.map(approval_src/* describeJudgement */.D6).join('; ') }],
        stop: refused ? 'refused' : undefined,
    };
}
/** 2. What: the current deployment and the one to go back to, reading the history only as far as needed. */
async function chooseTarget({ client, context, settings }, targetInput) {
    const { environment } = settings;
    const found = await findRollbackTarget(environment, (0,github_src/* environmentDeployments */.gs)(client, context, environment), (0,github_src/* deploymentStatusReader */.vo)(client, context));
    const chosen = targetInput
        ? await resolveTargetInput(client, context, environment, targetInput)
        : found.lastGood && { sha: found.lastGood.sha, ref: found.lastGood.ref, deploymentId: found.lastGood.id };
    if (!chosen || (found.current && chosen.sha === found.current.sha)) {
        const problem = chosen ? `${(0,render_src/* shortSha */.Fu)(chosen.sha)} is already the current deployment of ${environment}` : (found.problem ?? 'no target');
        return { steps: [{ step: 'Target', result: 'failed', details: problem }], stop: 'failure' };
    }
    const to = { sha: chosen.sha, ref: await immutableRef(client, context, chosen.sha, chosen.ref) };
    const fromText = found.current ? `${(0,render_src/* shortSha */.Fu)(found.current.sha)} (deployment ${found.current.id})` : 'no active deployment';
    const why = targetInput ? `input target ${targetInput}` : `last good deployment ${chosen.deploymentId}`;
    return { steps: [{ step: 'Target', result: 'done', details: `${fromText} \u2192 ${describeTo(to)} (${why})` }], target: { from: found.current, to } };
}
const describeTo = (to) => `${(0,render_src/* shortSha */.Fu)(to.sha)}${to.ref !== to.sha ? ` (${to.ref})` : ''}`;
/** 3. How: the command and the smoke checks; a dry run stops here with what it would do. */
async function planRollback(rollback, target, inputs) {
    const { client, context, policy, settings } = rollback;
    const command = settings.command;
    const smokeBaseUrl = inputs.url || policy.smokeTest.url;
    const smoke = (0,smoke_src/* planChecks */.dH)(policy.smokeTest.checks, { baseUrl: smokeBaseUrl, env: process.env, stablePasses: policy.smokeTest['stable-passes'] });
    for (const secret of smoke.secrets)
        core/* setSecret */.Pq(secret);
    const blockers = [...(command ? [] : ['no deploy command: set the `command` input or rollback.command in the policy']), ...smoke.problems];
    if (blockers.length > 0)
        return { steps: [{ step: 'Plan', result: 'failed', details: blockers.join('; ') }], stop: 'failure' };
    const plan = { command: command ?? [], smoke, smokeBaseUrl, incident: await findIncident(client, context, settings) };
    if (!inputs.dryRun)
        return { steps: [], plan };
    const checks = smoke.plans.length;
    const steps = [
        { step: 'Deployment', result: 'planned', details: `would create a deploy:rollback deployment of ${describeTo(target.to)} to ${settings.environment}` },
        { step: 'Command', result: 'planned', details: plan.command.join(' ') },
        { step: 'Smoke tests', result: checks > 0 ? 'planned' : 'skipped', details: checks > 0 ? `${checks} checks` : 'no checks configured' },
        { step: 'Incident', result: 'planned', details: plan.incident ? `would update #${plan.incident.number}` : 'would open an incident issue' },
    ];
    return { steps, stop: 'dry-run', plan };
}

;// CONCATENATED MODULE: ./actions/rollback/src/record.ts
// The rollback's record: the deployment's final status, the retired deployment, and the
// incident issue, each attempted even when another fails. The deployment rolled back from is
// retired only once the rollback's own final status is written: otherwise GitHub would show
// no live deployment at all.




/** Runs each write as a step: done with what it says, or failed with the error. */
class Steps {
    steps = [];
    failed = false;
    async attempt(step, write) {
        try {
            this.steps.push({ step, result: 'done', details: await write() });
            return true;
        }
        catch (error) {
            this.failed = true;
            this.steps.push({ step, result: 'failed', details: error instanceof Error ? error.message : String(error) });
            return false;
        }
    }
}
/** `rollback.client` here is the recorder: deaf to the cancellation, it ends when the runner's grace period does. */
async function record(rollback, target, plan, execution) {
    const written = new Steps();
    const byHand = execution.deploymentId === undefined ? undefined : await recordDeployment(rollback, target, execution.deploymentId, execution.verdict.state, written);
    const result = written.failed ? 'error' : execution.verdict.state;
    let incident;
    await written.attempt('Incident', async () => {
        incident = await writeIncidentRecord(rollback, target, plan, execution, result);
        return `${plan.incident ? 'updated' : 'opened'} #${incident.number}`;
    });
    return { steps: written.steps, result: written.failed ? 'error' : result, incident, byHand };
}
/** The final statuses; when the rollback's own could not be written, what to do by hand. */
async function recordDeployment(rollback, target, deploymentId, state, written) {
    const { client, context, settings } = rollback;
    const from = target.from;
    const ended = await written.attempt('Deployment status', async () => {
        await (0,github_src/* setDeploymentStatus */.e9)(client, context, deploymentId, state, `Rollback to ${(0,render_src/* shortSha */.Fu)(target.to.sha)}: ${state}`);
        return `deployment ${deploymentId} is ${state}`;
    });
    if (!ended) {
        if (from)
            written.steps.push({ step: 'Rolled-back deployment', result: 'skipped', details: `deployment ${from.id} (${(0,render_src/* shortSha */.Fu)(from.sha)}) left as it was` });
        return (`GitHub still shows rollback deployment ${deploymentId} of ${settings.environment} as in_progress: its final status (${state}) could not be written` +
            `${from ? `, so deployment ${from.id} (${(0,render_src/* shortSha */.Fu)(from.sha)}) was left as it was` : ''}. ` +
            `Set it by hand: gh api repos/${context.owner}/${context.repo}/deployments/${deploymentId}/statuses -f state=${state}` +
            `${state === 'success' && from ? `, then the same for deployment ${from.id} with -f state=${settings['rolled-back-from']}` : ''}.`);
    }
    if (state === 'success' && from) {
        const retired = settings['rolled-back-from'];
        await written.attempt('Rolled-back deployment', async () => {
            await (0,github_src/* setDeploymentStatus */.e9)(client, context, from.id, retired, `Rolled back to ${(0,render_src/* shortSha */.Fu)(target.to.sha)} by deployment ${deploymentId}`);
            return `deployment ${from.id} (${(0,render_src/* shortSha */.Fu)(from.sha)}) marked ${retired}`;
        });
    }
    return undefined;
}
async function writeIncidentRecord(rollback, target, plan, execution, result) {
    const { client, context, settings } = rollback;
    const template = (await (0,github_src/* repositoryFileReader */.aw)(client, context.owner, context.repo, context.sha)(settings.incident.template)) ?? BUILT_IN_INCIDENT_TEMPLATE;
    const facts = {
        environment: settings.environment,
        from: target.from && { sha: target.from.sha, deploymentId: target.from.id },
        to: target.to,
        deploymentId: execution.deploymentId,
        actor: context.triggeringActor,
        reason: rollback.reason,
        runUrl: context.runUrl,
        result,
        smoke: execution.verdict.smoke,
        command: plan.command.join(' '),
        at: new Date().toISOString(),
    };
    return writeIncident(client, context, settings, plan.incident, incidentTitle(facts), incidentBody(template, facts, incidentMarker(context.runId)));
}

;// CONCATENATED MODULE: ./actions/rollback/src/main.ts
// rollback: a release manager's manual rollback, as a pipeline: 1. the policy, 2. who
// started it, 3. the target (the last good deployment), 4. the plan, then \u2014 recorded in
// GitHub Deployments at every step \u2014 5. deploy with the user's command and verify with the
// smoke tests, 6. write the record and the incident issue; then the step report.
// Once the rollback deployment exists it is always finished (success, failure or error),
// also when the job is cancelled: one cancellation signal stops the command's process
// tree, the warm-up, the checks and the API calls, and the record is then written within
// the runner's grace period.









/** The `command` input's schema: a function, since the policy schema is built on first use. */
const commandListSchema = () => policy_src/* smokeCheckSchema */.ZO.shape.run.unwrap();
/** The runner sends SIGKILL 10 s after its first signal (SIGINT, SIGTERM at 7.5 s): the record must be written before. */
const FINISH_WITHIN_MS = 8_000;
async function run() {
    // Every input is read, and a bad one refused, before anything is written.
    const inputs = readInputs();
    const cancellation = (0,src/* listenForCancellation */.ci)();
    const grace = (0,src/* graceAfter */.Dc)(cancellation.signal, FINISH_WITHIN_MS);
    try {
        const context = (0,github_src/* readRunContext */.$p)();
        const client = (0,github_src/* createGitHubClient */.LX)(inputs.token, { signal: cancellation.signal });
        const policy = await (0,report_src/* stage */.dw)('1. Policy', () => (0,policy_src/* loadPolicy */.tb)({ read: (0,github_src/* policyFileReader */.YQ)(client, context), policyPath: inputs.policy }), policy_src/* describePolicy */.wy);
        const rollback = { client, context, policy, settings: rollbackSettings(policy, inputs), reason: inputs.reason };
        const report = await rollBack(rollback, inputs, { cancelled: cancellation.signal, recorder: client.finishing(cancellation.signal, grace) });
        await (0,report_src/* finishStep */.IT)(rollbackStepReport(report));
    }
    finally {
        cancellation.dispose();
    }
    // Cancelled: the step has failed and its record is written; nothing else may keep the job.
    if (cancellation.signal.aborted)
        process.exit(1);
}
function rollbackSettings(policy, inputs) {
    const command = inputs.command ? (0,policy_src/* parseYamlWithSchema */.Ku)('input `command`', inputs.command, commandListSchema(), 'input') : undefined;
    return (0,policy_src/* applyInputOverrides */.CL)('rollback', policy.rollback, { environment: inputs.environment || undefined, command }, { environment: 'environment', command: 'command' });
}
/** The stages after the policy, each returning its steps; the first that stops the rollback decides its result. */
async function rollBack(rollback, inputs, signals) {
    const report = (result, steps, more = {}) => ({
        result,
        environment: rollback.settings.environment,
        reason: rollback.reason,
        actor: rollback.context.triggeringActor,
        steps,
        ...more,
    });
    const authority = await (0,report_src/* stage */.dw)('2. Authority', () => checkAuthority(rollback), describeSteps);
    if (authority.stop)
        return report(authority.stop, authority.steps);
    const chosen = await (0,report_src/* stage */.dw)('3. Target', () => chooseTarget(rollback, inputs.target), describeSteps);
    const steps = [...authority.steps, ...chosen.steps];
    if (!chosen.target)
        return report(chosen.stop ?? 'failure', steps);
    const target = chosen.target;
    const route = { from: target.from && { sha: target.from.sha, deploymentId: target.from.id }, to: target.to };
    const planned = await (0,report_src/* stage */.dw)('4. Plan', () => planRollback(rollback, target, inputs), describeSteps);
    if (planned.stop || !planned.plan)
        return report(planned.stop ?? 'failure', [...steps, ...planned.steps], route);
    const plan = planned.plan;
    const executed = await (0,report_src/* stage */.dw)('5. Deploy and verify', () => execute(rollback, target, plan, signals.cancelled), describeSteps);
    const recorded = await (0,report_src/* stage */.dw)('6. Record', () => record({ ...rollback, client: signals.recorder }, target, plan, executed), describeSteps);
    return report(recorded.result, [...steps, ...executed.steps, ...recorded.steps], {
        ...route,
        deploymentId: executed.deploymentId,
        incident: recorded.incident,
        byHand: recorded.byHand,
    });
}
function describeSteps({ steps }) {
    return steps.map(({ step, result, details }) => `${step}: ${result}: ${details}`);
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
