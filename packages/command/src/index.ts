// Runs a program with its arguments through @actions/exec: no shell, so nothing in the
// arguments is ever interpreted. @actions/exec cannot time out or kill what it started, so
// the program runs under a small constant watchdog (node -e WATCHDOG) that enforces the
// timeout and ends the program if this process is killed.
import { getExecOutput } from '@actions/exec';

/** Exit code the watchdog reports for a program it stopped at its timeout (as coreutils' timeout does). */
export const TIMED_OUT_EXIT_CODE = 124;
/** Exit code when the program could not be started (as a shell reports "command not found"). */
export const NOT_STARTED_EXIT_CODE = 127;

const WATCHDOG = `
const { spawn } = require('node:child_process');
const { constants } = require('node:os');
const [timeoutMs, program, ...args] = process.argv.slice(1);
const child = spawn(program, args, { stdio: 'inherit' });
let timedOut = false;
const stop = (signal) => { if (child.exitCode === null) child.kill(signal); };
const timer = Number(timeoutMs) > 0 ? setTimeout(() => { timedOut = true; stop('SIGTERM'); setTimeout(() => stop('SIGKILL'), 5000).unref(); }, Number(timeoutMs)) : undefined;
const parent = process.ppid;
const orphaned = setInterval(() => { if (process.ppid !== parent) stop('SIGTERM'); }, 250);
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => stop(signal));
child.on('error', (error) => { process.stderr.write('cannot start ' + program + ': ' + error.message + '\\n'); process.exit(${NOT_STARTED_EXIT_CODE}); });
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  clearInterval(orphaned);
  if (timedOut) { process.stderr.write('stopped after ' + timeoutMs + ' ms\\n'); process.exit(${TIMED_OUT_EXIT_CODE}); }
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
});
`;

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
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
}

export async function runCommand(program: string, args: string[], options: CommandOptions = {}): Promise<CommandResult> {
  const started = performance.now();
  const env = Object.fromEntries(Object.entries({ ...process.env, ...options.env }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const echo = !(options.silent ?? false);
  // @actions/exec would echo the watchdog's script; the log shows the program instead.
  if (echo) process.stdout.write(`[command]${[program, ...args].join(' ')}\n`);
  const result = await getExecOutput(process.execPath, ['-e', WATCHDOG, String(options.timeoutMs ?? 0), program, ...args], {
    ignoreReturnCode: true,
    silent: true,
    env,
    cwd: options.cwd,
    listeners: echo ? { stdout: (data) => process.stdout.write(data), stderr: (data) => process.stdout.write(data) } : undefined,
  });
  return {
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: result.exitCode === TIMED_OUT_EXIT_CODE && /stopped after \d+ ms\n?$/.test(result.stderr),
    durationMs: Math.round(performance.now() - started),
  };
}
