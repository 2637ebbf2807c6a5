// Benchmarks, run with `pnpm bench` (and by CI). Each prints what it measured and exits
// non-zero when a bound the README promises does not hold.
//
// smoke-test concurrency: ten checks against an endpoint that takes 1 s each. With
// concurrency 10 the suite should take about 1 s, with concurrency 1 about 10 s.
//
// release-notes cost: API requests for generated histories of 10, 100 and 1,000 merged pull
// requests; a release of 1,000 should need about a dozen, not a thousand.
//
// hostile bodies: checklist bodies of GitHub's largest size (65,536 characters) built to be
// slow to parse (nested quotes and lists, staircases of indentation, open brackets, 8,192
// task items); the goal is about a second each. A body of 60,000 '>' once took a minute and
// overflowed the stack: a body that throws fails the bench; a time over the goal is
// reported beside it but does not fail (timings are noisy on a shared machine).
import { taskItems } from '../packages/markdown/src/index';
import { startEmulator } from '../test/emulator';
import { generatedHistory, headOf } from '../test/fixtures/notes-history';
import { runAction } from '../test/helpers/run-action';
import { startService } from '../test/helpers/service';

const CHECKS = 10;
const DELAY_MS = 1000;

const emulator = await startEmulator();
const service = await startService({
  '/slow': (_request, response) => void setTimeout(() => response.writeHead(200).end('ok'), DELAY_MS),
});
const checks = Array.from({ length: CHECKS }, (_, index) => `- { name: slow-${index}, url: /slow, retries: 0, timeout-ms: 5000 }`).join('\n');
const failures: string[] = [];

try {
  for (const concurrency of [10, 4, 1]) {
    const started = performance.now();
    const run = await runAction('smoke-test', { apiUrl: emulator.url, inputs: { url: service.url, checks, concurrency: String(concurrency) } });
    const seconds = (performance.now() - started) / 1000;
    // Ideal: ceil(checks / concurrency) waves of 1 s each; allow 1.5 s for process start and API reads.
    const ideal = Math.ceil(CHECKS / concurrency) * (DELAY_MS / 1000);
    const bound = ideal + 1.5;
    const ok = run.exitCode === 0 && seconds >= ideal && seconds <= bound;
    console.log(`smoke-test: ${CHECKS} checks of ${DELAY_MS} ms, concurrency ${String(concurrency).padStart(2)}: ${seconds.toFixed(2)} s (ideal ${ideal} s, bound ${bound} s) ${ok ? 'ok' : 'FAILED'}`);
    if (!ok) failures.push(`concurrency ${concurrency}: ${seconds.toFixed(2)} s, exit ${run.exitCode}`);
  }
} finally {
  await service.stop();
  await emulator.close();
}

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

const BODY_LIMIT = 65_536;
const HOSTILE_GOAL_MS = 1000;
const fill = (unit: string) => unit.repeat(Math.floor(BODY_LIMIT / unit.length));
const staircase = (perLine: number) => {
  let body = '';
  for (let depth = 0; body.length < BODY_LIMIT; depth += perLine) body += `${' '.repeat(depth * 2)}${'- '.repeat(perLine)}[x] a\n`;
  return body.slice(0, BODY_LIMIT);
};
const hostileBodies: Record<string, string> = {
  'nested quotes (>)': fill('>'),
  'nested quotes (> )': fill('> '),
  'nested lists (- )': fill('- '),
  'nested ordered lists (1. )': fill('1. '),
  'quotes and lists (> - )': fill('> - '),
  'indentation staircase': staircase(1),
  'indentation staircase, 32 a line': staircase(32),
  'task items': fill('- [x] a\n'),
  'deep quote lines': fill(`${'>'.repeat(40)} - [x] a\n`),
  'open links ([a]()': fill('[a]('),
  'open brackets': fill('['),
  'table rows': `|a|\n|-|\n${fill('|b|\n')}`,
};
taskItems('- [x] warm up\n'.repeat(100));
for (const [name, body] of Object.entries(hostileBodies)) {
  const started = performance.now();
  let outcome = 'read';
  try {
    outcome = `${taskItems(body).length} items`;
  } catch (error) {
    outcome = `threw ${error instanceof Error ? error.name : 'error'}`;
  }
  const ms = performance.now() - started;
  const threw = outcome.startsWith('threw');
  const verdict = threw ? 'FAILED' : ms <= HOSTILE_GOAL_MS ? 'ok' : 'over the goal (reported, not failing)';
  console.log(`hostile body: ${name.padEnd(34)} ${String(body.length).padStart(5)} chars: ${ms.toFixed(0).padStart(5)} ms, ${outcome} (goal ${HOSTILE_GOAL_MS} ms) ${verdict}`);
  if (threw) failures.push(`hostile body ${name}: ${outcome}`);
}

if (failures.length > 0) {
  console.error(`bench: bounds not met: ${failures.join('; ')}`);
  process.exit(1);
}
