// Entry point the runner executes (bundled to dist/rollback/index.js).
import { runStep } from '@release-governance/report';
import { run } from './main';

await runStep(run);
