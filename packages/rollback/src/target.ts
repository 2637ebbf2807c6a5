// Which deployment is live, and which earlier one was the last good one, from GitHub's
// Deployments history of one environment.

import type { DeploymentRecord } from '@release-governance/github';
import { shortSha } from '@release-governance/render';

export type { DeploymentRecord };

/** Statuses newest first, as the API lists them. */
type StatusReader = (deployment: DeploymentRecord) => Promise<string[]>;

interface RollbackTarget {
  /** The newest deployment that is live: it succeeded and was not retired since (see isLive). */
  current?: DeploymentRecord;
  /** The newest earlier deployment that was good, with another commit. */
  lastGood?: DeploymentRecord;
  /** Why there is no target, when there is none. */
  problem?: string;
}

/**
 * `deployments` newest first. The current one is the newest that is live (isLive); the last good one is the newest earlier deployment with a different commit
 * whose latest status is `success`, or `inactive` after a success (retired, not failed).
 * Failed and errored deployments are skipped. The history and the statuses are read only
 * as far as needed: iteration stops at the last good deployment.
 */
export async function findRollbackTarget(
  environment: string,
  deployments: AsyncIterable<DeploymentRecord> | Iterable<DeploymentRecord>,
  statusesOf: StatusReader,
): Promise<RollbackTarget> {
  let current: DeploymentRecord | undefined;
  for await (const deployment of deployments) {
    if (!current) {
      if (isLive(await statusesOf(deployment))) current = deployment;
      continue;
    }
    if (deployment.sha === current.sha) continue;
    if (wasGood(await statusesOf(deployment))) return { current, lastGood: deployment };
  }
  if (!current) {
    return { problem: `no deployment to ${environment} is currently successful and active, so there is nothing to roll back from` };
  }
  return { current, problem: `no earlier good deployment to ${environment} with a commit other than ${shortSha(current.sha)}; nothing was changed` };
}

/**
 * Deployed and not retired: its latest status is `success`, or `failure` after a success —
 * smoke-test posts `failure` on a deployment that went out and then failed its checks,
 * which is exactly the one to roll back from.
 */
function isLive(statuses: string[]): boolean {
  const [latest] = statuses;
  return latest === 'success' || (latest === 'failure' && statuses.includes('success'));
}

function wasGood(statuses: string[]): boolean {
  const [latest] = statuses;
  return latest === 'success' || (latest === 'inactive' && statuses.includes('success'));
}

/** A `target` input: a deployment id (digits) or a commit/tag. */
export function classifyTarget(target: string): { kind: 'deployment'; id: number } | { kind: 'ref'; ref: string } {
  const trimmed = target.trim();
  return /^\d{1,12}$/.test(trimmed) ? { kind: 'deployment', id: Number(trimmed) } : { kind: 'ref', ref: trimmed };
}
