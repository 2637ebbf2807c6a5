/**
 * The contract between the server and route handlers: what a handler is given, what it
 * returns, and helpers for GitHub's common answers.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RouteKey } from './model/state';
import { documentationUrl } from './openapi';
import type { Page } from './pagination';
import type { JsonObject, ShapeContext } from './shapes';
import { isObject } from './shapes';

export interface RouteContext extends ShapeContext {
  route: RouteKey;
  /** Decoded path parameters, named as in the OpenAPI path template. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Absolute URL of this request on the emulator (used for Link headers). */
  url: URL;
  headers: IncomingHttpHeaders;
  /** Parsed JSON request body, if any. */
  body: unknown;
  /**
   * Records a problem that must fail the test (like a body that breaks GitHub's schema), for
   * handlers that check their own bodies: GraphQL queries GitHub's schema rejects.
   */
  violation(problem: string): void;
}

export interface Reply {
  status: number;
  /** JSON body; validated against the route's response schema before it is sent. */
  body?: unknown;
  /** A non-JSON body (e.g. raw file contents) sent as is with `contentType`. */
  raw?: { text: string; contentType: string };
  headers?: Record<string, string>;
}

export interface RouteDefinition {
  /** Method + OpenAPI path template, e.g. 'GET /repos/{owner}/{repo}/pulls/{pull_number}'. */
  route: RouteKey;
  handler: (ctx: RouteContext) => Reply;
  /**
   * false for routes that are not operations of GitHub's REST description (POST /graphql):
   * the path is matched literally, and the handler checks its own 2xx bodies (reporting
   * through ctx.violation) instead of the server validating them against the OpenAPI schemas.
   */
  rest?: false;
  /** How the route answers a token that lacks `permission` (default: REST's 403). */
  deny?: (ctx: RouteContext, permission: string) => Reply;
}

/** The JSON request body as an object ({} when absent or not an object). */
export function requestBody(ctx: Pick<RouteContext, 'body'>): JsonObject {
  return isObject(ctx.body) ? ctx.body : {};
}

export function json(body: unknown, status = 200, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

/** A page of a list, with its Link header when there is more than one page. */
export function paged<T>(page: Page<T>, wrap: (items: T[]) => unknown = (items) => items): Reply {
  return json(wrap(page.items), 200, page.link ? { link: page.link } : undefined);
}

/** GitHub's JSON error body: message, documentation_url and the status as a string. */
export function errorBody(status: number, message: string, docs = 'https://docs.github.com/rest') {
  return { message, documentation_url: docs, status: String(status) };
}

export function error(ctx: Pick<RouteContext, 'route'>, status: number, message: string): Reply {
  return json(errorBody(status, message, documentationUrl(ctx.route)), status);
}

/** GitHub's 422 "Validation Failed" body: one error naming the resource and field at fault. */
export function validationFailed(ctx: Pick<RouteContext, 'route'>, resource: string, field: string, code = 'missing_field'): Reply {
  return json({ message: 'Validation Failed', errors: [{ resource, code, field }], documentation_url: documentationUrl(ctx.route), status: '422' }, 422);
}

export function notFound(ctx: Pick<RouteContext, 'route'>, message = 'Not Found'): Reply {
  return error(ctx, 404, message);
}

/** GitHub's answer for a {ref} that names no commit (check runs, statuses, single commit). */
export function unknownRef(ctx: Pick<RouteContext, 'route' | 'params'>): Reply {
  return error(ctx, 422, `No commit found for SHA: ${ctx.params.ref ?? ''}`);
}
