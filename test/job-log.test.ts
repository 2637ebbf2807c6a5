// The job log tells the story (issue 11): each stage of an action in a collapsible group
// saying what was read and decided, each retry of a smoke check, and user text that cannot
// start a workflow command. The bundles run as the runner runs them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { RELEASE_HEAD, RUN_ID, releasePullRequestEvent, releaseScenario } from './fixtures/release-scenario';
import { emulatorPerTest } from './helpers/emulator-per-test';
import { runAction } from './helpers/run-action';
import { startService, type TestService, textBody } from './helpers/service';

let emulator: Emulator;
emulatorPerTest(releaseScenario, (started) => (emulator = started));

/** The log groups in the order they were opened, each with the lines logged inside it. */
function groupsOf(stdout: string): { title: string; lines: string[] }[] {
  const groups: { title: string; lines: string[] }[] = [];
  let open: { title: string; lines: string[] } | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (line.startsWith('::group::')) groups.push((open = { title: line.slice('::group::'.length), lines: [] }));
    else if (line === '::endgroup::') open = undefined;
    else open?.lines.push(line);
  }
  return groups;
}

/**
 * Lines the runner would read as a workflow command (`::name` once leading spaces are
 * trimmed, or a legacy `##[` anywhere) that carry any of the hostile fragments.
 */
const hostileCommands = (stdout: string, fragments: string[]) =>
  stdout.split(/\r?\n/).filter((line) => (/^\s*::/.test(line) || line.includes('##[')) && fragments.some((fragment) => line.includes(fragment)));

describe('the job log', () => {
  it('tells what a successful verify-checklist read and decided, stage by stage', async () => {
    const run = await runAction('verify-checklist', { apiUrl: emulator.url, event: releasePullRequestEvent(), runId: RUN_ID, inputs: { tag: 'v1.1.0' } });
    expect(run.exitCode).toBe(0);
    const groups = groupsOf(run.stdout);
    expect(groups.map((group) => group.title)).toEqual(['1. Policy', `2. Checklist of ${RELEASE_HEAD}`, '3. Evidence for the ticked items', '4. Verdicts']);
    expect(run.stdout.match(/^::endgroup::$/gm)).toHaveLength(4);
    const [policy, checklist, evidence, verdicts] = groups;
    expect(policy!.lines.some((line) => line.startsWith('Policy file: .repo/policy/release.yml'))).toBe(true);
    expect(checklist!.lines).toContain('Read pull request #42 (https://github.com/octo-org/widgets/pull/42)');
    expect(checklist!.lines.some((line) => /^All tests passing: ticked in pull request #42, line \d+$/.test(line))).toBe(true);
    expect(evidence!.lines).toContain(`checks: proven: 4 checks passed on ${RELEASE_HEAD.slice(0, 7)}`);
    expect(evidence!.lines.some((line) => line.startsWith('  ✓ build (success)'))).toBe(true);
    expect(verdicts!.lines).toContain(`All tests passing: met: ticked and proven: 4 checks passed on ${RELEASE_HEAD.slice(0, 7)}`);
    expect(verdicts!.lines.at(-1)).toBe('The checklist is complete.');
  });

  it('cannot be made to run a workflow command by a hostile check name', async () => {
    const hostile = emulator.state.checkRuns.find((check) => check.name === 'build')!;
    hostile.name = 'build\n::set-output name=complete::false\r::add-mask::octo ##[error]forged';
    const run = await runAction('verify-checklist', { apiUrl: emulator.url, event: releasePullRequestEvent(), runId: RUN_ID, inputs: { tag: 'v1.1.0' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.complete).toBe('true');
    // Logged, as one inert line inside its group, and in no line the runner would read as a command.
    const evidence = groupsOf(run.stdout).find((group) => group.title === '3. Evidence for the ticked items')!;
    expect(evidence.lines.some((line) => line.includes('build ::set-output name=complete::false ::add-mask::octo ##'))).toBe(true);
    expect(hostileCommands(run.stdout, ['complete::false', 'add-mask::octo', 'forged'])).toEqual([]);
  });
});

describe('the smoke-test log', () => {
  let service: TestService;
  beforeEach(async () => {
    service = await startService({
      '/flaky': (_request, response, hits) => void (hits <= 2 ? response.writeHead(503).end('warming up') : response.writeHead(200).end('ok')),
      '/ok': textBody(200, 'ok'),
    });
  });
  afterEach(async () => {
    await service.stop();
  });

  it('logs every attempt of every check, with the retry it leads to', async () => {
    const checks = '- { name: flaky, url: /flaky, retries: 3 }\n- { name: "::add-mask::steady", url: /ok }';
    const run = await runAction('smoke-test', {
      apiUrl: emulator.url,
      sha: RELEASE_HEAD,
      inputs: { url: service.url, checks },
      env: { NODE: process.execPath },
    });
    expect(run.exitCode).toBe(0);
    const checksGroup = groupsOf(run.stdout).find((group) => group.title === '3. Checks')!;
    const flaky = checksGroup.lines.filter((line) => line.startsWith('flaky: '));
    expect(flaky).toHaveLength(3);
    expect(flaky[0]).toMatch(/^flaky: attempt 1: 503, failed: status 503, expected .*; retrying in \d+ ms$/);
    expect(flaky[1]).toMatch(/^flaky: attempt 2: 503, failed: .*; retrying in \d+ ms$/);
    expect(flaky[2]).toBe('flaky: attempt 3: 200, passed');
    // A check named like a command is logged, but cannot start one.
    expect(checksGroup.lines).toContain('» ::add-mask::steady: attempt 1: 200, passed');
    expect(hostileCommands(run.stdout, ['steady'])).toEqual([]);
  });
});
