export const id = 904;
export const ids = [904];
export const modules = {

/***/ 5142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z3: () => (/* binding */ NOT_STARTED_EXIT_CODE),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export TIMED_OUT_EXIT_CODE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(542);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(296);
// Runs a program with its arguments through @actions/exec: no shell, so nothing in the
// arguments is ever interpreted. @actions/exec cannot time out or kill what it started, so
// the program runs under a small constant watchdog (node -e WATCHDOG) that enforces the
// timeout, stops the program when the caller's AbortSignal aborts, and ends it if this
// process is killed. The program leads its own process group and is stopped as a group: a
// process the command starts in the background does not outlive it (use setsid to detach
// one on purpose).





/** Exit code the watchdog reports for a program it stopped at its timeout (as coreutils' timeout does). */
const TIMED_OUT_EXIT_CODE = 124;
/** Exit code when the program could not be started (as a shell reports "command not found"). */
const NOT_STARTED_EXIT_CODE = 127;
/** Exit code of a command cancelled before it started (128 + SIGINT, as a shell reports). */
const CANCELLED_EXIT_CODE = 130;
/** Between SIGTERM and SIGKILL to the program's group: well within the runner's 7.5 s cancellation grace. */
const STOP_GRACE_MS = 2000;
// Arguments: timeoutMs (0: none), graceMs, pidFile ('' : none), program, ...args.
const WATCHDOG = `
const { spawn } = require('node:child_process');
const { readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { constants } = require('node:os');
const [timeoutMs, graceMs, pidFile, program, ...args] = process.argv.slice(1);
const grace = Number(graceMs);
process.stderr.on('error', () => {});
const child = spawn(program, args, { stdio: 'inherit', detached: true });
// Any error (ESRCH: the group is gone) means there is nothing left to signal.
const signalGroup = (signal) => { try { process.kill(-child.pid, signal); return true; } catch { return false; } };
// A killed process stays in the group as a zombie until init reaps it, which some (a
// container's tail -f /dev/null) never do: count only the living, from /proc where there is one.
const groupRunning = () => {
  let pids;
  try { pids = readdirSync('/proc').filter((name) => /^\\d+$/.test(name)); } catch { return signalGroup(0); }
  return pids.some((pid) => {
    try {
      const stat = readFileSync('/proc/' + pid + '/stat', 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return pgrp === String(child.pid) && state !== 'Z' && state !== 'X';
    } catch { return false; }
  });
};
let timedOut = false;
let stoppedOn;
let stopping = false;
let killAt;
const stop = (signal) => {
  if (stopping || child.pid === undefined) return;
  stopping = true;
  killAt = Date.now() + grace;
  signalGroup(signal);
  setTimeout(() => signalGroup('SIGKILL'), grace).unref();
};
const timer = Number(timeoutMs) > 0 ? setTimeout(() => { timedOut = !stopping; stop('SIGTERM'); }, Number(timeoutMs)) : undefined;
const parent = process.ppid;
const orphaned = setInterval(() => { if (process.ppid !== parent) stop('SIGTERM'); }, 250);
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => { if (!stopping) stoppedOn = signal; stop(signal); });
if (pidFile) {
  // Also when runCommand's process is gone and cannot clean up.
  process.on('exit', () => { try { rmSync(pidFile, { force: true }); rmdirSync(dirname(pidFile)); } catch {} });
  // Renamed into place so that a reader never sees a half-written file.
  try { writeFileSync(pidFile + '.tmp', String(process.pid)); renameSync(pidFile + '.tmp', pidFile); } catch {}
}
child.on('error', (error) => { process.stderr.write('cannot start ' + program + ': ' + error.message + '\\n'); process.exit(${NOT_STARTED_EXIT_CODE}); });
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  clearInterval(orphaned);
  const exit = () => {
    if (timedOut) { process.stderr.write('stopped after ' + timeoutMs + ' ms\\n'); process.exit(${TIMED_OUT_EXIT_CODE}); }
    if (stoppedOn) { process.stderr.write('stopped on ' + stoppedOn + '\\n'); process.exit(128 + constants.signals[stoppedOn]); }
    process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
  };
  // What the program left running in its group ends with it, or it would outlive the
  // command and hold its output pipes open.
  if (!signalGroup('SIGTERM') || !groupRunning()) return exit();
  // Once stopping, the grace already runs: a stop takes no longer than it.
  const deadline = killAt ?? Date.now() + grace;
  setInterval(() => {
    if (!groupRunning()) exit();
    else if (Date.now() >= deadline) { signalGroup('SIGKILL'); exit(); }
  }, 50);
});
`;
async function runCommand(program, args, options = {}) {
    const started = performance.now();
    const { signal } = options;
    const notStarted = () => ({
        exitCode: CANCELLED_EXIT_CODE,
        stdout: '',
        stderr: '',
        timedOut: false,
        cancelled: true,
        durationMs: Math.round(performance.now() - started),
    });
    if (signal?.aborted)
        return notStarted();
    const env = Object.fromEntries(Object.entries({ ...process.env, ...options.env }).filter((entry) => entry[1] !== undefined));
    const echo = !(options.silent ?? false);
    // @actions/exec does not expose the process it spawns: the watchdog writes its pid here.
    const pidDir = signal ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'rg-command-')) : undefined;
    const pidFile = pidDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(pidDir, 'watchdog.pid') : '';
    let settled = false;
    let signalled = false;
    const onAbort = () => void signalWatchdog(pidFile, () => settled).then((sent) => {
        signalled ||= sent;
    });
    try {
        if (signal?.aborted)
            return notStarted();
        // @actions/exec would echo the watchdog's script; the log shows the program instead.
        if (echo)
            process.stdout.write(`[command]${[program, ...args].join(' ')}\n`);
        const execution = (0,_actions_exec__WEBPACK_IMPORTED_MODULE_4__.getExecOutput)(process.execPath, ['-e', WATCHDOG, String(options.timeoutMs ?? 0), String(STOP_GRACE_MS), pidFile, program, ...args], {
            ignoreReturnCode: true,
            silent: true,
            env,
            cwd: options.cwd,
            listeners: echo ? { stdout: (data) => process.stdout.write(data), stderr: (data) => process.stdout.write(data) } : undefined,
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        const result = await execution.finally(() => {
            settled = true;
        });
        return {
            exitCode: result.exitCode,
            stdout: result.stdout,
            stderr: result.stderr,
            timedOut: result.exitCode === TIMED_OUT_EXIT_CODE && /stopped after \d+ ms\n?$/.test(result.stderr),
            // Confirmed by the watchdog: a command that ended by itself as the signal aborted was not cancelled.
            cancelled: signalled && /stopped on SIG[A-Z]+\n?$/.test(result.stderr),
            durationMs: Math.round(performance.now() - started),
        };
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        if (pidDir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(pidDir, { recursive: true, force: true });
    }
}
/** SIGTERM to the watchdog once it has written its pid; true when it was signalled. */
async function signalWatchdog(pidFile, ended) {
    // The watchdog may not have written its pid yet; once the command has ended there is nothing to stop.
    while (!ended()) {
        const pid = Number(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pidFile, 'utf8').catch(() => ''));
        if (pid > 0 && !ended()) {
            try {
                process.kill(pid, 'SIGTERM');
                return true;
            }
            catch {
                return false; // Ended meanwhile.
            }
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(20);
    }
    return false;
}


/***/ }),

