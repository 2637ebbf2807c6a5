// Runs a program with its arguments through @actions/exec: no shell, so nothing in the
// arguments is ever interpreted. @actions/exec cannot time out or kill what it started, so
// the program runs under a small constant watchdog (node -e WATCHDOG) that enforces the
// timeout, stops the program when the caller's AbortSignal aborts, and ends it if this
// process is killed. The program leads its own process group and is stopped as a group: a
// process the command starts in the background does not outlive it (use setsid to detach
// one on purpose).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { getExecOutput } from '@actions/exec';

/** Exit code the watchdog reports for a program it stopped at its timeout (as coreutils' timeout does). */
export const TIMED_OUT_EXIT_CODE = 124;
/** Exit code when the program could not be started (as a shell reports "command not found"). */
export const NOT_STARTED_EXIT_CODE = 127;
/** Exit code of a command cancelled before it started (128 + SIGINT, as a shell reports). */
const CANCELLED_EXIT_CODE = 130;
/** Between SIGTERM and SIGKILL to the program's group: well within the runner's 7.5 s cancellation grace. */
const STOP_GRACE_MS = 2000;

// Arguments: timeoutMs (0: none), graceMs, pidFile ('' : none), program, ...args.
const WATCHDOG = `
const { spawn } = require('node:child_process');
const { readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { constants } = require('node:os');
const [timeoutMs, graceMs, pidFile, program, ...args] = process.argv.slice(1);
const grace = Number(graceMs);
process.stderr.on('error', () => {});
const child = spawn(program, args, { stdio: 'inherit', detached: true });
// Any error (ESRCH: the group is gone) means there is nothing left to signal.
const signalGroup = (signal) => { try { process.kill(-child.pid, signal); return true; } catch { return false; } };
// A killed process stays in the group as a zombie until init reaps it, which some (a
// container's tail -f /dev/null) never do: count only the living, from /proc where there is one.
const groupRunning = () => {
  let pids;
  try { pids = readdirSync('/proc').filter((name) => /^\\d+$/.test(name)); } catch { return signalGroup(0); }
  return pids.some((pid) => {
    try {
      const stat = readFileSync('/proc/' + pid + '/stat', 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return pgrp === String(child.pid) && state !== 'Z' && state !== 'X';
    } catch { return false; }
  });
};
let timedOut = false;
let stoppedOn;
let stopping = false;
let killAt;
const stop = (signal) => {
  if (stopping || child.pid === undefined) return;
  stopping = true;
  killAt = Date.now() + grace;
  signalGroup(signal);
  setTimeout(() => signalGroup('SIGKILL'), grace).unref();
};
const timer = Number(timeoutMs) > 0 ? setTimeout(() => { timedOut = !stopping; stop('SIGTERM'); }, Number(timeoutMs)) : undefined;
const parent = process.ppid;
const orphaned = setInterval(() => { if (process.ppid !== parent) stop('SIGTERM'); }, 250);
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => { if (!stopping) stoppedOn = signal; stop(signal); });
if (pidFile) {
  // Also when runCommand's process is gone and cannot clean up.
  process.on('exit', () => { try { rmSync(pidFile, { force: true }); rmdirSync(dirname(pidFile)); } catch {} });
  // Renamed into place so that a reader never sees a half-written file.
  try { writeFileSync(pidFile + '.tmp', String(process.pid)); renameSync(pidFile + '.tmp', pidFile); } catch {}
}
child.on('error', (error) => { process.stderr.write('cannot start ' + program + ': ' + error.message + '\\n'); process.exit(${NOT_STARTED_EXIT_CODE}); });
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  clearInterval(orphaned);
  const exit = () => {
    if (timedOut) { process.stderr.write('stopped after ' + timeoutMs + ' ms\\n'); process.exit(${TIMED_OUT_EXIT_CODE}); }
    if (stoppedOn) { process.stderr.write('stopped on ' + stoppedOn + '\\n'); process.exit(128 + constants.signals[stoppedOn]); }
    process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
  };
  // What the program left running in its group ends with it, or it would outlive the
  // command and hold its output pipes open.
  if (!signalGroup('SIGTERM') || !groupRunning()) return exit();
  // Once stopping, the grace already runs: a stop takes no longer than it.
  const deadline = killAt ?? Date.now() + grace;
  setInterval(() => {
    if (!groupRunning()) exit();
    else if (Date.now() >= deadline) { signalGroup('SIGKILL'); exit(); }
  }, 50);
});
`;

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Stopped because options.signal aborted (exitCode is then non-zero). */
  cancelled: boolean;
  durationMs: number;
}

