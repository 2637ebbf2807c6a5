// Benchmarks, run with `pnpm bench` (and by CI). Each section prints what it measured beside
// its goal and returns the bounds that did not hold; the bench exits non-zero when any did.
// Deterministic figures (request counts) are bounds; timings and memory are reported against
// their goal and fail only where a section says so, because a shared machine is noisy.
import { benchHostileBodies } from './hostile-bodies';
import { benchMemory } from './memory';
import { benchReleaseNotesRequests } from './release-notes-requests';
import { benchRollbackRequests } from './rollback-requests';
import { benchSmokeConcurrency } from './smoke-concurrency';
import { benchStartup } from './startup';

const failures = [
  ...benchStartup(),
  ...(await benchMemory()),
  ...(await benchSmokeConcurrency()),
  ...(await benchReleaseNotesRequests()),
  ...(await benchRollbackRequests()),
  ...benchHostileBodies(),
];

if (failures.length > 0) {
  console.error(`bench: bounds not met: ${failures.join('; ')}`);
  process.exit(1);
}
