// Peak memory: each action's bundle on realistic runs against the emulator (the demo's release
// of the sample repository, and release-notes over 1,000 pull requests of the realistic
// history), its peak RSS read at exit by a --require preload, beside bare `node -e 0` measured
// the same way. What is resident at exit is split into the process's own (anonymous) memory
// and the file-backed pages of the node binary, which the machine decides more than the code:
// on Node 24 those alone are about 50 MiB. Memory varies with the machine, so a peak over the
// goal is reported, not failed; a run that does not finish its step as the scenario expects
// fails the bench.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../test/emulator';
import { demoRelease, demoSteps, startBrokenService } from '../../test/fixtures/demo-release';
import { realisticHistory } from '../../test/fixtures/notes-history';
import { REPO_ROOT, type RunActionOptions, runAction } from '../../test/helpers/run-action';

const GOAL_MIB = 80;
const PRELOAD = join(REPO_ROOT, 'scripts', 'bench', 'report-max-rss.cjs');
/** The demo's exit codes: smoke-test finds the deployed release broken; the others pass. */
const EXPECTED_EXIT: Record<string, number> = { 'smoke-test': 1 };

const mib = (kib: number) => kib / 1024;

/** In KiB: the peak RSS, and at exit the anonymous and file-backed parts (null where unknown: not Linux). */
interface Memory {
  peak: number;
  anon: number | null;
  file: number | null;
}

/** Runs `measure` with the preload in place; returns what the preload wrote. */
async function measured(measure: (env: Record<string, string>) => Promise<unknown> | unknown): Promise<Memory> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-rss-'));
  const file = join(dir, 'max-rss');
  try {
    await measure({ NODE_OPTIONS: `--require ${PRELOAD}`, RELEASE_GOVERNANCE_MAX_RSS_FILE: file });
    return JSON.parse(readFileSync(file, 'utf8')) as Memory;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function line(label: string, memory: Memory, goal = true): string {
  const verdict = !goal ? '' : mib(memory.peak) <= GOAL_MIB ? ' ok' : ' OVER GOAL (reported, not failed)';
  const split =
    memory.anon === null || memory.file === null ? '' : `; at exit ${mib(memory.anon).toFixed(1)} MiB its own, ${mib(memory.file).toFixed(1)} MiB file-backed`;
  return `  ${label.padEnd(44)} ${mib(memory.peak).toFixed(1).padStart(6)} MiB${goal ? ` (goal ≤ ${GOAL_MIB} MiB)` : ''}${verdict}${split}`;
}

/** Returns the bounds that did not hold (runs that went wrong; peaks are reported). */
export async function benchMemory(): Promise<string[]> {
  const failures: string[] = [];
  const runs: { label: string; action: string; options: RunActionOptions }[] = [];
  console.log(`peak memory (RSS) on Node ${process.version}:`);
  const bare = await measured((env) => spawnSync(process.execPath, ['-e', '0'], { env: { PATH: process.env.PATH ?? '', ...env } }));
  console.log(line('bare node -e 0', bare, false));

  const emulator = await startEmulator(demoRelease());
  const service = await startBrokenService();
  try {
    for (const step of demoSteps(emulator.url, service.url)) runs.push({ label: `${step.action} (demo release)`, action: step.action, options: step.options });
    for (const run of runs) {
      let exitCode: number | null = null;
      const memory = await measured(async (env) => {
        exitCode = (await runAction(run.action, { ...run.options, env: { ...run.options.env, ...env } })).exitCode;
      });
      console.log(line(run.label, memory));
      if (exitCode !== (EXPECTED_EXIT[run.action] ?? 0)) failures.push(`memory: ${run.label} exited ${exitCode}`);
    }
  } finally {
    await service.stop();
    await emulator.close();
  }

  const PULLS = 1000;
  const realistic = realisticHistory(PULLS);
  const history = await startEmulator(realistic.state);
  try {
    let exitCode: number | null = null;
    const memory = await measured(async (env) => {
      exitCode = (await runAction('release-notes', { apiUrl: history.url, sha: realistic.head, inputs: { to: realistic.head }, env })).exitCode;
    });
    console.log(line(`release-notes (${PULLS} pull requests)`, memory));
    if (exitCode !== 0) failures.push(`memory: release-notes over ${PULLS} pull requests exited ${exitCode}`);
  } finally {
    await history.close();
  }
  return failures;
}