/***/ 904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O_: () => (/* reexport */ attemptLine),
  Vt: () => (/* reexport */ criticalFailures),
  dH: () => (/* reexport */ planChecks),
  Ih: () => (/* reexport */ smokeReport),
  qt: () => (/* reexport */ smokeStepReport),
  iK: () => (/* reexport */ smokeTitle),
  l3: () => (/* reexport */ verifyService),
  ri: () => (/* reexport */ withoutCredentials)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/json-p3@2.3.1/node_modules/json-p3/dist/json-p3.cjs.js
var json_p3_cjs = __webpack_require__(876);
;// CONCATENATED MODULE: ./packages/smoke/src/jsonpath.ts
// JSON paths as RFC 9535 defines them (json-p3, strict: no extensions), so `$.items[*].status`,
// `$..id` and filters such as `$.checks[?@.name == 'db'].ok` select what the standard says.
// A path is compiled when the checks are planned: one that does not parse is a definition
// error before any request. A query returns every node it selects, with its normalized path.

const rfc9535 = new json_p3_cjs/* JSONPathEnvironment */.Dd({ strict: true });
/** The compiled query, or why the path is not an RFC 9535 JSONPath. */
function compileJsonPath(path) {
    try {
        return { query: rfc9535.compile(path) };
    }
    catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}
/** The nodes `path` selects in `document`, in document order; throws for a path that does not compile. */
function queryJson(document, path) {
    const compiled = compileJsonPath(path);
    if ('error' in compiled)
        throw new Error(`${path} is not a JSONPath (RFC 9535): ${compiled.error}`);
    return compiled.query.query(document).nodes.map((node) => ({ path: node.getPath({ form: 'pretty' }), value: node.value }));
}

