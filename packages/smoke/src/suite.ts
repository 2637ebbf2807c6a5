// Runs the checks: concurrently up to a limit, each retried with exponential backoff and
// jitter until it passes (N consecutive times, for flapping services), runs out of
// attempts, or the suite's deadline passes. The probes do the I/O. Everything a result
// says (target, last status, reason) is masked with the plan's `mask` where it is made.
import { mapLimit, sleep } from '@release-governance/async';
import { plural } from '@release-governance/render';
import { type CommandObservation, commandFailures, type HttpObservation, httpFailures } from './assert';
import type { CheckPlan, CommandPlan, HttpPlan } from './plan';
import { redact } from './secrets';

/** An attempt that produced no observation at all: connection refused, timed out, not started. */
interface ProbeError {
  error: string;
}

export interface Probes {
  http(plan: HttpPlan, timeoutMs: number, cancelled?: AbortSignal): Promise<HttpObservation | ProbeError>;
  command(
    plan: CommandPlan,
    timeoutMs: number,
    cancelled?: AbortSignal,
  ): Promise<(CommandObservation & { timedOut: boolean; durationMs: number }) | ProbeError>;
}

export interface CheckResult {
  name: string;
  kind: 'http' | 'command';
  /** URL (without credentials) or the command line. */
  target: string;
  severity: 'critical' | 'warn';
  passed: boolean;
  attempts: number;
  /** e.g. "200", "exit 0", "connection refused". */
  lastStatus: string;
  latencyMs?: number;
  /** Why it failed, from the last attempt. */
  reason?: string;
}

/** One attempt of one check, as it ended: what was seen, and whether the check goes on. */
export interface AttemptEvent {
  check: string;
  attempt: number;
  /** e.g. "200", "exit 0", "connection refused" (masked). */
  status: string;
  /** What was wrong; empty when the attempt passed. */
  problems: string[];
  /** `retry` after a failure, `recheck` after a pass that is not yet stable, `done` when the check has its result. */
  next: 'retry' | 'recheck' | 'done';
  delayMs?: number;
}

export interface SuiteOptions {
  concurrency: number;
  /** Epoch ms by which every check must have finished. */
  deadline: number;
  retryDelayMs: number;
  probes: Probes;
  random?: () => number;
  /** The job was cancelled: no further attempt starts, and the one running is stopped. */
  cancelled?: AbortSignal;
  /** Told of every attempt as it ends (the entry logs it), so retries are not silent. */
  onAttempt?: (event: AttemptEvent) => void;
}

const MAX_BACKOFF_MS = 10_000;

/** Exponential backoff with jitter: between half and all of base·2^(n−1), capped. */
export function backoffDelay(failures: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

export function runSuite(plans: CheckPlan[], options: SuiteOptions): Promise<CheckResult[]> {
  return mapLimit(plans, options.concurrency, (plan) => runCheck(plan, options));
}

async function runCheck(plan: CheckPlan, options: SuiteOptions): Promise<CheckResult> {
  const result: CheckResult = {
    name: plan.name,
    kind: plan.kind,
    target: redact(plan.kind === 'http' ? `${plan.method} ${plan.displayUrl}` : plan.display, plan.mask),
    severity: plan.severity,
    passed: false,
    attempts: 0,
    lastStatus: 'not run',
  };
  let failures = 0;
  let consecutivePasses = 0;
  for (;;) {
    const remaining = options.deadline - Date.now();
    if (options.cancelled?.aborted) return { ...result, reason: `the job was cancelled after ${plural(result.attempts, 'attempt')}` };
    if (remaining <= 0) {
      return { ...result, reason: `the suite deadline passed after ${plural(result.attempts, 'attempt')}${result.reason ? `; last: ${result.reason}` : ''}` };
    }
    result.attempts++;
    const problems = await attempt(plan, Math.min(plan.timeoutMs, remaining), options, result, remaining < plan.timeoutMs);
    const report = (next: AttemptEvent['next'], delayMs?: number) =>
      options.onAttempt?.({ check: result.name, attempt: result.attempts, status: result.lastStatus, problems, next, delayMs });
    if (problems.length === 0) {
      consecutivePasses++;
      delete result.reason;
      if (consecutivePasses >= plan.stablePasses) {
        report('done');
        return { ...result, passed: true };
      }
      const delayMs = Math.max(0, Math.min(options.retryDelayMs, options.deadline - Date.now()));
      report('recheck', delayMs);
      await sleep(delayMs, options.cancelled);
      continue;
    }
    consecutivePasses = 0;
    failures++;
    result.reason = problems.join('; ');
    if (failures > plan.retries) {
      report('done');
      return result;
    }
    const delayMs = Math.max(0, Math.min(backoffDelay(failures, options.retryDelayMs, options.random), options.deadline - Date.now()));
    report('retry', delayMs);
    await sleep(delayMs, options.cancelled);
  }
}

/**
 * One attempt; records status and latency on the result and returns what was wrong.
 * `cutByDeadline`: the attempt had less than its own timeout left before the suite's deadline.
 */
async function attempt(plan: CheckPlan, timeoutMs: number, options: SuiteOptions, result: CheckResult, cutByDeadline: boolean): Promise<string[]> {
  const { probes, cancelled } = options;
  const mask = plan.mask;
  const noResult = cutByDeadline ? 'no result before the suite deadline' : `no result within ${timeoutMs} ms`;
  if (plan.kind === 'http') {
    const observed = await probes.http(plan, timeoutMs, cancelled);
    if ('error' in observed) {
      // An error may quote the URL (and so a secret in its query) or what the service sent.
      const error = cutByDeadline && observed.error.startsWith('no response within') ? 'no response before the suite deadline' : redact(observed.error, mask);
      result.lastStatus = error;
      delete result.latencyMs;
      return [error];
    }
    result.lastStatus = String(observed.status);
    result.latencyMs = observed.latencyMs;
    return httpFailures(observed, plan.expect, mask);
  }
  const observed = await probes.command(plan, timeoutMs, cancelled);
  if ('error' in observed) {
    result.lastStatus = redact(observed.error, mask);
    return [result.lastStatus];
  }
  result.latencyMs = observed.durationMs;
  if (observed.timedOut) {
    result.lastStatus = 'timed out';
    return [noResult];
  }
  result.lastStatus = `exit ${observed.exitCode}`;
  return commandFailures(observed, plan.expect, mask);
}
