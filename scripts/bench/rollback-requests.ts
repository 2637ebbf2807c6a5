// rollback's API requests on an environment with 1,000 deployments. The history is read
// lazily over GraphQL, newest first, 100 deployments a page with their statuses, only as far
// as the last good deployment; so the requests grow with where that deployment sits (one per
// 100), not with the size of the history. Request counts are deterministic, so a missed bound
// fails the bench; so is a page over its bound in GitHub's rate-limit points.
import { DEPLOYMENT_HISTORY_PAGE_POINTS } from '../../packages/github/src/deployments-query';
import { startEmulator, webhookPayload } from '../../test/emulator';
import { type Deployment, deployment, rollbackRepository } from '../../test/fixtures/deployments';
import { runAction, shaOf } from '../../test/helpers/run-action';
import { pointsOf, routeCounts } from './release-notes-requests';

const DEPLOYMENTS = 1000;
const GOOD = shaOf('bench good');
const CURRENT = shaOf('bench current');
const BROKEN = shaOf('bench broken');

/**
 * Requests that do not depend on the history: the policy, its role document and the incident
 * template (3 file reads), the target's tag (1), then the rollback itself — the rollback
 * deployment (1), its in_progress and final statuses and the retired current one's (3), the
 * incident issue looked up (1) and opened (1). (The dispatcher is named in the policy, so
 * no permission is read.)
 */
const FIXED = 10;

/**
 * 1,000 production deployments, newest first: the current one (live), `failedAbove` failed or
 * errored attempts of other commits, the last good one (success, then retired), and older
 * successes below it to fill the 1,000.
 */
function history(failedAbove: number): Deployment[] {
  const newestFirst: Deployment[] = [deployment(DEPLOYMENTS, CURRENT, 'production', ['in_progress', 'success'])];
  for (let index = 0; index < failedAbove; index++)
    newestFirst.push(deployment(DEPLOYMENTS - 1 - index, shaOf(`bench attempt ${index}`), 'production', ['in_progress', index % 2 ? 'failure' : 'error']));
  newestFirst.push(deployment(DEPLOYMENTS - 1 - failedAbove, GOOD, 'production', ['success', 'inactive']));
  for (let id = DEPLOYMENTS - 2 - failedAbove; id >= 1; id--) newestFirst.push(deployment(id, shaOf(`bench old ${id}`), 'production', ['success', 'inactive']));
  return newestFirst.reverse();
}

/** Returns the bounds that did not hold. */
export async function benchRollbackRequests(): Promise<string[]> {
  const failures: string[] = [];
  console.log(
    `rollback requests with ${DEPLOYMENTS} deployments (bound: ${FIXED} fixed + ⌈(p+1)/100⌉ GraphQL pages of deployments with their statuses, for the last good one at position p, 0 = the current; ${DEPLOYMENT_HISTORY_PAGE_POINTS} point a page):`,
  );
  for (const failedAbove of [0, 98, DEPLOYMENTS - 2]) {
    const position = failedAbove + 1;
    const emulator = await startEmulator(rollbackRepository({ good: GOOD, current: CURRENT, broken: BROKEN }, history(failedAbove), GOOD));
    try {
      const run = await runAction('rollback', {
        apiUrl: emulator.url,
        sha: BROKEN,
        actor: 'carol',
        runId: 9200001,
        event: { name: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch', undefined, { sender: { login: 'carol', type: 'User' } }) },
        inputs: { environment: 'production', reason: 'bench: errors spiked', command: JSON.stringify([process.execPath, '-e', '0']) },
        timeoutMs: 120_000,
      });
      const total = emulator.requests.length;
      const bound = FIXED + Math.ceil((position + 1) / 100);
      const points = emulator.requests.filter((request) => request.route === 'POST /graphql').map(pointsOf);
      const maxPoints = Math.max(0, ...points);
      const ok = run.exitCode === 0 && total <= bound && maxPoints <= DEPLOYMENT_HISTORY_PAGE_POINTS && run.outputs['target-sha'] === GOOD;
      console.log(
        `  last good at ${String(position).padStart(3)}: ${String(total).padStart(4)} requests (bound ${bound}), ${points.reduce((sum, value) => sum + value, 0)} GraphQL points (at most ${maxPoints} a request); ` +
          `${routeCounts(emulator.requests)} ${ok ? 'ok' : `FAILED (exit ${run.exitCode}, to ${run.outputs['target-sha'] ?? 'none'})`}`,
      );
      if (!ok)
        failures.push(`rollback, last good at ${position}: ${total} requests (bound ${bound}), at most ${maxPoints} points a page, exit ${run.exitCode}`);
    } finally {
      await emulator.close();
    }
  }
  return failures;
}
