// release-notes cost: API requests for generated histories of merged pull requests; a
// release of 1,000 should need about a dozen, not a thousand. Request counts are
// deterministic, so a missed bound fails the bench.
import { startEmulator } from '../../test/emulator';
import { generatedHistory, headOf } from '../../test/fixtures/notes-history';
import { runAction } from '../../test/helpers/run-action';

/** Returns the bounds that did not hold. */
export async function benchReleaseNotesRequests(): Promise<string[]> {
  const failures: string[] = [];
  for (const pulls of [10, 100, 1000]) {
    const history = await startEmulator(generatedHistory(pulls));
    try {
      const run = await runAction('release-notes', { apiUrl: history.url, sha: headOf(pulls), inputs: { to: headOf(pulls) } });
      const byRoute = new Map<string, number>();
      for (const request of history.requests) byRoute.set(request.route ?? 'unknown', (byRoute.get(request.route ?? 'unknown') ?? 0) + 1);
      const total = history.requests.length;
      // Fixed reads (policy, role document, .github/release.yml, target, releases, ancestry) plus one GraphQL page per 100 commits.
      const bound = 8 + Math.ceil((pulls + 1) / 100);
      const listed = (run.outputs.notes ?? '').split('\n').filter((line) => line.includes('/pull/')).length;
      const ok = run.exitCode === 0 && listed === pulls && total <= bound;
      console.log(`release-notes: ${String(pulls).padStart(4)} pull requests: ${total} requests (bound ${bound}; ${[...byRoute].map(([route, count]) => `${route.replace('/repos/{owner}/{repo}', '')} ×${count}`).join(', ')}) ${ok ? 'ok' : 'FAILED'}`);
      if (!ok) failures.push(`release-notes ${pulls}: ${total} requests, ${listed} listed, exit ${run.exitCode}`);
    } finally {
      await history.close();
    }
  }

  return failures;
}