;// CONCATENATED MODULE: ./packages/smoke/src/secrets.ts
// Every form in which a secret can reach a reader. A value is masked not only as given but
// as a URL carries it (userinfo, query, percent-encoded, form-encoded, lower-case escapes),
// as JSON writes it (once and twice escaped: a body quoted inside a JSON report), as HTML
// writes it, and in each of those applied to the URL forms, because services echo what
// they received in whichever encoding they like. URL credentials add their Basic-auth
// header. All forms are registered with the runner and replaced by *** in every report.
/** Shorter values are not masked: masking "ab" would garble the whole report. */
const MIN_SECRET_LENGTH = 3;
const lowerHex = (text) => text.replace(/%[0-9A-F]{2}/g, (code) => code.toLowerCase());
const jsonEscaped = (text) => JSON.stringify(text).slice(1, -1);
const htmlEscaped = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const formEncoded = (text) => new URLSearchParams({ s: text }).toString().slice(2);
/** How the WHATWG URL serializer writes `text` in userinfo, path and query. */
function urlForms(text) {
    const url = new URL('http://host/');
    url.password = text;
    const forms = [url.password];
    url.pathname = `/${text}`;
    forms.push(url.pathname.slice(1));
    url.search = `?${text}`;
    forms.push(url.search.slice(1));
    return forms;
}
/** The forms of one secret: as given, as a URL carries it, and each of those escaped for JSON, HTML and percent-encoding. */
function secretForms(secret) {
    const forms = new Set();
    for (const base of new Set([secret, ...urlForms(secret)])) {
        const percent = encodeURIComponent(base);
        for (const form of [base, percent, lowerHex(percent), formEncoded(base), lowerHex(formEncoded(base))]) {
            forms.add(form);
            forms.add(jsonEscaped(form));
            forms.add(jsonEscaped(jsonEscaped(form)));
            forms.add(htmlEscaped(form));
        }
    }
    return [...forms];
}
/** Every form of every secret, longest first (so a form that contains another is masked whole). */
function maskForms(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (secret.length < MIN_SECRET_LENGTH)
            continue;
        for (const form of secretForms(secret))
            forms.add(form);
    }
    return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
/** The secrets in a URL's userinfo (decoded), and the Basic-auth header they become. */
function credentialSecrets(user, password) {
    const basic = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
    return { secrets: [user, password, basic, `Basic ${basic}`], authorization: `Basic ${basic}` };
}
/**
 * The secret parts of a secret-looking header's value: all of it, the credentials after an
 * auth scheme ("Bearer abc" \u2192 "abc"; Basic's decoded user and password too), and each
 * cookie's value.
 */
