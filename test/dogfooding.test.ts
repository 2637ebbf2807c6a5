// The project's own workflows (.github/workflows), run as GitHub would run their
// `uses: ./…` steps: on the events they listen to, with the inputs they pass, against the
// emulator holding this repository's own governance files. So the suite's self-governance
// is tested, not only written. Shell steps with an `id` (they compute inputs for later
// steps) run in bash as the runner runs them; other shell steps and third-party actions
// (checkout, publishing) are the runner's business and are not run here.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type EmulatorState, startEmulator, webhookPayload } from './emulator';
import { BASE, RELEASE_HEAD, RELEASE_PR_BODY, RUN_ID, releaseScenario, SHAS } from './fixtures/release-scenario';
import { type ActionRun, REPO_ROOT, runAction, shaOf } from './helpers/run-action';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; steps: Step[] }>;
}

const WORKFLOWS = join(REPO_ROOT, '.github', 'workflows');
const workflow = (name: string) => parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
/** The project's own governance files, as every commit of a scenario holds them. */
const GOVERNANCE = Object.fromEntries(
  ['.repo/agents/roles/release-manager.md', '.repo/policy/release.yml'].map((path) => [path, readFileSync(join(REPO_ROOT, path), 'utf8')]),
);

type RunnableStep =
  | { kind: 'action'; action: string; with: Record<string, string> }
  | { kind: 'shell'; id: string; script: string; env: Record<string, string> };

/** The job's `uses: ./actions/<name>` steps and its shell steps with an `id`, in order. */
function localSteps(file: string, job: string): RunnableStep[] {
  return workflow(file).jobs[job]!.steps.flatMap((step): RunnableStep[] => {
    if (step.uses?.startsWith('./')) {
      const action = /^\.\/actions\/([a-z-]+)$/.exec(step.uses)?.[1] ?? fail(`unexpected local action ${step.uses}`);
      return [{ kind: 'action', action, with: step.with ?? {} }];
    }
    return step.run && step.id ? [{ kind: 'shell', id: step.id, script: step.run, env: step.env ?? {} }] : [];
  });
}

const resolveAll = (values: Record<string, string>, context: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, resolve(String(value), context)]));

/** Runs a shell step as the runner does (bash in the workspace, its env, a GITHUB_OUTPUT file); its outputs join the context. */
function runShell(step: Extract<RunnableStep, { kind: 'shell' }>, context: Record<string, string>, workspace?: string): void {
  const output = join(mkdtempSync(join(tmpdir(), 'rg-dogfood-')), 'output');
  writeFileSync(output, '');
  execFileSync('bash', ['-e', '-c', step.script], {
    cwd: workspace,
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, ...resolveAll(step.env, context) },
  });
  for (const line of readFileSync(output, 'utf8').split('\n').filter(Boolean)) {
    const [name, ...value] = line.split('=');
    context[`steps.${step.id}.outputs.${name}`] = value.join('=');
  }
}

/** `${{ name }}` from `context`; any other expression fails the test, so a workflow change cannot go untested. */
function resolve(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, name: string) => context[name] ?? fail(`unsupported expression in a local step's inputs: ${name}`));
}

/** The job's `if:`; only the forms the project's workflows use are understood. */
function jobRuns(file: string, job: string, context: Record<string, string>): boolean {
  const condition = workflow(file).jobs[job]!.if;
  if (condition === undefined) return true;
  const startsWith = /^startsWith\(([\w.]+), '([^']*)'\)$/.exec(condition.trim());
  if (!startsWith) return fail(`unsupported job condition: ${condition}`);
  return (context[startsWith[1] as string] ?? '').startsWith(startsWith[2] as string);
}

function fail(message: string): never {
  throw new Error(message);
}

function withGovernance(state: Partial<EmulatorState>): Partial<EmulatorState> {
  const files = Object.fromEntries(Object.entries(state.files ?? {}).map(([sha, snapshot]) => [sha, { ...snapshot, ...GOVERNANCE }]));
  return { ...state, files };
}

