export const id = 140;
export const ids = [140];
export const modules = {

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=b8ea9eb43dca007085e9626112015867601783ef3ee7845e0e8ffa90ac0304de/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(4200);
// EXTERNAL MODULE: ./packages/approval/src/index.ts + 6 modules
var src = __webpack_require__(8186);
// EXTERNAL MODULE: ./packages/async/src/index.ts
var async_src = __webpack_require__(9151);
// EXTERNAL MODULE: ./packages/command/src/index.ts
var command_src = __webpack_require__(5142);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 13 modules
var github_src = __webpack_require__(5950);
// EXTERNAL MODULE: ./packages/policy/src/index.ts + 8 modules
var policy_src = __webpack_require__(5267);
// EXTERNAL MODULE: ./packages/report/src/index.ts + 1 modules
var report_src = __webpack_require__(3927);
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
const incident_short = (sha) => sha.slice(0, 7);
function incidentTitle(facts) {
    // A title is plain text, but it still must be one line without controls or pings.
    const reason = (0,report_src/* inertText */.UJ)(facts.reason).replace(/\s+/g, ' ').trim();
    return `Rollback of ${(0,report_src/* inertText */.UJ)(facts.environment)} to ${incident_short(facts.to.sha)}: ${reason.length > 80 ? `${reason.slice(0, 80)}…` : reason}`;
}
/**
 * Fills `{{placeholders}}` of the template. A template with none gets the built-in facts
 * table above its own text, so the record is complete either way. `marker` (an HTML
 * comment) lets a re-run find and update this issue.
 */
function incidentBody(template, facts, marker) {
    const values = {
        environment: (0,report_src/* markdownText */.p7)(facts.environment),
        from: facts.from ? `\`${incident_short(facts.from.sha)}\` (deployment ${facts.from.deploymentId})` : 'unknown',
        to: `\`${incident_short(facts.to.sha)}\`${facts.to.ref !== facts.to.sha ? ` (${(0,report_src/* markdownText */.p7)(facts.to.ref)})` : ''}`,
        deployment: facts.deploymentId === undefined ? 'not created' : String(facts.deploymentId),
        result: (0,report_src/* markdownText */.p7)(facts.result),
        smoke: (0,report_src/* markdownText */.p7)(facts.smoke),
        command: (0,report_src/* markdownText */.p7)(facts.command),
        actor: (0,report_src/* markdownText */.p7)(facts.actor),
        reason: (0,report_src/* markdownText */.p7)((0,report_src/* inertText */.UJ)(facts.reason).replace(/\s+/g, ' ').trim()),
        run: (0,report_src/* markdownUrl */.$x)(facts.runUrl),
        time: facts.at,
    };
    const fill = (source) => source.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (match, key) => values[key] ?? match);
    const body = /\{\{\s*[a-z]+\s*\}\}/.test(template) ? fill(template) : `${fill(BUILT_IN_INCIDENT_TEMPLATE.split('\n## Communicate')[0] ?? '')}\n${template}`;
    return `${marker}\n${body}`;
}

;// CONCATENATED MODULE: ./packages/rollback/src/render.ts
// How a rollback reads: one row per step with its result, the verdict, and the outputs.