function headerSecrets(name, value) {
    const secrets = [value];
    const scheme = /^[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*\s+(\S.*)$/.exec(value);
    if (scheme?.[1]) {
        const credentials = scheme[1].trim();
        secrets.push(credentials);
        if (/^basic\s/i.test(value))
            secrets.push(...Buffer.from(credentials, 'base64').toString('utf8').split(':'));
    }
    if (/cookie/i.test(name)) {
        for (const pair of value.split(';')) {
            const cookie = pair.slice(pair.indexOf('=') + 1).trim();
            if (pair.includes('=') && cookie)
                secrets.push(cookie);
        }
    }
    return secrets;
}
/** Decodes percent-escapes, leaving text that is not validly encoded as it is. */
function percentDecoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Replaces every form in `forms` (as from maskForms) by ***. */
function redact(text, forms) {
    let out = text;
    for (const form of forms)
        if (out.includes(form))
            out = out.split(form).join('***');
    return out;
}

;// CONCATENATED MODULE: ./packages/smoke/src/plan.ts


const SECRET_HEADER = /authorization|cookie|token|secret|key|password|credential|signature/i;
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function planChecks(checks, options) {
    const secrets = new Set();
    const problems = [];
    const names = new Set();
    const plans = [];
    if (options.baseUrl)
        withoutCredentials(options.baseUrl, secrets);
    for (const check of checks) {
        if (names.has(check.name))
            problems.push(`check "${check.name}" is defined twice; names must be unique`);
        names.add(check.name);
        const missing = new Set();
        const expand = (text, secret) => text.replace(VARIABLE, (_, variable) => {
            const value = options.env[variable];
            if (value === undefined) {
                missing.add(variable);
                return '';
            }
            if (secret && value)
                secrets.add(value);
            return value;
        });
        const common = {
            name: check.name,
            expect: check.expect,
            retries: check.retries,
            timeoutMs: check['timeout-ms'],
            severity: check.severity,
            stablePasses: check['stable-passes'] ?? options.stablePasses,
            mask: [],
        };
        problems.push(...jsonPathProblems(check));
        if (check.run) {
            const [program = '', ...args] = check.run.map((arg) => expand(arg, true));
            plans.push({ kind: 'command', ...common, program, args, display: check.run.join(' ') });
        }
        else {
            plans.push(httpPlan(check, common, { expand, secrets, problems, baseUrl: options.baseUrl }));
        }
        for (const variable of missing)
            problems.push(`check "${check.name}": \${${variable}} is not set in the step's environment (add it under env:)`);
    }
    const mask = maskForms(secrets);
    for (const plan of plans)
        plan.mask = mask;
    return { plans, secrets: mask, problems };
}
/**
 * The URL without user name and password, and the Basic Authorization header they become;
 * both (decoded, as sent) join the secrets. A URL that does not parse is returned as it is.
 */
function withoutCredentials(url, secrets = new Set()) {
    if (!URL.canParse(url))
        return { url };
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password)
        return { url };
    const user = percentDecoded(parsed.username);
    const password = percentDecoded(parsed.password);
    const credentials = credentialSecrets(user, password);
    // The encoded forms too: a user name or password that was not validly percent-encoded is kept as written.
    for (const secret of [...credentials.secrets, parsed.username, parsed.password])
        if (secret)
            secrets.add(secret);
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.toString(), authorization: credentials.authorization };
}
function httpPlan(check, common, planning) {
    const headers = Object.fromEntries(Object.entries(check.headers ?? {}).map(([name, value]) => {
        const expanded = planning.expand(value, true);
        if (SECRET_HEADER.test(name) && expanded)
            for (const secret of headerSecrets(name, expanded))
                planning.secrets.add(secret);
        return [name, expanded];
    }));
    const rawUrl = planning.expand(check.url ?? '', true);
    let url = rawUrl;
    if (rawUrl.startsWith('/')) {
        if (!planning.baseUrl)
            planning.problems.push(`check "${check.name}": url ${check.url} is relative, but there is no base URL (input \`url\` or smoke-test.url)`);
        else
            url = new URL(rawUrl, planning.baseUrl).toString();
    }
    const { url: bare, authorization } = withoutCredentials(url, planning.secrets);
    if (authorization) {
        if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
            planning.problems.push(`check "${check.name}": the url has credentials (user:password@) and the check sets an Authorization header too; keep one of them`);
        }
        else {
            headers.authorization = authorization;
        }
    }
    const body = check.body === undefined
        ? undefined
        : typeof check.body === 'string'
            ? planning.expand(check.body, true)
            : planning.expand(JSON.stringify(check.body), true);
    if (typeof check.body === 'object' && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
        headers['content-type'] = 'application/json';
    }
    return {
        kind: 'http',
        ...common,
        url: bare,
        displayUrl: bare,
        method: check.method ?? 'GET',
        headers,
        body,
        followRedirects: check['follow-redirects'] ?? true,
    };
}
function jsonPathProblems(check) {
    return Object.keys(check.expect.json ?? {}).flatMap((path) => {
        const compiled = compileJsonPath(path);
        if (!('error' in compiled))
            return [];
        const example = "write it like $.items[*].status or $.checks[?@.name == 'db'].ok";
        return [`check "${check.name}": expect.json path ${JSON.stringify(path)} is not a JSONPath (RFC 9535): ${compiled.error}; ${example}`];
    });
}

// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var src = __webpack_require__(5348);
;// CONCATENATED MODULE: ./packages/smoke/src/render.ts
// How a smoke-test run reads: the step report (summary table, outputs, failure message)
// and the log line of each attempt. Everything shown passes through `redact`, so a secret
// a service echoes back is not written anywhere.



