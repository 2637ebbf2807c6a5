// A smoke-test run as the policy's smoke-test section defines it: the warm-up wait, then the
// suite with its concurrency, deadline and retry delay. smoke-test and rollback both verify
// a deployment this way.
import type { SmokeTestSettings } from '@release-governance/policy';
import { type CheckPlan, withoutCredentials } from './plan';
import { liveProbes, waitForService } from './probes';
import { type CheckResult, runSuite, type SuiteOptions } from './suite';

interface Verification {
  results: CheckResult[];
  /** Present when the policy asks for a warm-up and there is something to wait for. */
  warmUp?: { answered: boolean; waitedMs: number };
}

/**
 * `cancelled` (the job's cancellation) ends the warm-up and the checks at once; unfinished
 * checks fail. `onAttempt` hears of every attempt of every check as it ends.
 */
export async function verifyService(
  plans: CheckPlan[],
  settings: SmokeTestSettings,
  baseUrl: string | undefined,
  { cancelled, onAttempt }: Pick<SuiteOptions, 'cancelled' | 'onAttempt'> = {},
): Promise<Verification> {
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
