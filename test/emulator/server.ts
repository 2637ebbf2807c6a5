/**
 * The HTTP side of the emulator: authentication, faults, denied permissions, repository
 * scoping, GitHub's response headers, request recording and schema validation of every
 * body, around the handlers of the route table.
 */
import { createServer, STATUS_CODES } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault } from './faults';
import { requestId } from './faults';
import { documentationUrl, spec, validateResponse } from './openapi';
import type { Reply, RouteContext, RouteDefinition } from './reply';
import { errorBody, json } from './reply';
import { createRouter } from './router';
import { repoId } from './shapes';
import type { RouteMatch } from './router';
import { routes } from './routes/index';
import type { EmulatorState, RouteKey } from './state';
import { defaultState } from './state';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  route: RouteKey | null;
  status: number;
  body?: unknown;
}

export interface Emulator {
  /** http://127.0.0.1:PORT (no trailing slash) */
  url: string;
  /** Live, mutable by tests between requests. */
  state: EmulatorState;
  /** Every request, in order, including faulted ones. */
  requests: RecordedRequest[];
  /** Queue: the next `times` matching requests get this answer instead. */
  fault(fault: Fault): void;
  schemaViolations(): string[];
  close(): Promise<void>;
}

const RATE_LIMIT = 5000;
/** GitHub Enterprise Server serves the REST API under this prefix (GITHUB_API_URL=https://HOST/api/v3). */
const ENTERPRISE_PREFIX = '/api/v3';
/** ...and GraphQL here (https://HOST/api/graphql), which the emulator maps to POST /graphql. */
const ENTERPRISE_GRAPHQL = '/api/graphql';
const GRAPHQL_DOCS = 'https://docs.github.com/graphql';
let router: ReturnType<typeof createRouter> | undefined;