/** The one rule for a passing run: no critical check failed (a failed `warn` check only warns). */
function criticalFailures(results) {
    return results.filter((result) => !result.passed && result.severity === 'critical');
}
function smokeReport(results, baseUrl, warmUp) {
    return { passed: criticalFailures(results).length === 0, results, baseUrl, warmUp };
}
/** The step's whole report: outputs, summary (title, intro, one row per check) and failure. */
function smokeStepReport(report, secrets) {
    return {
        outputs: smokeOutputs(report, secrets),
        title: smokeTitle(report),
        intro: smokeIntro(report, secrets),
        table: { columns: ['Check', 'Attempts', 'Last status', 'Latency', 'Verdict'], rows: smokeRows(report, secrets) },
        failure: report.passed ? undefined : smokeFailure(report, secrets),
    };
}
/** One attempt of one check, as a log line: what was seen, and what happens next. */
function attemptLine(event, secrets) {
    const outcome = event.problems.length === 0 ? 'passed' : `failed: ${event.problems.join('; ')}`;
    const next = event.next === 'retry' ? `; retrying in ${event.delayMs} ms` : event.next === 'recheck' ? `; checking again in ${event.delayMs} ms (stable passes)` : '';
    return redact(`${event.check}: attempt ${event.attempt}: ${event.status}, ${outcome}${next}`, secrets);
}
/** Each text field masked on its own: masking the serialized JSON could cut an escape in half and break it. */
function smokeOutputs(report, secrets) {
    const masked = (value) => (value === undefined ? undefined : redact(value, secrets));
    return {
        passed: String(report.passed),
        results: report.results.map((result) => ({
            ...result,
            name: redact(result.name, secrets),
            target: redact(result.target, secrets),
            lastStatus: redact(result.lastStatus, secrets),
            reason: masked(result.reason),
        })),
    };
}
function smokeTitle(report) {
    const failed = report.results.filter((result) => !result.passed);
    const critical = criticalFailures(report.results).length;
    if (report.passed) {
        return failed.length > 0
            ? `Smoke tests: passed \u2705 (${report.results.length - failed.length} of ${report.results.length}; ${(0,src/* plural */.LS)(failed.length, 'warning')})`
            : `Smoke tests: passed \u2705 (${report.results.length} of ${report.results.length})`;
    }
    return `Smoke tests: failed \u274c (${(0,src/* plural */.LS)(critical, 'critical check')} failed of ${report.results.length})`;
}
function smokeIntro(report, secrets) {
    const parts = [(0,src/* text */.Qq)((0,src/* plural */.LS)(report.results.length, 'check'))];
    if (report.baseUrl)
        parts.push((0,src/* text */.Qq)(' against '), (0,src/* code */.aY)(redact(withoutCredentials(report.baseUrl).url, secrets)));
    if (report.warmUp) {
        parts.push((0,src/* text */.Qq)(report.warmUp.answered
            ? `; the service answered after ${report.warmUp.waitedMs} ms of warm-up`
            : `; the service did not answer within the warm-up (${report.warmUp.waitedMs} ms)`));
    }
    parts.push((0,src/* text */.Qq)('.'));
    return (0,src/* join */.fj)(parts);
}
function smokeRows(report, secrets) {
    return report.results.map((result) => [
        (0,src/* join */.fj)([(0,src/* strong */.ko)(result.name), (0,src/* text */.Qq)(' '), (0,src/* code */.aY)(redact(result.target, secrets))]),
        (0,src/* text */.Qq)(String(result.attempts)),
        (0,src/* text */.Qq)(redact(result.lastStatus, secrets)),
        (0,src/* text */.Qq)(result.latencyMs === undefined ? '\u2014' : `${result.latencyMs} ms`),
        result.passed
            ? (0,src/* strong */.ko)('\u2705 passed')
            : (0,src/* join */.fj)([(0,src/* strong */.ko)(result.severity === 'warn' ? '\u26a0\ufe0f failed (warn)' : '\u274c failed'), (0,src/* text */.Qq)(': '), (0,src/* text */.Qq)(redact(result.reason ?? '', secrets))]),
    ]);
}
function smokeFailure(report, secrets) {
    const failed = criticalFailures(report.results);
    return redact(`Smoke tests failed: ${(0,src/* plural */.LS)(failed.length, 'critical check')} did not pass\n` +
        failed
            .map((result) => `  - ${(0,src/* inertLine */.Fq)(result.name)} (${(0,src/* inertLine */.Fq)(result.target)}), ${(0,src/* plural */.LS)(result.attempts, 'attempt')}: ${(0,src/* inertLine */.Fq)(result.reason ?? '')}`)
            .join('\n'), secrets);
}

// EXTERNAL MODULE: ./packages/async/src/index.ts
var async_src = __webpack_require__(9151);
// EXTERNAL MODULE: ./packages/command/src/index.ts
var command_src = __webpack_require__(5142);
// EXTERNAL MODULE: ./packages/http/src/index.ts + 1 modules
var http_src = __webpack_require__(974);
;// CONCATENATED MODULE: ./packages/smoke/src/probes.ts
// The I/O behind the checks: HTTP through the runner's proxy settings, commands through @actions/exec.



