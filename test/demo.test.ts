// The README's demo, as a new user runs it: it must exit 0 and tell the whole story —
// all five actions — readably, without raw workflow commands that look like failures.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-action';

describe('pnpm demo', () => {
  it('runs the five actions on one release and prints each summary as text', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(REPO_ROOT, 'scripts', 'demo.ts')],
      {
        cwd: REPO_ROOT,
        timeout: 120_000,
      },
    );
    const steps = stdout.split('\n').filter((line) => line.startsWith('=== '));
    expect(steps.map((line) => /^=== \d\. ([a-z-]+):/.exec(line)?.[1])).toEqual([
      'verify-checklist',
      'require-human-approver',
      'smoke-test',
      'rollback',
      'release-notes',
    ]);
    expect(stdout).toContain('Release checklist: complete ✅');
    expect(stdout).toContain('rejected: `deploy-bot[bot]` is a bot');
    expect(stdout).toMatch(/accepted: `dana`/);
    expect(stdout).toContain('Smoke tests: failed ❌');
    // From the deployment smoke-test marked failed, back to the last good one.
    expect(stdout).toMatch(/Rollback of production: rolled back ✅/);
    expect(stdout).toMatch(/d01e4f2 \(deployment 902\) → 8ad7d21 \(v1\.0\.0\) \(last good deployment 901\)/);
    expect(stdout).toMatch(/The incident issue #\d+/);
    expect(stdout).toContain('Release notes: v1.1.0');
    expect(stdout).toContain('schema violations: 0.');
    // No workflow commands, and no HTML tags, reach the terminal.
    expect(stdout).not.toMatch(/^::/m);
    expect(stdout).not.toMatch(/<(table|tr|td|p|h2|code|strong|a)\b/);
  }, 120_000);
});