export interface CommandOptions {
  /** 0 or absent: no timeout. */
  timeoutMs?: number;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  cwd?: string;
  /** Keep the program's output out of the step log (it is still returned). */
  silent?: boolean;
  /** Aborting stops the program and everything it started (SIGTERM, then SIGKILL 2 s later). */
  signal?: AbortSignal;
}

export async function runCommand(program: string, args: string[], options: CommandOptions = {}): Promise<CommandResult> {
  const started = performance.now();
  const { signal } = options;
  const notStarted = (): CommandResult => ({
    exitCode: CANCELLED_EXIT_CODE,
    stdout: '',
    stderr: '',
    timedOut: false,
    cancelled: true,
    durationMs: Math.round(performance.now() - started),
  });
  if (signal?.aborted) return notStarted();
  const env = Object.fromEntries(Object.entries({ ...process.env, ...options.env }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const echo = !(options.silent ?? false);
  // @actions/exec does not expose the process it spawns: the watchdog writes its pid here.
  const pidDir = signal ? await mkdtemp(join(tmpdir(), 'rg-command-')) : undefined;
  const pidFile = pidDir ? join(pidDir, 'watchdog.pid') : '';
  let settled = false;
  let signalled = false;
  const onAbort = () =>
    void signalWatchdog(pidFile, () => settled).then((sent) => {
      signalled ||= sent;
    });
  try {
    if (signal?.aborted) return notStarted();
    // @actions/exec would echo the watchdog's script; the log shows the program instead.
    if (echo) process.stdout.write(`[command]${[program, ...args].join(' ')}\n`);
    const execution = getExecOutput(process.execPath, ['-e', WATCHDOG, String(options.timeoutMs ?? 0), String(STOP_GRACE_MS), pidFile, program, ...args], {
      ignoreReturnCode: true,
      silent: true,
      env,
      cwd: options.cwd,
      listeners: echo ? { stdout: (data) => process.stdout.write(data), stderr: (data) => process.stdout.write(data) } : undefined,
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    const result = await execution.finally(() => {
      settled = true;
    });
    return {
      exitCode: result.exitCode,
      stdout: result.stdout,
      stderr: result.stderr,
      timedOut: result.exitCode === TIMED_OUT_EXIT_CODE && /stopped after \d+ ms\n?$/.test(result.stderr),
      // Confirmed by the watchdog: a command that ended by itself as the signal aborted was not cancelled.
      cancelled: signalled && /stopped on SIG[A-Z]+\n?$/.test(result.stderr),
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (pidDir) await rm(pidDir, { recursive: true, force: true });
  }
}

/** SIGTERM to the watchdog once it has written its pid; true when it was signalled. */
async function signalWatchdog(pidFile: string, ended: () => boolean): Promise<boolean> {
  // The watchdog may not have written its pid yet; once the command has ended there is nothing to stop.
  while (!ended()) {
    const pid = Number(await readFile(pidFile, 'utf8').catch(() => ''));
    if (pid > 0 && !ended()) {
      try {
        process.kill(pid, 'SIGTERM');
        return true;
      } catch {
        return false; // Ended meanwhile.
      }
    }
    await sleep(20);
  }
  return false;
}