/** What a check says when the job was cancelled under it. */
const CANCELLED = 'cancelled: the job was cancelled';
function withCancellation(timeout, cancelled) {
    return cancelled ? AbortSignal.any([timeout, cancelled]) : timeout;
}
/** Bodies are read up to this size; assertions see the first bytes only. */
const MAX_BODY_BYTES = 1024 * 1024;
const liveProbes = {
    async http(plan, timeoutMs, cancelled) {
        const started = performance.now();
        try {
            const response = await (0,http_src/* exchangeThroughProxy */.H)(plan.url, {
                method: plan.method,
                headers: plan.headers,
                body: plan.body,
                redirect: plan.followRedirects ? 'follow' : 'manual',
                signal: withCancellation(AbortSignal.timeout(timeoutMs), cancelled),
                maxBodyBytes: MAX_BODY_BYTES,
            });
            return {
                status: response.status,
                headers: Object.fromEntries(response.headers),
                body: response.body.toString('utf8'),
                latencyMs: Math.round(performance.now() - started),
            };
        }
        catch (error) {
            return { error: cancelled?.aborted ? CANCELLED : describeFetchError(error, timeoutMs) };
        }
    },
    async command(plan, timeoutMs, cancelled) {
        const result = await (0,command_src/* runCommand */.d1)(plan.program, plan.args, { timeoutMs, silent: true, signal: cancelled });
        if (result.cancelled)
            return { error: CANCELLED };
        if (result.exitCode === command_src/* NOT_STARTED_EXIT_CODE */.Z3 && result.stderr.startsWith('cannot start'))
            return { error: result.stderr.trim() };
        return { exitCode: result.exitCode, output: result.stdout + result.stderr, timedOut: result.timedOut, durationMs: result.durationMs };
    },
};
function describeFetchError(error, timeoutMs) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
        return `no response within ${timeoutMs} ms`;
    const cause = error?.cause;
    if (cause?.code === 'ECONNREFUSED')
        return 'connection refused';
    if (cause?.code === 'ENOTFOUND')
        return 'host not found';
    if (cause?.code)
        return `request failed (${cause.code})`;
    return `request failed: ${cause?.message ?? (error instanceof Error ? error.message : String(error))}`;
}
/** Waits until the service answers at all (any status), `seconds` pass, or the job is cancelled. */
async function waitForService(url, seconds, cancelled) {
    const started = Date.now();
    const deadline = started + seconds * 1000;
    while (Date.now() < deadline && !cancelled?.aborted) {
        try {
            await (0,http_src/* exchangeThroughProxy */.H)(url, {
                method: 'GET',
                maxBodyBytes: 0,
                signal: withCancellation(AbortSignal.timeout(Math.max(1, Math.min(2000, deadline - Date.now()))), cancelled),
            });
            return { answered: true, waitedMs: Date.now() - started };
        }
        catch {
            await (0,async_src/* sleep */.yy)(Math.min(500, deadline - Date.now()), cancelled);
        }
    }
    return { answered: false, waitedMs: Date.now() - started };
}

;// CONCATENATED MODULE: ./packages/smoke/src/assert.ts