async function runSteps(
  steps: RunnableStep[],
  state: Partial<EmulatorState>,
  options: Omit<Parameters<typeof runAction>[1], 'apiUrl' | 'inputs'>,
  context: Record<string, string> = {},
) {
  const emulator = await startEmulator(withGovernance(state));
  try {
    const runs: ActionRun[] = [];
    for (const step of steps) {
      if (step.kind === 'shell') runShell(step, context, options.workspace);
      else runs.push(await runAction(step.action, { ...options, apiUrl: emulator.url, inputs: resolveAll(step.with, context) }));
    }
    expect(emulator.schemaViolations()).toEqual([]);
    return { runs, emulator };
  } finally {
    await emulator.close();
  }
}

describe('the project governs itself', () => {
  it('lists only events that the tests below exercise', () => {
    const events = Object.fromEntries(readdirSync(WORKFLOWS).map((file) => [file, Object.keys(workflow(file).on).sort()]));
    expect(events).toEqual({
      'ci.yml': ['pull_request', 'push'],
      'prepare-release.yml': ['workflow_dispatch'],
      'release-checklist.yml': ['pull_request'],
      'release-notes.yml': ['push'],
      'release-process-guard.yml': ['pull_request', 'pull_request_review'],
      'release.yml': ['workflow_dispatch'],
    });
  });

  describe('release-process-guard.yml', () => {
    const HEAD = shaOf('guard head');
    const state = (reviews: EmulatorState['reviews'][number]): Partial<EmulatorState> => ({
      commits: [
        { sha: BASE, message: 'Base', author: 'alice', files: ['README.md'] },
        { sha: HEAD, message: 'Rebuild the bundles', author: 'bob', files: ['dist/rollback/index.js'] },
      ],
      branches: { main: BASE, 'bob/rebuild': HEAD },
      files: { [BASE]: { 'README.md': '#\n' } },
      pulls: [
        {
          number: 60,
          title: 'Rebuild',
          body: '',
          user: { login: 'bob' },
          state: 'open',
          head_sha: HEAD,
          head_ref: 'bob/rebuild',
          base_ref: 'main',
          commits: [HEAD],
          files: ['dist/rollback/index.js'],
        },
      ],
      reviews: { 60: reviews },
      // With no users or teams in the policy, release managers are those with maintain or admin.
      permissions: { maya: 'maintain', bob: 'write', wes: 'write' },
    });
    const event = {
      name: 'pull_request',
      payload: webhookPayload('pull_request', 'synchronize', {
        pull_request: { number: 60, head: { sha: HEAD, ref: 'bob/rebuild' }, base: { sha: BASE, ref: 'main' }, user: { login: 'bob', type: 'User' } },
      }),
    };
    const steps = localSteps('release-process-guard.yml', 'release-manager-approval');

    it('blocks a change to dist/ that no release manager approved', async () => {
      const { runs } = await runSteps(steps, state([{ user: { login: 'wes' }, state: 'APPROVED', commit_id: HEAD }]), { event, sha: HEAD, actor: 'bob' });
      expect(steps.map((step) => step.kind === 'action' && step.action)).toEqual(['require-human-approver']);
      expect(runs[0]!.exitCode).toBe(1);
      expect(runs[0]!.outputs.approved).toBe('false');
      expect(runs[0]!.outputs.required).toBe('true');
    });

    it('lets it through once a maintainer approves', async () => {
      const { runs } = await runSteps(steps, state([{ user: { login: 'maya' }, state: 'APPROVED', commit_id: HEAD }]), { event, sha: HEAD, actor: 'bob' });
      expect(runs[0]!.exitCode).toBe(0);
      expect(runs[0]!.outputs.approved).toBe('true');
    });
  });

  describe('release-checklist.yml', () => {
    const context = { 'github.head_ref': 'release/v1.1.0' };
    const event = {
      name: 'pull_request',
      payload: webhookPayload('pull_request', 'opened', {
        number: 42,
        pull_request: {
          number: 42,
          title: 'Release 1.1.0',
          body: RELEASE_PR_BODY,
          head: { sha: RELEASE_HEAD, ref: 'release/v1.1.0' },
          base: { sha: BASE, ref: 'main' },
          user: { login: 'release-captain', type: 'User' },
        },
      }),
    };

    it('runs only for release branches', () => {
      expect(jobRuns('release-checklist.yml', 'checklist', context)).toBe(true);
      expect(jobRuns('release-checklist.yml', 'checklist', { 'github.head_ref': 'feature/faster' })).toBe(false);
    });

    it("verifies a release pull request against the project's own role document and policy", async () => {
      const steps = localSteps('release-checklist.yml', 'checklist');
      const { runs, emulator } = await runSteps(steps, releaseScenario(), { event, sha: RELEASE_HEAD, runId: RUN_ID }, { ...context });
      expect(runs[0]!.annotations).toEqual([]);
      expect(runs[0]!.exitCode).toBe(0);
      expect(runs[0]!.outputs.complete).toBe('true');
      // The role document and policy were read from the base commit: this repository's own.
      const read = emulator.requests
        .filter((request) => request.route === 'GET /repos/{owner}/{repo}/contents/{path}')
        .map((request) => `${decodeURIComponent(request.path)}@${request.query.ref}`);
      expect(read).toEqual([
        `/repos/octo-org/widgets/contents/.repo/policy/release.yml@${BASE}`,
        `/repos/octo-org/widgets/contents/.repo/agents/roles/release-manager.md@${BASE}`,
      ]);
    });
  });

  it('release-notes.yml drafts the notes of a version tag into a draft release', async () => {
    const steps = localSteps('release-notes.yml', 'notes');
    const scenario = releaseScenario();
    scenario.releases = scenario.releases!.filter((release) => release.tag_name !== 'v1.1.0');
    scenario.tags = { ...scenario.tags, 'v1.1.0': SHAS.release };
    const { runs, emulator } = await runSteps(steps, scenario, {
      event: { name: 'push', payload: webhookPayload('push', undefined, { ref: 'refs/tags/v1.1.0' }) },
      sha: SHAS.release,
      ref: 'refs/tags/v1.1.0',
    });
    expect(runs[0]!.exitCode).toBe(0);
    const drafted = emulator.state.releases.find((release) => release.tag_name === 'v1.1.0');
    expect(drafted).toMatchObject({ draft: true });
    expect(drafted?.body).toContain('Add batch mode');
    expect(runs[0]!.outputs['previous-tag']).toBe('v1.0.0');
  });

  describe('prepare-release.yml', () => {
    const steps = localSteps('prepare-release.yml', 'prepare');
    const event = {
      name: 'workflow_dispatch',
      payload: webhookPayload('workflow_dispatch', undefined, { inputs: { version: 'v1.1.0' }, sender: { login: 'rita', type: 'User' } }),
    };
    const context = { 'inputs.version': 'v1.1.0' };
    /** The checkout the runner would make: the files the job's shell steps use. */
    const checkout = () => {
      const workspace = mkdtempSync(join(tmpdir(), 'rg-prepare-'));
      mkdirSync(join(workspace, 'scripts'));
      copyFileSync(join(REPO_ROOT, 'scripts', 'changelog.mjs'), join(workspace, 'scripts', 'changelog.mjs'));
      copyFileSync(join(REPO_ROOT, 'CHANGELOG.md'), join(workspace, 'CHANGELOG.md'));
      return workspace;
    };

    it('writes the notes release-notes drafted into CHANGELOG.md under the new version', async () => {
      expect(steps.map((step) => (step.kind === 'action' ? step.action : step.id))).toEqual(['version', 'release-notes', 'changelog']);
      const workspace = checkout();
      const { runs } = await runSteps(steps, releaseScenario(), { event, sha: SHAS.timeout, workspace }, { ...context });
      expect(runs[0]!.exitCode).toBe(0);
      const changelog = readFileSync(join(workspace, 'CHANGELOG.md'), 'utf8');
      const [preamble, section] = changelog.split(/^(?=## v1\.1\.0 \(\d{4}-\d{2}-\d{2}\)$)/m);
      // The project's own preamble stays on top; the notes follow under the version, their headings one level down.
      expect(preamble).toBe(`${readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8').trim()}\n\n`);
      expect(section).toContain(runs[0]!.outputs.notes!.trim().replace(/^## /gm, '### '));
      expect(section).toMatch(/^### .+\n\n- Add batch mode/m);
      expect(section).not.toMatch(/^## (?!v1\.1\.0)/m);
    });

    it("rewrites the same version's section when the workflow runs again, instead of adding a second one", async () => {
      const workspace = checkout();
      await runSteps(steps, releaseScenario(), { event, sha: SHAS.timeout, workspace }, { ...context });
      const once = readFileSync(join(workspace, 'CHANGELOG.md'), 'utf8');
      await runSteps(steps, releaseScenario(), { event, sha: SHAS.timeout, workspace }, { ...context });
      const twice = readFileSync(join(workspace, 'CHANGELOG.md'), 'utf8');
      expect(twice.match(/^## v1\.1\.0 /gm)).toHaveLength(1);
      expect(twice.replace(/\(\d{4}-\d{2}-\d{2}\)/, '')).toBe(once.replace(/\(\d{4}-\d{2}-\d{2}\)/, ''));
    });

    it('refuses a version that is not a release tag before anything runs', () => {
      const version = steps[0] as Extract<RunnableStep, { kind: 'shell' }>;
      const accepted: Record<string, string> = { 'inputs.version': 'v1.1.0' };
      runShell(version, accepted);
      expect(accepted['steps.version.outputs.branch']).toBe('release/v1.1.0');
      const refused = { 'inputs.version': 'v1.1; rm -rf /' };
      const stdout = (() => {
        try {
          runShell(version, refused);
          return 'ran';
        } catch (error) {
          return String((error as { stdout?: Buffer }).stdout);
        }
      })();
      expect(stdout).toContain('::error::version must look like v1.2.3');
      expect(refused).not.toHaveProperty(['steps.version.outputs.tag']);
    });
  });

  describe('release.yml', () => {
    const steps = localSteps('release.yml', 'publish');
    const event = {
      name: 'workflow_dispatch',
      payload: webhookPayload('workflow_dispatch', undefined, { inputs: { tag: 'v1.1.0' }, sender: { login: 'rita', type: 'User' } }),
    };
    const state = (approvals: EmulatorState['runApprovals'][number]): Partial<EmulatorState> => ({
      ...releaseScenario(),
      runApprovals: { [RUN_ID]: approvals },
      permissions: { maya: 'maintain', rita: 'admin', wes: 'write' },
    });

    it('publishes only after a release manager other than the dispatcher approves the release environment', async () => {
      const approved = await runSteps(steps, state([{ environments: ['release'], state: 'approved', user: { login: 'maya' } }]), {
        event,
        sha: SHAS.release,
        runId: RUN_ID,
        actor: 'rita',
      });
      expect(approved.runs[0]!.exitCode).toBe(0);
      expect(approved.runs[0]!.outputs.approved).toBe('true');
    });

    it('refuses the dispatcher approving their own run, and an approval of another environment', async () => {
      const own = await runSteps(steps, state([{ environments: ['release'], state: 'approved', user: { login: 'rita' } }]), {
        event,
        sha: SHAS.release,
        runId: RUN_ID,
        actor: 'rita',
      });
      expect(own.runs[0]!.exitCode).toBe(1);
      const elsewhere = await runSteps(steps, state([{ environments: ['staging'], state: 'approved', user: { login: 'maya' } }]), {
        event,
        sha: SHAS.release,
        runId: RUN_ID,
        actor: 'rita',
      });
      expect(elsewhere.runs[0]!.exitCode).toBe(1);
    });
  });
});
