// smoke-test concurrency: ten checks against an endpoint that takes 1 s each. With
// concurrency 10 the suite should take about 1 s, with concurrency 1 about 10 s.
import { startEmulator } from '../../test/emulator';
import { runAction } from '../../test/helpers/run-action';
import { startService } from '../../test/helpers/service';

/** Returns the bounds that did not hold. */
export async function benchSmokeConcurrency(): Promise<string[]> {
  const failures: string[] = [];
  const CHECKS = 10;
  const DELAY_MS = 1000;

  const emulator = await startEmulator();
  const service = await startService({
    '/slow': (_request, response) => void setTimeout(() => response.writeHead(200).end('ok'), DELAY_MS),
  });
  const checks = Array.from({ length: CHECKS }, (_, index) => `- { name: slow-${index}, url: /slow, retries: 0, timeout-ms: 5000 }`).join('\n');

  try {
    for (const concurrency of [10, 4, 1]) {
      const started = performance.now();
      const run = await runAction('smoke-test', { apiUrl: emulator.url, inputs: { url: service.url, checks, concurrency: String(concurrency) } });
      const seconds = (performance.now() - started) / 1000;
      // Ideal: ceil(checks / concurrency) waves of 1 s each; allow 1.5 s for process start and API reads.
      const ideal = Math.ceil(CHECKS / concurrency) * (DELAY_MS / 1000);
      const bound = ideal + 1.5;
      const ok = run.exitCode === 0 && seconds >= ideal && seconds <= bound;
      console.log(
        `smoke-test: ${CHECKS} checks of ${DELAY_MS} ms, concurrency ${String(concurrency).padStart(2)}: ${seconds.toFixed(2)} s (ideal ${ideal} s, bound ${bound} s) ${ok ? 'ok' : 'FAILED'}`,
      );
      if (!ok) failures.push(`concurrency ${concurrency}: ${seconds.toFixed(2)} s, exit ${run.exitCode}`);
    }
  } finally {
    await service.stop();
    await emulator.close();
  }

  return failures;
}