const list = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/** The first characters of a body, masked before it is cut (a cut must not leave half a secret), quoted, for "got" in a failure. */
function snippet(text, mask = [], length = 120) {
    const masked = redact(text, mask);
    return JSON.stringify(masked.length > length ? `${masked.slice(0, length)}\u2026` : masked);
}
/** A JSON value from the body as JSON, masked and then cut like a snippet. */
function shownJson(value, mask, length = 120) {
    const masked = redact(JSON.stringify(value), mask);
    return masked.length > length ? `${masked.slice(0, length)}\u2026` : masked;
}
function statusMatches(status, expected) {
    return expected.some((entry) => (typeof entry === 'number' ? entry === status : String(status)[0] === entry[0]));
}
function httpFailures(observed, expect, mask = []) {
    const failures = [];
    const statuses = expect.status === undefined ? ['2xx'] : Array.isArray(expect.status) ? expect.status : [expect.status];
    if (!statusMatches(observed.status, statuses))
        failures.push(`status ${observed.status}, expected ${statuses.join(' or ')}; body ${snippet(observed.body, mask)}`);
    for (const text of list(expect['body-contains'])) {
        if (!observed.body.includes(text))
            failures.push(`body does not contain ${JSON.stringify(text)}; got ${snippet(observed.body, mask)}`);
    }
    for (const text of list(expect['body-not-contains'])) {
        if (observed.body.includes(text))
            failures.push(`body contains ${JSON.stringify(text)}`);
    }
    if (expect['body-matches'] && !new RegExp(expect['body-matches']).test(observed.body)) {
        failures.push(`body does not match /${expect['body-matches']}/; got ${snippet(observed.body, mask)}`);
    }
    if (expect.json)
        failures.push(...jsonFailures(observed.body, expect.json, mask));
    for (const [name, expected] of Object.entries(expect.headers ?? {})) {
        const value = observed.headers[name.toLowerCase()];
        if (value === undefined)
            failures.push(`header ${name} is missing`);
        else if (typeof expected === 'string' ? value !== expected : !new RegExp(expected.matches).test(value)) {
            failures.push(`header ${name} is ${JSON.stringify(value)}, expected ${typeof expected === 'string' ? JSON.stringify(expected) : `to match /${expected.matches}/`}`);
        }
    }
    const maxLatency = expect['max-latency-ms'];
    if (maxLatency !== undefined && observed.latencyMs > maxLatency)
        failures.push(`took ${observed.latencyMs} ms, more than ${maxLatency} ms`);
    // Header values and JSON values are quoted whole: masking the finished words catches them in their JSON-escaped form.
    return failures.map((failure) => redact(failure, mask));
}
function jsonFailures(body, assertions, mask) {
    let document;
    try {
        document = JSON.parse(body);
    }
    catch {
        return [`body is not JSON; got ${snippet(body, mask)}`];
    }
    const failures = [];
    for (const [path, assertion] of Object.entries(assertions)) {
        let nodes;
        try {
            nodes = queryJson(document, path);
        }
        catch (error) {
            // Paths are compiled when the checks are planned; this is a document the query cannot walk (e.g. nested too deep).
            failures.push(`${path} could not be evaluated: ${error instanceof Error ? error.message : String(error)}`);
            continue;
        }
        const shown = nodes.length === 0 ? 'missing' : nodes.length === 1 ? shownJson(nodes[0]?.value, mask) : `${nodes.length} values`;
        const expected = assertion === null || typeof assertion !== 'object' ? { equals: assertion } : assertion;
        if (expected.exists !== undefined && nodes.length > 0 !== expected.exists) {
            failures.push(`${path} is ${shown}, expected it ${expected.exists ? 'to exist' : 'not to exist'}`);
        }
        if ('equals' in expected && expected.equals !== undefined) {
            const wanted = JSON.stringify(expected.equals);
            failures.push(...eachNode(path, nodes, mask, `expected ${wanted}`, (value) => JSON.stringify(value) === wanted));
        }
        if (expected.matches !== undefined) {
            const pattern = new RegExp(expected.matches);
            failures.push(...eachNode(path, nodes, mask, `expected to match /${expected.matches}/`, (value) => pattern.test(typeof value === 'string' ? value : JSON.stringify(value))));
        }
    }
    return failures;
}
/** How many failing nodes a failure names before it says "and N more". */
const SHOWN_NODES = 3;
/** The failure for a path whose nodes must each hold: none selected, or the nodes that do not, by their own paths. */
function eachNode(path, nodes, mask, expected, holds) {
    if (nodes.length === 0)
        return [`${path} is missing, ${expected}`];
    if (nodes.length === 1)
        return holds(nodes[0]?.value) ? [] : [`${path} is ${shownJson(nodes[0]?.value, mask)}, ${expected}`];
    const failing = nodes.filter((node) => !holds(node.value));
    if (failing.length === 0)
        return [];
    const named = failing.slice(0, SHOWN_NODES).map((node) => `${redact(node.path, mask)} is ${shownJson(node.value, mask)}`);
    const more = failing.length > SHOWN_NODES ? ` and ${failing.length - SHOWN_NODES} more` : '';
    return [`${path}: ${failing.length} of ${nodes.length} values fail, ${expected}: ${named.join(', ')}${more}`];
}
function commandFailures(observed, expect, mask = []) {
    const failures = [];
    const exitCode = expect['exit-code'] ?? 0;
    if (observed.exitCode !== exitCode)
        failures.push(`exit code ${observed.exitCode}, expected ${exitCode}; output ${snippet(observed.output.trim(), mask)}`);
    for (const text of list(expect['output-contains'])) {
        if (!observed.output.includes(text))
            failures.push(`output does not contain ${JSON.stringify(text)}; got ${snippet(observed.output.trim(), mask)}`);
    }
    return failures.map((failure) => redact(failure, mask));
}

;// CONCATENATED MODULE: ./packages/smoke/src/suite.ts
// Runs the checks: concurrently up to a limit, each retried with exponential backoff and
// jitter until it passes (N consecutive times, for flapping services), runs out of
// attempts, or the suite's deadline passes. The probes do the I/O. Everything a result
// says (target, last status, reason) is masked with the plan's `mask` where it is made.




