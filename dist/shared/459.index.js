export const id = 459;
export const ids = [459];
export const modules = {

/***/ 9151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ graceAfter),
/* harmony export */   ci: () => (/* binding */ listenForCancellation),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export aborted */
// Small waiting and concurrency helpers shared by the actions.
/** Runs `work` over `items` with at most `limit` running at once; results keep the items' order. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    });
    await Promise.all(workers);
    return results;
}
/** Waits `ms`, or less when `signal` aborts first. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, Math.max(0, ms));
        signal?.addEventListener('abort', done, { once: true });
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
    });
}
/**
 * SIGTERM/SIGINT (the runner cancelling the job) abort `signal` instead of killing the
 * process, so an action can first finish what it must not leave half-done. Repeated
 * signals (the runner sends SIGINT, then SIGTERM) are absorbed until `dispose`.
 */
function listenForCancellation() {
    const controller = new AbortController();
    let at;
    const cancel = () => {
        at ??= Date.now();
        controller.abort();
    };
    process.on('SIGTERM', cancel);
    process.on('SIGINT', cancel);
    return {
        signal: controller.signal,
        /** When the first signal came: the runner's grace period counts from it. */
        cancelledAt: () => at,
        dispose() {
            process.removeListener('SIGTERM', cancel);
            process.removeListener('SIGINT', cancel);
        },
    };
}
/** Resolves when `signal` aborts (never, if it does not). */
function aborted(signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            resolve();
        else
            signal.addEventListener('abort', () => resolve(), { once: true });
    });
}
/**
 * A signal that aborts `graceMs` after `signal` does: how long an action may still take to
 * finish its records once the runner has asked it to stop.
 */
function graceAfter(signal, graceMs) {
    const controller = new AbortController();
    const start = () => setTimeout(() => controller.abort(), graceMs).unref();
    if (signal.aborted)
        start();
    else
        signal.addEventListener('abort', start, { once: true });
    return controller.signal;
}


/***/ }),

/***/ 2593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OS: () => (/* reexport */ GitHubApiError),
  bl: () => (/* reexport */ RELEASE_HISTORY_PAGE_POINTS),
  zu: () => (/* reexport */ commitFiles),
  LX: () => (/* reexport */ createGitHubClient),
  vo: () => (/* reexport */ deploymentStatusReader),
  gs: () => (/* reexport */ environmentDeployments),
  HZ: () => (/* reexport */ findMarkedIssue),
  qI: () => (/* reexport */ findPreviousRelease),
  i8: () => (/* reexport */ getDeployment),
  VM: () => (/* reexport */ gitHubRoleDirectory),
  c4: () => (/* reexport */ isNotFound),
  T5: () => (/* reexport */ context/* isPullRequestEvent */.T5),
  tH: () => (/* reexport */ listReleases),
  YQ: () => (/* reexport */ policyFileReader),
  iu: () => (/* reexport */ policyRef),
  D7: () => (/* reexport */ previousReleaseOptions),
  S: () => (/* reexport */ rangeSince),
  $J: () => (/* reexport */ readRepositorySnapshot),
  $p: () => (/* reexport */ context/* readRunContext */.$p),
  zK: () => (/* reexport */ releaseChanges),
  Cb: () => (/* reexport */ releaseHistory),
  ni: () => (/* reexport */ context/* releaseTagOf */.ni),
  zZ: () => (/* reexport */ repositoryFileBytesReader),
  aw: () => (/* reexport */ repositoryFileReader),
  WL: () => (/* reexport */ resolveCommit),
  Vp: () => (/* reexport */ context/* runUrl */.Vp),
  e9: () => (/* reexport */ setDeploymentStatus),
  qB: () => (/* reexport */ tagAt)
});

// UNUSED EXPORTS: DEFAULT_API_LIMITS, GitHubClient, graphqlCost

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./packages/http/src/index.ts + 1 modules
var src = __webpack_require__(974);
;// CONCATENATED MODULE: ./packages/github/src/gateway/transport.ts
// The fetch under the gateway: through the runner's proxy settings (HTTPS_PROXY, NO_PROXY), and
// returning only once the whole body has arrived, so the attempt's deadline covers headers and
// body alike; it refuses a successful answer whose JSON does not parse (a body cut short)
// instead of handing a string to the caller.

class TransportFailure extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'TransportFailure';
    }
}
/** Statuses whose Response may not carry a body. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
/** The fetch octokit is given: one exchange through the runner's proxy settings, its whole body read. */
const gatewayFetch = async (input, init) => {
    const signal = init?.signal ?? undefined;
    try {
        const answer = await (0,src/* exchangeThroughProxy */.H)(urlOf(input), {
            method: init?.method,
            headers: init?.headers,
            body: init?.body,
            signal,
        });
        const { status, body } = answer;
        if (status < 400 && body.length > 0 && /\bjson\b/i.test(answer.headers.get('content-type') ?? '')) {
            try {
                JSON.parse(body.toString('utf8'));
            }
            catch {
                throw new TransportFailure('invalid-json', `the answer (${status}, ${body.length} bytes) is not valid JSON; it was probably cut short`);
            }
        }
        return responseOf(answer);
    }
    catch (error) {
        // An abort carries the gateway's own reason (deadline or cancellation).
        if (signal?.aborted && signal.reason instanceof TransportFailure)
            throw signal.reason;
        if (error instanceof TransportFailure)
            throw error;
        throw new TransportFailure('network', networkReason(error));
    }
};
/** Octokit passes a string; `Request` is not touched, since reading that global loads Node's fetch. */
function urlOf(input) {
    if (typeof input === 'string')
        return input;
    return input instanceof URL ? input.href : input.url;
}
/**
 * The answer as the part of a fetch Response octokit reads (status, url, headers, the body as
 * text or bytes). Not the global Response: building one loads Node's whole fetch.
 */
function responseOf(answer) {
    const body = NULL_BODY_STATUSES.has(answer.status) ? Buffer.alloc(0) : answer.body;
    const headers = {
        get: (name) => answer.headers.get(name.toLowerCase()) ?? null,
        has: (name) => answer.headers.has(name.toLowerCase()),
        [Symbol.iterator]: () => answer.headers.entries(),
    };
    const response = {
        status: answer.status,
        statusText: answer.statusText,
        url: answer.url,
        ok: answer.status >= 200 && answer.status < 300,
        headers,
        body: null,
        text: async () => body.toString('utf8'),
        json: async () => JSON.parse(body.toString('utf8')),
        arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength),
    };
    return response;
}
/** undici says "fetch failed" and keeps the reason in `cause`. */
function networkReason(error) {
    const cause = error?.cause;
    const code = cause?.code;
    if (code === 'ECONNREFUSED')
        return 'could not connect (connection refused)';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `could not resolve the API host (${code})`;
    if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET')
        return 'the connection closed before the answer was complete';
    const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
    return `could not reach the API (${code ? `${code}: ` : ''}${message})`;
}

;// CONCATENATED MODULE: ./packages/github/src/gateway/failure.ts
// What went wrong with one attempt, whether it is worth another, and \u2014 once the gateway
// gives up \u2014 one message that names the request, the status and what to do. Every API
// error of every action is worded here.


function labelText(label) {
    return `${label.method} ${label.path}`;
}
/** Reads what octokit threw: an HTTP answer, or the transport's reason (kept as `cause`). */
function classify(error) {
    for (let current = error, depth = 0; current && depth < 4; current = current.cause, depth++) {
        if (current instanceof TransportFailure)
            return { kind: current.kind, message: current.message };
    }
    const response = error?.response;
    if (response && typeof response.status === 'number')
        return { kind: 'http', status: response.status, headers: response.headers ?? {}, data: response.data };
    return { kind: 'network', message: `could not reach the API (${error instanceof Error ? error.message : String(error)})` };
}
function rateLimitOf(failure, now = Date.now()) {
    if (failure.kind !== 'http' || (failure.status !== 403 && failure.status !== 429))
        return undefined;
    const { headers } = failure;
    if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
        const resetAt = new Date(Number(headers['x-ratelimit-reset']) * 1000);
        return { kind: 'primary', resetAt, waitMs: Math.max(0, resetAt.getTime() - now) + 1000 };
    }
    const retryAfter = Number(headers['retry-after']);
    if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined)
        return { kind: 'secondary', waitMs: retryAfter * 1000 };
    // GitHub: without Retry-After, wait at least a minute.
    if (failure.status === 429 || /secondary rate limit/i.test(githubMessage(failure) ?? ''))
        return { kind: 'secondary', waitMs: 60_000 };
    return undefined;
}
/**
 * How long to wait before the next attempt, or undefined when another attempt cannot help.
 * A write is repeated only when GitHub certainly did not act on it: a rate limit, or a
 * gateway error in front of GitHub.
 */
function retryDelay(failure, label, attempt, limits) {
    const backoff = limits.backoffMs[Math.min(attempt - 1, limits.backoffMs.length - 1)] ?? 0;
    const rateLimit = rateLimitOf(failure);
    if (rateLimit)
        return rateLimit.waitMs <= limits.maxRateLimitWaitMs ? rateLimit.waitMs : undefined;
    switch (failure.kind) {
        case 'http':
            if (failure.status >= 500)
                return !label.write || [502, 503, 504].includes(failure.status) ? backoff : undefined;
            return undefined;
        case 'deadline':
        case 'network':
        case 'invalid-json':
            return label.write ? undefined : backoff;
        default:
            return undefined;
    }
}
/** The failures that say the API itself is unwell, not this one request. */
function isOutage(failure) {
    return failure.kind === 'deadline' || failure.kind === 'network' || failure.kind === 'invalid-json' || (failure.kind === 'http' && failure.status >= 500);
}
/** The one error type every GitHub call throws. `status` is the HTTP status, when there was one. */
class GitHubApiError extends Error {
    status;
    request;
    failure;
    constructor(label, failure, tries) {
        super(`GitHub API ${labelText(label)}: ${describe(failure, label, tries)}`);
        this.name = 'GitHubApiError';
        this.request = labelText(label);
        this.failure = failure;
        if (failure.kind === 'http')
            this.status = failure.status;
        if (failure.kind === 'graphql' && failure.errors.some((error) => error.type === 'NOT_FOUND'))
            this.status = 404;
    }
}
function isNotFound(error) {
    return error instanceof GitHubApiError && error.status === 404;
}
function describe(failure, label, tries) {
    const after = tries.attempts > 1 ? ` after ${tries.attempts} attempts over ${duration(tries.elapsedMs)}` : '';
    const permission = `add \`permissions: { ${label.permission} }\` to the job, or pass a token that has it`;
    const verb = /:\s*write$/.test(label.permission) ? 'write' : 'read';
    switch (failure.kind) {
        case 'deadline':
            return `${failure.message}${after}. GitHub is not answering; re-run the job later (and keep \`timeout-minutes\` set on the job).`;
        case 'network':
            return `${failure.message}${after}. Check GITHUB_API_URL and, on a self-hosted runner, HTTPS_PROXY and NO_PROXY.`;
        case 'invalid-json':
            return `${failure.message}${after}. Re-run the job; if it persists, a proxy may be cutting answers short.`;
        case 'cancelled':
            return 'the job was cancelled before GitHub answered.';
        case 'paging':
            return `${failure.message}. Re-run the job; if it happens again, the API (or a proxy in front of it) is answering with broken pages.`;
        case 'graphql': {
            const types = new Set(failure.errors.map((error) => error.type));
            const said = failure.errors.map((error) => oneLine(error.message ?? error.type ?? 'error')).join('; ');
            if (types.has('FORBIDDEN') || types.has('INSUFFICIENT_SCOPES'))
                return `the token cannot ${verb} this (it needs \`${label.permission}\`): ${permission}. GitHub said: ${said}`;
            if (types.has('RATE_LIMITED'))
                return `the GraphQL rate limit is exhausted; re-run the job after it resets (within the hour). GitHub said: ${said}`;
            return `GitHub answered with errors: ${said}`;
        }
        case 'http':
            return describeStatus(failure, label, permission, verb, after);
    }
}
function describeStatus(failure, label, _permission, verb, after) {
    const status = `${failure.status} ${external_node_http_.STATUS_CODES[failure.status] ?? ''}`.trim();
    const said = githubMessage(failure);
    const saying = said ? ` GitHub said: ${said}` : '';
    const rateLimit = rateLimitOf(failure);
    if (rateLimit?.kind === 'primary') {
        const limit = failure.headers['x-ratelimit-limit'];
        return (`${status}: the token's rate limit${limit ? ` (${limit} requests an hour)` : ''} is used up; it resets at ${rateLimit.resetAt.toISOString().slice(11, 19)} UTC, ` +
            `in ${duration(rateLimit.waitMs)}${after}. Re-run the job then, or give this step a token with its own budget (a GitHub App token).`);
    }
    if (rateLimit?.kind === 'secondary') {
        return `${status}: GitHub's secondary rate limit; it asked to wait ${duration(rateLimit.waitMs)}${after}. Re-run the job in a few minutes, with fewer jobs calling the API at once.`;
    }
    if (failure.status === 401)
        return `${status}: the token was refused (expired, revoked or mistyped); pass a valid token in the \`token\` input.${saying}`;
    if (failure.status === 403) {
        const needed = acceptedPermission(failure.headers) ?? label.permission;
        return `${status}: the token cannot ${verb} this (it needs \`${needed}\`); add \`permissions: { ${needed} }\` to the job, or pass a token that has it.${saying}`;
    }
    if (failure.status === 404)
        return `${status}: it does not exist, or the token cannot see it (it needs \`${label.permission}\`).${saying}`;
    if (failure.status >= 500)
        return `${status}${after}: GitHub, or a proxy in front of it, is failing; see https://www.githubstatus.com and re-run the job.${saying}`;
    return `${status}.${saying}`;
}
/** GitHub's JSON `message`, on one line; a body that is not GitHub's JSON (an HTML error page) is never quoted. */
function githubMessage(failure) {
    const data = failure.data;
    if (typeof data !== 'object' || data === null || typeof data.message !== 'string')
        return undefined;
    return oneLine(data.message);
}
function oneLine(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
    const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
    return flat.length > 200 ? `${flat.slice(0, 199)}\u2026` : flat;
}
/** GitHub names the permission the endpoint needs, e.g. "checks=read" or "contents=read; pull_requests=read". */
function acceptedPermission(headers) {
    const header = headers['x-accepted-github-permissions'];
    if (!header?.trim())
        return undefined;
    const pairs = (header.split(';')[0] ?? '')
        .split(',')
        .map((pair) => pair.trim().split('='))
        .filter((pair) => pair.length === 2)
        .map(([name, level]) => `${name.replace(/_/g, '-')}: ${level}`);
    return pairs.length > 0 ? pairs.join(', ') : undefined;
}
function duration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))} ms`;
    const seconds = Math.round(ms / 1000);
    return seconds < 120 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

;// CONCATENATED MODULE: ./packages/github/src/commits.ts

/** A tag, branch or SHA as a commit; undefined when it does not exist. */
async function resolveCommit(client, context, ref) {
    try {
        const data = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: context.owner, repo: context.repo, ref }, 'contents: read');
        return data.sha;
    }
    catch (error) {
        if (error instanceof GitHubApiError && (error.status === 404 || error.status === 422))
            return undefined;
        throw error;
    }
}
/** Files of a commit pushed without a pull request, for path filters. */
async function commitFiles(client, context, ref) {
    const data = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: context.owner, repo: context.repo, ref }, 'contents: read');
    return (data.files ?? []).map((file) => file.filename);
}
/** Tag pages read at most, looking for a commit's tag: a release's tag is among the newest. */
const TAG_PAGES = 3;
/**
 * A tag that points at `sha`, `preferred` when it is one of them (e.g. the ref it was
 * deployed from); undefined when none does among the newest few pages of tags.
 */
async function tagAt(client, context, sha, preferred) {
    let pages = 0;
    for await (const page of client.pages('GET /repos/{owner}/{repo}/tags', { owner: context.owner, repo: context.repo }, 'contents: read')) {
        const names = page.filter((candidate) => candidate.commit.sha === sha).map((candidate) => candidate.name);
        if (names.length > 0)
            return names.find((name) => name === preferred) ?? names[0];
        if (++pages >= TAG_PAGES)
            return undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/github/src/context.ts
var context = __webpack_require__(7567);
;// CONCATENATED MODULE: ./packages/github/src/deployments-query.ts
// The GraphQL query rollback reads an environment's deployment history with: 100 deployments a
// page, newest first, each with its latest status and its first statuses. One page replaces
// the REST page of 100 deployments and the 100 REST reads of their statuses. Its cost in
// rate-limit points comes from the same numbers the query is written with
// (deploymentHistoryConnections), so the two cannot drift apart.

const DEPLOYMENTS_PER_PAGE = 100;
/**
 * Statuses read with each deployment. Rollback needs a deployment's latest state and whether
 * it ever succeeded. A deployment's life is a handful of statuses: waiting (a protection rule),
 * queued, in_progress, success, then failure (smoke-test) or inactive (retired): 10 holds every
 * one of them with room to spare. A deployment with more is read whole over REST on its own, so
 * correctness never depends on this number. It does not change the page's points either (the
 * statuses connection costs one request per deployment whatever its size, and has no
 * connection inside); it only bounds the answer, at 1,000 status nodes a page.
 */
const STATUSES_PER_DEPLOYMENT = 10;
/** The bound a page stays under, in GitHub's rate-limit points. */
const DEPLOYMENT_HISTORY_PAGE_POINTS = 1;
/** The connections of one page, as GitHub counts them for its cost: 1 + 100 requests, 1 point. */
function deploymentHistoryConnections(pageSize = DEPLOYMENTS_PER_PAGE) {
    return [{ field: 'deployments', size: pageSize, connections: [{ field: 'statuses', size: STATUSES_PER_DEPLOYMENT }] }];
}
/** The points a page costs. */
const deploymentHistoryPageCost = (pageSize = DEPLOYMENTS_PER_PAGE) => graphqlCost(deploymentHistoryConnections(pageSize));
/**
 * `ref` is null for a deployment made from a SHA (and for one whose branch or tag is gone): the
 * reader then uses the commit. `statuses` is in GitHub's order; the reader does not rely on it
 * (latestStatus says which is newest).
 */
const DEPLOYMENT_HISTORY_QUERY = /* GraphQL */ `
  query EnvironmentDeployments($owner: String!, $repo: String!, $environment: String!, $after: String) {
    repository(owner: $owner, name: $repo) {
      deployments(environments: [$environment], first: ${DEPLOYMENTS_PER_PAGE}, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          databaseId
          commitOid
          ref {
            name
          }
          createdAt
          latestStatus {
            state
            createdAt
          }
          statuses(first: ${STATUSES_PER_DEPLOYMENT}) {
            totalCount
            nodes {
              state
              createdAt
            }
          }
        }
      }
    }
  }