const MARK = { done: '✅ done', failed: '❌ failed', skipped: '➖ skipped', planned: '📝 planned' };
const render_short = (sha) => sha.slice(0, 7);
function rollbackTitle(report) {
    const route = report.from && report.to ? ` (${render_short(report.from.sha)} → ${render_short(report.to.sha)})` : '';
    const verdict = {
        success: 'rolled back ✅',
        failure: 'failed ❌',
        error: 'stopped with an error ❌',
        'dry-run': 'dry run, nothing written 📝',
        refused: 'refused ⛔',
    };
    return `Rollback of ${(0,report_src/* inertLine */.Fq)(report.environment)}: ${verdict[report.result]}${route}`;
}
function rollbackIntro(report) {
    const parts = [(0,report_src/* text */.Qq)('Started by '), (0,report_src/* code */.aY)(report.actor), (0,report_src/* text */.Qq)('. Reason: '), (0,report_src/* text */.Qq)(report.reason.replace(/\s+/g, ' ').trim()), (0,report_src/* text */.Qq)('.')];
    if (report.incident)
        parts.push((0,report_src/* text */.Qq)(' Incident: '), (0,report_src/* link */.nf)(`#${report.incident.number}`, report.incident.url), (0,report_src/* text */.Qq)('.'));
    if (report.byHand)
        parts.push((0,report_src/* text */.Qq)(' '), (0,report_src/* strong */.ko)(report.byHand));
    return (0,report_src/* join */.fj)(parts);
}
function rollbackRows(report) {
    return report.steps.map((step) => [(0,report_src/* text */.Qq)(step.step), (0,report_src/* strong */.ko)(MARK[step.result]), step.url ? (0,report_src/* link */.nf)(step.details, step.url) : (0,report_src/* text */.Qq)(step.details)]);
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
    if (report.result === 'success' || report.result === 'dry-run')
        return undefined;
    const failed = report.steps.filter((step) => step.result === 'failed');
    const byHand = report.byHand ? `\n${report.byHand}` : '';
    return `${rollbackTitle(report)}\n${failed.map((step) => `  - ${(0,report_src/* inertLine */.Fq)(step.step)}: ${(0,report_src/* inertLine */.Fq)(step.details)}`).join('\n')}${byHand}`;
}

