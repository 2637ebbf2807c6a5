// rollback's API requests on an environment with 1,000 deployments. The history is read
// lazily, newest first, 100 a page, and each deployment's statuses once, only as far as the
// last good deployment; so the requests grow with where that deployment sits, not with the
// size of the history. Request counts are deterministic, so a missed bound fails the bench.
import { startEmulator, webhookPayload } from '../../test/emulator';
import { deployment, rollbackRepository, type Deployment } from '../../test/fixtures/deployments';
import { runAction, shaOf } from '../../test/helpers/run-action';
import { routeCounts } from './release-notes-requests';

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
  for (let index = 0; index < failedAbove; index++) newestFirst.push(deployment(DEPLOYMENTS - 1 - index, shaOf(`bench attempt ${index}`), 'production', ['in_progress', index % 2 ? 'failure' : 'error']));
  newestFirst.push(deployment(DEPLOYMENTS - 1 - failedAbove, GOOD, 'production', ['success', 'inactive']));
  for (let id = DEPLOYMENTS - 2 - failedAbove; id >= 1; id--) newestFirst.push(deployment(id, shaOf(`bench old ${id}`), 'production', ['success', 'inactive']));
  return newestFirst.reverse();
}

/** Returns the bounds that did not hold. */
export async function benchRollbackRequests(): Promise<string[]> {
  const failures: string[] = [];
  console.log(`rollback requests with ${DEPLOYMENTS} deployments (bound: ${FIXED} fixed + ⌈(p+1)/100⌉ pages of deployments + p+1 status reads, for the last good one at position p, 0 = the current):`);
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
      const bound = FIXED + Math.ceil((position + 1) / 100) + (position + 1);
      const ok = run.exitCode === 0 && total <= bound && run.outputs['target-sha'] === GOOD;
      console.log(`  last good at ${String(position).padStart(3)}: ${String(total).padStart(4)} requests (bound ${bound}); ${routeCounts(emulator.requests)} ${ok ? 'ok' : `FAILED (exit ${run.exitCode}, to ${run.outputs['target-sha'] ?? 'none'})`}`);
      if (!ok) failures.push(`rollback, last good at ${position}: ${total} requests (bound ${bound}), exit ${run.exitCode}`);
    } finally {
      await emulator.close();
    }
  }
  return failures;
}
