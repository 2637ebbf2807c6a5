/**
 * Starts an emulator in named stages: the session (state, records, fault queue), the
 * router over the route table, the HTTP server that answers through answer.ts and sends
 * through wire.ts, listening on 127.0.0.1, and the handles tests hold.
 */

import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answer, checkSchema } from './answer';
import type { Fault } from './faults';
import type { EmulatorState } from './model/state';
import { spec } from './openapi';
import { errorBody } from './reply';
import type { RouteMatch } from './router';
import { createRouter } from './router';
import { routes } from './routes/index';
import type { RecordedRequest, Session } from './session';
import { createSession } from './session';
import { apiRequest, linksById, readBody, responseHeaders, sendBroken } from './wire';

export { type RecordedRequest, requestName } from './session';

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

type Router = (method: string, pathname: string) => RouteMatch | undefined;
let router: Router | undefined;

/** The route table compiled once per process: its templates come from the 13 MB description. */
function buildRouter(): Router {
  spec(); // Parse the description now rather than inside the first request.
  router ??= createRouter(routes);
  return router;
}

/** Answers one request, records it, checks its body against the schema and sends it. */
async function handle(session: Session, matchRoute: Router, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await readBody(request);
  const url = new URL(request.url ?? '/', session.base);
  const method = request.method ?? 'GET';
  const { path, apiBase } = apiRequest(session, url);
  const match = matchRoute(method, path);
  const route = match?.definition.route ?? null;
  const reply = answer(session, { headers: request.headers, url, match, body, apiBase });
  const recorded: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), route, status: reply.status };
  session.requests.push(body === undefined ? recorded : { ...recorded, body });
  checkSchema(session, match?.definition, `${route ?? `${method} (no route)`} ${url.pathname}${url.search}`, reply);
  if (reply.headers?.link) reply.headers = { ...reply.headers, link: linksById(session, reply.headers.link) };
  const payload = Buffer.from(reply.raw?.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)), 'utf8');
  sendBroken(response, reply, { ...responseHeaders(session, reply), 'content-length': String(payload.length) }, payload, url);
}

/** The HTTP server; an emulator failure answers 500 and fails the test through the violations. */
function buildServer(session: Session, matchRoute: Router): Server {
  return createServer((request, response) => {
    handle(session, matchRoute, request, response).catch((error: unknown) => {
      session.violations.push(`emulator failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(errorBody(500, 'Server Error')));
    });
  });
}

/** Listens on a free port of 127.0.0.1; resolves to the base URL. */
async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** What tests hold: the URL, the live state, the records, the fault switch and close. */
function handles(session: Session, server: Server): Emulator {
  return {
    url: session.base,
    // An accessor, so tests may also replace the whole state object.
    get state() {
      return session.state;
    },
    set state(next) {
      session.state = next;
    },
    requests: session.requests,
    fault: (fault) => session.faults.add(fault),
    schemaViolations: () => [...session.violations],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients such as fetch keep connections alive; don't wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

export async function startEmulator(initial?: Partial<EmulatorState>): Promise<Emulator> {
  const matchRoute = buildRouter();
  const session = createSession(initial);
  const server = buildServer(session, matchRoute);
  session.base = await listen(server);
  return handles(session, server);
}
