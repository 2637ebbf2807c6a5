export const id = 24;
export const ids = [24];
export const modules = {

/***/ 2024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4200);
/* harmony import */ var _release_governance_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5950);
/* harmony import */ var _release_governance_policy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5267);
/* harmony import */ var _release_governance_report__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3927);
/* harmony import */ var _release_governance_smoke__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(904);
// smoke-test: reads the checks (policy file and `checks` input, one schema), runs them
// against the deployed service, reports each, and optionally records the verdict on a
// GitHub deployment. Running and judging are in @release-governance/smoke.





async function run() {
    const context = (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_1__/* .readRunContext */ .$p)();
    const client = (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .LX)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('token'));
    const policy = await (0,_release_governance_policy__WEBPACK_IMPORTED_MODULE_2__/* .loadPolicy */ .tb)({ read: (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_1__/* .policyFileReader */ .YQ)(client, context), policyPath: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('policy') });
    const settings = (0,_release_governance_policy__WEBPACK_IMPORTED_MODULE_2__/* .applyInputOverrides */ .CL)('smoke-test', policy.smokeTest, { url: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('url').trim() || undefined, concurrency: (0,_release_governance_policy__WEBPACK_IMPORTED_MODULE_2__/* .numberInput */ .QR)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('concurrency')) }, { url: 'url', concurrency: 'concurrency' });
    const inline = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('checks').trim();
    const checks = [...settings.checks, ...(inline ? (0,_release_governance_policy__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlWithSchema */ .Ku)('input `checks`', inline, _release_governance_policy__WEBPACK_IMPORTED_MODULE_2__/* .smokeChecksSchema */ .WO, 'input') : [])];
    if (checks.length === 0) {
        throw new Error(`No smoke checks: add smoke-test.checks to ${policy.policyFile.path}, or pass them in the \`checks\` input.`);
    }
    const { plans, secrets, problems } = (0,_release_governance_smoke__WEBPACK_IMPORTED_MODULE_4__/* .planChecks */ .dH)(checks, { baseUrl: settings.url, env: process.env, stablePasses: settings['stable-passes'] });
    for (const secret of secrets)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
    if (problems.length > 0)
        throw new Error(`The smoke checks cannot run:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    const { results, warmUp } = await (0,_release_governance_smoke__WEBPACK_IMPORTED_MODULE_4__/* .verifyService */ .l3)(plans, settings, settings.url);
    const report = { passed: results.every((result) => result.passed || result.severity === 'warn'), results, baseUrl: settings.url, warmUp };
    for (const result of results.filter((candidate) => !candidate.passed && candidate.severity === 'warn')) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_release_governance_report__WEBPACK_IMPORTED_MODULE_3__/* .inertLine */ .Fq)(`${result.name}: ${result.reason ?? 'failed'}`), { title: 'Smoke check (warn)' });
    }
    await (0,_release_governance_report__WEBPACK_IMPORTED_MODULE_3__/* .finishStep */ .IT)({
        outputs: (0,_release_governance_smoke__WEBPACK_IMPORTED_MODULE_4__/* .smokeOutputs */ .q6)(report, secrets),
        title: (0,_release_governance_smoke__WEBPACK_IMPORTED_MODULE_4__/* .smokeTitle */ .iK)(report),
        intro: (0,_release_governance_smoke__WEBPACK_IMPORTED_MODULE_4__/* .smokeIntro */ .cL)(report, secrets),
        table: { columns: ['Check', 'Attempts', 'Last status', 'Latency', 'Verdict'], rows: (0,_release_governance_smoke__WEBPACK_IMPORTED_MODULE_4__/* .smokeRows */ .X4)(report, secrets) },
        failure: report.passed ? undefined : (0,_release_governance_smoke__WEBPACK_IMPORTED_MODULE_4__/* .smokeFailure */ .cR)(report, secrets),
    });
    const deploymentId = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('deployment-id').trim();
    if (deploymentId)
        await recordVerdict(client, context, deploymentId, report);
}
/** Posts the verdict as the deployment's status, so GitHub's Deployments view shows whether the release is healthy. */
async function recordVerdict(client, context, deploymentId, report) {
    const id = Number(deploymentId);
    if (!Number.isInteger(id) || id <= 0)
        throw new Error(`input \`deployment-id\`: expected a deployment id (a positive whole number); got "${deploymentId}"`);
    await (0,_release_governance_github__WEBPACK_IMPORTED_MODULE_1__/* .setDeploymentStatus */ .e9)(client, context, id, report.passed ? 'success' : 'failure', (0,_release_governance_smoke__WEBPACK_IMPORTED_MODULE_4__/* .smokeTitle */ .iK)(report));
}


/***/ })

};
