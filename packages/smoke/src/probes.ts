// The I/O behind the checks: HTTP through the runner's proxy settings, commands through @actions/exec.
import { sleep } from '@release-governance/async';
import { NOT_STARTED_EXIT_CODE, runCommand } from '@release-governance/command';
import { exchangeThroughProxy } from '@release-governance/http';
import type { CommandPlan, HttpPlan } from './plan';
import type { Probes } from './suite';

/** What a check says when the job was cancelled under it. */
const CANCELLED = 'cancelled: the job was cancelled';

function withCancellation(timeout: AbortSignal, cancelled: AbortSignal | undefined): AbortSignal {
  return cancelled ? AbortSignal.any([timeout, cancelled]) : timeout;
}

/** Bodies are read up to this size; assertions see the first bytes only. */
const MAX_BODY_BYTES = 1024 * 1024;

export const liveProbes: Probes = {
  async http(plan: HttpPlan, timeoutMs: number, cancelled?: AbortSignal) {
    const started = performance.now();
    try {
      const response = await exchangeThroughProxy(plan.url, {
        method: plan.method,
        headers: plan.headers,
        body: plan.body,
        redirect: plan.followRedirects ? 'follow' : 'manual',
        signal: withCancellation(AbortSignal.timeout(timeoutMs), cancelled),
        maxBodyBytes: MAX_BODY_BYTES,
      });
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: response.body.toString('utf8'),
        latencyMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      return { error: cancelled?.aborted ? CANCELLED : describeFetchError(error, timeoutMs) };
    }
  },

  async command(plan: CommandPlan, timeoutMs: number, cancelled?: AbortSignal) {
    const result = await runCommand(plan.program, plan.args, { timeoutMs, silent: true, signal: cancelled });
    if (result.cancelled) return { error: CANCELLED };
    if (result.exitCode === NOT_STARTED_EXIT_CODE && result.stderr.startsWith('cannot start')) return { error: result.stderr.trim() };
    return { exitCode: result.exitCode, output: result.stdout + result.stderr, timedOut: result.timedOut, durationMs: result.durationMs };
  },
};

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no response within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'host not found';
  if (cause?.code) return `request failed (${cause.code})`;
  return `request failed: ${cause?.message ?? (error instanceof Error ? error.message : String(error))}`;
}

/** Waits until the service answers at all (any status), `seconds` pass, or the job is cancelled. */
export async function waitForService(url: string, seconds: number, cancelled?: AbortSignal): Promise<{ answered: boolean; waitedMs: number }> {
  const started = Date.now();
  const deadline = started + seconds * 1000;
  while (Date.now() < deadline && !cancelled?.aborted) {
    try {
      await exchangeThroughProxy(url, {
        method: 'GET',
        maxBodyBytes: 0,
        signal: withCancellation(AbortSignal.timeout(Math.max(1, Math.min(2000, deadline - Date.now()))), cancelled),
      });
      return { answered: true, waitedMs: Date.now() - started };
    } catch {
      await sleep(Math.min(500, deadline - Date.now()), cancelled);
    }
  }
  return { answered: false, waitedMs: Date.now() - started };
}
