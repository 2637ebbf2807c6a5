// release-notes cost on a realistic history (test/fixtures/notes-history.ts realisticHistory:
// squash and merge commits, labels, several reviews, files, dependabot[bot], reverts): the
// API requests and GitHub's GraphQL rate-limit points of each run. Request counts are
// deterministic, so a missed bound fails the bench.
//
// The bound: ⌈N/100⌉ + 3 requests for N pull requests: the snapshot (policy files,
// .github/release.yml, the target, the releases), the compare, one search page per 100 pull
// requests, and one request for the commits pushed without a pull request. The range's
// commits (C, more than N where pull requests were merged with merge commits) are printed
// beside: reading every commit would take ⌈C/100⌉ pages.
import { type FragmentDefinitionNode, getOperationAST, Kind, parse } from 'graphql';
import { graphqlCost } from '../../packages/github/src/graphql-cost';
import { RELEASE_HISTORY_PAGE_POINTS } from '../../packages/github/src/history-query';
import { type RecordedRequest, startEmulator } from '../../test/emulator';
import { connectionsOf } from '../../test/emulator/graphql/connections';
import { generatedHistory, headOf, realisticHistory } from '../../test/fixtures/notes-history';
import { runAction } from '../../test/helpers/run-action';

const FIXED_REQUESTS = 3;

/** GitHub's points for one GraphQL request, from the query and variables as sent. */
export function pointsOf(request: RecordedRequest): number {
  const { query, variables } = request.body as { query: string; variables?: Record<string, unknown> };
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('a GraphQL request without an operation');
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((definition) => [definition.name.value, definition]),
  );
  return graphqlCost(connectionsOf(operation, fragments, variables ?? {}));
}

/** Pull requests listed as entries (not the "made their first contribution" lines, which link one too). */
function listedPulls(notes: string): number {
  const entries = notes.split('\n').filter((line) => line.startsWith('- ') && !line.includes('made their first contribution'));
  return new Set(entries.flatMap((line) => /\/pull\/(\d+)(?:\s|$)/.exec(line)?.[1] ?? [])).size;
}

export function routeCounts(requests: RecordedRequest[]): string {
  const byRoute = new Map<string, number>();
  for (const request of requests) byRoute.set(request.route ?? 'unknown', (byRoute.get(request.route ?? 'unknown') ?? 0) + 1);
  return [...byRoute].map(([route, count]) => `${route.replace('/repos/{owner}/{repo}', '')} ×${count}`).join(', ');
}

/** Returns the bounds that did not hold. */
export async function benchReleaseNotesRequests(sizes = [10, 100, 1000, 10_000]): Promise<string[]> {
  const failures: string[] = [];
  console.log(
    `release-notes requests and GraphQL points (bound: ⌈N/100⌉ + ${FIXED_REQUESTS} requests for N pull requests, ${RELEASE_HISTORY_PAGE_POINTS} points a request):`,
  );
  for (const pulls of sizes) {
    const history = realisticHistory(pulls);
    const emulator = await startEmulator(history.state);
    try {
      const run = await runAction('release-notes', { apiUrl: emulator.url, sha: history.head, inputs: { to: history.head }, timeoutMs: 300_000 });
      const total = emulator.requests.length;
      const bound = Math.ceil(pulls / 100) + FIXED_REQUESTS;
      const points = emulator.requests.filter((request) => request.route === 'POST /graphql').map(pointsOf);
      const maxPoints = Math.max(...points);
      const listed = listedPulls(run.outputs.notes ?? '');
      const problems = [
        ...(run.exitCode === 0 ? [] : [`exit ${run.exitCode}: ${run.annotations.map((annotation) => annotation.message).join('; ')}`]),
        ...(total <= bound ? [] : [`${total} requests > ${bound}`]),
        ...(maxPoints <= RELEASE_HISTORY_PAGE_POINTS ? [] : [`a page of ${maxPoints} points > ${RELEASE_HISTORY_PAGE_POINTS}`]),
        ...(listed + history.cancelled === pulls ? [] : [`${listed} listed + ${history.cancelled} cancelled by reverts ≠ ${pulls}`]),
      ];
      console.log(
        `  ${String(pulls).padStart(6)} pull requests, ${String(history.commits).padStart(6)} commits: ${String(total).padStart(3)} requests (bound ⌈N/100⌉+3 = ${bound}; every commit would take ${Math.ceil(history.commits / 100) + 2}), ` +
          `${points.reduce((sum, value) => sum + value, 0)} GraphQL points (at most ${maxPoints} a request), ${listed} listed + ${history.cancelled} cancelled by reverts; ${routeCounts(emulator.requests)} ${problems.length === 0 ? 'ok' : `FAILED: ${problems.join('; ')}`}`,
      );
      if (problems.length > 0) failures.push(`release-notes ${pulls}: ${problems.join('; ')}`);
    } finally {
      await emulator.close();
    }
  }
  // Squash merges only, one commit per pull request: here commits = pull requests, and the bound is ⌈N/100⌉ + 3.
  const squashed = 1000;
  const emulator = await startEmulator(generatedHistory(squashed));
  try {
    const run = await runAction('release-notes', { apiUrl: emulator.url, sha: headOf(squashed), inputs: { to: headOf(squashed) } });
    const total = emulator.requests.length;
    const bound = Math.ceil(squashed / 100) + FIXED_REQUESTS;
    const ok = run.exitCode === 0 && total <= bound && listedPulls(run.outputs.notes ?? '') === squashed;
    const points = emulator.requests.filter((request) => request.route === 'POST /graphql').map(pointsOf);
    console.log(
      `  ${String(squashed).padStart(6)} squash-merged pull requests only: ${total} requests (bound ⌈N/100⌉+3 = ${bound}), ${points.reduce((sum, value) => sum + value, 0)} GraphQL points (at most ${Math.max(...points)} a request); ${routeCounts(emulator.requests)} ${ok ? 'ok' : 'FAILED'}`,
    );
    if (!ok) failures.push(`release-notes ${squashed} squash merges: ${total} requests, bound ${bound}, exit ${run.exitCode}`);
  } finally {
    await emulator.close();
  }
  return failures;
}