`;

;// CONCATENATED MODULE: ./packages/github/src/deployments.ts


/** 20,000 deployments, as far as the REST pages went: far beyond a last good deployment, short of an endless history. */
const MAX_PAGES = 200;
/**
 * An environment's deployments, newest first, 100 a GraphQL page with their statuses: read
 * only as far as the caller goes (one request a page, however many deployments it visits).
 * GraphQL gives a deployment's id as a 32-bit Int: should GitHub's ids outgrow it (the field
 * then comes back null, or the query with an error about it), the rest is read over REST.
 */
async function* environmentDeployments(client, context, environment) {
    let read = 0;
    for await (const record of graphqlDeployments(client, context, environment)) {
        if (record === ID_OUT_OF_RANGE) {
            yield* restDeployments(client, context, environment, read);
            return;
        }
        read++;
        yield record;
    }
}
const ID_OUT_OF_RANGE = Symbol('a deployment id GraphQL cannot carry');
async function* graphqlDeployments(client, context, environment) {
    let after = null;
    const cursors = new Set();
    for (;;) {
        const page = await historyPage(client, context, environment, after);
        if (page === ID_OUT_OF_RANGE)
            return yield ID_OUT_OF_RANGE;
        const deployments = page.repository?.deployments;
        if (!deployments)
            throw new Error(`repository ${context.owner}/${context.repo} was not found`);
        for (const node of deployments.nodes) {
            if (!node)
                continue;
            if (node.databaseId === null)
                return yield ID_OUT_OF_RANGE;
            const all = node.statuses && node.statuses.totalCount <= node.statuses.nodes.length;
            yield {
                id: node.databaseId,
                sha: node.commitOid,
                ref: node.ref?.name ?? node.commitOid,
                createdAt: node.createdAt,
                ...(all ? { statuses: newestFirst(node.latestStatus, node.statuses?.nodes ?? []) } : {}),
            };
        }
        const { hasNextPage, endCursor } = deployments.pageInfo;
        if (!hasNextPage || !endCursor)
            return;
        // A cursor seen before would read the same deployments again, forever.
        if (cursors.has(endCursor))
            throw new Error(`GitHub's deployments of ${environment} returned the cursor of a page already read; stopped paging`);
        if (cursors.size + 1 >= MAX_PAGES)
            throw new Error(`the deployments of ${environment} go on past ${MAX_PAGES * 100}; stopped reading (a history this long is not read in one step)`);
        cursors.add(endCursor);
        after = endCursor;
    }
}
async function historyPage(client, context, environment, after) {
    try {
        return await client.graphql(DEPLOYMENT_HISTORY_QUERY, { owner: context.owner, repo: context.repo, environment, after }, 'deployments: read');
    }
    catch (error) {
        const idError = error instanceof GitHubApiError &&
            error.failure.kind === 'graphql' &&
            error.failure.errors.some((entry) => /databaseId|32-bit/i.test(entry.message ?? ''));
        if (idError)
            return ID_OUT_OF_RANGE;
        throw error;
    }
}
/** The REST history (a page of 100 deployments a request, statuses read on their own), from the `skip`th deployment on. */
async function* restDeployments(client, context, environment, skip) {
    let index = 0;
    for await (const page of client.pages('GET /repos/{owner}/{repo}/deployments', { owner: context.owner, repo: context.repo, environment }, 'deployments: read')) {
        for (const deployment of page) {
            if (index++ >= skip)
                yield { id: deployment.id, sha: deployment.sha, ref: deployment.ref, createdAt: deployment.created_at };
        }
    }
}
/**
 * The states as the REST API spells them (GraphQL's SUCCESS is REST's success), newest
 * first: the latest status first, whatever order the connection used, then the rest by time.
 */
function newestFirst(latest, nodes) {
    const rest = [...nodes].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)).map((node) => node.state.toLowerCase());
    if (!latest)
        return rest;
    const state = latest.state.toLowerCase();
    const index = rest.indexOf(state);
    if (index >= 0)
        rest.splice(index, 1);
    return [state, ...rest];
}
/**
 * A deployment's states, newest first: those its history page carried, else (more than
 * STATUSES_PER_DEPLOYMENT of them) every status read over REST, once and only when asked for.
 */
function deploymentStatusReader(client, context) {
    const cache = new Map();
    return (deployment) => {
        if (deployment.statuses)
            return Promise.resolve([...deployment.statuses]);
        if (!cache.has(deployment.id)) {
            cache.set(deployment.id, client
                .all('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: context.owner, repo: context.repo, deployment_id: deployment.id }, 'deployments: read')
                .then((statuses) => statuses.map((status) => status.state)));
        }
        return cache.get(deployment.id);
    };
}
function getDeployment(client, context, deploymentId) {
    return client.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}', { owner: context.owner, repo: context.repo, deployment_id: deploymentId }, 'deployments: read');
}
/** Records a state on a deployment, linked to this run, so GitHub's Deployments view tells the story. */
async function setDeploymentStatus(client, context, deploymentId, state, description) {
    await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: context.owner, repo: context.repo, deployment_id: deploymentId, state, log_url: context.runUrl, description: description.slice(0, 140) }, 'deployments: write');
}

;// CONCATENATED MODULE: ./packages/github/src/files.ts

/**
 * Reads repository files through the API at a fixed commit, so an action needs no checkout
 * and reads exactly the commit it was told to trust. `undefined` for a missing file.
 */
function repositoryFileReader(client, owner, repo, ref) {
    const read = repositoryFileBytesReader(client, owner, repo, ref);
    return async (path) => (await read(path))?.toString('utf8');
}
/**
 * The file's bytes, undecoded, for readers that must refuse text that is not UTF-8 (the policy
 * files). A file the snapshot read ahead is served from it; any other costs one request.
 */
function repositoryFileBytesReader(client, owner, repo, ref, snapshot) {
    return async (path) => {
        const ahead = snapshot?.file(ref, path);
        if (ahead) {
            if ('problem' in ahead)
                throw new Error(`${path} at ${ref.slice(0, 12)} ${ahead.problem}`);
            return ahead.bytes;
        }
        try {
            const data = await client.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref }, 'contents: read');
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data) || typeof data.content !== 'string') {
                throw new Error(`${path} at ${ref.slice(0, 12)} is ${Array.isArray(data) ? 'a directory' : `a ${String(data.type)}`}, expected a file`);
            }
            return Buffer.from(data.content, 'base64');
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    };
}
/** The commit governance files are read at: on events about a pull request its base, which the change under review cannot alter; otherwise the run's commit. */
function policyRef(context) {
    return context.payload.pull_request?.base?.sha ?? context.sha;
}
/**
 * Reads the governance files (the policy, the role document) at policyRef, from the snapshot
 * when it read them ahead.
 */
function policyFileReader(client, context, snapshot) {
    return repositoryFileBytesReader(client, context.owner, context.repo, policyRef(context), snapshot);
}
/** The newest releases, as many as one connection gives: most repositories have fewer. */
const SNAPSHOT_RELEASES = 100;
/**
 * One request for what a run reads before it starts: files at their commits (the same
 * Repository.object GitHub resolves "<rev>:<path>" with) and the commits revisions name. The
 * revisions and paths travel as variables, never inside the query text.
 */
