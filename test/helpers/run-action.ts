// Runs a bundled action the way the GitHub runner does: a child process of `node` with
// INPUT_* variables (defaults from action.yml applied), the event payload in a file, and
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files; returns what the step produced.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TEST_TOKEN = 'ghs_testtoken0123456789abcdefghijklmnopqr';

export interface RunActionOptions {
  /** Emulator (or any API) base URL, given as GITHUB_API_URL. */
  apiUrl: string;
  inputs?: Record<string, string>;
  event?: { name: string; payload: Record<string, unknown> };
  repository?: string;
  sha?: string;
  ref?: string;
  runId?: number;
  actor?: string;
  env?: Record<string, string>;
  /** Called once the process has started, e.g. to send it a signal as the runner does on cancel. */
  whileRunning?: (child: ChildProcess) => Promise<void> | void;
  /** Run the root dispatcher (dist/index.mjs, root action.yml) instead of dist/<name>/index.js. */
  viaRootAction?: boolean;
  timeoutMs?: number;
  /** The job's workspace (GITHUB_WORKSPACE and the working directory), kept after the run; default a fresh one, removed. */
  workspace?: string;
}

export interface StepAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface ActionRun {
  exitCode: number | null;
  /** The signal that ended the process, when one did. */
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  summary: string;
  annotations: StepAnnotation[];
  stdout: string;
  stderr: string;
  /** Parsed `report` output, when the action set one. */
  json(name: string): any;
}

export async function runAction(name: string, options: RunActionOptions): Promise<ActionRun> {
  const workDir = await mkdtemp(join(tmpdir(), 'rg-run-'));
  try {
    const files = {
      event: join(workDir, 'event.json'),
      output: join(workDir, 'output.txt'),
      summary: join(workDir, 'summary.md'),
    };
    const event = options.event ?? { name: 'workflow_dispatch', payload: {} };
    await writeFile(files.event, JSON.stringify(event.payload));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');

    const actionYml = options.viaRootAction ? join(REPO_ROOT, 'action.yml') : join(REPO_ROOT, 'actions', name, 'action.yml');
    const inputs = options.viaRootAction ? { action: name, ...options.inputs } : { ...options.inputs };
    const entry = options.viaRootAction ? join(REPO_ROOT, 'dist', 'index.mjs') : join(REPO_ROOT, 'dist', name, 'index.js');
    const runId = options.runId ?? 7000001;

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: workDir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_REPOSITORY: options.repository ?? 'octo-org/widgets',
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_WORKSPACE: options.workspace ?? workDir,
      GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
      GITHUB_REF: options.ref ?? 'refs/heads/main',
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: options.actor ?? 'release-captain',
      GITHUB_TRIGGERING_ACTOR: options.actor ?? 'release-captain',
      GITHUB_WORKFLOW: 'release',
      GITHUB_JOB: 'governance',
      RUNNER_TEMP: workDir,
      ...inputEnvironment(await readFile(actionYml, 'utf8'), inputs),
      ...options.env,
    };

    const child = spawn(process.execPath, [entry], { cwd: options.workspace ?? workDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let endedBy: NodeJS.Signals | null = null;
    const exited = new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${name} did not finish within ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`));
      }, options.timeoutMs ?? 60_000);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        endedBy = signal;
        resolve(code);
      });
    });
    await options.whileRunning?.(child);
    const exitCode = await exited;

    const outputs = parseOutputFile(await readFile(files.output, 'utf8'));
    return {
      exitCode,
      signal: endedBy,
      outputs,
      summary: await readFile(files.summary, 'utf8'),
      annotations: parseAnnotations(stdout),
      stdout,
      stderr,
      json(output: string) {
        const value = outputs[output];
        if (value === undefined) throw new Error(`output ${output} was not set; stdout:\n${stdout}`);
        return JSON.parse(value);
      },
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** INPUT_* as the runner sets them: every declared input, given value or default. */
function inputEnvironment(actionYml: string, given: Record<string, string>): Record<string, string> {
  const declared = (parse(actionYml) as { inputs?: Record<string, { default?: string }> }).inputs ?? {};
  const env: Record<string, string> = {};
  for (const [key, spec] of Object.entries(declared)) {
    const fallback = String(spec?.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/g, TEST_TOKEN);
    env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = given[key] ?? fallback;
  }
  for (const [key, value] of Object.entries(given)) {
    if (!(key in declared)) throw new Error(`input "${key}" is not declared in ${actionYml.slice(0, 40)}...`);
    env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** GITHUB_OUTPUT uses `name<<DELIMITER\nvalue\nDELIMITER` blocks (and `name=value` lines). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index] ?? '');
      outputs[key] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

const unescapeData = (value: string) => value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (value: string) => unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');

function parseAnnotations(stdout: string): StepAnnotation[] {
  const annotations: StepAnnotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
      const [key, ...rest] = pair.split('=');
      properties[key as string] = unescapeProperty(rest.join('='));
    }
    annotations.push({ level: match[1] as StepAnnotation['level'], message: unescapeData(match[3] ?? ''), properties });
  }
  return annotations;
}

/** A stable 40-hex commit id for a label, so tests read as names but send real-looking shas. */
export const shaOf = (label: string): string => createHash('sha1').update(label).digest('hex');

/**
 * Cancels a running step as the GitHub runner does: SIGINT, then SIGTERM 7.5 s later, then
 * SIGKILL 2.5 s after that. Resolves at once with when the first signal was sent.
 */
export function cancelLikeTheRunner(child: ChildProcess): { cancelledAt: number } {
  const cancelledAt = Date.now();
  child.kill('SIGINT');
  const term = setTimeout(() => child.kill('SIGTERM'), 7_500);
  const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
  child.once('exit', () => {
    clearTimeout(term);
    clearTimeout(kill);
  });
  return { cancelledAt };
}