;// CONCATENATED MODULE: ./packages/rollback/src/target.ts
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
    return { current, problem: `no earlier good deployment to ${environment} with a commit other than ${current.sha.slice(0, 7)}; nothing was changed` };
}
/**
 * Deployed and not retired: its latest status is `success`, or `failure` after a success —
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




// EXTERNAL MODULE: ./packages/smoke/src/index.ts + 8 modules
var smoke_src = __webpack_require__(904);
;// CONCATENATED MODULE: ./actions/rollback/src/authority.ts
// Only a human release manager may roll back: the person who dispatched the run and, on
// a re-run, the person who re-ran it, judged by require-human-approver's own rules.


async function judgeDispatchers(client, context, approvers) {
    const directory = (0,github_src/* gitHubRoleDirectory */.VM)(client, context.owner, context.repo);
    const rules = { users: approvers.users, teams: approvers.teams, agents: approvers.agents, minPermission: approvers['min-permission'] };
    const logins = [...new Set([context.actor, context.triggeringActor].filter(Boolean))];
    const judgements = [];
    for (const login of logins) {
        const account = { login, type: await accountType(client, context, login) };
        judgements.push(await (0,src/* judgeCandidate */.bl)({ login, account, via: 'dispatch', url: context.runUrl }, rules, {}, directory));
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
    const sha = await (0,github_src/* resolveCommit */.WL)(client, context, target.trim());
    if (!sha)
        throw new Error(`input \`target\`: "${target}" is not a deployment id of ${environment}, a tag or a commit of ${context.owner}/${context.repo}`);
    return { sha, ref: target.trim() };
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

;// CONCATENATED MODULE: ./actions/rollback/src/main.ts
// rollback: a release manager's manual rollback. Checks who started it, finds the last
// good deployment, then — recorded in GitHub Deployments at every step — deploys it with
// the user's command, verifies it with the smoke tests, and writes the incident issue.
// Once the rollback deployment exists it is always finished (success, failure or error),
// also when the job is cancelled: one cancellation signal stops the command's process
// tree, the warm-up, the checks and the API calls, and the record is then written within
// the runner's grace period.












const main_short = (sha) => sha.slice(0, 7);
/** The `command` input's schema: a function, since the policy schema is built on first use. */
const commandListSchema = () => policy_src/* smokeCheckSchema */.ZO.shape.run.unwrap();
/** The runner sends SIGKILL 10 s after its first signal (SIGINT, SIGTERM at 7.5 s): the record must be written before. */
const FINISH_WITHIN_MS = 8_000;
async function run() {
    // Every input is read, and a bad one refused, before anything is written.
    const inputs = {
        token: core/* getInput */.V4('token'),
        policy: core/* getInput */.V4('policy'),
        command: core/* getInput */.V4('command').trim(),
        environment: core/* getInput */.V4('environment').trim(),
        reason: core/* getInput */.V4('reason', { required: true }).trim(),
        target: core/* getInput */.V4('target').trim(),
        url: core/* getInput */.V4('url').trim(),
        dryRun: (0,report_src/* booleanInput */.tE)('dry-run'),
    };
    const cancellation = (0,async_src/* listenForCancellation */.ci)();
    const grace = (0,async_src/* graceAfter */.Dc)(cancellation.signal, FINISH_WITHIN_MS);
    try {
        const context = (0,github_src/* readRunContext */.$p)();
        const client = (0,github_src/* createGitHubClient */.LX)(inputs.token, { signal: cancellation.signal });
        const policy = await (0,policy_src/* loadPolicy */.tb)({ read: (0,github_src/* policyFileReader */.YQ)(client, context), policyPath: inputs.policy });
        const settings = (0,policy_src/* applyInputOverrides */.CL)('rollback', policy.rollback, {
            environment: inputs.environment || undefined,
            command: inputs.command ? (0,policy_src/* parseYamlWithSchema */.Ku)('input `command`', inputs.command, commandListSchema(), 'input') : undefined,
        }, { environment: 'environment', command: 'command' });
        const report = { result: 'refused', environment: settings.environment, reason: inputs.reason, actor: context.triggeringActor, steps: [] };
        const prepared = await prepare({ client, context, policy, settings, report }, inputs);
        if (prepared && !inputs.dryRun)
            await execute(prepared, { cancelled: cancellation.signal, recorder: client.finishing(cancellation.signal, grace) });
        await (0,report_src/* finishStep */.IT)({
            outputs: rollbackOutputs(report),
            title: rollbackTitle(report),
            intro: rollbackIntro(report),
            table: { columns: ['Step', 'Result', 'Details'], rows: rollbackRows(report) },
            failure: rollbackFailure(report),
        });
    }
    finally {
        cancellation.dispose();
    }
    // Cancelled: the step has failed and its record is written; nothing else may keep the job.
    if (cancellation.signal.aborted)
        process.exit(1);
}
/** Who, what and how, all read before the first write; undefined when the rollback cannot go on (or is a dry run). */
async function prepare(setup, inputs) {
    const { client, context, policy, settings, report } = setup;
    // 1. Who: refused before anything is written.
    const judgements = await judgeDispatchers(client, context, policy.approvers);
    const refused = judgements.some((judgement) => judgement.verdict === 'rejected');
    report.steps.push({ step: 'Authority', result: refused ? 'failed' : 'done', details: judgements.map(src/* describeJudgement */.D6).join('; ') });
    if (refused)
        return undefined;
    // 2. What: the current deployment and the one to go back to, reading the history only as far as needed.
    report.result = 'failure';
    const found = await findRollbackTarget(settings.environment, (0,github_src/* environmentDeployments */.gs)(client, context, settings.environment), (0,github_src/* deploymentStatusReader */.vo)(client, context));
    const chosen = inputs.target
        ? await resolveTargetInput(client, context, settings.environment, inputs.target)
        : found.lastGood && { sha: found.lastGood.sha, ref: found.lastGood.ref, deploymentId: found.lastGood.id };
    if (!chosen || (found.current && chosen.sha === found.current.sha)) {
        const problem = chosen ? `${main_short(chosen.sha)} is already the current deployment of ${settings.environment}` : (found.problem ?? 'no target');
        report.steps.push({ step: 'Target', result: 'failed', details: problem });
        return undefined;
    }
    const to = { sha: chosen.sha, ref: await immutableRef(client, context, chosen.sha, chosen.ref) };
    report.from = found.current && { sha: found.current.sha, deploymentId: found.current.id };
    report.to = to;
    const describedTo = `${main_short(to.sha)}${to.ref !== to.sha ? ` (${to.ref})` : ''}`;
    report.steps.push({
        step: 'Target',
        result: 'done',
        details: `${found.current ? `${main_short(found.current.sha)} (deployment ${found.current.id})` : 'no active deployment'} → ${describedTo} (${inputs.target ? `input target ${inputs.target}` : `last good deployment ${chosen.deploymentId}`})`,
    });
    // 3. How.
    const command = settings.command;
    const smokeBaseUrl = inputs.url || policy.smokeTest.url;
    const smoke = (0,smoke_src/* planChecks */.dH)(policy.smokeTest.checks, { baseUrl: smokeBaseUrl, env: process.env, stablePasses: policy.smokeTest['stable-passes'] });
    for (const secret of smoke.secrets)
        core/* setSecret */.Pq(secret);
    const blockers = [...(command ? [] : ['no deploy command: set the `command` input or rollback.command in the policy']), ...smoke.problems];
    if (blockers.length > 0) {
        report.steps.push({ step: 'Plan', result: 'failed', details: blockers.join('; ') });
        return undefined;
    }
    const incident = await findIncident(client, context, settings);
    if (inputs.dryRun) {
        report.result = 'dry-run';
        report.steps.push({ step: 'Deployment', result: 'planned', details: `would create a deploy:rollback deployment of ${describedTo} to ${settings.environment}` }, { step: 'Command', result: 'planned', details: (command ?? []).join(' ') }, { step: 'Smoke tests', result: smoke.plans.length > 0 ? 'planned' : 'skipped', details: smoke.plans.length > 0 ? `${smoke.plans.length} checks` : 'no checks configured' }, { step: 'Incident', result: 'planned', details: incident ? `would update #${incident.number}` : 'would open an incident issue' });
        return undefined;
    }
    return { ...setup, command: command ?? [], smoke, smokeBaseUrl, from: found.current, incident };
}
/**
 * Deploys and verifies, then always records the outcome. `recorder` is the gateway for the
 * record: deaf to the cancellation, it ends when the runner's grace period does.
 */
async function execute(run, signals) {
    let verdict = { state: 'error', smoke: 'not run' };
    try {
        verdict = await deployAndVerify(run, signals.cancelled);
    }
    catch (error) {
        run.report.steps.push({ step: 'Error', result: 'failed', details: error instanceof Error ? error.message : String(error) });
    }
    if (signals.cancelled.aborted)
        verdict = { state: 'error', smoke: verdict.state === 'error' ? verdict.smoke : 'not finished: the job was cancelled' };
    await record({ ...run, client: signals.recorder }, verdict);
}
async function deployAndVerify(run, cancelled) {
    const { client, context, settings, report } = run;
    const to = report.to;
    report.deploymentId = await createRollbackDeployment(client, context, { environment: settings.environment, sha: to.sha, reason: report.reason, from: run.from });
    report.steps.push({ step: 'Deployment', result: 'done', details: `deployment ${report.deploymentId} (deploy:rollback) of ${main_short(to.sha)}` });
    await (0,github_src/* setDeploymentStatus */.e9)(client, context, report.deploymentId, 'in_progress', `Rolling back to ${main_short(to.sha)}`);
    const commandLine = run.command.join(' ');
    const outcome = await (0,command_src/* runCommand */.d1)(run.command[0], run.command.slice(1), {
        timeoutMs: settings['command-timeout-minutes'] * 60_000,
        signal: cancelled,
        env: {
            ROLLBACK_SHA: to.sha,
            ROLLBACK_REF: to.ref,
            ROLLBACK_ENVIRONMENT: settings.environment,
            ROLLBACK_DEPLOYMENT_ID: String(report.deploymentId),
            ROLLBACK_FROM_SHA: run.from?.sha ?? '',
            ROLLBACK_REASON: report.reason,
        },
    });
    if (outcome.cancelled || cancelled.aborted) {
        report.steps.push({ step: 'Command', result: 'failed', details: `the job was cancelled while ${commandLine} ran; it was stopped with every process it started` });
        return { state: 'error', smoke: 'not run: the job was cancelled' };
    }
    if (outcome.exitCode !== 0) {
        report.steps.push({ step: 'Command', result: 'failed', details: `${commandLine} ${outcome.timedOut ? 'timed out' : `exited with ${outcome.exitCode}`}` });
        return { state: 'failure', smoke: 'not run: the command failed' };
    }
    report.steps.push({ step: 'Command', result: 'done', details: `${commandLine} exited with 0 in ${outcome.durationMs} ms` });
    if (run.smoke.plans.length === 0)
        return { state: 'success', smoke: 'no checks configured' };
    const { results } = await (0,smoke_src/* verifyService */.l3)(run.smoke.plans, run.policy.smokeTest, run.smokeBaseUrl, cancelled);
    if (cancelled.aborted) {
        report.steps.push({ step: 'Smoke tests', result: 'failed', details: 'the job was cancelled while the smoke tests ran' });
        return { state: 'error', smoke: 'not finished: the job was cancelled' };
    }
    const failed = results.filter((result) => !result.passed && result.severity === 'critical');
    const smoke = failed.length === 0 ? `passed (${results.length} checks)` : `failed: ${failed.map((result) => `${result.name}: ${result.reason ?? ''}`).join('; ')}`;
    report.steps.push({ step: 'Smoke tests', result: failed.length === 0 ? 'done' : 'failed', details: smoke });
    return { state: failed.length === 0 ? 'success' : 'failure', smoke };
}
/**
 * Ends the deployment and writes the incident, each attempted even when another fails.
 * The deployment rolled back from is retired only once the rollback's own final status is
 * written: otherwise GitHub would show no live deployment at all.
 */
async function record(run, verdict) {
    const { client, context, settings, report } = run;
    const to = report.to;
    report.result = verdict.state;
    const attempt = async (step, action) => {
        try {
            report.steps.push({ step, result: 'done', details: await action() });
            return true;
        }
        catch (error) {
            report.result = 'error';
            report.steps.push({ step, result: 'failed', details: error instanceof Error ? error.message : String(error) });
            return false;
        }
    };
    if (report.deploymentId !== undefined) {
        const deploymentId = report.deploymentId;
        const ended = await attempt('Deployment status', async () => {
            await (0,github_src/* setDeploymentStatus */.e9)(client, context, deploymentId, verdict.state, `Rollback to ${main_short(to.sha)}: ${verdict.state}`);
            return `deployment ${deploymentId} is ${verdict.state}`;
        });
        const from = run.from;
        if (!ended) {
            report.byHand =
                `GitHub still shows rollback deployment ${deploymentId} of ${settings.environment} as in_progress: its final status (${verdict.state}) could not be written` +
                    `${from ? `, so deployment ${from.id} (${main_short(from.sha)}) was left as it was` : ''}. ` +
                    `Set it by hand: gh api repos/${context.owner}/${context.repo}/deployments/${deploymentId}/statuses -f state=${verdict.state}` +
                    `${verdict.state === 'success' && from ? `, then the same for deployment ${from.id} with -f state=${settings['rolled-back-from']}` : ''}.`;
            if (from)
                report.steps.push({ step: 'Rolled-back deployment', result: 'skipped', details: `deployment ${from.id} (${main_short(from.sha)}) left as it was` });
        }
        else if (verdict.state === 'success' && from) {
            const state = settings['rolled-back-from'];
            await attempt('Rolled-back deployment', async () => {
                await (0,github_src/* setDeploymentStatus */.e9)(client, context, from.id, state, `Rolled back to ${main_short(to.sha)} by deployment ${deploymentId}`);
                return `deployment ${from.id} (${main_short(from.sha)}) marked ${state}`;
            });
        }
    }
    await attempt('Incident', async () => {
        const template = (await (0,github_src/* repositoryFileReader */.aw)(client, context.owner, context.repo, context.sha)(settings.incident.template)) ?? BUILT_IN_INCIDENT_TEMPLATE;
        const facts = {
            environment: settings.environment,
            from: report.from,
            to,
            deploymentId: report.deploymentId,
            actor: context.triggeringActor,
            reason: report.reason,
            runUrl: context.runUrl,
            result: report.result,
            smoke: verdict.smoke,
            command: run.command.join(' '),
            at: new Date().toISOString(),
        };
        report.incident = await writeIncident(client, context, settings, run.incident, incidentTitle(facts), incidentBody(template, facts, incidentMarker(context.runId)));
        return `${run.incident ? 'updated' : 'opened'} #${report.incident.number}`;
    });
}


/***/ }),

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








/***/ })

};
