/**
 * Ready-made faults for the failure modes actions must survive: GitHub's secondary rate
 * limit (403 or 429 with retry-after) and server errors.
 */
import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { RouteKey } from './state';

export interface Fault {
  route: RouteKey;
  /** How many matching requests get this answer; default 1. */
  times?: number;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

/** An id in the shape of x-github-request-id, e.g. "C0DE:1A2B3C:4D5E6F:7A8B9C:65A1B2C3". */
export function requestId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(3)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}

function secondaryRateLimitBody() {
  return {
    message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId()}.`,
    documentation_url: SECONDARY_RATE_LIMIT_DOCS,
  };
}

export const faults = {
  /** 403 + retry-after with GitHub's secondary-rate-limit message. */
  secondaryRateLimit(route: RouteKey, retryAfterSeconds = 1, times = 1): Fault {
    return { route, times, status: 403, headers: { 'retry-after': String(retryAfterSeconds) }, body: secondaryRateLimitBody() };
  },
  /** 429 + retry-after, same message. */
  tooManyRequests(route: RouteKey, retryAfterSeconds = 1, times = 1): Fault {
    return { route, times, status: 429, headers: { 'retry-after': String(retryAfterSeconds) }, body: secondaryRateLimitBody() };
  },
  serverError(route: RouteKey, status = 502, times = 1): Fault {
    return { route, times, status, body: { message: STATUS_CODES[status] ?? 'Server Error' } };
  },
};
