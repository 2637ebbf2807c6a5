// The entry of the suite's one bundle, dist/shared/index.js (built by scripts/build.mjs with
// ncc). The runner runs dist/<name>/index.js, which calls runAction(name). Each action's code,
// and the libraries only some actions use, are chunks beside it, loaded when that action runs,
// so the code the five actions share is committed, and compiled, once. The V8 flags a step runs
// with are set by dist/<name>/index.js before this loads (scripts/build.mjs, V8_FLAGS).
import { readRunContext } from '../packages/github/src/context';
import { runStep } from '../packages/report/src/step';

const ACTIONS = {
  'release-notes': () => import('./release-notes/src/main'),
  'require-human-approver': () => import('./require-human-approver/src/main'),
  rollback: () => import('./rollback/src/main'),
  'smoke-test': () => import('./smoke-test/src/main'),
  'verify-checklist': () => import('./verify-checklist/src/main'),
};

export async function runAction(name: keyof typeof ACTIONS): Promise<void> {
  await runStep(async () => {
    // A step run outside a workflow run (no repository, no event) fails here, before the
    // action's code (schemas, parsers, the API client) is loaded and compiled for nothing.
    readRunContext();
    const { run } = await ACTIONS[name]();
    await run();
  });
}
