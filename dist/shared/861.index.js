export const id = 861;
export const ids = [861];
export const modules = {

/***/ 6861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=b8ea9eb43dca007085e9626112015867601783ef3ee7845e0e8ffa90ac0304de/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(4200);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 18 modules
var src = __webpack_require__(2593);
// EXTERNAL MODULE: ./packages/policy/src/index.ts + 12 modules
var policy_src = __webpack_require__(4184);
// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var render_src = __webpack_require__(5348);
// EXTERNAL MODULE: ./packages/report/src/index.ts + 2 modules
var report_src = __webpack_require__(1080);
// EXTERNAL MODULE: ./packages/smoke/src/index.ts + 8 modules
var smoke_src = __webpack_require__(904);
;// CONCATENATED MODULE: ./actions/smoke-test/src/inputs.ts
// smoke-test's inputs, each read once (trimmed by the toolkit) and parsed before any check runs.


function readInputs() {
    return {
        token: (0,report_src/* textInput */._Z)('token'),
        policy: (0,report_src/* textInput */._Z)('policy'),
        checks: (0,report_src/* textInput */._Z)('checks'),
        url: (0,report_src/* textInput */._Z)('url'),
        concurrency: (0,policy_src/* numberInput */.QR)((0,report_src/* textInput */._Z)('concurrency')),
        deploymentId: (0,report_src/* positiveIntegerInput */.wR)('deployment-id'),
    };
}

;// CONCATENATED MODULE: ./actions/smoke-test/src/main.ts
// smoke-test, as a pipeline: 1. the policy and the checks (policy file and `checks` input,
// one schema), 2. the plan, 3. the checks against the deployed service, each attempt
// logged; then the step report and, optionally, the verdict on a GitHub deployment.
// Running and judging are in @release-governance/smoke.







async function run() {
    const inputs = readInputs();
    const context = (0,src/* readRunContext */.$p)();
    const client = (0,src/* createGitHubClient */.LX)(inputs.token);
    const policy = await (0,report_src/* stage */.dw)('1. Policy', () => (0,policy_src/* loadPolicy */.tb)({ read: (0,src/* policyFileReader */.YQ)(client, context), policyPath: inputs.policy }), policy_src/* describePolicy */.wy);
    const settings = (0,policy_src/* applyInputOverrides */.CL)('smoke-test', policy.smokeTest, { url: inputs.url || undefined, concurrency: inputs.concurrency }, { url: 'url', concurrency: 'concurrency' });
    const plan = await (0,report_src/* stage */.dw)('2. Plan', () => planSmokeChecks(policy, settings, inputs), (planned) => [
        `${(0,render_src/* plural */.LS)(planned.plans.length, 'check')}${settings.url ? ` against ${(0,smoke_src/* withoutCredentials */.ri)(settings.url).url}` : ''}; ` +
            `${settings.concurrency} at a time, ${settings['deadline-seconds']} s in all`,
    ]);
    const verification = await (0,report_src/* stage */.dw)('3. Checks', () => (0,smoke_src/* verifyService */.l3)(plan.plans, settings, settings.url, { onAttempt: (event) => (0,report_src/* logLine */.BP)((0,smoke_src/* attemptLine */.O_)(event, plan.secrets)) }));
    const report = (0,smoke_src/* smokeReport */.Ih)(verification.results, settings.url, verification.warmUp);
    for (const result of report.results.filter((candidate) => !candidate.passed && candidate.severity === 'warn')) {
        core/* warning */.$e((0,render_src/* inertLine */.Fq)(`${result.name}: ${result.reason ?? 'failed'}`), { title: 'Smoke check (warn)' });
    }
    await (0,report_src/* finishStep */.IT)((0,smoke_src/* smokeStepReport */.qt)(report, plan.secrets));
    const { deploymentId } = inputs;
    if (deploymentId !== undefined)
        await (0,report_src/* stage */.dw)('4. Deployment status', () => recordVerdict(client, context, deploymentId, report));
}
/** The checks as plans, their secrets masked in the log from here on; a check that cannot run stops the step. */
function planSmokeChecks(policy, settings, inputs) {
    const checks = [...settings.checks, ...(inputs.checks ? (0,policy_src/* parseYamlWithSchema */.Ku)('input `checks`', inputs.checks, policy_src/* smokeChecksSchema */.WO, 'input') : [])];
    if (checks.length === 0) {
        throw new Error(`No smoke checks: add smoke-test.checks to ${policy.policyFile.path}, or pass them in the \`checks\` input.`);
    }
    const planned = (0,smoke_src/* planChecks */.dH)(checks, { baseUrl: settings.url, env: process.env, stablePasses: settings['stable-passes'] });
    for (const secret of planned.secrets)
        core/* setSecret */.Pq(secret);
    if (planned.problems.length > 0)
        throw new Error(`The smoke checks cannot run:\n${planned.problems.map((problem) => `  ${problem}`).join('\n')}`);
    return planned;
}
/** Posts the verdict as the deployment's status, so GitHub's Deployments view shows whether the release is healthy. */
async function recordVerdict(client, context, deploymentId, report) {
    const state = report.passed ? 'success' : 'failure';
    await (0,src/* setDeploymentStatus */.e9)(client, context, deploymentId, state, (0,smoke_src/* smokeTitle */.iK)(report));
    (0,report_src/* logLine */.BP)(`Deployment ${deploymentId} is now ${state}`);
}


/***/ })

};
