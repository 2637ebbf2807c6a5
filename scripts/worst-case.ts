// Measures how long each action takes, with the defaults users get, when the GitHub API
// accepts connections and never answers. Not part of CI (it takes minutes per action):
// run `pnpm worst-case [action ...]` after changing the gateway's limits, and update the
// README's figure.
import { faults, startEmulator } from '../test/emulator';
import { runAction } from '../test/helpers/run-action';

const ACTIONS = ['verify-checklist', 'require-human-approver', 'smoke-test', 'rollback', 'release-notes'];
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ACTIONS;
const inputs: Record<string, Record<string, string>> = {
  'smoke-test': { url: 'http://127.0.0.1:9', checks: '- name: up\n  url: /\n' },
  rollback: { environment: 'production', reason: 'measure', command: JSON.stringify([process.execPath, '-e', '0']) },
};

for (const action of chosen) {
  const emulator = await startEmulator({});
  emulator.fault(faults.hang('GET /repos/{owner}/{repo}/contents/{path}'));
  const started = Date.now();
  const run = await runAction(action, { apiUrl: emulator.url, inputs: inputs[action] ?? {}, timeoutMs: 30 * 60_000 });
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const error = run.annotations.find((annotation) => annotation.level === 'error')?.message ?? '(no error)';
  console.log(`${action}: ended after ${seconds} s with exit code ${run.exitCode}: ${error}`);
  await emulator.close();
}