async function readRepositorySnapshot(client, context, wanted) {
    const expressions = [...wanted.files.map(({ ref, path }) => `${ref}:${path}`), ...wanted.commits];
    const variables = { owner: context.owner, repo: context.repo };
    const fields = expressions.map((expression, index) => {
        variables[`e${index}`] = expression;
        return `e${index}: object(expression: $e${index}) { ...SnapshotObject }`;
    });
    if (wanted.releases)
        fields.push(`releases(first: ${SNAPSHOT_RELEASES}, orderBy: { field: CREATED_AT, direction: DESC }) { pageInfo { hasNextPage } nodes { databaseId tagName isDraft isPrerelease createdAt publishedAt url } }`);
    const query = `query RepositorySnapshot($owner: String!, $repo: String!${expressions.map((_, index) => `, $e${index}: String!`).join('')}) {
  repository(owner: $owner, name: $repo) {
    ${fields.join('\n    ')}
  }
}
fragment SnapshotObject on GitObject {
  __typename
  ... on Blob { text isBinary isTruncated }
  ... on Commit { oid }
  ... on Tag { target { ... on Commit { oid } } }
}`;
    const data = await client.graphql(query, variables, 'contents: read');
    if (!data.repository)
        throw new Error(`${context.owner}/${context.repo} was not found`);
    const objects = new Map(expressions.map((expression, index) => [expression, data.repository?.[`e${index}`] ?? null]));
    const releases = data.repository.releases;
    return {
        releases: () => (releases && !releases.pageInfo.hasNextPage ? releases.nodes.map(releaseSummary) : undefined),
        file(ref, path) {
            const object = objects.get(`${ref}:${path}`);
            if (object === undefined)
                return undefined;
            if (object === null)
                return { bytes: undefined };
            if (object.__typename !== 'Blob')
                return { problem: `is ${object.__typename === 'Tree' ? 'a directory' : `a ${object.__typename}`}, expected a file` };
            // Text GraphQL cannot give byte for byte (binary, cut short, or with GitHub's U+FFFD for
            // bytes that are not UTF-8) is read on its own, so the loader sees the bytes and says where they are wrong.
            if (object.isBinary !== false || object.isTruncated || typeof object.text !== 'string' || object.text.includes('\uFFFD'))
                return undefined;
            return { bytes: Buffer.from(object.text, 'utf8') };
        },
        commit(revision) {
            const object = objects.get(revision);
            return object?.oid ?? object?.target?.oid ?? undefined;
        },
    };
}
/** A GraphQL release as REST names its fields. */
function releaseSummary(node) {
    return {
        id: node.databaseId,
        tag_name: node.tagName,
        draft: node.isDraft,
        prerelease: node.isPrerelease,
        created_at: node.createdAt,
        published_at: node.publishedAt,
        html_url: node.url,
    };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=b8ea9eb43dca007085e9626112015867601783ef3ee7845e0e8ffa90ac0304de/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(4200);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+github@9.1.1_patch_hash=3af9a7a4352fa5c8f0b07f7c51be7b5b6c359e203b5d080ab97349a27a0cf8df/node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(4310);
// EXTERNAL MODULE: ./packages/async/src/index.ts
var async_src = __webpack_require__(9151);
;// CONCATENATED MODULE: ./packages/github/src/gateway/limits.ts
// How long the gateway waits for GitHub, and how often it tries again. The defaults bound
// an action facing an API that has stopped answering to about two minutes per request.
// RELEASE_GOVERNANCE_TIME_SCALE (tests only) shortens every one of these by a factor.
const DEFAULT_API_LIMITS = {
    attemptMs: 30_000,
    attempts: 4,
    backoffMs: [1_000, 2_000, 4_000],
    maxRateLimitWaitMs: 60_000,
    requestBudgetMs: 180_000,
    maxPages: 200,
};
/**
 * For the last writes of a cancelled run, inside the runner's grace period: short
 * attempts and short waits, so that a burst of errors cannot outlast the grace.
 */
const FINISHING_API_LIMITS = {
    ...DEFAULT_API_LIMITS,
    attemptMs: 3_000,
    backoffMs: [200, 400, 800],
    maxRateLimitWaitMs: 1_000,
    requestBudgetMs: 6_000,
    maxPages: 1,
};
const TIME_SCALE_VARIABLE = 'RELEASE_GOVERNANCE_TIME_SCALE';
/** A factor in (0, 1] from the environment; anything else is 1 (users get the defaults). */
function timeScale(env = process.env) {
    const value = Number(env[TIME_SCALE_VARIABLE]);
    return Number.isFinite(value) && value > 0 && value <= 1 ? value : 1;
}
function apiLimits(env = process.env) {
    const scale = timeScale(env);
    const scaled = (ms) => Math.max(1, Math.round(ms * scale));
    return {
        ...DEFAULT_API_LIMITS,
        attemptMs: scaled(DEFAULT_API_LIMITS.attemptMs),
        backoffMs: DEFAULT_API_LIMITS.backoffMs.map(scaled),
        maxRateLimitWaitMs: scaled(DEFAULT_API_LIMITS.maxRateLimitWaitMs),
        requestBudgetMs: scaled(DEFAULT_API_LIMITS.requestBudgetMs),
    };
}

;// CONCATENATED MODULE: ./packages/github/src/gateway/client.ts
// The one GitHub gateway. Every REST and GraphQL call of every action goes through
// `request`, `pages` or `graphql` here, and so gets the same rules: a deadline for the whole
// answer, at most four attempts with bounded waits, paging that stops when the caller has
// enough and refuses to loop, cancellation, and errors worded once (see failure.ts).






function createGitHubClient(token, options = {}) {
    if (!token) {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the message shows the workflow expression to write.
        throw new Error('The `token` input is empty; pass `token: ${{ github.token }}` or a token with the permissions listed in the README.');
    }
    core/* setSecret */.Pq(token);
    const octokit = (0,github/* getOctokit */.Q)(token, { request: { fetch: gatewayFetch } });
    return new GitHubClient(octokit, options.limits ?? apiLimits(), options.signal);
}
class GitHubClient {
    octokit;
    limits;
    signal;
    /** Once the API has failed a request outright, later requests get one attempt each. */
    outage = false;
    constructor(octokit, limits, signal) {
        this.octokit = octokit;
        this.limits = limits;
        this.signal = signal;
    }
    /** The limits for a request starting now. */
    currentLimits() {
        return this.limits;
    }
    /** The same gateway bound to another cancellation signal. */
    withSignal(signal) {
        return new GitHubClient(this.octokit, this.limits, signal);
    }
    /**
     * The gateway for the last writes of a run that may be cancelled: `grace` fires when the
     * runner's grace period ends (not at the cancellation itself); until `cancelled` fires the
     * usual limits hold, after it the short finishing ones.
     */
    finishing(cancelled, grace) {
        return new FinishingClient(this.octokit, this.limits, grace, cancelled);
    }
    /** One REST request; `permission` is what the token needs, e.g. `contents: read`. */
    async request(route, params, permission) {
        const { method, url } = this.octokit.request.endpoint(route, params);
        const label = this.label(method, url, permission);
        const answer = await this.send(label, ({ signal }) => this.octokit.request(route, { ...params, request: { signal } }));
        return answer.data;
    }
    /**
     * A list route page by page, read only as far as the caller iterates. Follows GitHub's
     * `Link: rel="next"`, and stops with an error on a page already read, a link that leaves
     * the API's origin (it would carry the token), or more than `maxPages` pages.
     */
    async *pages(route, params, permission) {
        const first = this.octokit.request.endpoint(route, { per_page: 100, ...params });
        const origin = new URL(first.url).origin;
        const visited = new Set();
        let url = first.url;
        while (url) {
            const label = this.label('GET', url, permission);
            if (visited.has(url))
                throw this.pagingError(label, `the Link rel="next" of page ${visited.size} points back to a page already read; stopped paging`);
            if (visited.size >= this.limits.maxPages)
                throw this.pagingError(label, `more than ${this.limits.maxPages} pages; stopped paging (a list this long is not read in one step)`);
            visited.add(url);
            const pageUrl = url;
            const answer = await this.send(label, ({ signal }) => this.octokit.request({ method: 'GET', url: pageUrl, request: { signal } }));
            const items = itemsOf(answer.data);
            if (!items)
                throw this.pagingError(label, 'the answer is not a list');
            yield items;
            url = nextLink(answer.headers.link);
            if (url && new URL(url).origin !== origin) {
                throw this.pagingError(label, `the Link rel="next" leads to ${new URL(url).origin}, outside the API; not following it with the token`);
            }
        }
    }
    /** Every item of a list route (bounded by `maxPages`). */
    async all(route, params, permission) {
        const items = [];
        for await (const page of this.pages(route, params, permission))
            items.push(...page);
        return items;
    }
    /** The first item that `predicate` accepts, reading pages only until it is found. */
    async find(route, params, permission, predicate) {
        for await (const page of this.pages(route, params, permission)) {
            const found = page.find(predicate);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    /** A GraphQL query; errors in the answer are errors (the `data` of a partial answer is not trusted). */
    async graphql(query, variables, permission) {
        // GitHub Enterprise Server serves GraphQL at /api/graphql, beside the REST /api/v3.
        const url = `${String(this.octokit.request.endpoint.DEFAULTS.baseUrl).replace(/\/api\/v3\/?$/, '/api')}/graphql`;
        const operation = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
        const label = { ...this.label('POST', url, permission), path: `${new URL(url).pathname}${operation ? ` (${operation})` : ''}`, write: false };
        const answer = await this.send(label, ({ signal }) => this.octokit.request({ method: 'POST', url, query, variables, request: { signal } }));
        const body = answer.data;
        if (body.errors?.length || !body.data)
            throw new GitHubApiError(label, { kind: 'graphql', errors: body.errors ?? [{ message: 'no data in the answer' }] }, { attempts: 1, elapsedMs: 0 });
        return body.data;
    }
    label(method, url, permission) {
        const parsed = new URL(url);
        parsed.searchParams.delete('per_page'); // the gateway's own choice, noise to a reader
        let path = `${parsed.pathname}${parsed.search}`;
        try {
            path = decodeURIComponent(path);
        }
        catch {
            // keep it encoded
        }
        return { method, path, write: method !== 'GET' && method !== 'HEAD', permission };
    }
    pagingError(label, message) {
        return new GitHubApiError(label, { kind: 'paging', message }, { attempts: 1, elapsedMs: 0 });
    }
    /** Attempts `send` under the rules: a deadline per attempt, bounded waits, the request's budget. */
    async send(label, send) {
        const started = Date.now();
        for (let attempt = 1;; attempt++) {
            const limits = this.currentLimits();
            const endBy = started + limits.requestBudgetMs;
            const attempts = this.outage ? 1 : limits.attempts;
            const failure = await this.attempt(send, Math.max(1, Math.min(limits.attemptMs, endBy - Date.now())));
            if (!('kind' in failure)) {
                core/* debug */.Yz(`${labelText(label)}: ${failure.status} (attempt ${attempt})`);
                return failure;
            }
            const wait = retryDelay(failure, label, attempt, limits);
            const tries = { attempts: attempt, elapsedMs: Date.now() - started };
            if (wait === undefined || attempt >= attempts || Date.now() + wait >= endBy || this.signal?.aborted) {
                if (isOutage(failure))
                    this.outage = true;
                throw new GitHubApiError(label, this.signal?.aborted ? { kind: 'cancelled', message: 'cancelled' } : failure, tries);
            }
            core/* info */.pq(`${labelText(label)}: ${summary(failure)}; trying again in ${Math.round(wait / 100) / 10} s (attempt ${attempt + 1} of ${attempts}).`);
            await (0,async_src/* sleep */.yy)(wait, this.signal);
        }
    }
    async attempt(send, timeoutMs) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new TransportFailure('deadline', `no complete answer within ${Math.round(timeoutMs / 100) / 10} s`)), timeoutMs);
        const cancel = () => controller.abort(new TransportFailure('cancelled', 'the job was cancelled'));
        if (this.signal?.aborted)
            cancel();
        this.signal?.addEventListener('abort', cancel, { once: true });
        try {
            return await send({ signal: controller.signal });
        }
        catch (error) {
            return classify(error);
        }
        finally {
            clearTimeout(timer);
            this.signal?.removeEventListener('abort', cancel);
        }
    }
}
/** Switches to the short finishing limits once the run is cancelled. */
class FinishingClient extends GitHubClient {
    cancelled;
    constructor(octokit, limits, grace, cancelled) {
        super(octokit, limits, grace);
        this.cancelled = cancelled;
    }
    currentLimits() {
        return this.cancelled.aborted ? FINISHING_API_LIMITS : this.limits;
    }
}
function summary(failure) {
    if (failure.kind === 'http')
        return `answered ${failure.status}`;
    if (failure.kind === 'graphql')
        return 'answered with errors';
    return failure.message;
}
function itemsOf(data) {
    if (Array.isArray(data))
        return data;
    if (typeof data !== 'object' || data === null)
        return undefined;
    return Object.values(data).find((value) => Array.isArray(value));
}
/** The rel="next" URL of a Link header. */
function nextLink(header) {
    for (const part of (header ?? '').split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
        if (match?.[2]?.split(/\s+/).includes('next'))
            return match[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/github/src/history.ts

/**
 * The one way every action looks for the previous release: in the policy's release line (its
 * tag prefix, pre-releases or not), never the tag being released itself.
 */
function previousReleaseOptions(line, excludeTag, releases) {
    return {
        tagPrefix: line['tag-prefix'],
        includePrereleases: line['include-prereleases'],
        ...(excludeTag ? { excludeTag } : {}),
        ...(releases ? { releases } : {}),
    };
}
/** Every release of the repository, drafts included (for a token that may see them). */
function listReleases(client, owner, repo) {
    return client.all('GET /repos/{owner}/{repo}/releases', { owner, repo }, 'contents: read');
}
/**
 * The newest published release whose tag is an ancestor of `sha`: drafts never count,
 * pre-releases only when asked, so a hotfix on a release branch compares with its own line.
 */
async function findPreviousRelease(client, owner, repo, sha, options = {}) {
    const releases = options.releases ?? (await listReleases(client, owner, repo));
    const candidates = releases
        .filter((release) => !release.draft && (options.includePrereleases || !release.prerelease))
        .filter((release) => release.tag_name !== options.excludeTag && release.tag_name.startsWith(options.tagPrefix ?? ''))
        .sort((a, b) => Date.parse(b.published_at ?? b.created_at) - Date.parse(a.published_at ?? a.created_at));
    for (const release of candidates) {
        const ancestry = await compareStatus(client, owner, repo, release.tag_name, sha);
        if (ancestry?.status === 'ahead') {
            const { baseSha: sha, aheadBy: commitsSince, committedAt } = ancestry;
            return { tag: release.tag_name, url: release.html_url, sha, commitsSince, ...(committedAt ? { committedAt } : {}) };
        }
    }
    return undefined;
}
/** Whether `head` is ahead of `base`, read with a one-commit page. */
async function compareStatus(client, owner, repo, base, head) {
    try {
        const data = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${base}...${head}`, per_page: 1 }, 'contents: read');
        return { status: data.status, baseSha: data.base_commit.sha, aheadBy: data.ahead_by, committedAt: data.base_commit.commit.committer?.date };
    }
    catch (error) {
        if (isNotFound(error))
            return undefined; // a tag that no longer exists
        throw error;
    }
}
/** The files changed from `previous` (already found) to `sha`; the whole tree when there is none. */
async function rangeSince(client, owner, repo, sha, previous) {
    if (!previous)
        return { to: sha, files: await treeFiles(client, owner, repo, sha) };
    // GitHub lists a comparison's files (up to 300) with its first page of commits; one commit a page is enough.
    const data = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${previous.tag}...${sha}`, per_page: 1 }, 'contents: read');
    return { previous: { tag: previous.tag, url: previous.url }, to: sha, files: (data.files ?? []).map((file) => file.filename) };
}
async function treeFiles(client, owner, repo, sha) {
    const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: sha, recursive: 'true' }, 'contents: read');
    return tree.tree.filter((entry) => entry.type === 'blob' && entry.path).map((entry) => entry.path);
}

;// CONCATENATED MODULE: ./packages/github/src/graphql-cost.ts
// GitHub's GraphQL rate-limit cost of a query, from its connections ("Calculating a rate
// limit score before running the call" in GitHub's GraphQL rate-limit documentation): each
// connection needs one request per node of the connections it is nested in (the product of
// their `first`/`last`, assumed full); the requests are summed, divided by 100 and rounded,
// and a query costs at least one point.
/** The requests GitHub counts to fulfil these connections, nested under `parents` nodes. */
function connectionRequests(connections, parents = 1) {
    return connections.reduce((sum, connection) => sum + parents + connectionRequests(connection.connections ?? [], parents * connection.size), 0);
}
/** The points GitHub charges for a query with these top-level connections. */
function graphql_cost_graphqlCost(connections) {
    return Math.max(1, Math.round(connectionRequests(connections) / 100));
}

;// CONCATENATED MODULE: ./packages/github/src/history-query.ts
// The GraphQL selections release-notes reads a range with. Two ways in (release-changes.ts):
//  - the merged pull requests, by search, 100 a page, each with its merge commit's parents and
//    its commit count (mergedPullsQuery), and then only the commits no pull request merged
//    (commitRunsQuery): \u2308N/100\u2309 pages for N pull requests;
//  - or every commit of the history, each with its pull requests (releaseHistoryQuery):
//    \u2308C/100\u2309 pages for C commits, the exact walk when the first cannot account for the range.
// Each query's cost in rate-limit points comes from the same numbers it is written with
// (the *Connections functions), so the two cannot drift apart.

/**
 * Pull requests read per commit, oldest first (the field's default order, CREATED_AT ASC), so
 * the pull request that merged a commit of the default branch comes first; a second one covers
 * a pull request opened earlier from the same branch. Each one more would add 300 requests
 * (3 points) to every page.
 */
const PULLS_PER_COMMIT = 2;
const LABELS_PER_PULL = 50;
const REVIEWS_PER_PULL = 100;
const FILES_PER_PULL = 100;
/** A merge commit has two parents; an octopus merge more, which the chain never follows. */
const PARENTS_PER_COMMIT = 2;
/** The bound every page of either way stays under, in GitHub's rate-limit points. */
const RELEASE_HISTORY_PAGE_POINTS = 10;
const pullConnections = (withFiles) => [
    { field: 'labels', size: LABELS_PER_PULL },
    { field: 'reviews', size: REVIEWS_PER_PULL },
    ...(withFiles ? [{ field: 'files', size: FILES_PER_PULL }] : []),
];
const commitConnections = (withFiles) => [
    { field: 'parents', size: PARENTS_PER_COMMIT },
    { field: 'associatedPullRequests', size: PULLS_PER_COMMIT, connections: pullConnections(withFiles) },
];
/** The connections of one page of history, as GitHub counts them for its cost. */
function releaseHistoryConnections(pageSize, withFiles) {
    return [{ field: 'history', size: pageSize, connections: commitConnections(withFiles) }];
}
/** The points a page of `pageSize` commits costs. */
const releaseHistoryPageCost = (pageSize, withFiles) => graphql_cost_graphqlCost(releaseHistoryConnections(pageSize, withFiles));
/** The connections of one page of merged pull requests (`commits(first: 1)` is read for its totalCount). */
function mergedPullsConnections(pageSize, withFiles) {
    return [
        {
            field: 'search',
            size: pageSize,
            connections: [...pullConnections(withFiles), { field: 'parents', size: PARENTS_PER_COMMIT }, { field: 'commits', size: 1 }],
        },
    ];
}
const mergedPullsPageCost = (pageSize, withFiles) => graphql_cost_graphqlCost(mergedPullsConnections(pageSize, withFiles));
/**
 * The connections of one request for runs of commits, `sizes` commits from each start. A run's
 * pull requests are read without their labels, reviews or files: a run holds commits no pull
 * request in the search merged, and a pull request it reveals sends the read back to the
 * history (first-parent.ts), so those would never be used.
 */
function commitRunsConnections(sizes) {
    return sizes.map((size) => ({
        field: 'history',
        size,
        connections: [
            { field: 'parents', size: PARENTS_PER_COMMIT },
            { field: 'associatedPullRequests', size: PULLS_PER_COMMIT },
        ],
    }));
}
const commitRunsCost = (sizes) => graphql_cost_graphqlCost(commitRunsConnections(sizes));
/** Which pull request it is, and where it was merged from and into: fields, no connection (see commitRunsConnections). */
const PULL_REFERENCE = 'number title body url mergedAt baseRefName headRefName authorAssociation author { __typename login } mergeCommit { oid }';
/** What is read of each pull request: enough to categorise it, credit it and judge its reviews. */
const pullFragment = (withFiles) => /* GraphQL */ `
fragment ReleasePull on PullRequest {
  ${PULL_REFERENCE}
  labels(first: ${LABELS_PER_PULL}) { nodes { name } }
  reviews(first: ${REVIEWS_PER_PULL}) { nodes { state author { __typename login } } }
  ${withFiles ? `files(first: ${FILES_PER_PULL}) { nodes { path } }` : ''}
}`;
/** What is read of each commit: its parents (for the first-parent line) and its pull requests. */
const commitFragment = (pullFields) => /* GraphQL */ `
fragment ReleaseCommit on Commit {
  oid
  message
  url
  author { name user { login } }
  parents(first: ${PARENTS_PER_COMMIT}) { nodes { oid } }
  associatedPullRequests(first: ${PULLS_PER_COMMIT}) { nodes { ${pullFields} } }
}`;
/** A page of the target's history; files are asked for only when path filters use them. */
function releaseHistoryQuery(withFiles) {
    return /* GraphQL */ `
query ReleaseHistory($owner: String!, $repo: String!, $to: String!, $after: String, $pageSize: Int!) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $repo) {
    object(expression: $to) {
      ... on Commit {
        history(first: $pageSize, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { ...ReleaseCommit }
        }
      }
    }
  }
}
${commitFragment('...ReleasePull')}
${pullFragment(withFiles)}`;
}
/** A page of the pull requests a search finds, with what the first-parent line needs of each. */
function mergedPullsQuery(withFiles) {
    return /* GraphQL */ `
query MergedPulls($search: String!, $after: String, $pageSize: Int!) {
  rateLimit { cost remaining }
  search(query: $search, type: ISSUE, first: $pageSize, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ... on PullRequest {
        ...ReleasePull
        createdAt
        mergeCommit { parents(first: ${PARENTS_PER_COMMIT}) { nodes { oid } } }
        commits(first: 1) { totalCount }
      }
    }
  }
}
${pullFragment(withFiles)}`;
}
/** Runs of commits, `sizes[i]` of the history from `$oid<i>`, in one request. */
function commitRunsQuery(sizes) {
    const variables = sizes.map((_, index) => `, $oid${index}: GitObjectID!`).join('');
    const runs = sizes.map((size, index) => `run${index}: object(oid: $oid${index}) { ... on Commit { history(first: ${size}) { nodes { ...ReleaseCommit } } } }`);
    return /* GraphQL */ `
query CommitRuns($owner: String!, $repo: String!${variables}) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $repo) {
    ${runs.join('\n    ')}
  }
}
${commitFragment(PULL_REFERENCE)}`;
}
/** The full query (with files), as the emulator's tests validate it. */
const RELEASE_HISTORY_QUERY = releaseHistoryQuery(true);

