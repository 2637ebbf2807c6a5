// How long the gateway waits for GitHub, and how often it tries again. The defaults bound
// an action facing an API that has stopped answering to about two minutes per request.
// RELEASE_GOVERNANCE_TIME_SCALE (tests only) shortens every one of these by a factor.

export interface ApiLimits {
  /** One attempt: headers and the whole body. */
  attemptMs: number;
  attempts: number;
  /** Waits before the 2nd, 3rd and 4th attempt. */
  backoffMs: number[];
  /** The longest wait for a rate limit to lift (Retry-After or the reset time); longer fails at once. */
  maxRateLimitWaitMs: number;
  /** A request, all attempts and waits included, ends by then. */
  requestBudgetMs: number;
  /** More pages than this is a loop or a list too large to read in a step. */
  maxPages: number;
}

export const DEFAULT_API_LIMITS: ApiLimits = {
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
export const FINISHING_API_LIMITS: ApiLimits = {
  ...DEFAULT_API_LIMITS,
  attemptMs: 3_000,
  backoffMs: [200, 400, 800],
  maxRateLimitWaitMs: 1_000,
  requestBudgetMs: 6_000,
  maxPages: 1,
};

const TIME_SCALE_VARIABLE = 'RELEASE_GOVERNANCE_TIME_SCALE';

/** A factor in (0, 1] from the environment; anything else is 1 (users get the defaults). */
function timeScale(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env[TIME_SCALE_VARIABLE]);
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : 1;
}

export function apiLimits(env: NodeJS.ProcessEnv = process.env): ApiLimits {
  const scale = timeScale(env);
  const scaled = (ms: number) => Math.max(1, Math.round(ms * scale));
  return {
    ...DEFAULT_API_LIMITS,
    attemptMs: scaled(DEFAULT_API_LIMITS.attemptMs),
    backoffMs: DEFAULT_API_LIMITS.backoffMs.map(scaled),
    maxRateLimitWaitMs: scaled(DEFAULT_API_LIMITS.maxRateLimitWaitMs),
    requestBudgetMs: scaled(DEFAULT_API_LIMITS.requestBudgetMs),
  };
}