const MAX_BACKOFF_MS = 10_000;
/** Exponential backoff with jitter: between half and all of base\u00b72^(n\u22121), capped. */
function backoffDelay(failures, baseMs, random = Math.random) {
    const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, failures - 1));
    return Math.round(ceiling * (0.5 + random() / 2));
}
function runSuite(plans, options) {
    return (0,async_src/* mapLimit */.sf)(plans, options.concurrency, (plan) => runCheck(plan, options));
}
async function runCheck(plan, options) {
    const result = {
        name: plan.name,
        kind: plan.kind,
        target: redact(plan.kind === 'http' ? `${plan.method} ${plan.displayUrl}` : plan.display, plan.mask),
        severity: plan.severity,
        passed: false,
        attempts: 0,
        lastStatus: 'not run',
    };
    let failures = 0;
    let consecutivePasses = 0;
    for (;;) {
        const remaining = options.deadline - Date.now();
        if (options.cancelled?.aborted)
            return { ...result, reason: `the job was cancelled after ${(0,src/* plural */.LS)(result.attempts, 'attempt')}` };
        if (remaining <= 0) {
            return { ...result, reason: `the suite deadline passed after ${(0,src/* plural */.LS)(result.attempts, 'attempt')}${result.reason ? `; last: ${result.reason}` : ''}` };
        }
        result.attempts++;
        const problems = await attempt(plan, Math.min(plan.timeoutMs, remaining), options, result, remaining < plan.timeoutMs);
        const report = (next, delayMs) => options.onAttempt?.({ check: result.name, attempt: result.attempts, status: result.lastStatus, problems, next, delayMs });
        if (problems.length === 0) {
            consecutivePasses++;
            delete result.reason;
            if (consecutivePasses >= plan.stablePasses) {
                report('done');
                return { ...result, passed: true };
            }
            const delayMs = Math.max(0, Math.min(options.retryDelayMs, options.deadline - Date.now()));
            report('recheck', delayMs);
            await (0,async_src/* sleep */.yy)(delayMs, options.cancelled);
            continue;
        }
        consecutivePasses = 0;
        failures++;
        result.reason = problems.join('; ');
        if (failures > plan.retries) {
            report('done');
            return result;
        }
        const delayMs = Math.max(0, Math.min(backoffDelay(failures, options.retryDelayMs, options.random), options.deadline - Date.now()));
        report('retry', delayMs);
        await (0,async_src/* sleep */.yy)(delayMs, options.cancelled);
    }
}
/**
 * One attempt; records status and latency on the result and returns what was wrong.
 * `cutByDeadline`: the attempt had less than its own timeout left before the suite's deadline.
 */
async function attempt(plan, timeoutMs, options, result, cutByDeadline) {
    const { probes, cancelled } = options;
    const mask = plan.mask;
    const noResult = cutByDeadline ? 'no result before the suite deadline' : `no result within ${timeoutMs} ms`;
    if (plan.kind === 'http') {
        const observed = await probes.http(plan, timeoutMs, cancelled);
        if ('error' in observed) {
            // An error may quote the URL (and so a secret in its query) or what the service sent.
            const error = cutByDeadline && observed.error.startsWith('no response within') ? 'no response before the suite deadline' : redact(observed.error, mask);
            result.lastStatus = error;
            delete result.latencyMs;
            return [error];
        }
        result.lastStatus = String(observed.status);
        result.latencyMs = observed.latencyMs;
        return httpFailures(observed, plan.expect, mask);
    }
    const observed = await probes.command(plan, timeoutMs, cancelled);
    if ('error' in observed) {
        result.lastStatus = redact(observed.error, mask);
        return [result.lastStatus];
    }
    result.latencyMs = observed.durationMs;
    if (observed.timedOut) {
        result.lastStatus = 'timed out';
        return [noResult];
    }
    result.lastStatus = `exit ${observed.exitCode}`;
    return commandFailures(observed, plan.expect, mask);
}

;// CONCATENATED MODULE: ./packages/smoke/src/verify.ts



/**
 * `cancelled` (the job's cancellation) ends the warm-up and the checks at once; unfinished
 * checks fail. `onAttempt` hears of every attempt of every check as it ends.
 */
async function verifyService(plans, settings, baseUrl, { cancelled, onAttempt } = {}) {
    // Credentials are left out: fetch refuses a URL that has them, and any answer (a 401 too) ends the warm-up.
    const warmUpTarget = baseUrl ? withoutCredentials(baseUrl).url : plans.find((plan) => plan.kind === 'http')?.url;
    const warmUp = settings['warm-up-seconds'] > 0 && warmUpTarget ? await waitForService(warmUpTarget, settings['warm-up-seconds'], cancelled) : undefined;
    const results = await runSuite(plans, {
        concurrency: settings.concurrency,
        deadline: Date.now() + settings['deadline-seconds'] * 1000,
        retryDelayMs: settings['retry-delay-ms'],
        probes: liveProbes,
        cancelled,
        onAttempt,
    });
    return { results, warmUp };
}

;// CONCATENATED MODULE: ./packages/smoke/src/index.ts





/***/ })

};