/** `token X` or `Bearer X`, as GitHub accepts. */
function authorized(header: string | undefined): boolean {
  return /^(token|bearer)\s+\S+/i.test(header ?? '');
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (!chunks.length) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

interface Answer extends Reply {
  /** Whether the body is checked against the spec (not for arbitrary bodies tests inject). */
  validate: boolean;
  /** How the answer is to be broken on the wire. */
  transport?: Fault['transport'];
}

export async function startEmulator(initial?: Partial<EmulatorState>): Promise<Emulator> {
  spec(); // Parse the 13 MB description now rather than inside the first request.
  router ??= createRouter(routes);
  const matchRoute = router;
  let state = defaultState(initial);
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const queued: Array<Fault & { remaining: number }> = [];
  const rate = { used: 0, reset: Math.floor(Date.now() / 1000) + 3600 };
  let base = '';

  function takeFault(route: RouteKey): Fault | undefined {
    const index = queued.findIndex((fault) => fault.route === route);
    const fault = queued[index];
    if (!fault) return undefined;
    if (--fault.remaining <= 0) queued.splice(index, 1);
    return fault;
  }

  /** Decides the answer: auth, routing, faults, denial, repository, then the handler. */
  function answer(request: IncomingMessage, url: URL, match: RouteMatch | undefined, body: unknown, apiBase: string): Answer {
    if (!authorized(request.headers.authorization)) return { ...json(errorBody(401, 'Requires authentication'), 401), validate: true };
    if (!match) return { ...json(errorBody(404, 'Not Found'), 404), validate: true };
    const { definition } = match;
    const { route } = definition;
    // Routes outside the REST description (GraphQL) have no operation to link to.
    const docs = () => (definition.rest === false ? GRAPHQL_DOCS : documentationUrl(route));

    const fault = takeFault(route);
    if (fault?.status !== undefined) {
      if (fault.raw) return { status: fault.status, raw: fault.raw, headers: fault.headers ?? {}, validate: false };
      const faultBody = fault.body ?? errorBody(fault.status, STATUS_CODES[fault.status] ?? 'Error');
      const checkable = fault.status < 400 || (typeof faultBody === 'object' && faultBody !== null);
      return { status: fault.status, body: faultBody, headers: fault.headers ?? {}, validate: checkable };
    }
    const transport = fault?.transport;
    const broken = (reply: Answer): Answer => (transport ? { ...reply, transport } : reply);

    const label = `${route} ${url.pathname}${url.search}`;
    const ctx: RouteContext = {
      state,
      apiBase,
      route,
      params: match.params,
      query: url.searchParams,
      url,
      headers: request.headers,
      body,
      violation: (problem) => violations.push(`${label}: ${problem}`),
    };
    /** Runs a handler; a handler bug must fail the tests, not just produce a confusing 500 for the action. */
    const run = (handler: () => Reply): Answer => {
      try {
        return { ...handler(), validate: true };
      } catch (error) {
        violations.push(`${label}: handler threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return { ...json(errorBody(500, 'Server Error'), 500), validate: false };
      }
    };

    const denial = state.denied.find((entry) => entry.route === route);
    if (denial) {
      const { deny } = definition;
      if (deny) return run(() => deny(ctx, denial.permission));
      const reply = json(errorBody(403, 'Resource not accessible by integration', docs()), 403, {
        'x-accepted-github-permissions': denial.permission,
      });
      return broken({ ...reply, validate: true });
    }

    const { owner, repo } = match.params;
    const sameRepo = (a: string | undefined, b: string) => a === undefined || a.toLowerCase() === b.toLowerCase();
    if (!sameRepo(owner, state.repo.owner) || !sameRepo(repo, state.repo.name)) {
      return { ...json(errorBody(404, 'Not Found', docs()), 404), validate: true };
    }

    return broken(run(() => definition.handler(ctx)));
  }

  function checkSchema(definition: RouteDefinition | undefined, label: string, reply: Answer): void {
    if (!reply.validate || reply.body === undefined || reply.raw) return;
    // Routes outside the REST description check their own successful bodies; their errors are GitHub's JSON errors.
    const rest = definition?.rest !== false;
    if (!rest && reply.status < 400) return;
    try {
      for (const problem of validateResponse(rest ? (definition?.route ?? null) : null, reply.status, reply.body)) violations.push(`${label} ${reply.status}: ${problem}`);
    } catch (error) {
      violations.push(`${label} ${reply.status}: could not validate: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function headers(reply: Answer): Record<string, string> {
    rate.used += 1;
    const extra = Object.fromEntries(Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    return {
      'content-type': reply.raw?.contentType ?? 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': requestId(),
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - rate.used)),
      'x-ratelimit-used': String(rate.used),
      'x-ratelimit-reset': String(rate.reset),
      'x-ratelimit-resource': 'core',
      ...extra,
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', base);
    const method = request.method ?? 'GET';
    const enterprise = url.pathname.startsWith(`${ENTERPRISE_PREFIX}/`);
    // GitHub Enterprise Server serves GraphQL at /api/graphql, outside the REST prefix.
    const enterpriseGraphql = url.pathname.replace(/\/$/, '') === ENTERPRISE_GRAPHQL;
    const apiPath = enterpriseGraphql ? '/graphql' : enterprise ? url.pathname.slice(ENTERPRISE_PREFIX.length) : url.pathname;
    const path = repositoryPathByName(apiPath);
    const match = matchRoute(method, path);
    const route = match?.definition.route ?? null;
    const reply = answer(request, url, match, body, enterprise || enterpriseGraphql ? base + ENTERPRISE_PREFIX : base);
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      route,
      status: reply.status,
      ...(body === undefined ? {} : { body }),
    });
    checkSchema(match?.definition, `${route ?? `${method} (no route)`} ${url.pathname}${url.search}`, reply);
    if (reply.headers?.link) reply.headers = { ...reply.headers, link: linksById(reply.headers.link) };
    const payload = Buffer.from(reply.raw?.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)), 'utf8');
    sendBroken(response, reply, { ...headers(reply), 'content-length': String(payload.length) }, payload, url);
  }

  /**
   * GitHub's Link headers name the repository by id (`/repositories/1296269/issues?page=2`),
   * as @octokit/fixtures records; the emulator answers both forms.
   */
  function repositoryPathByName(path: string): string {
    const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    if (!byId || Number(byId[1]) !== repoId({ state, apiBase: base })) return path;
    return `/repos/${state.repo.owner}/${state.repo.name}${byId[2] ?? ''}`;
  }

  function linksById(link: string): string {
    const byName = `/repos/${state.repo.owner}/${state.repo.name}/`;
    return link.replace(/<([^>]+)>/g, (whole, target: string) => {
      const parsed = new URL(target);
      if (!parsed.pathname.includes(byName)) return whole;
      parsed.pathname = parsed.pathname.replace(byName, `/repositories/${repoId({ state, apiBase: base })}/`);
      return `<${parsed.toString()}>`;
    });
  }

  /** Sends the answer, broken as its transport fault says. */
  function sendBroken(response: ServerResponse, reply: Answer, head: Record<string, string>, payload: Buffer, url: URL): void {
    switch (reply.transport) {
      case 'hang':
        return; // the socket stays open and silent until the client gives up or the emulator closes
      case 'stall-body':
        response.writeHead(reply.status, head);
        response.write(payload.subarray(0, Math.floor(payload.length / 2)));
        return;
      case 'truncate': {
        const half = payload.subarray(0, Math.floor(payload.length / 2));
        response.writeHead(reply.status, { ...head, 'content-length': String(half.length) });
        response.end(half);
        return;
      }
      case 'link-loop':
        response.writeHead(reply.status, { ...head, link: `<${url.toString()}>; rel="next", <${url.toString()}>; rel="last"` });
        response.end(payload);
        return;
      default:
        response.writeHead(reply.status, head);
        response.end(payload);
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violations.push(`emulator failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(errorBody(500, 'Server Error')));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    // An accessor, so tests may also replace the whole state object.
    get state() {
      return state;
    },
    set state(next) {
      state = next;
    },
    requests,
    fault(fault) {
      queued.push({ ...fault, remaining: fault.times ?? 1 });
    },
    schemaViolations: () => [...violations],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients such as fetch keep connections alive; don't wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