;// CONCATENATED MODULE: ./packages/github/src/issues.ts
/** The first issue with `labels` (and `state`) whose body carries `marker`, reading pages only until found. */
async function findMarkedIssue(client, context, options) {
    const found = await client.find('GET /repos/{owner}/{repo}/issues', { owner: context.owner, repo: context.repo, state: options.state, labels: options.labels.join(',') }, 'issues: read', (issue) => issue.body?.includes(options.marker) ?? false);
    return found && { number: found.number, url: found.html_url, createdAt: found.created_at };
}

;// CONCATENATED MODULE: ./packages/github/src/people.ts

function gitHubRoleDirectory(client, owner, repo) {
    const memberships = new Map();
    const permissions = new Map();
    return {
        teamMembership(team, login) {
            const key = `${team}:${login}`.toLowerCase();
            if (!memberships.has(key))
                memberships.set(key, readMembership(client, team, login));
            return memberships.get(key);
        },
        repositoryPermission(login) {
            const key = login.toLowerCase();
            if (!permissions.has(key))
                permissions.set(key, readPermission(client, owner, repo, login));
            return permissions.get(key);
        },
    };
}
async function readMembership(client, team, username) {
    const [org = '', team_slug = ''] = team.split('/');
    try {
        const data = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug, username }, 'members: read');
        return data.state === 'active' ? 'active' : 'pending';
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        if (error instanceof GitHubApiError && error.status === 403) {
            // GITHUB_TOKEN is a repository token: it can never read organisation teams.
            throw new Error(`${error.request}: cannot read membership of @${team}: the token lacks the organization permission \`members: read\` ` +
                '(GITHUB_TOKEN never has it; pass a GitHub App token with Members read, or a token with read:org)');
        }
        throw error;
    }
}
async function readPermission(client, owner, repo, username) {
    try {
        // Needs only read access to the repository, which every token that can see it has.
        const data = await client.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner, repo, username }, 'metadata: read');
        const role = (data.role_name ?? data.permission);
        return ['read', 'triage', 'write', 'maintain', 'admin'].find((level) => level === role) ?? data.permission ?? 'none';
    }
    catch (error) {
        if (isNotFound(error))
            return 'none';
        throw error;
    }
}

// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var render_src = __webpack_require__(5348);
;// CONCATENATED MODULE: ./packages/github/src/release-history.ts
// The commits of a release, newest first, with their pull requests: read from the GraphQL
// history of the target, 100 commits a request, until the previous release's commit. One
// page replaces 100 REST calls for the commits' pull requests and as many for reviews.


const PAGE_SIZE = 100;
/** 20,000 commits: far beyond a release, short of an endless history. */
const release_history_MAX_PAGES = 200;
async function releaseHistory(client, context, toSha, fromSha, options = {}) {
    const withFiles = options.withFiles ?? false;
    const query = releaseHistoryQuery(withFiles);
    const commits = [];
    let after = null;
    const cursors = new Set();
    for (;;) {
        if (cursors.size >= release_history_MAX_PAGES)
            throw new Error(`the history of ${(0,render_src/* shortSha */.Fu)(toSha)} goes on past ${release_history_MAX_PAGES * PAGE_SIZE} commits without reaching the previous release; set the \`from\` input`);
        const wanted = options.commitsInRange === undefined ? PAGE_SIZE : Math.min(PAGE_SIZE, options.commitsInRange - commits.length);
        if (wanted <= 0)
            return commits;
        const page = await client.graphql(query, { owner: context.owner, repo: context.repo, to: toSha, after, pageSize: wanted }, 'contents: read');
        const history = page.repository?.object?.history;
        if (!history)
            throw new Error(`commit ${(0,render_src/* shortSha */.Fu)(toSha)} was not found in ${context.owner}/${context.repo}`);
        options.onPage?.({ commits: history.nodes.length, points: releaseHistoryPageCost(wanted, withFiles) });
        for (const node of history.nodes) {
            if (node.oid === fromSha)
                return commits;
            commits.push(historyCommit(node));
        }
        if (options.commitsInRange !== undefined && commits.length >= options.commitsInRange)
            return commits;
        if (!history.pageInfo.hasNextPage || !history.pageInfo.endCursor) {
            if (fromSha)
                throw new Error(`the previous release's commit ${(0,render_src/* shortSha */.Fu)(fromSha)} is not in the history of ${(0,render_src/* shortSha */.Fu)(toSha)}`);
            return commits;
        }
        // A cursor seen before would read the same commits again, forever.
        if (cursors.has(history.pageInfo.endCursor))
            throw new Error(`GitHub's history of ${(0,render_src/* shortSha */.Fu)(toSha)} returned the cursor of a page already read; stopped paging`);
        cursors.add(history.pageInfo.endCursor);
        after = history.pageInfo.endCursor;
    }
}
/** A commit as the notes and the checklist evidence use it. */
function historyCommit(node) {
    return {
        oid: node.oid,
        message: node.message,
        url: node.url,
        author: node.author?.user?.login,
        parents: (node.parents?.nodes ?? []).map((parent) => parent.oid),
        pulls: (node.associatedPullRequests?.nodes ?? []).map(pullInfo),
    };
}
/** A pull request as the notes and the checklist evidence use it. */
function pullInfo(pull) {
    return {
        number: pull.number,
        title: pull.title,
        body: pull.body,
        url: pull.url,
        mergedAt: pull.mergedAt,
        mergeCommitOid: pull.mergeCommit?.oid,
        ...(pull.baseRefName ? { baseRefName: pull.baseRefName } : {}),
        ...(pull.headRefName ? { headRefName: pull.headRefName } : {}),
        author: { login: pull.author?.login ?? 'ghost', type: pull.author?.__typename ?? 'User' },
        authorAssociation: pull.authorAssociation,
        labels: (pull.labels?.nodes ?? []).map((label) => label.name),
        reviews: (pull.reviews?.nodes ?? []).flatMap((review) => review.author ? [{ login: review.author.login, type: review.author.__typename, state: review.state }] : []),
        files: (pull.files?.nodes ?? []).map((file) => file.path),
    };
}

;// CONCATENATED MODULE: ./packages/github/src/commit-runs.ts


/** The runs' commits (in no particular order); a start GitHub does not know reads nothing. */
async function readCommitRuns(client, context, starts, options) {
    const commits = [];
    for (const batch of batches(starts)) {
        const sizes = batch.map((start) => start.size);
        const variables = { owner: context.owner, repo: context.repo };
        batch.forEach((start, index) => {
            variables[`oid${index}`] = start.oid;
        });
        const answer = await client.graphql(commitRunsQuery(sizes), variables, 'contents: read');
        options.onPage?.({ points: commitRunsCost(sizes) });
        for (const run of Object.values(answer.repository ?? {}))
            for (const node of run?.history?.nodes ?? [])
                commits.push(historyCommit(node));
    }
    return commits;
}
/** The starts in requests that each stay under the page bound. */
function batches(starts) {
    const result = [];
    let current = [];
    for (const start of starts) {
        const sized = { oid: start.oid, size: Math.min(100, Math.max(1, start.size)) };
        if (current.length > 0 && commitRunsCost([...current, sized].map((run) => run.size)) > RELEASE_HISTORY_PAGE_POINTS) {
            result.push(current);
            current = [];
        }
        current.push(sized);
    }
    if (current.length > 0)
        result.push(current);
    return result;
}

;// CONCATENATED MODULE: ./packages/github/src/first-parent.ts
// A release's changes rebuilt from its pull requests rather than read commit by commit. The
// range's first-parent line (the target, its first parent, and so on down to the previous
// release's commit) is made of the merge commits of the pull requests merged into it, and of
// the commits pushed without one. Each commit of the line accounts for the commits it brought:
// a pull request merged with a merge commit for itself and the pull request's own commits, any
// other commit for itself. When the line reaches the previous release's commit and accounts
// for exactly the range's commits (the compare's ahead_by), nothing in the range came any
// other way, and the changes are proven without reading the branch commits. Pure: the reads
// are in release-changes.ts.

/** Commits read from a start nobody told us more about: a direct push is mostly alone; a longer run takes another round. */
const DEFAULT_RUN = 1;
function firstParentLine(input) {
    const merges = new Map(input.pulls.flatMap((merged) => (merged.pull.mergedAt && merged.pull.mergeCommitOid ? [[merged.pull.mergeCommitOid, merged]] : [])));
    const line = [];
    const seen = new Set();
    let counted = 0;
    let oid = input.target;
    let child;
    while (oid !== input.base) {
        if (seen.has(oid))
            return unexplained(`GitHub's answers make commit ${(0,render_src/* shortSha */.Fu)(oid)} its own ancestor`);
        seen.add(oid);
        const step = lineStep(oid, merges.get(oid), input.commits.get(oid));
        if (step === undefined)
            return { kind: 'incomplete', missing: missingStarts(input, merges, { oid, size: runSize(child) }) };
        if ('reason' in step)
            return unexplained(step.reason);
        counted += step.accounts;
        if (counted > input.aheadBy)
            return unexplained(`the first-parent line holds more than the range's ${input.aheadBy} commits by ${(0,render_src/* shortSha */.Fu)(oid)}`);
        line.push(step.commit);
        child = merges.get(oid);
        const parent = step.commit.parents[0];
        if (!parent)
            return unexplained(`the first-parent line ends at ${(0,render_src/* shortSha */.Fu)(oid)} without reaching the previous release's commit ${(0,render_src/* shortSha */.Fu)(input.base)}`);
        oid = parent;
    }
    if (counted !== input.aheadBy)
        return unexplained(`the first-parent line accounts for ${counted} of the range's ${input.aheadBy} commits`);
    const stacked = mergedIntoMergedBranch(line, input.pulls);
    if (stacked)
        return unexplained(stacked);
    return { kind: 'complete', commits: line };
}
/**
 * A pull request merged into the branch of a pull request that came in with a merge commit
 * (a stacked pull request, a release branch merged back) has its merge commit in the range,
 * off the first-parent line: the history lists it, the line cannot.
 */
function mergedIntoMergedBranch(line, pulls) {
    const onLine = new Set(line.map((commit) => commit.oid));
    const branches = new Map();
    for (const merged of pulls) {
        const { headRefName, mergeCommitOid, mergedAt, number } = merged.pull;
        if (headRefName && mergeCommitOid && onLine.has(mergeCommitOid) && merged.mergeParents.length > 1 && mergedAt)
            branches.set(headRefName, { number, mergedAt: Date.parse(mergedAt) });
    }
    for (const merged of pulls) {
        const into = merged.pull.baseRefName ? branches.get(merged.pull.baseRefName) : undefined;
        if (!into || !merged.pull.mergedAt || Date.parse(merged.pull.mergedAt) > into.mergedAt)
            continue;
        if (merged.pull.mergeCommitOid && onLine.has(merged.pull.mergeCommitOid))
            continue;
        return `pull request #${merged.pull.number} was merged into ${merged.pull.baseRefName}, which pull request #${into.number} merged with a merge commit: it is in the range off the first-parent line`;
    }
    return undefined;
}
const unexplained = (reason) => ({ kind: 'unexplained', reason });
/** A commit of the line, with the commits it accounts for; undefined when it has not been read. */
function lineStep(oid, merged, read) {
    if (merged) {
        const parents = merged.mergeParents;
        const pulls = [merged.pull, ...(read?.pulls ?? []).filter((pull) => pull.number !== merged.pull.number)];
        const commit = { oid, message: read?.message ?? merged.pull.title, url: read?.url ?? merged.pull.url, author: merged.pull.author.login, parents, pulls };
        // A merge commit brings the pull request's own commits; a squash (or the last commit of a rebase) brings itself.
        return { commit, accounts: parents.length > 1 ? 1 + merged.commitCount : 1 };
    }
    if (!read)
        return undefined;
    const missed = read.pulls.find((candidate) => candidate.mergeCommitOid === oid && candidate.mergedAt);
    if (missed)
        return { reason: `commit ${(0,render_src/* shortSha */.Fu)(oid)} merged pull request #${missed.number}, which the search did not list (yet)` };
    if (read.parents.length > 1)
        return { reason: `merge commit ${(0,render_src/* shortSha */.Fu)(oid)} was pushed without a pull request: the line cannot count the commits it brings` };
    return { commit: read, accounts: 1 };
}
/** The rebased commits of a pull request sit below its last one: read that many, and one more. */
function runSize(child) {
    return child && child.mergeParents.length === 1 && child.commitCount > 1 ? Math.min(100, child.commitCount) : DEFAULT_RUN;
}
/**
 * What to read next: the commit the walk stopped at, and every other gap the line is likely to
 * meet further down (a pull request merged into the same branch whose first parent nobody has
 * read), so one request fills them all.
 */
function missingStarts(input, merges, stop) {
    const known = (oid) => oid === input.base || merges.has(oid) || input.commits.has(oid);
    const branch = input.pulls.find((merged) => merged.pull.mergeCommitOid === input.target)?.pull.baseRefName;
    const starts = new Map([[stop.oid, stop]]);
    for (const merged of merges.values()) {
        const parent = merged.mergeParents[0];
        if (!parent || known(parent) || starts.has(parent))
            continue;
        if (branch && merged.pull.baseRefName && merged.pull.baseRefName !== branch)
            continue;
        starts.set(parent, { oid: parent, size: runSize(merged) });
    }
    return [...starts.values()];
}

;// CONCATENATED MODULE: ./packages/github/src/merged-pulls.ts


const merged_pulls_PAGE_SIZE = 100;
/** GitHub serves the first 1,000 results of a search, however many it counts. */
const SEARCH_RESULT_CAP = 1000;
async function mergedPullsSince(client, context, options) {
    const query = mergedPullsQuery(options.withFiles);
    const found = new Map();
    let createdAfter;
    for (;;) {
        const search = [`repo:${context.owner}/${context.repo}`, 'is:pr', 'is:merged', `merged:>=${options.mergedSince}`, 'sort:created-asc'];
        if (createdAfter)
            search.push(`created:>${createdAfter}`);
        // The first window counts them all; the later ones only what is left.
        const window = await readWindow(client, query, search.join(' '), options, createdAfter ? Number.POSITIVE_INFINITY : options.atMost);
        if ('tooMany' in window)
            return window;
        const before = found.size;
        for (const pull of window.pulls)
            found.set(pull.pull.number, pull);
        // A whole window: nothing left past its end. A capped one: go on after its last pull request,
        // unless it brought nothing new (a window that cannot advance would be read forever).
        const last = window.pulls.at(-1);
        if (!window.capped || !last || found.size === before)
            return { pulls: [...found.values()] };
        createdAfter = last.createdAt;
    }
}
/** One window: its pages until the search ends or reaches GitHub's cap; only its first when it counts more than `atMost`. */
async function readWindow(client, query, search, options, atMost) {
    const pulls = [];
    let after = null;
    for (let read = 0; read < SEARCH_RESULT_CAP; read += merged_pulls_PAGE_SIZE) {
        const page = await client.graphql(query, { search, after, pageSize: merged_pulls_PAGE_SIZE }, 'pull-requests: read');
        options.onPage?.({ points: mergedPullsPageCost(merged_pulls_PAGE_SIZE, options.withFiles) });
        if (read === 0 && page.search.issueCount > atMost)
            return { tooMany: page.search.issueCount };
        for (const node of page.search.nodes) {
            if (typeof node.number !== 'number' || !node.mergeCommit)
                continue;
            pulls.push({
                pull: pullInfo(node),
                createdAt: node.createdAt,
                mergeParents: (node.mergeCommit.parents?.nodes ?? []).map((parent) => parent.oid),
                commitCount: node.commits.totalCount,
            });
        }
        const { hasNextPage, endCursor } = page.search.pageInfo;
        if (!hasNextPage || !endCursor || endCursor === after)
            return { pulls, capped: pulls.length < page.search.issueCount };
        after = endCursor;
    }
    return { pulls, capped: true };
}

