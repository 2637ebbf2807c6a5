/**
 * How the emulator decides an answer, in GitHub's order: authentication, routing, a queued
 * fault, a denied permission, the repository, then the route's handler; and the schema
 * check of every body it serves.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Fault } from './faults';
import type { EmulatorState } from './model/state';
import { documentationUrl, validateResponse } from './openapi';
import type { Reply, RouteContext, RouteDefinition } from './reply';
import { errorBody, json } from './reply';
import type { RouteMatch } from './router';
import type { Session } from './session';

const GRAPHQL_DOCS = 'https://docs.github.com/graphql';

export interface Answer extends Reply {
  /** Whether the body is checked against the spec (not for arbitrary bodies tests inject). */
  validate: boolean;
  /** How the answer is to be broken on the wire. */
  transport?: Fault['transport'];
}

/** The request as the server read it. */
interface Incoming {
  headers: IncomingHttpHeaders;
  url: URL;
  match: RouteMatch | undefined;
  body: unknown;
  /** The API root the request came through (with /api/v3 for GitHub Enterprise Server). */
  apiBase: string;
}

/** `token X` or `Bearer X`, as GitHub accepts. */
function authorized(header: string | undefined): boolean {
  return /^(token|bearer)\s+\S+/i.test(header ?? '');
}

/** Routes outside the REST description (GraphQL) have no operation to link to. */
function docs(definition: RouteDefinition): string {
  return definition.rest === false ? GRAPHQL_DOCS : documentationUrl(definition.route);
}

function plainError(status: number, message: string, documentation?: string): Answer {
  return { ...json(errorBody(status, message, documentation), status), validate: true };
}

/** A fault with a status answers instead of the route: its raw page, its body, or GitHub's error body. */
function faultAnswer(fault: Fault & { status: number }): Answer {
  if (fault.raw) return { status: fault.status, raw: fault.raw, headers: fault.headers ?? {}, validate: false };
  const body = fault.body ?? errorBody(fault.status, STATUS_CODES[fault.status] ?? 'Error');
  const checkable = fault.status < 400 || (typeof body === 'object' && body !== null);
  return { status: fault.status, body, headers: fault.headers ?? {}, validate: checkable };
}

function routeContext(session: Session, incoming: Incoming, match: RouteMatch, label: string): RouteContext {
  const { url } = incoming;
  return {
    state: session.state,
    apiBase: incoming.apiBase,
    route: match.definition.route,
    params: match.params,
    query: url.searchParams,
    url,
    headers: incoming.headers,
    body: incoming.body,
    violation: (problem) => session.violations.push(`${label}: ${problem}`),
  };
}

/** Runs a handler; a handler bug must fail the tests, not just produce a confusing 500 for the action. */
function runHandler(session: Session, label: string, handler: () => Reply): Answer {
  try {
    return { ...handler(), validate: true };
  } catch (error) {
    session.violations.push(`${label}: handler threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ...json(errorBody(500, 'Server Error'), 500), validate: false };
  }
}

/** GitHub's 403 for a GITHUB_TOKEN without the permission, naming the permission it wants. */
function denialAnswer(definition: RouteDefinition, permission: string): Answer {
  const reply = json(errorBody(403, 'Resource not accessible by integration', docs(definition)), 403, { 'x-accepted-github-permissions': permission });
  return { ...reply, validate: true };
}

/** Whether the owner and repo of the path (when it has them) name the emulated repository. */
function inRepository(state: EmulatorState, params: Record<string, string>): boolean {
  const same = (a: string | undefined, b: string) => a === undefined || a.toLowerCase() === b.toLowerCase();
  return same(params.owner, state.repo.owner) && same(params.repo, state.repo.name);
}

/** Decides the answer: auth, routing, faults, denial, repository, then the handler. */
export function answer(session: Session, incoming: Incoming): Answer {
  if (!authorized(incoming.headers.authorization)) return plainError(401, 'Requires authentication');
  const { match } = incoming;
  if (!match) return plainError(404, 'Not Found');
  const { definition } = match;
  const fault = session.faults.take(definition.route);
  if (fault?.status !== undefined) return faultAnswer({ ...fault, status: fault.status });
  const broken = (reply: Answer): Answer => (fault?.transport ? { ...reply, transport: fault.transport } : reply);

  const label = `${definition.route} ${incoming.url.pathname}${incoming.url.search}`;
  const ctx = routeContext(session, incoming, match, label);
  const denial = session.state.denied.find((entry) => entry.route === definition.route);
  if (denial) {
    const { deny } = definition;
    return deny ? runHandler(session, label, () => deny(ctx, denial.permission)) : broken(denialAnswer(definition, denial.permission));
  }
  if (!inRepository(session.state, match.params)) return plainError(404, 'Not Found', docs(definition));
  return broken(runHandler(session, label, () => definition.handler(ctx)));
}

/** Records every way the answer's body breaks the route's response schema. */
export function checkSchema(session: Session, definition: RouteDefinition | undefined, label: string, reply: Answer): void {
  if (!reply.validate || reply.body === undefined || reply.raw) return;
  // Routes outside the REST description check their own successful bodies; their errors are GitHub's JSON errors.
  const rest = definition?.rest !== false;
  if (!rest && reply.status < 400) return;
  try {
    for (const problem of validateResponse(rest ? (definition?.route ?? null) : null, reply.status, reply.body))
      session.violations.push(`${label} ${reply.status}: ${problem}`);
  } catch (error) {
    session.violations.push(`${label} ${reply.status}: could not validate: ${error instanceof Error ? error.message : String(error)}`);
  }
}
