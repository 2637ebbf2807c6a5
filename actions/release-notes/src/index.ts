// Entry point the runner executes (bundled to dist/release-notes/index.js).
import { runStep } from '@release-governance/report';
import { run } from './main';

await runStep(run);
