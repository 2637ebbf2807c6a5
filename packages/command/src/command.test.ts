import { describe, expect, it } from 'vitest';
import { NOT_STARTED_EXIT_CODE, runCommand, TIMED_OUT_EXIT_CODE } from './index';

const node = process.execPath;

describe('runCommand', () => {
  it('passes arguments as they are, never through a shell', async () => {
    const hostile = '$(touch /tmp/rg-pwned); `id` && echo "quoted" ; | >';
    const result = await runCommand(node, ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', hostile, 'two'], { silent: true });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([hostile, 'two']);
  });

  it('returns the exit code and output of a failing program', async () => {
    const result = await runCommand(node, ['-e', 'console.error("migrations pending"); process.exit(3)'], { silent: true });
    expect(result).toMatchObject({ exitCode: 3, timedOut: false });
    expect(result.stderr).toContain('migrations pending');
  });

  it('stops a program at its timeout', async () => {
    const result = await runCommand(node, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 300, silent: true });
    expect(result).toMatchObject({ exitCode: TIMED_OUT_EXIT_CODE, timedOut: true });
  });

  it('reports a program that cannot be started', async () => {
    const result = await runCommand('/nonexistent/deploy-tool', [], { silent: true });
    expect(result.exitCode).toBe(NOT_STARTED_EXIT_CODE);
    expect(result.stderr).toContain('cannot start /nonexistent/deploy-tool');
  });

  it('gives the program the extra environment', async () => {
    const result = await runCommand(node, ['-e', 'process.stdout.write(process.env.TARGET_SHA)'], { env: { TARGET_SHA: 'abc123' }, silent: true });
    expect(result.stdout).toBe('abc123');
  });
});
