// What went wrong with one attempt, whether it is worth another, and — once the gateway
// gives up — one message that names the request, the status and what to do. Every API
// error of every action is worded here.
import { STATUS_CODES } from 'node:http';
import type { ApiLimits } from './limits';
import { TransportFailure, type TransportFailureKind } from './transport';

export type Failure =
  | { kind: 'http'; status: number; headers: Record<string, string | undefined>; data: unknown }
  | { kind: 'graphql'; errors: Array<{ type?: string; message?: string }> }
  /** The pages do not form a list that ends: a loop, a foreign link, too many pages, not a list. */
  | { kind: 'paging'; message: string }
  | { kind: TransportFailureKind; message: string };

/** `GET /repos/o/r/contents/x` — the request as a reader can find it; never carries the token. */
export interface RequestLabel {
  method: string;
  path: string;
  /** Whether the request changes something (it may not be repeated after a timeout). */
  write: boolean;
  /** The token permission the request needs, in workflow syntax, e.g. `contents: read`. */
  permission: string;
}

export function labelText(label: RequestLabel): string {
  return `${label.method} ${label.path}`;
}

/** Reads what octokit threw: an HTTP answer, or the transport's reason (kept as `cause`). */
export function classify(error: unknown): Failure {
  for (let current: unknown = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof TransportFailure) return { kind: current.kind, message: current.message };
  }
  const response = (error as { response?: { status: number; headers: Record<string, string | undefined>; data: unknown } })?.response;
  if (response && typeof response.status === 'number') return { kind: 'http', status: response.status, headers: response.headers ?? {}, data: response.data };
  return { kind: 'network', message: `could not reach the API (${error instanceof Error ? error.message : String(error)})` };
}

type RateLimit = { kind: 'primary'; waitMs: number; resetAt: Date } | { kind: 'secondary'; waitMs: number };

function rateLimitOf(failure: Failure, now = Date.now()): RateLimit | undefined {
  if (failure.kind !== 'http' || (failure.status !== 403 && failure.status !== 429)) return undefined;
  const { headers } = failure;
  if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
    const resetAt = new Date(Number(headers['x-ratelimit-reset']) * 1000);
    return { kind: 'primary', resetAt, waitMs: Math.max(0, resetAt.getTime() - now) + 1000 };
  }
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined) return { kind: 'secondary', waitMs: retryAfter * 1000 };
  // GitHub: without Retry-After, wait at least a minute.
  if (failure.status === 429 || /secondary rate limit/i.test(githubMessage(failure) ?? '')) return { kind: 'secondary', waitMs: 60_000 };
  return undefined;
}

/**
 * How long to wait before the next attempt, or undefined when another attempt cannot help.
 * A write is repeated only when GitHub certainly did not act on it: a rate limit, or a
 * gateway error in front of GitHub.
 */
export function retryDelay(failure: Failure, label: RequestLabel, attempt: number, limits: ApiLimits): number | undefined {
  const backoff = limits.backoffMs[Math.min(attempt - 1, limits.backoffMs.length - 1)] ?? 0;
  const rateLimit = rateLimitOf(failure);
  if (rateLimit) return rateLimit.waitMs <= limits.maxRateLimitWaitMs ? rateLimit.waitMs : undefined;
  switch (failure.kind) {
    case 'http':
      if (failure.status >= 500) return !label.write || [502, 503, 504].includes(failure.status) ? backoff : undefined;
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
export function isOutage(failure: Failure): boolean {
  return failure.kind === 'deadline' || failure.kind === 'network' || failure.kind === 'invalid-json' || (failure.kind === 'http' && failure.status >= 500);
}

/** The one error type every GitHub call throws. `status` is the HTTP status, when there was one. */
export class GitHubApiError extends Error {
  readonly status?: number;
  readonly request: string;
  readonly failure: Failure;

  constructor(label: RequestLabel, failure: Failure, tries: { attempts: number; elapsedMs: number }) {
    super(`GitHub API ${labelText(label)}: ${describe(failure, label, tries)}`);
    this.name = 'GitHubApiError';
    this.request = labelText(label);
    this.failure = failure;
    if (failure.kind === 'http') this.status = failure.status;
    if (failure.kind === 'graphql' && failure.errors.some((error) => error.type === 'NOT_FOUND')) this.status = 404;
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof GitHubApiError && error.status === 404;
}

function describe(failure: Failure, label: RequestLabel, tries: { attempts: number; elapsedMs: number }): string {
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
      if (types.has('RATE_LIMITED')) return `the GraphQL rate limit is exhausted; re-run the job after it resets (within the hour). GitHub said: ${said}`;
      return `GitHub answered with errors: ${said}`;
    }
    case 'http':
      return describeStatus(failure, label, permission, verb, after);
  }
}

function describeStatus(failure: Extract<Failure, { kind: 'http' }>, label: RequestLabel, _permission: string, verb: string, after: string): string {
  const status = `${failure.status} ${STATUS_CODES[failure.status] ?? ''}`.trim();
  const said = githubMessage(failure);
  const saying = said ? ` GitHub said: ${said}` : '';
  const rateLimit = rateLimitOf(failure);
  if (rateLimit?.kind === 'primary') {
    const limit = failure.headers['x-ratelimit-limit'];
    return (
      `${status}: the token's rate limit${limit ? ` (${limit} requests an hour)` : ''} is used up; it resets at ${rateLimit.resetAt.toISOString().slice(11, 19)} UTC, ` +
      `in ${duration(rateLimit.waitMs)}${after}. Re-run the job then, or give this step a token with its own budget (a GitHub App token).`
    );
  }
  if (rateLimit?.kind === 'secondary') {
    return `${status}: GitHub's secondary rate limit; it asked to wait ${duration(rateLimit.waitMs)}${after}. Re-run the job in a few minutes, with fewer jobs calling the API at once.`;
  }
  if (failure.status === 401) return `${status}: the token was refused (expired, revoked or mistyped); pass a valid token in the \`token\` input.${saying}`;
  if (failure.status === 403) {
    const needed = acceptedPermission(failure.headers) ?? label.permission;
    return `${status}: the token cannot ${verb} this (it needs \`${needed}\`); add \`permissions: { ${needed} }\` to the job, or pass a token that has it.${saying}`;
  }
  if (failure.status === 404) return `${status}: it does not exist, or the token cannot see it (it needs \`${label.permission}\`).${saying}`;
  if (failure.status >= 500)
    return `${status}${after}: GitHub, or a proxy in front of it, is failing; see https://www.githubstatus.com and re-run the job.${saying}`;
  return `${status}.${saying}`;
}

/** GitHub's JSON `message`, on one line; a body that is not GitHub's JSON (an HTML error page) is never quoted. */
function githubMessage(failure: Extract<Failure, { kind: 'http' }>): string | undefined {
  const data = failure.data;
  if (typeof data !== 'object' || data === null || typeof (data as { message?: unknown }).message !== 'string') return undefined;
  return oneLine((data as { message: string }).message);
}

function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

/** GitHub names the permission the endpoint needs, e.g. "checks=read" or "contents=read; pull_requests=read". */
function acceptedPermission(headers: Record<string, string | undefined>): string | undefined {
  const header = headers['x-accepted-github-permissions'];
  if (!header?.trim()) return undefined;
  const pairs = (header.split(';')[0] ?? '')
    .split(',')
    .map((pair) => pair.trim().split('='))
    .filter((pair): pair is [string, string] => pair.length === 2)
    .map(([name, level]) => `${name.replace(/_/g, '-')}: ${level}`);
  return pairs.length > 0 ? pairs.join(', ') : undefined;
}

function duration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