;// CONCATENATED MODULE: ./packages/github/src/release-changes.ts
// The commits and pull requests of a release range, read the cheaper of two ways:
//  - from its pull requests (merged-pulls.ts), the first-parent line rebuilt from them
//    (first-parent.ts), and only the commits no pull request merged read one by one
//    (commit-runs.ts): \u2308N/100\u2309 pages for N pull requests, plus one for direct pushes;
//  - from its history, every commit (release-history.ts): \u2308C/100\u2309 pages for C commits.
// The first is tried when the range is over a page of commits and ends at a known previous
// release; whenever it cannot account for every commit of the range, the second reads it.





const release_changes_PAGE_SIZE = 100;
/** Rounds of commit runs before the history is read instead: each round fills the gaps the one before revealed. */
const MAX_RUN_ROUNDS = 3;
async function releaseChanges(client, context, range, options) {
    const cost = { requests: 0, points: 0 };
    const onPage = (page) => {
        cost.requests++;
        cost.points += page.points;
    };
    const { from } = range;
    let gaveUp;
    // A range of one page reads no cheaper from its pull requests.
    if (from?.commitsSince !== undefined && from.committedAt && from.commitsSince > release_changes_PAGE_SIZE) {
        const input = { ...range, from: { sha: from.sha, commitsSince: from.commitsSince, committedAt: from.committedAt } };
        const line = await fromPullRequests(client, context, input, { withFiles: options.withFiles, onPage }).catch(searchFailure);
        if ('commits' in line)
            return { commits: line.commits, commitCount: from.commitsSince, readFrom: 'pull requests', ...cost };
        gaveUp = line.reason;
    }
    const commits = await releaseHistory(client, context, range.toSha, from?.sha, {
        withFiles: options.withFiles,
        commitsInRange: from?.commitsSince,
        onPage,
    });
    return { commits, commitCount: commits.length, readFrom: 'history', ...(gaveUp ? { gaveUp } : {}), ...cost };
}
/**
 * GitHub answering a search or a run with errors (a search that timed out, a token search is
 * not open to) is a reason to read the history, not to fail: the history is the exact way.
 */
function searchFailure(error) {
    // An exhausted rate limit is not: the history would spend more of it.
    if (error instanceof GitHubApiError && error.failure.kind === 'graphql' && !error.failure.errors.some((problem) => problem.type === 'RATE_LIMITED'))
        return { reason: error.message.replace(/\.$/, '') };
    throw error;
}
async function fromPullRequests(client, context, range, options) {
    const { sha: base, commitsSince: aheadBy, committedAt } = range.from;
    // Never more search pages than the history would take.
    const atMost = Math.ceil(aheadBy / release_changes_PAGE_SIZE) * release_changes_PAGE_SIZE;
    const found = await mergedPullsSince(client, context, { withFiles: options.withFiles, mergedSince: committedAt, atMost, onPage: options.onPage });
    if ('tooMany' in found)
        return { reason: `${found.tooMany} pull requests were merged since the previous release, more than its ${aheadBy} commits` };
    const commits = new Map();
    const requested = new Set();
    for (let round = 0;; round++) {
        const line = firstParentLine({ target: range.toSha, base, aheadBy, pulls: found.pulls, commits });
        if (line.kind === 'complete')
            return { commits: line.commits };
        if (line.kind === 'unexplained')
            return { reason: line.reason };
        const missing = line.missing.filter((start) => !requested.has(start.oid));
        if (missing.length === 0 || round === MAX_RUN_ROUNDS)
            return { reason: `commit ${line.missing[0]?.oid.slice(0, 7)} of the first-parent line could not be read` };
        for (const start of missing)
            requested.add(start.oid);
        for (const commit of await readCommitRuns(client, context, missing, { onPage: options.onPage }))
            commits.set(commit.oid, commit);
    }
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts
















/***/ }),

/***/ 974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ exchangeThroughProxy)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+http-client@4.0.1/node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __webpack_require__(7803);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./packages/http/src/request.ts
// One HTTP exchange on node:http/node:https, the whole body read (up to a limit), redirects
// followed as fetch follows them. Node's own fetch is not used when no proxy applies: loading
// it and its WebAssembly parser costs a step about 30 MiB of memory (measured in `pnpm bench`),
// a quarter of what a whole run needs. Errors keep fetch's shape (a TypeError whose `cause`
// carries the system error's code), so callers describe them one way whichever path ran.


const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** Headers that must not follow a redirect to another origin (fetch drops them too). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];
async function exchange(url, options = {}) {
    let current = new URL(url);
    let method = (options.method ?? 'GET').toUpperCase();
    let body = options.body;
    let headers = { ...options.headers };
    for (let hop = 0;; hop++) {
        const answer = await once(current, method, headers, body, options);
        const location = answer.headers.get('location');
        if (options.redirect === 'manual' || !REDIRECTS.has(answer.status) || location === undefined)
            return answer;
        if (hop === MAX_REDIRECTS)
            throw fetchFailure(new Error(`more than ${MAX_REDIRECTS} redirects`));
        const next = new URL(location, current);
        if (next.origin !== current.origin)
            headers = withoutCredentials(headers);
        // As fetch: 303, and 301/302 after a POST, become a GET without a body.
        if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
            method = method === 'HEAD' ? 'HEAD' : 'GET';
            body = undefined;
        }
        current = next;
    }
}
function once(url, method, headers, body, options) {
    return new Promise((resolve, reject) => {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return reject(fetchFailure(new Error(`unsupported protocol ${url.protocol}`)));
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        const request = send(url, { method, headers: withLength(headers, body), signal: options.signal }, (response) => {
            readBody(response, options.maxBodyBytes ?? Number.POSITIVE_INFINITY).then((bytes) => resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', url: url.href, headers: headerMap(response), body: bytes }), (error) => reject(failure(error, options.signal)));
        });
        request.on('error', (error) => reject(failure(error, options.signal)));
        request.end(body);
    });
}
/** The body up to `limit` bytes; past it the connection is closed rather than read to the end. */
function readBody(response, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            outcome();
        };
        response.on('data', (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (size >= limit) {
                settle(() => resolve(Buffer.concat(chunks).subarray(0, limit)));
                response.destroy();
            }
        });
        response.on('end', () => settle(() => resolve(Buffer.concat(chunks))));
        // A body cut off mid-way (the server closed the connection) is an error, as fetch makes it.
        const cutShort = () => settle(() => reject(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' })));
        response.on('aborted', cutShort);
        response.on('close', () => {
            if (!response.complete)
                cutShort();
        });
        response.on('error', (error) => settle(() => reject(error)));
    });
}
function headerMap(response) {
    const headers = new Map();
    for (let index = 0; index < response.rawHeaders.length; index += 2) {
        const name = response.rawHeaders[index].toLowerCase();
        const value = response.rawHeaders[index + 1];
        headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
    return headers;
}
function withLength(headers, body) {
    if (body === undefined)
        return headers;
    return { ...headers, 'content-length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength) };
}
function withoutCredentials(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIALS.includes(name.toLowerCase())));
}
/** An abort keeps its reason (a deadline, a cancellation); anything else becomes fetch's TypeError. */
function failure(error, signal) {
    if (signal?.aborted)
        return signal.reason ?? error;
    return fetchFailure(error);
}
function fetchFailure(cause) {
    return new TypeError('fetch failed', { cause });
}

;// CONCATENATED MODULE: ./packages/http/src/index.ts
// HTTP requests that honour a self-hosted runner's proxy settings, read as the Actions toolkit
// reads them (@actions/http-client): https_proxy/HTTPS_PROXY for https URLs, http_proxy/HTTP_PROXY
// for http ones, no_proxy/NO_PROXY to bypass, loopback hosts always direct. With no proxy for the
// URL the exchange runs on node:http (request.ts); with one, on undici's fetch through a
// ProxyAgent, loaded only then (undici is about 800 KB, too much to compile on every start for
// runners that have no proxy).


let throughProxy;
/** One exchange, through the runner's proxy when one applies to the URL. */
async function exchangeThroughProxy(url, options = {}) {
    if (!(0,lib_proxy/* getProxyUrl */.s)(new URL(url)))
        return exchange(url, options);
    throughProxy ??= loadProxiedFetch();
    const { maxBodyBytes, ...init } = options;
    const response = await (await throughProxy)(url, init);
    return {
        status: response.status,
        statusText: response.statusText,
        url: response.url || url,
        headers: new Map([...response.headers].map(([name, value]) => [name.toLowerCase(), value])),
        body: await readUpTo(response, maxBodyBytes ?? Number.POSITIVE_INFINITY),
    };
}
/** The body up to `limit` bytes, as exchange() reads it: past the limit the rest is not read. */
async function readUpTo(response, limit) {
    if (!response.body)
        return Buffer.alloc(0);
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        chunks.push(value);
        size += value.byteLength;
        if (size >= limit) {
            await reader.cancel();
            break;
        }
    }
    return Buffer.concat(chunks).subarray(0, limit);
}
async function loadProxiedFetch() {
    const undici = await __webpack_require__.e(/* import() */ 309).then(__webpack_require__.t.bind(__webpack_require__, 9309, 19));
    const direct = new undici.Agent();
    const proxies = new Map();
    // The route is chosen per origin, so a redirect to a NO_PROXY host goes direct. An https
    // origin is reached through a CONNECT tunnel; an http one is sent to the proxy as a plain
    // forward request, as curl does (proxies commonly refuse CONNECT to port 80).
    const route = (origin) => {
        const proxy = (0,lib_proxy/* getProxyUrl */.s)(new URL(origin));
        if (!proxy)
            return direct;
        let agent = proxies.get(proxy.href);
        if (!agent) {
            agent = new undici.ProxyAgent({ uri: proxy.href, proxyTunnel: false });
            proxies.set(proxy.href, agent);
        }
        return agent;
    };
    class RunnerProxies extends undici.Dispatcher {
        dispatch(options, handler) {
            return route(String(options.origin)).dispatch(options, handler);
        }
        async close() {
            await Promise.all([direct, ...proxies.values()].map((dispatcher) => dispatcher.close()));
        }
        async destroy() {
            await Promise.all([direct, ...proxies.values()].map((dispatcher) => dispatcher.destroy()));
        }
    }
    const dispatcher = new RunnerProxies();
    return (input, init) => undici.fetch(input, { ...init, dispatcher });
}


/***/ }),

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ taskItems),
/* harmony export */   lf: () => (/* binding */ sectionTaskItems),
/* harmony export */   qX: () => (/* binding */ htmlComments)
/* harmony export */ });
/* unused harmony exports MAX_LINE_NESTING, MAX_INDENT_COLUMNS, parseMarkdown, parseAsGitHubRenders, boundNesting */
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3273);
/* harmony import */ var mdast_util_gfm_strikethrough__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7753);
/* harmony import */ var mdast_util_gfm_task_list_item__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2781);
/* harmony import */ var mdast_util_to_string__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1336);
/* harmony import */ var micromark_extension_gfm_strikethrough__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7396);
/* harmony import */ var micromark_extension_gfm_task_list_item__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5686);








/**
 * Block quotes and list items one line may open. micromark keeps a stack frame and a
 * container per level, so `>` \u00d7 60,000 (a 60 kB body) took a minute and then overflowed the
 * stack; nobody nests 16 deep on purpose.
 */
const MAX_LINE_NESTING = 16;
/**
 * Columns of indentation a line keeps. Each nested list level needs two more, so this bounds
 * how deep lines can stay nested across lines (here 32 levels, plus what the line opens).
 */
const MAX_INDENT_COLUMNS = 64;
/**
 * Only the GitHub extensions a checklist needs: task items and ~~strikethrough~~. Tables,
 * autolinks and footnotes change nothing about which boxes are ticked, and on hostile
 * bodies (65 kB of table rows or open links) they cost seconds.
 */
function parseMarkdown(markdown) {
    return (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(boundNesting(markdown), {
        extensions: [(0,micromark_extension_gfm_task_list_item__WEBPACK_IMPORTED_MODULE_1__/* .gfmTaskListItem */ .J)(), (0,micromark_extension_gfm_strikethrough__WEBPACK_IMPORTED_MODULE_2__/* .gfmStrikethrough */ .K)()],
        mdastExtensions: [(0,mdast_util_gfm_task_list_item__WEBPACK_IMPORTED_MODULE_3__/* .gfmTaskListItemFromMarkdown */ .S)(), (0,mdast_util_gfm_strikethrough__WEBPACK_IMPORTED_MODULE_4__/* .gfmStrikethroughFromMarkdown */ .p)()],
    });
}
/**
 * Markdown as GitHub renders it, with every GFM extension (tables, autolinks, footnotes):
 * for checking what the suite writes, not for reading checklists.
 */
function parseAsGitHubRenders(markdown) {
    return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
/** A container marker at the start of a line (after the ones before it): `>`, `-`/`+`/`*`, or `1.`/`1)`. */
const CONTAINER_MARKER = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;
/**
 * Bounds how deep any line can stand, so that parsing takes time in proportion to the text:
 * a line indented more than MAX_INDENT_COLUMNS keeps that much indentation, and a line
 * opening more than MAX_LINE_NESTING block quotes or list items keeps the first
 * MAX_LINE_NESTING markers. Its text is read as standing at that depth: inside a quote it is
 * still quoted (and ignored), in a list it is still an item. Documents nested within the
 * bounds are unchanged, and line numbers never change.
 */
function boundNesting(markdown) {
    return markdown
        .split('\n')
        .map((line) => {
        const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
        if (columns(indent) > MAX_INDENT_COLUMNS)
            line = ' '.repeat(MAX_INDENT_COLUMNS) + line.slice(indent.length);
        CONTAINER_MARKER.lastIndex = 0;
        let markers = 0;
        let keptEnd = 0;
        let end = 0;
        while (CONTAINER_MARKER.test(line)) {
            markers++;
            end = CONTAINER_MARKER.lastIndex;
            if (markers === MAX_LINE_NESTING)
                keptEnd = end;
        }
        if (markers <= MAX_LINE_NESTING)
            return line;
        return `${line.slice(0, keptEnd)} ${line.slice(end).replace(/^[ \t]+/, '')}`;
    })
        .join('\n');
}
/** Columns a run of spaces and tabs spans, tabs stopping at multiples of 4 as in CommonMark. */
function columns(whitespace) {
    let column = 0;
    for (const char of whitespace)
        column = char === '\t' ? column + 4 - (column % 4) : column + 1;
    return column;
}
/** Every task-list item of the document, in order, outside block quotes. */
function taskItems(markdown) {
    return collectTaskItems(parseMarkdown(markdown).children);
}
/**
 * The task items under the heading whose text is `heading` (case-insensitive), up to
 * the next heading of the same or a higher level. `undefined` when there is no such heading.
 */
function sectionTaskItems(markdown, heading) {
    const wanted = heading.trim().toLowerCase();
    const children = parseMarkdown(markdown).children;
    const start = children.findIndex((node) => node.type === 'heading' && (0,mdast_util_to_string__WEBPACK_IMPORTED_MODULE_5__/* .toString */ .d)(node).trim().toLowerCase() === wanted);
    if (start < 0)
        return undefined;
    const depth = children[start].depth;
    let end = children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= depth);
    if (end < 0)
        end = children.length;
    return collectTaskItems(children.slice(start + 1, end));
}
/** HTML comments that stand as blocks of their own (not inside code). */
function htmlComments(markdown) {
    const comments = [];
    const visit = (node) => {
        if (node.type === 'html') {
            for (const match of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
                const before = node.value.slice(0, match.index);
                const lineStart = before.lastIndexOf('\n');
                comments.push({
                    text: (match[1] ?? '').trim(),
                    line: (node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0),
                    column: lineStart < 0 ? (node.position?.start.column ?? 1) + before.length : before.length - lineStart,
                });
            }
        }
        if ('children' in node)
            node.children.forEach(visit);
    };
    visit(parseMarkdown(markdown));
    return comments;
}
function collectTaskItems(nodes) {
    const items = [];
    const visit = (node) => {
        // A quoted checklist is somebody else's words, not the author's checklist.
        if (node.type === 'blockquote')
            return;
        if (node.type === 'listItem' && typeof node.checked === 'boolean')
            items.push(toTaskItem(node));
        if ('children' in node)
            node.children.forEach(visit);
    };
    nodes.forEach(visit);
    return items;
}
function toTaskItem(item) {
    const paragraph = item.children.find((child) => child.type === 'paragraph');
    const text = paragraph ? visibleText(paragraph).replace(/\s+/g, ' ').trim() : '';
    return {
        text,
        checked: item.checked === true,
        struck: paragraph !== undefined && isFullyStruck(paragraph.children),
        line: item.position?.start.line ?? 0,
    };
}
/**
 * Text as GitHub shows it: inline HTML (an `<!-- comment -->` after an item, tags) renders
 * as nothing, and a hard line break reads as a space, not as two words glued together.
 */
function visibleText(node) {
    if (node.type === 'html')
        return '';
    if (node.type === 'break')
        return ' ';
    if (node.type === 'image' || node.type === 'imageReference')
        return node.alt ?? '';
    if ('value' in node && typeof node.value === 'string')
        return node.value;
    return 'children' in node ? node.children.map((child) => visibleText(child)).join('') : '';
}
/** True when all visible text is inside ~~strikethrough~~ (and there is some). */
function isFullyStruck(nodes) {
    let struckText = '';
    let plainText = '';
    for (const node of nodes) {
        if (node.type === 'delete')
            struckText += visibleText(node);
        else
            plainText += visibleText(node);
    }
    return struckText.trim() !== '' && plainText.replace(/[\s.,;:!?]/g, '') === '';
}


/***/ }),

