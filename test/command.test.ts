import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_STARTED_EXIT_CODE, runCommand, TIMED_OUT_EXIT_CODE } from '../packages/command/src/index';
import { isRunning } from './helpers/process';

const node = process.execPath;

// A program that starts a child of its own (same process group, same output pipes), prints
// the child's pid and writes it to the file in argv[1] once it runs, then waits forever or,
// given 'exit' in argv[2], exits 0 at once, leaving the child running in the background.
const SPAWNS_CHILD = `
const { spawn } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' });
process.stdout.write(child.pid + '\\n');
writeFileSync(process.argv[1], String(child.pid));
if (process.argv[2] === 'exit') process.exit(0);
setInterval(() => {}, 1000);
`;

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isRunning(pid) && Date.now() < deadline) await sleep(50);
  return !isRunning(pid);
}

async function fileWithin(path: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!existsSync(path) && Date.now() < deadline) await sleep(25);
  return existsSync(path);
}

let dir: string;
const started: number[] = [];
const childPid = (stdout: string): number => {
  const pid = Number(stdout.trim().split('\n')[0]);
  started.push(pid);
  return pid;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'command-test-'));
});

afterEach(() => {
  // Whatever a failing test left running.
  for (const pid of started.splice(0)) if (pid > 0 && isRunning(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

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

  it('stops everything the program started when the signal aborts', async () => {
    const ready = join(dir, 'ready');
    const controller = new AbortController();
    const run = runCommand(node, ['-e', SPAWNS_CHILD, ready], { silent: true, signal: controller.signal });
    expect(await fileWithin(ready, 10_000)).toBe(true);
    const pid = childPid(readFileSync(ready, 'utf8'));
    const aborted = Date.now();
    controller.abort();
    const result = await Promise.race([run, sleep(8000).then(() => 'still running' as const)]);
    expect(result).not.toBe('still running');
    if (result === 'still running') return;
    expect(Date.now() - aborted).toBeLessThan(5000);
    expect(result.cancelled).toBe(true);
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout.trim()).toBe(String(pid));
    expect(await goneWithin(pid, 3000)).toBe(true);
  });

  it('stops everything the program started at its timeout', async () => {
    const result = await runCommand(node, ['-e', SPAWNS_CHILD, join(dir, 'ready')], { timeoutMs: 1500, silent: true });
    const pid = childPid(result.stdout);
    expect(result).toMatchObject({ exitCode: TIMED_OUT_EXIT_CODE, timedOut: true });
    expect(await goneWithin(pid, 3000)).toBe(true);
  });

  it('ends what a program that exited left running in the background, without waiting for it', async () => {
    const before = Date.now();
    const result = await runCommand(node, ['-e', SPAWNS_CHILD, join(dir, 'ready'), 'exit'], { silent: true });
    const pid = childPid(result.stdout);
    expect(Date.now() - before).toBeLessThan(5000);
    expect(result).toMatchObject({ exitCode: 0, timedOut: false });
    expect(await goneWithin(pid, 3000)).toBe(true);
  });

  it('does not start a program when the signal has already aborted', async () => {
    const marker = join(dir, 'ran');
    const controller = new AbortController();
    controller.abort();
    const result = await runCommand(node, ['-e', 'require("node:fs").writeFileSync(process.argv[1], "ran")', marker], {
      silent: true,
      signal: controller.signal,
    });
    await sleep(500);
    expect(existsSync(marker)).toBe(false);
    expect(result).toMatchObject({ exitCode: 130, cancelled: true, timedOut: false });
  });

  it('does not report a command that ended by itself as cancelled', async () => {
    const controller = new AbortController();
    const result = await runCommand(node, ['-e', 'process.stdout.write("done")'], { silent: true, signal: controller.signal });
    controller.abort();
    expect(result).toMatchObject({ exitCode: 0, stdout: 'done', cancelled: false });
  });
});
