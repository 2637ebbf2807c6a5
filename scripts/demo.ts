// The local demo: one release of the sample repository (examples/demo-repo), end to end,
// on the built-in GitHub emulator. Each step runs a bundled action (dist/<name>/index.js)
// as the runner would, and prints its job summary as text:
//   1. verify-checklist: the release checklist is complete and proven;
//   2. require-human-approver: a bot's approval of the deployment is refused, a release
//      manager's is accepted;
//   3. smoke-test: the new version is deployed, answers badly, and its deployment is marked failed;
//   4. rollback: back to the last good deployment, recorded, with an incident issue;
//   5. release-notes: the notes of the release, drafted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, webhookPayload } from '../test/emulator';
import { releasePullRequestEvent, releaseScenario, RUN_ID, SHAS } from '../test/fixtures/release-scenario';
import { runAction, type ActionRun } from '../test/helpers/run-action';

const scenario = releaseScenario();
// Batch mode is a feature: the release is a minor one, 1.1.0.
scenario.pulls = scenario.pulls?.map((pull) => (pull.number === 40 ? { ...pull, labels: ['enhancement'] } : pull));
// dana maintains the repository: with no users or teams in the policy, that makes her a release manager.
scenario.permissions = { dana: 'maintain', 'release-captain': 'write' };
scenario.deployments = [
  { id: 901, sha: SHAS.initial, ref: 'v1.0.0', task: 'deploy', environment: 'production', created_at: '2026-10-01T11:00:00Z', statuses: [{ state: 'success' }] },
  { id: 902, sha: SHAS.release, ref: 'main', task: 'deploy', environment: 'production', created_at: '2026-11-24T09:00:00Z', statuses: [{ state: 'in_progress' }, { state: 'success' }] },
];
scenario.runApprovals = {
  [RUN_ID]: [
    { environments: ['production'], state: 'approved', user: { login: 'deploy-bot[bot]', type: 'Bot' } },
    { environments: ['production'], state: 'approved', user: { login: 'dana' } },
  ],
};
const emulator = await startEmulator(scenario);
const service = await startBrokenService();
try {
  console.log(`GitHub emulator on ${emulator.url}; sample repository octo-org/widgets; release 1.1.0 (pull request #42).\n`);
  const api = { apiUrl: emulator.url, runId: RUN_ID };

  printRun('1. verify-checklist: is the release checklist complete, and proven?', await runAction('verify-checklist', { ...api, inputs: { tag: 'v1.1.0' }, event: releasePullRequestEvent() }));

  const deploymentEvent = {
    name: 'deployment',
    payload: webhookPayload('deployment', 'created', { deployment: { id: 902, sha: SHAS.release, ref: 'main', environment: 'production' } }),
  };
  printRun(
    '2. require-human-approver: who approved the deployment to production?',
    await runAction('require-human-approver', { ...api, sha: SHAS.release, actor: 'release-captain', event: deploymentEvent, inputs: { source: 'environment', environment: 'production' } }),
  );

  printRun(
    '3. smoke-test: does 1.1.0 answer as the policy says, once deployed?',
    await runAction('smoke-test', { ...api, sha: SHAS.release, inputs: { url: service.url, 'deployment-id': '902', checks: '- name: health\n  url: /healthz\n  retries: 1\n  expect: { status: 200, json: { "$.status": up } }\n' } }),
  );

  const dispatch = { name: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch', undefined, { sender: { login: 'dana', type: 'User' } }) };
  printRun(
    '4. rollback: dana rolls production back to the last good deployment',
    await runAction('rollback', {
      ...api,
      sha: SHAS.release,
      actor: 'dana',
      event: dispatch,
      inputs: { environment: 'production', reason: '1.1.0 answers 500 on /healthz', command: JSON.stringify([process.execPath, '-e', 'console.log(`deploying ${process.env.ROLLBACK_REF}`)']) },
    }),
  );
  const incident = emulator.state.issues.find((issue) => issue.labels?.includes('incident'));
  if (incident) console.log(`   The incident issue #${incident.number}, "${incident.title}", records it with the post-mortem checklist.\n`);

  printRun('5. release-notes: the notes of 1.1.0, drafted', await runAction('release-notes', { ...api, sha: SHAS.release, inputs: { to: SHAS.release, tag: 'v1.1.0' } }));

  console.log(`The emulator answered ${emulator.requests.length} API requests; schema violations: ${emulator.schemaViolations().length}.`);
} finally {
  await new Promise<void>((resolve) => service.server.close(() => resolve()));
  await emulator.close();
}

/** The deployed 1.1.0: up, but its health check reports a failing dependency. */
async function startBrokenService(): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'degraded', db: 'connection refused' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function printRun(title: string, run: ActionRun): void {
  console.log(`=== ${title}`);
  console.log(`step ${run.exitCode === 0 ? 'passed' : 'failed'} (exit code ${run.exitCode})\n`);
  console.log(summaryAsText(run.summary));
  // The runner shows annotations beside the step; here they are plain lines.
  for (const annotation of run.annotations) console.log(`\n  [${annotation.level}] ${annotation.message.replace(/\n/g, '\n  ')}`);
  console.log('');
}

function decode(value: string): string {
  return value
    .replace(/<br>/g, '\n      ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}

/** A terminal rendering of an HTML job summary: headings, paragraphs, one block per table row. */
function summaryAsText(html: string): string {
  const lines: string[] = [];
  for (const block of html.split('\n')) {
    if (!block.startsWith('<table>')) {
      lines.push(block.startsWith('<h2>') ? `  ${decode(block)}` : decode(block));
      continue;
    }
    const [header, ...rows] = [...block.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => [...(row ?? '').matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map(([, cell]) => decode(cell ?? '')));
    const columns = header ?? [];
    const width = Math.max(...columns.map((column) => column.length));
    for (const cells of rows) {
      lines.push(`  • ${cells[0] ?? ''}`);
      cells.slice(1).forEach((cell, index) => lines.push(`      ${(columns[index + 1] ?? '').toLowerCase().padEnd(width)}  ${cell}`));
    }
  }
  return lines.join('\n');
}