/***/ 4184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lo: () => (/* reexport */ DEFAULT_POLICY_PATH),
  Xx: () => (/* reexport */ DEFAULT_ROLE_DOCUMENT_PATH),
  CL: () => (/* reexport */ applyInputOverrides),
  e3: () => (/* reexport */ changelogSchema),
  wy: () => (/* reexport */ describePolicy),
  Dh: () => (/* reexport */ itemKey),
  dt: () => (/* reexport */ listInput),
  tb: () => (/* reexport */ loadPolicy),
  QR: () => (/* reexport */ numberInput),
  Ku: () => (/* reexport */ parseYamlWithSchema),
  ZO: () => (/* reexport */ smokeCheckSchema),
  WO: () => (/* reexport */ smokeChecksSchema)
});

// UNUSED EXPORTS: BUILT_IN_ROLE_DOCUMENT, EVIDENCE_KINDS, MAX_ALIASED_VALUES, PolicyError, REPOSITORY_PERMISSIONS, SUPPORTED_GOVERNANCE_MAJORS, decodeUtf8, formatProblem, readRoleDocument, releasePolicySchema

;// CONCATENATED MODULE: ./packages/policy/src/describe.ts
function describePolicy(policy) {
    const { policyFile, roleDocument } = policy;
    return [
        policyFile.found ? `Policy file: ${policyFile.path}` : `Policy file: ${policyFile.path} does not exist; the defaults apply`,
        `Role document: ${roleDocument.origin === 'built-in' ? 'the built-in Release Manager Role document' : roleDocument.path} (GOVERNANCE_VERSION ${roleDocument.version})`,
    ];
}

;// CONCATENATED MODULE: ./packages/policy/src/built-in-role-document.ts
// The seed governance document, used when a repository has none of its own at the default path.
// Keep it identical to the published "Release Manager Role" document (test/policy.test.ts checks the items).
const BUILT_IN_ROLE_DOCUMENT = `# Release Manager Role (Human)
<!-- GOVERNANCE_VERSION: 1.0.0 -->
<!-- GOVERNANCE: UPDATEABLE - Layer 2 -->

The release manager is a human role responsible for release processes, deployment, and production operations.

## Role Type
**Human Only** - This role cannot be performed by agents.

## Permitted Capabilities

Release managers have authority over releases and deployments:

### Release Authority
- \u2705 update_release_process - Modify CI/CD and deployment
- \u2705 Approve production deployments
- \u2705 Control release schedule
- \u2705 Manage release branches
- \u2705 Tag releases

### Deployment Authority
- \u2705 Deploy to production
- \u2705 Rollback deployments
- \u2705 Manage production configuration
- \u2705 Control feature flags
- \u2705 Approve hotfixes

## Responsibilities

### 1. Release Planning
- Plan release schedule
- Coordinate with teams
- Manage release branches
- Create release notes
- Communicate timeline

### 2. Release Execution
- Review release candidates
- Execute deployment
- Monitor deployment health
- Verify success
- Document release

### 3. Process Management
- Maintain CI/CD pipelines
- Update deployment procedures
- Manage infrastructure as code
- Optimize build processes
- Ensure automation works

### 4. Production Oversight
- Monitor production health
- Respond to incidents
- Execute rollbacks if needed
- Manage configuration changes
- Control feature flags

### 5. Quality Assurance
- Verify all tests passed
- Review quality gates
- Check security scans
- Validate documentation
- Ensure compliance

## Release Checklist

Before releasing, verify:

- [ ] All PRs merged and reviewed
- [ ] All tests passing
- [ ] Quality gates passed
- [ ] Security scans clean
- [ ] Documentation updated
- [ ] Release notes prepared
- [ ] Rollback plan ready
- [ ] Monitoring configured
- [ ] Team notified
- [ ] Stakeholders informed

## Deployment Process

1. **Pre-Deployment:**
   - Review release candidate
   - Check quality gates
   - Verify test coverage
   - Review release notes

2. **Deployment:**
   - Execute deployment procedure
   - Monitor progress
   - Verify success
   - Run smoke tests

3. **Post-Deployment:**
   - Monitor application health
   - Check error rates
   - Verify functionality
   - Document completion

4. **Rollback (if needed):**
   - Detect issues quickly
   - Execute rollback procedure
   - Verify rollback success
   - Investigate root cause

## Incident Response

When incidents occur:

1. **Assess Severity:**
   - Determine impact
   - Check affected users
   - Evaluate urgency

2. **Take Action:**
   - Rollback if necessary
   - Apply hotfix if possible
   - Mitigate damage
   - Restore service

3. **Communicate:**
   - Notify stakeholders
   - Update status page
   - Provide timeline
   - Document resolution

4. **Post-Mortem:**
   - Analyze root cause
   - Document lessons learned
   - Update procedures
   - Prevent recurrence

## CI/CD Ownership

Release managers own:
- Build pipelines
- Test automation
- Deployment scripts
- Infrastructure as code
- Monitoring and alerting
- Feature flag systems

## Escalation

Escalate to leadership when:
- Major production incident
- Security breach detected
- Data loss occurred
- Regulatory compliance issue

## References

- Quality Gates: /.repo/policy/QUALITY_GATES.md
- Security Baseline: /.repo/policy/SECURITY_BASELINE.md
- Incident Checklist: /.repo/agents/checklists/incident.md
- Runbook Template: /.repo/templates/RUNBOOK_TEMPLATE.md`;

;// CONCATENATED MODULE: ./packages/policy/src/problems.ts
function formatProblem(problem) {
    let where = problem.file;
    if (problem.line !== undefined)
        where += `:${problem.line}`;
    if (problem.line !== undefined && problem.column !== undefined)
        where += `:${problem.column}`;
    return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}
