/**
 * Ready-made faults for the failure modes actions must survive, one switch each: GitHub's
 * rate limits, server errors (JSON or an HTML page from a proxy), and transport faults — a
 * connection that never answers, headers whose body never ends, JSON cut short, and a
 * `Link: rel="next"` that leads back to the page itself.
 */
import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { RouteKey } from './model/state';

/** How the answer is broken on the wire; absent: sent as given. */
export type TransportFault = 'hang' | 'stall-body' | 'truncate' | 'link-loop';

export interface Fault {
  route: RouteKey;
  /** How many matching requests get this answer; default 1 (Infinity: every one). */
  times?: number;
  /** The status to answer with; absent for transport faults, which break the route's real answer. */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** A non-JSON body, e.g. a proxy's HTML error page. */
  raw?: { text: string; contentType: string };
  transport?: TransportFault;
}

const SECONDARY_RATE_LIMIT_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

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
  /** A load balancer's HTML error page, as GitHub's edge sends one on a 502. */
  htmlError(route: RouteKey, status = 502, times = 1): Fault {
    const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
    const page = `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>We couldn't respond to your request in time. <script>track()</script></p></body></html>\n`;
    return { route, times, status, raw: { text: page, contentType: 'text/html; charset=utf-8' } };
  },
  /** The primary rate limit used up: 403 with x-ratelimit-remaining 0, resetting in `resetInSeconds`. */
  rateLimitExhausted(route: RouteKey, resetInSeconds = 1800, times = 1): Fault {
    return {
      route,
      times,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds) },
      body: {
        message: 'API rate limit exceeded for installation ID 4242.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
    };
  },
  /** The connection is accepted and nothing is ever sent back. */
  hang(route: RouteKey, times = Number.POSITIVE_INFINITY): Fault {
    return { route, times, transport: 'hang' };
  },
  /** Status and headers arrive, then half the body, and the rest never does. */
  stallBody(route: RouteKey, times = Number.POSITIVE_INFINITY): Fault {
    return { route, times, transport: 'stall-body' };
  },
  /** The real answer cut in half, with a Content-Length that matches the half. */
  truncatedJson(route: RouteKey, times = Number.POSITIVE_INFINITY): Fault {
    return { route, times, transport: 'truncate' };
  },
  /** The real answer, with `Link: rel="next"` pointing back at the very page requested. */
  linkLoop(route: RouteKey, times = Number.POSITIVE_INFINITY): Fault {
    return { route, times, transport: 'link-loop' };
  },
};

/** The faults queued on an emulator, each answering its next `times` requests on its route. */
export class FaultQueue {
  private readonly queued: Array<Fault & { remaining: number }> = [];

  add(fault: Fault): void {
    this.queued.push({ ...fault, remaining: fault.times ?? 1 });
  }

  /** The first fault queued for `route`, used up once it has answered `times` requests. */
  take(route: RouteKey): Fault | undefined {
    const index = this.queued.findIndex((fault) => fault.route === route);
    const fault = this.queued[index];
    if (!fault) return undefined;
    if (--fault.remaining <= 0) this.queued.splice(index, 1);
    return fault;
  }
}