/** Thrown when the policy cannot be used; carries every problem found, not just the first. */
class PolicyError extends Error {
    problems;
    constructor(problems) {
        super(`The release policy cannot be used:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
        this.problems = problems;
        this.name = 'PolicyError';
    }
    /** One error annotation per problem, placed on the file and line where it stands. */
    annotations() {
        return this.problems.map((problem) => ({
            level: 'error',
            title: 'Release policy',
            message: problem.field ? `${problem.field}: ${problem.message}` : problem.message,
            file: problem.origin === 'input' ? undefined : problem.file,
            line: problem.origin === 'input' ? undefined : problem.line,
            column: problem.origin === 'input' ? undefined : problem.column,
        }));
    }
}
function formatFieldPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out;
}

// EXTERNAL MODULE: ./packages/markdown/src/index.ts
var src = __webpack_require__(870);
;// CONCATENATED MODULE: ./packages/policy/src/role-document.ts
// Reads the human-readable governance document: its version, and the release checklist
// that verify-checklist enforces when release.yml does not list its own items.

/** Major versions of the governance documents this suite understands. */
const SUPPORTED_GOVERNANCE_MAJORS = [1];
const RELEASE_CHECKLIST_HEADING = 'Release Checklist';
function readRoleDocument(path, text, origin) {
    const problems = [];
    const versionComment = (0,src/* htmlComments */.qX)(text).find((comment) => /^GOVERNANCE_VERSION\s*:/.test(comment.text));
    const version = versionComment?.text.replace(/^GOVERNANCE_VERSION\s*:/, '').trim() ?? '';
    if (!versionComment) {
        problems.push({
            file: path,
            line: 1,
            column: 1,
            field: 'GOVERNANCE_VERSION',
            message: `missing; add the line <!-- GOVERNANCE_VERSION: 1.0.0 --> under the title (supported: ${supportedList()})`,
        });
    }
    else if (!isSupportedVersion(version)) {
        problems.push({
            file: path,
            line: versionComment.line,
            column: versionComment.column,
            field: 'GOVERNANCE_VERSION',
            message: `expected a version of ${supportedList()}; got "${version}"`,
        });
    }
    const items = (0,src/* sectionTaskItems */.lf)(text, RELEASE_CHECKLIST_HEADING);
    if (!items || items.length === 0) {
        problems.push({
            file: path,
            // Where the section is to be added: under the title.
            line: 1,
            column: 1,
            field: RELEASE_CHECKLIST_HEADING,
            message: items
                ? `the "## ${RELEASE_CHECKLIST_HEADING}" section has no task items ("- [ ] ...")`
                : `expected a "## ${RELEASE_CHECKLIST_HEADING}" section with task items, or checklist.items in the policy file`,
        });
    }
    if (problems.length > 0)
        return { problems };
    return {
        document: {
            path,
            origin,
            version,
            checklist: (items ?? []).map((item) => ({ text: item.text, line: item.line })),
        },
        problems,
    };
}
function isSupportedVersion(version) {
    const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
    return match !== null && SUPPORTED_GOVERNANCE_MAJORS.includes(Number(match[1]));
}
function supportedList() {
    return SUPPORTED_GOVERNANCE_MAJORS.map((major) => `${major}.x.y`).join(', ');
}

// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(3653);
;// CONCATENATED MODULE: ./packages/policy/src/schema-smoke.ts
// The smoke-test section of the policy schema: a check (HTTP or command) with its
// expectations, and the section's settings.

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const HTTP_ONLY_KEYS = ['method', 'headers', 'body', 'follow-redirects'];
const HTTP_EXPECT_KEYS = ['status', 'body-contains', 'body-not-contains', 'body-matches', 'json', 'headers', 'max-latency-ms'];
const COMMAND_EXPECT_KEYS = ['exit-code', 'output-contains'];
function expectationSchemas() {
    const statusSchema = schemas/* union */.KCZ([schemas/* number */.aig().int().min(100).max(599), schemas/* string */.YjP().regex(/^[1-5]xx$/, 'expected a status code or a class such as 2xx')]);
    const textOrList = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]);
    const regexText = schemas/* string */.YjP().min(1).refine(isRegex, 'expected a valid regular expression');
    /** A JSON assertion: a value the path must equal, or `{ equals | exists | matches }`. */
    const jsonAssertionSchema = schemas/* union */.KCZ([
        schemas/* string */.YjP(),
        schemas/* number */.aig(),
        schemas/* boolean */.zMY(),
        schemas/* null */.chJ(),
        schemas/* strictObject */.rej({ equals: schemas/* unknown */.L5J().optional(), exists: schemas/* boolean */.zMY().optional(), matches: regexText.optional() }),
    ]);
    /** One smoke check: an HTTP request (`url`) or a command (`run`), and what it must show. */
    return { statusSchema, textOrList, regexText, jsonAssertionSchema };
}
function smokeCheckSection() {
    const { statusSchema, textOrList, regexText, jsonAssertionSchema } = expectationSchemas();
    const smokeCheckSchema = schemas/* strictObject */.rej({
        name: schemas/* string */.YjP().trim().min(1),
        url: schemas/* string */.YjP().trim().min(1).optional(),
        run: schemas/* array */.YOg(schemas/* string */.YjP()).min(1).optional(),
        method: schemas/* enum */.k5n(HTTP_METHODS).optional(),
        headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
        body: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), schemas/* array */.YOg(schemas/* unknown */.L5J())]).optional(),
        'follow-redirects': schemas/* boolean */.zMY().optional(),
        expect: schemas/* strictObject */.rej({
            status: schemas/* union */.KCZ([statusSchema, schemas/* array */.YOg(statusSchema).min(1)]).optional(),
            'body-contains': textOrList.optional(),
            'body-not-contains': textOrList.optional(),
            'body-matches': regexText.optional(),
            json: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^\$/, 'expected a JSON path starting with $'), jsonAssertionSchema).optional(),
            headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* strictObject */.rej({ matches: regexText })])).optional(),
            'max-latency-ms': schemas/* number */.aig().int().positive().optional(),
            'exit-code': schemas/* number */.aig().int().optional(),
            'output-contains': textOrList.optional(),
        })
            .prefault({}),
        retries: schemas/* number */.aig().int().min(0).max(100).default(3),
        'timeout-ms': schemas/* number */.aig().int().positive().max(600_000).default(10_000),
        severity: schemas/* enum */.k5n(['critical', 'warn']).default('critical'),
        'stable-passes': schemas/* number */.aig().int().min(1).max(100).optional(),
    })
        .superRefine((check, ctx) => {
        if ((check.url === undefined) === (check.run === undefined)) {
            ctx.addIssue({ code: 'custom', path: [], message: 'needs exactly one of url (an HTTP check) or run (a command check)' });
            return;
        }
        const isHttp = check.url !== undefined;
        if (isHttp && !/^https?:\/\/[^/]/i.test(check.url ?? '') && !check.url?.startsWith('/')) {
            ctx.addIssue({ code: 'custom', path: ['url'], message: `expected an http(s) URL or a path starting with /; got "${check.url}"` });
        }
        else if (isHttp && /^https?:/i.test(check.url ?? '') && !URL.canParse((check.url ?? '').replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, 'x'))) {
            ctx.addIssue({ code: 'custom', path: ['url'], message: `is not a valid URL: "${check.url}"` });
        }
        const misplaced = isHttp
            ? COMMAND_EXPECT_KEYS.filter((key) => check.expect[key] !== undefined).map((key) => ['expect', key])
            : [
                ...HTTP_ONLY_KEYS.filter((key) => check[key] !== undefined).map((key) => [key]),
                ...HTTP_EXPECT_KEYS.filter((key) => check.expect[key] !== undefined).map((key) => ['expect', key]),
            ];
        for (const path of misplaced) {
            ctx.addIssue({
                code: 'custom',
                path,
                message: isHttp ? 'applies to command checks (run), not HTTP checks' : 'applies to HTTP checks (url), not command checks',
            });
        }
    });
    return smokeCheckSchema;
}
function smokeTestSection(smokeChecksSchema) {
    const smokeTestSchema = schemas/* strictObject */.rej({
        url: schemas/* string */.YjP()
            .trim()
            .regex(/^https?:\/\//, 'expected an http(s) URL')
            .optional()
            .describe('Base URL for checks with a relative `url`; the `url` input overrides it.'),
        concurrency: schemas/* number */.aig().int().min(1).max(64).default(4),
        'deadline-seconds': schemas/* number */.aig().positive().max(3600).default(300).describe("The whole suite's deadline, retries included."),
        'warm-up-seconds': schemas/* number */.aig().min(0).max(1800).default(0).describe('Wait up to this long for the service to answer at all before the first check.'),
        'stable-passes': schemas/* number */.aig().int().min(1).max(100).default(1).describe('Consecutive passes a check needs (a stability window for flapping services).'),
        'retry-delay-ms': schemas/* number */.aig().int().min(1).max(60_000).default(500).describe('First wait between attempts; it doubles each time, with jitter, up to 10 s.'),
        checks: smokeChecksSchema.default([]),
    });
    return smokeTestSchema;
}
function isRegex(source) {
    try {
        new RegExp(source);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/schema-sections.ts
// The sections of the policy schema (schema.ts builds them on first use), one builder each,
// with the vocabulary they share. Every object is strict: a misspelt key is an error.


const EVIDENCE_KINDS = ['checks', 'reviews', 'security', 'release-notes', 'docs'];
const SECURITY_SEVERITIES = ['critical', 'high', 'medium', 'low'];
const REPOSITORY_PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'];
/** `org/team-slug`, as GitHub writes a team. */
const TEAM_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/**
 * Builds the schema. It runs on the first use of an exported schema, not when the module loads:
 * constructing it takes tens of milliseconds, which a run that stops before reading the policy
 * (a missing input, a refused token) should not pay.
 */
function buildPolicySchemas() {
    const checklistSchema = checklistSection();
    const approversSchema = approversSection();
    const smokeCheckSchema = smokeCheckSection();
    const smokeChecksSchema = schemas/* array */.YOg(smokeCheckSchema);
    const smokeTestSchema = smokeTestSection(smokeChecksSchema);
    const rollbackSchema = rollbackSection();
    const { changelogSchema, releaseNotesSchema } = releaseNotesSections();
    const releasePolicySchema = schemas/* strictObject */.rej({
        'role-document': schemas/* string */.YjP().trim().min(1).optional().describe('The role document, when not .repo/agents/roles/release-manager.md.'),
        checklist: checklistSchema.prefault({}).describe('verify-checklist: the release checklist and what proves its items.'),
        approvers: approversSchema.prefault({}).describe('require-human-approver (and rollback): who holds the release-manager role and what an approval needs.'),
        'smoke-test': smokeTestSchema.prefault({}).describe('smoke-test (and rollback): the checks that prove a deployment works.'),
        rollback: rollbackSchema.prefault({}).describe('rollback: the environment, the deploy command and the incident record.'),
        'release-notes': releaseNotesSchema.prefault({}).describe('release-notes: range, categories and the next version.'),
    });
    return { smokeCheckSchema, smokeChecksSchema, changelogSchema, releasePolicySchema };
}
function checklistSection() {
    const checklistItemSchema = schemas/* union */.KCZ([
        schemas/* string */.YjP().trim().min(1),
        schemas/* strictObject */.rej({
            text: schemas/* string */.YjP().trim().min(1),
            evidence: schemas/* enum */.k5n(EVIDENCE_KINDS).optional(),
            'allow-not-applicable': schemas/* boolean */.zMY().default(false),
        }),
    ]);
    const evidenceSchema = schemas/* strictObject */.rej({
        checks: schemas/* strictObject */.rej({
            'allowed-conclusions': schemas/* array */.YOg(schemas/* enum */.k5n(['neutral', 'skipped']))
                .default(['neutral', 'skipped'])
                .describe("Conclusions accepted besides `success` (GitHub's own required checks accept both)."),
            ignore: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Check-run or status names (globs) that do not count, e.g. an optional coverage bot.'),
        })
            .prefault({}),
        reviews: schemas/* strictObject */.rej({
            'allow-direct-commits': schemas/* boolean */.zMY().default(false).describe('Whether commits pushed without a pull request are acceptable.'),
        })
            .prefault({}),
        security: schemas/* strictObject */.rej({
            'min-severity': schemas/* enum */.k5n(SECURITY_SEVERITIES).default('high'),
            dependabot: schemas/* boolean */.zMY().default(false),
        })
            .prefault({}),
        'release-notes': schemas/* strictObject */.rej({
            files: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
                .default([])
                .describe('Notes files that also count, `{tag}` and `{version}` substituted, e.g. `docs/releases/{tag}.md`.'),
        })
            .prefault({}),
        docs: schemas/* strictObject */.rej({
            paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).default(['docs/**', '**/*.md']),
        })
            .prefault({}),
    });
    const checklistSchema = schemas/* strictObject */.rej({
        items: schemas/* array */.YOg(checklistItemSchema).min(1).optional().describe('Replaces the role document\'s "Release Checklist" when given.'),
        comments: schemas/* boolean */.zMY().default(false).describe("Also read task lists in the pull request's or issue's comments; the latest mention of an item wins."),
        'comment-permission': schemas/* enum */.k5n(REPOSITORY_PERMISSIONS)
            .default('write')
            .describe("With `comments`, only comments by people with at least this repository permission count: those who could have edited the checklist themselves. Others' comments are listed as ignored."),
        evidence: evidenceSchema.prefault({}),
    });
    return checklistSchema;
}
function approversSection() {
    const approversSchema = schemas/* strictObject */.rej({
        users: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1)).default([]).describe('Logins holding the release-manager role.'),
        teams: schemas/* array */.YOg(schemas/* string */.YjP().trim().regex(TEAM_PATTERN, 'expected org/team-slug'))
            .default([])
            .describe('Organisation teams whose active members hold the role, as `org/team-slug`.'),
        agents: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1))
            .default(['*-bot', '*-agent', 'copilot*'])
            .describe('Logins (or `*` globs) of accounts an agent or automation acts through: never approvers.'),
        'min-approvals': schemas/* number */.aig().int().min(1).max(20).default(1),
        'min-permission': schemas/* enum */.k5n(REPOSITORY_PERMISSIONS)
            .optional()
            .describe('Also require this repository permission. With no users or teams listed, holding `maintain` (or this, when set) is what makes someone a release manager.'),
        'separation-of-duties': schemas/* boolean */.zMY().default(false).describe('Also exclude the authors of the commits being released.'),
        'allow-stale-approvals': schemas/* boolean */.zMY().default(false).describe('Accept an approval of an earlier commit of the pull request.'),
        'protected-paths': schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default(['.github/workflows/**', '.github/actions/**', '.repo/**', 'action.yml'])
            .describe('Changes to these paths are `update_release_process` and need an approval; empty: always needed.'),
        environment: schemas/* string */.YjP()
            .trim()
            .min(1)
            .optional()
            .describe('Environment whose deployment approvals count (source `environment`); default: the one the event deploys to (none known: an error).'),
        'approve-words': schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1)).min(1).default(['approve', 'approved', 'lgtm']),
        'deny-words': schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1)).min(1).default(['deny', 'denied', 'reject']),
        issue: schemas/* strictObject */.rej({
            'timeout-minutes': schemas/* number */.aig().positive().max(360).default(60),
            'poll-seconds': schemas/* number */.aig().min(0.1).max(300).default(15),
            labels: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1)).default(['release-approval']),
        })
            .prefault({}),
    });
    /** An exact status, or a class such as `2xx`. */
    return approversSchema;
}
function rollbackSection() {
    const rollbackSchema = schemas/* strictObject */.rej({
        environment: schemas/* string */.YjP().trim().min(1).default('production').describe('The environment rolled back when the `environment` input is empty.'),
        command: schemas/* array */.YOg(schemas/* string */.YjP())
            .min(1)
            .optional()
            .describe('Program and arguments that deploy a commit; it reads ROLLBACK_SHA and friends from its environment.'),
        'command-timeout-minutes': schemas/* number */.aig().positive().max(360).default(30),
        'rolled-back-from': schemas/* enum */.k5n(['inactive', 'failure']).default('inactive').describe('The status given to the deployment rolled back from.'),
        incident: schemas/* strictObject */.rej({
            template: schemas/* string */.YjP().trim().min(1).default('.repo/agents/checklists/incident.md'),
            labels: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1)).default(['incident', 'rollback']),
            assignees: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1)).default([]),
        })
            .prefault({}),
    });
    return rollbackSchema;
}
function releaseNotesSections() {
    const labelsAndAuthors = schemas/* strictObject */.rej({ labels: schemas/* array */.YOg(schemas/* string */.YjP()).default([]), authors: schemas/* array */.YOg(schemas/* string */.YjP()).default([]) });
    /** GitHub's `.github/release.yml` changelog format: the same keys, so a team's file can move here as it is. */
    const changelogSchema = schemas/* strictObject */.rej({
        exclude: labelsAndAuthors.prefault({}),
        categories: schemas/* array */.YOg(schemas/* strictObject */.rej({ title: schemas/* string */.YjP().trim().min(1), labels: schemas/* array */.YOg(schemas/* string */.YjP()).min(1), exclude: labelsAndAuthors.prefault({}) }))
            .optional(),
    });
    const releaseNotesSchema = schemas/* strictObject */.rej({
        'tag-prefix': schemas/* string */.YjP().default('v'),
        'include-prereleases': schemas/* boolean */.zMY().default(false),
        'initial-version': schemas/* string */.YjP()
            .regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 0.1.0')
            .default('0.1.0')
            .describe('The version of a first release.'),
        changelog: changelogSchema.optional().describe('Overrides .github/release.yml when given.'),
        paths: schemas/* strictObject */.rej({ include: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]), exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]) })
            .prefault({})
            .describe('Keep only changes touching these paths (globs), minus the excluded ones.'),
        'breaking-labels': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(['breaking', 'breaking-change', 'semver-major']),
        'minor-labels': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(['enhancement', 'feature', 'feat', 'semver-minor']),
    });
    return { changelogSchema, releaseNotesSchema };
}

;// CONCATENATED MODULE: ./packages/policy/src/schema.ts


let built;
const policySchemas = () => (built ??= buildPolicySchemas());
/**
 * Stands for one of the built schemas and builds them on its first use. Property reads (methods
 * such as `safeParse`, `shape`, `_zod`) and `instanceof` go to the built schema, so callers use
 * it as the schema itself.
 */
function builtOnFirstUse(key) {
    const schema = () => policySchemas()[key];
    return new Proxy({}, {
        get: (_target, property) => Reflect.get(schema(), property),
        has: (_target, property) => Reflect.has(schema(), property),
        getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    });
}
/** One smoke check: an HTTP request (`url`) or a command (`run`), and what it must show. */
const smokeCheckSchema = builtOnFirstUse('smokeCheckSchema');
const smokeChecksSchema = builtOnFirstUse('smokeChecksSchema');
/** GitHub's `.github/release.yml` changelog format: the same keys, so a team's file can move here as it is. */
const changelogSchema = builtOnFirstUse('changelogSchema');
const releasePolicySchema = builtOnFirstUse('releasePolicySchema');

;// CONCATENATED MODULE: ./packages/policy/src/text.ts
// Turns a file's bytes into text only when they are UTF-8, so a file saved in another
// encoding is an error at the first bad byte rather than silently read as U+FFFD.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * `content` as text: a string is taken as it is (already decoded, e.g. an action input);
 * bytes must be UTF-8 (a byte-order mark is dropped).
 */
function decodeUtf8(file, content, origin = 'file') {
    if (typeof content === 'string')
        return content;
    try {
        return decoder.decode(content);
    }
    catch {
        const offset = firstInvalidByte(content);
        const { line, column } = positionOfByte(content, offset);
        throw new PolicyError([
            {
                file,
                origin,
                line,
                column,
                message: `is not UTF-8 text: byte 0x${(content[offset] ?? 0).toString(16).padStart(2, '0').toUpperCase()} does not start a valid character here; save the file as UTF-8`,
            },
        ]);
    }
}
/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF). */
function firstInvalidByte(bytes) {
    let index = 0;
    while (index < bytes.length) {
        const lead = bytes[index] ?? 0;
        let length;
        let min = 0x80;
        let max = 0xbf;
        if (lead < 0x80) {
            index++;
            continue;
        }
        else if (lead >= 0xc2 && lead <= 0xdf)
            length = 2;
        else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead === 0xe0)
                min = 0xa0;
            if (lead === 0xed)
                max = 0x9f;
        }
        else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead === 0xf0)
                min = 0x90;
            if (lead === 0xf4)
                max = 0x8f;
        }
        else
            return index;
        for (let next = 1; next < length; next++) {
            const byte = bytes[index + next];
            const [low, high] = next === 1 ? [min, max] : [0x80, 0xbf];
            // The sequence this lead byte starts is broken: the lead byte is where it went wrong.
            if (byte === undefined || byte < low || byte > high)
                return index;
        }
        index += length;
    }
    return bytes.length;
}
/** 1-based line and column (in characters of the valid text before it) of a byte offset. */
function positionOfByte(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < offset; index++) {
        if (bytes[index] === 0x0a) {
            line++;
            lineStart = index + 1;
        }
    }
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
    return { line, column: [...before].length + 1 };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./packages/policy/src/near-miss.ts
// The message for an unknown key: the near miss it probably was (by edit distance), else the
// keys known at that place.
/** `unknown key; did you mean "min-approvals"?` for a near miss, else the keys that are known there. */
function unknownKeyMessage(key, known) {
    const near = nearestKey(key, known);
    if (near)
        return `unknown key; did you mean "${near}"?`;
    return known.length > 0 ? `unknown key; the keys known here are ${known.join(', ')}` : 'unknown key; check the spelling against the documented settings';
}
/** The known key a misspelling most likely meant: same letters ignoring case and -/_, or a few edits away. */
function nearestKey(key, known) {
    const normal = (text) => text.toLowerCase().replace(/[-_\s]/g, '');
    let best;
    for (const candidate of known) {
        const distance = normal(key) === normal(candidate) ? 0 : editDistance(key.toLowerCase(), candidate.toLowerCase());
        // A key inside the known one (`severity` for `min-severity`) is near too.
        const near = distance <= Math.max(2, Math.ceil(candidate.length / 3)) || (key.length >= 4 && normal(candidate).includes(normal(key)));
        if (near && (!best || distance < best.distance))
            best = { key: candidate, distance };
    }
    return best?.key;
}
function editDistance(a, b) {
    // Keys are short; a key of hostile length is not worth comparing.
    if (Math.abs(a.length - b.length) > 3 || a.length > 64)
        return Number.POSITIVE_INFINITY;
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length] ?? Number.POSITIVE_INFINITY;
}

;// CONCATENATED MODULE: ./packages/policy/src/yaml-file.ts
// Validates YAML text against a zod schema and reports each problem at the line and
// column where it stands, in the words a person editing the file needs.




/** Values aliases may add in all (an alias bomb adds billions); far beyond any real policy. */
const MAX_ALIASED_VALUES = 10_000;
/**
 * `file` names where the text came from: a repository file (its path), or an action input
 * (e.g. "input `checks`"), whose errors are then not annotated as a file. Every way the
 * text can be wrong (not UTF-8, not YAML, an alias to nothing, an alias bomb, nesting too
 * deep, an unknown tag, a value the schema rejects) ends in a PolicyError naming the place,
 * never in an exception of the YAML library.
 */
function parseYamlWithSchema(file, content, schema, origin = 'file') {
    return readYamlWithSchema(file, content, schema, origin).value;
}
/** As parseYamlWithSchema, with where each value stands, for checks made after the schema's. */
function readYamlWithSchema(file, content, schema, origin = 'file') {
    const text = decodeUtf8(file, content, origin);
    const lineCounter = new dist/* LineCounter */.HN();
    const at = (offset, message, field) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return { file, origin, line, column: col, ...(field ? { field } : {}), message };
    };
    // resolveKnownTags: false keeps to plain data (no !!binary, !!set, !!timestamp objects).
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, resolveKnownTags: false });
    const found = [...document.errors, ...document.warnings];
    // Exhaustion is reported once: the parser gives up at many places at the same time.
    const exhausted = found.find((error) => error.code === 'RESOURCE_EXHAUSTION');
    const syntax = (exhausted ? [exhausted] : found).map((error) => at(error.pos[0], yamlMessage(error.code, error.message)));
    if (syntax.length > 0)
        throw new PolicyError(syntax);
    let data;
    try {
        const aliases = aliasProblems(document);
        if (aliases.length > 0)
            throw new PolicyError(aliases.map(({ offset, message }) => at(offset, message)));
        // Aliases were bounded above, by values added rather than the library's rougher count.
        data = document.toJS({ maxAliasCount: -1 }) ?? {};
    }
    catch (error) {
        if (error instanceof PolicyError)
            throw error;
        // Only what the checks above could not foresee ends here: a stack exhausted by nesting.
        throw new PolicyError([at(0, error instanceof RangeError ? DEEP : 'invalid YAML: cannot be read as data; simplify the structure')]);
    }
    const result = schema.safeParse(data);
    if (result.success) {
        const positionOf = (path) => {
            const range = nearestNode(document, path)?.range;
            if (!range)
                return undefined;
            const { line, col } = lineCounter.linePos(range[0]);
            return { line, column: col };
        };
        return { value: result.data, positionOf };
    }
    throw new PolicyError(result.error.issues
        .flatMap(resolveUnions)
        .flatMap((issue) => describeIssue(file, document, lineCounter, data, issue, schema))
        .map((problem) => ({ ...problem, origin })));
}
const DEEP = 'invalid YAML: nested too deeply to read; flatten the structure';
/** The YAML library's message in a reader's words; its internal exceptions never show. */
function yamlMessage(code, message) {
    if (code === 'RESOURCE_EXHAUSTION')
        return DEEP;
    if (code === 'TAG_RESOLVE_FAILED')
        return `invalid YAML: ${firstLine(message)
            .replace(/^Unresolved tag:?/, 'unknown tag')
            .replace('tag:yaml.org,2002:', '!!')}; remove the tag, plain values need none`;
    return `invalid YAML: ${firstLine(message)}`;
}
/**
 * Aliases to no anchor, aliases inside their own anchor (data that contains itself), and
 * aliases that together expand into more than MAX_ALIASED_VALUES values, each at the alias.
 */
function aliasProblems(document) {
    const problems = [];
    const sizes = new Map();
    let added = 0;
    const sizeOf = (node, depth) => {
        if (depth > 1000)
            throw new RangeError('nested too deeply');
        if ((0,dist/* isAlias */.Vj)(node))
            return sizeOf(node.resolve(document), depth + 1);
        if (!(0,dist/* isNode */.Ll)(node) && !(0,dist/* isPair */.tO)(node))
            return 1;
        if ((0,dist/* isPair */.tO)(node))
            return sizeOf(node.key, depth + 1) + sizeOf(node.value, depth + 1);
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        let size = 1;
        if ((0,dist/* isCollection */.P3)(node))
            for (const item of node.items)
                size = Math.min(size + sizeOf(item, depth + 1), Number.MAX_SAFE_INTEGER);
        sizes.set(node, size);
        return size;
    };
    (0,dist/* visit */.YR)(document, {
        Alias(_key, alias, path) {
            const where = alias.range?.[0];
            const target = alias.resolve(document);
            if (!target) {
                problems.push({
                    offset: where,
                    message: `alias *${alias.source} refers to no anchor defined before it; define &${alias.source} first, or write the value out`,
                });
                return;
            }
            if (path.includes(target)) {
                problems.push({
                    offset: where,
                    message: `alias *${alias.source} stands inside its own anchor, so the value would contain itself; write the value out`,
                });
                return;
            }
            if (problems.length > 0 || added > MAX_ALIASED_VALUES)
                return;
            try {
                added += sizeOf(target, 0);
            }
            catch {
                added = Number.MAX_SAFE_INTEGER;
            }
            if (added > MAX_ALIASED_VALUES) {
                problems.push({
                    offset: where,
                    message: `aliases expand into more than ${MAX_ALIASED_VALUES.toLocaleString('en')} values (an alias bomb?); write the values out or use fewer aliases`,
                });
            }
        },
    });
    return problems;
}
/**
 * A union (`- text` or `- {text, evidence}`) fails as a whole; report the issues of the
 * alternative the value was evidently meant to be, at their full path.
 */
function resolveUnions(issue) {
    if (issue.code !== 'invalid_union')
        return [issue];
    const meant = issue.errors.find((errors) => errors.length > 0 && errors.every((inner) => inner.code !== 'invalid_type' || inner.path.length > 0));
    if (!meant)
        return [issue];
    return meant.flatMap((inner) => resolveUnions({ ...inner, path: [...issue.path, ...inner.path] }));
}
function describeIssue(file, document, lineCounter, data, issue, schema) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
        // One problem per key, each at the key itself, so every misspelling is shown where it is.
        const known = knownKeys(schema, path);
        return issue.keys.map((key) => {
            const keyNode = findKeyNode(document, path, key);
            const position = keyNode?.range ? lineCounter.linePos(keyNode.range[0]) : undefined;
            return {
                file,
                line: position?.line,
                column: position?.col,
                field: formatFieldPath([...path, key]),
                message: unknownKeyMessage(key, known) + namedIn(data, path),
            };
        });
    }
    const node = nearestNode(document, path);
    const position = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    return [
        {
            file,
            line: position?.line,
            column: position?.col,
            field: formatFieldPath(path) || '(top level)',
            message: explain(issue, valueAt(data, path)) + namedIn(data, path),
        },
    ];
}
/** The keys the schema accepts for the mapping at `path` (through defaults, lists, unions and records). */
function knownKeys(schema, path) {
    const keys = new Set();
    const walk = (current, rest) => {
        if (!current)
            return;
        const def = current._zod.def;
        if (def.innerType)
            walk(def.innerType, rest);
        else if (def.type === 'pipe')
            walk(def.in, rest);
        else if (def.type === 'union')
            for (const option of def.options ?? [])
                walk(option, rest);
        else if (def.type === 'object' && def.shape) {
            if (rest.length > 0)
                walk(def.shape[String(rest[0])], rest.slice(1));
            else
                for (const key of Object.keys(def.shape))
                    keys.add(key);
        }
        else if (rest.length > 0 && def.type === 'array')
            walk(def.element, rest.slice(1));
        else if (rest.length > 0 && def.type === 'record')
            walk(def.valueType, rest.slice(1));
    };
    walk(schema, path);
    return [...keys];
}
/** ` (in "health")` when the field lies inside a list entry that has a name, e.g. a smoke check. */
function namedIn(data, path) {
    for (let length = path.length; length > 0; length--) {
        if (typeof path[length - 1] !== 'number')
            continue;
        const entry = valueAt(data, path.slice(0, length));
        const name = entry && typeof entry === 'object' ? entry.name : undefined;
        if (typeof name === 'string' && name.trim())
            return ` (in "${name}")`;
    }
    return '';
}
function explain(issue, got) {
    const found = describeValue(got);
    switch (issue.code) {
        case 'invalid_value':
            return `expected one of ${issue.values.map(String).join(', ')}; got ${found}`;
        case 'invalid_type':
            return got === undefined ? `is required (expected ${issue.expected})` : `expected ${issue.expected}; got ${found}`;
        case 'too_small':
            return issue.origin === 'array'
                ? `expected at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}; got ${found}`
                : issue.origin === 'string'
                    ? `expected a non-empty text; got ${found}`
                    : `expected at least ${String(issue.minimum)}; got ${found}`;
        case 'too_big':
            return `expected at most ${String(issue.maximum)}; got ${found}`;
        case 'invalid_union':
            return `expected a text or a mapping; got ${found}`;
        case 'custom':
            // Our own refinements word their message in full.
            return issue.message;
        default:
            return `${issue.message}; got ${found}`;
    }
}
function describeValue(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
    if (typeof value === 'object')
        return 'a mapping';
    return JSON.stringify(value);
}
function valueAt(data, path) {
    let current = data;
    for (const key of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function nearestNode(document, path) {
    for (let length = path.length; length >= 0; length--) {
        const node = document.getIn(path.slice(0, length), true);
        if ((0,dist/* isNode */.Ll)(node))
            return node;
    }
    return document.contents ?? undefined;
}
function findKeyNode(document, path, key) {
    const parent = path.length === 0 ? document.contents : document.getIn(path, true);
    if (!(0,dist/* isMap */.jh)(parent))
        return (0,dist/* isNode */.Ll)(parent) ? parent : undefined;
    for (const pair of parent.items) {
        if ((0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key)
            return pair.key;
    }
    return parent;
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

;// CONCATENATED MODULE: ./packages/policy/src/load.ts
// Resolves the policy every action works from: the role document plus the optional
// release.yml, with defaults for everything a repository does not say.






const DEFAULT_POLICY_PATH = '.repo/policy/release.yml';
const DEFAULT_ROLE_DOCUMENT_PATH = '.repo/agents/roles/release-manager.md';
/**
 * The evidence that proves each item of the seed checklist, so that a repository with no
 * release.yml still has its provable items proven, not just ticked.
 */
const DEFAULT_EVIDENCE = {
    [itemKey('All PRs merged and reviewed')]: 'reviews',
    [itemKey('All tests passing')]: 'checks',
    [itemKey('Quality gates passed')]: 'checks',
    [itemKey('Security scans clean')]: 'security',
    [itemKey('Documentation updated')]: 'docs',
    [itemKey('Release notes prepared')]: 'release-notes',
};
/** How checklist item texts are compared: case, inner whitespace and trailing punctuation do not matter. */
function itemKey(text) {
    return text
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\s.,;:!?]+$/, '');
}
async function loadPolicy(options) {
    const policyPath = options.policyPath?.trim() || DEFAULT_POLICY_PATH;
    const policyText = await options.read(policyPath);
    if (policyText === undefined && options.policyPath?.trim()) {
        throw new PolicyError([{ file: policyPath, message: 'not found; the `policy` input names a file that does not exist at this commit' }]);
    }
    const read = policyText === undefined ? undefined : readYamlWithSchema(policyPath, policyText, releasePolicySchema);
    const file = read ? read.value : releasePolicySchema.parse({});
    const roleDocument = await resolveRoleDocument(options.read, file['role-document'], policyPath);
    const problems = [];
    const items = requiredItems(file, roleDocument, policyPath, problems, read?.positionOf);
    if (problems.length > 0)
        throw new PolicyError(problems);
    return {
        policyFile: { path: policyPath, found: policyText !== undefined },
        roleDocument,
        checklist: {
            items,
            itemsFrom: file.checklist.items ? 'policy-file' : 'role-document',
            comments: file.checklist.comments,
            'comment-permission': file.checklist['comment-permission'],
            evidence: file.checklist.evidence,
        },
        approvers: file.approvers,
        smokeTest: file['smoke-test'],
        rollback: file.rollback,
        releaseNotes: file['release-notes'],
    };
}
async function resolveRoleDocument(read, requestedPath, policyPath) {
    const path = requestedPath ?? DEFAULT_ROLE_DOCUMENT_PATH;
    const text = await read(path);
    if (text === undefined && requestedPath !== undefined) {
        throw new PolicyError([{ file: policyPath, field: 'role-document', message: `names "${path}", which does not exist at this commit` }]);
    }
    const { document, problems } = text === undefined ? readRoleDocument(path, BUILT_IN_ROLE_DOCUMENT, 'built-in') : readRoleDocument(path, decodeUtf8(path, text), 'repository');
    if (!document)
        throw new PolicyError(problems);
    return document;
}
function requiredItems(file, roleDocument, policyPath, problems, positionOf) {
    const items = file.checklist.items
        ? file.checklist.items.map((item) => typeof item === 'string'
            ? { text: item, allowNotApplicable: false }
            : { text: item.text, evidence: item.evidence, allowNotApplicable: item['allow-not-applicable'] })
        : roleDocument.checklist.map((item) => ({
            text: item.text,
            evidence: DEFAULT_EVIDENCE[itemKey(item.text)],
            allowNotApplicable: false,
        }));
    const seen = new Set();
    items.forEach((item, index) => {
        const key = itemKey(item.text);
        if (seen.has(key)) {
            problems.push(file.checklist.items
                ? { file: policyPath, ...positionOf?.(['checklist', 'items', index]), field: `checklist.items[${index}]`, message: `"${item.text}" is listed twice` }
                : { file: roleDocument.path, field: 'Release Checklist', message: `"${item.text}" is listed twice` });
        }
        seen.add(key);
    });
    return items;
}

;// CONCATENATED MODULE: ./packages/policy/src/overrides.ts
// Action inputs that override one section of the policy for one run, validated by the
// same schema as the file, with errors that name the input.



/**
 * `overrides` maps setting names to values already converted from input text; undefined
 * entries (inputs left empty) keep the policy's value. `inputNames` maps a setting to the
 * input that set it, for the error message.
 */
function applyInputOverrides(section, current, overrides, inputNames) {
    const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
    const merged = { ...current, ...given };
    const result = releasePolicySchema.shape[section].safeParse(merged);
    if (result.success)
        return result.data;
    throw new PolicyError(result.error.issues.flatMap(resolveUnions).map((issue) => {
        const key = String(issue.path[0] ?? '');
        const input = inputNames[key];
        return {
            origin: 'input',
            file: input ? `input \`${input}\`` : `policy section ${section}`,
            field: input ? undefined : issue.path.join('.'),
            message: explain(issue, valueAt(merged, issue.path)),
        };
    }));
}
/** A list input: comma- or newline-separated, blanks dropped; undefined when the input is empty. */
function listInput(value) {
    const items = value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
    return items.length > 0 ? items : undefined;
}
/** A number input; the text itself when it is not a number, so the schema reports it. */
function numberInput(value) {
    const trimmed = value.trim();
    if (trimmed === '')
        return undefined;
    return Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

;// CONCATENATED MODULE: ./packages/policy/src/index.ts











/***/ }),

/***/ 1080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tE: () => (/* reexport */ booleanInput),
  ij: () => (/* reexport */ choiceInput),
  IT: () => (/* reexport */ step/* finishStep */.I),
  BP: () => (/* reexport */ logLine),
  wR: () => (/* reexport */ positiveIntegerInput),
  dw: () => (/* reexport */ stage),
  _Z: () => (/* reexport */ textInput)
});

// UNUSED EXPORTS: runStep

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=b8ea9eb43dca007085e9626112015867601783ef3ee7845e0e8ffa90ac0304de/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(4200);
;// CONCATENATED MODULE: ./packages/report/src/inputs.ts
// Inputs as the runner passes them (INPUT_* variables), read through the toolkit, which
// trims them. Every input that is not plain text is parsed here, and a bad one is an error
// in one style \u2014 input `name`: expected \u2026; got "\u2026" \u2014 raised before the action writes anything.

function invalid(name, expected) {
    return new Error(`input \`${name}\`: expected ${expected}; got "${core/* getInput */.V4(name)}"`);
}
/** A text input, trimmed; '' when it is not set. */
function textInput(name, options) {
    return core/* getInput */.V4(name, options);
}
/**
 * A boolean input by the toolkit's YAML 1.2 core-schema rule (true/True/TRUE,
 * false/False/FALSE). Anything else \u2014 `yes`, a typo \u2014 is an error that names the input.
 */
function booleanInput(name) {
    try {
        return core/* getBooleanInput */.Vt(name);
    }
    catch {
        throw invalid(name, 'true or false');
    }
}
/** A positive whole number (an issue number, a deployment id); undefined when the input is empty. */
function positiveIntegerInput(name) {
    const value = core/* getInput */.V4(name);
    if (value === '')
        return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0)
        throw invalid(name, 'a positive whole number');
    return parsed;
}
/** One of a fixed set of words; `fallback` when the input is empty. */
function choiceInput(name, choices, fallback) {
    const value = core/* getInput */.V4(name) || fallback;
    const known = choices.find((choice) => choice === value);
    if (known === undefined)
        throw invalid(name, `one of ${choices.join(', ')}`);
    return known;
}

// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var src = __webpack_require__(5348);
;// CONCATENATED MODULE: ./packages/report/src/log.ts
// The job log as a record an auditor can read: each stage of an action runs in a collapsible
// group that says what was read, what was decided and why. Everything logged goes through
// `inertLogLine`, so user text (a title, a URL) cannot add a line or start a workflow command.


/**
 * Runs one named stage of an action inside a collapsible log group and returns its result;
 * `describe` turns the result into the lines that say what the stage read and decided.
 */
function stage(title, work, describe) {
    return core/* group */.Os((0,src/* inertLogLine */.TR)(title), async () => {
        const result = await work();
        for (const line of describe?.(result) ?? [])
            logLine(line);
        return result;
    });
}
/** One line of the log, as one inert line. */
function logLine(line) {
    core/* info */.pq((0,src/* inertLogLine */.TR)(line));
}

// EXTERNAL MODULE: ./packages/report/src/step.ts
var step = __webpack_require__(819);
;// CONCATENATED MODULE: ./packages/report/src/index.ts





/***/ })

};
