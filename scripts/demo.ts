// The local demo: one release of the sample repository (examples/demo-repo), end to end,
// on the built-in GitHub emulator. Each step runs a bundled action (dist/<name>/index.js)
// as the runner would, and prints its job summary as text:
//   1. verify-checklist: the release checklist is complete and proven;
//   2. require-human-approver: a bot's approval of the deployment is refused, a release
//      manager's is accepted;
//   3. smoke-test: the new version is deployed, answers badly, and its deployment is marked failed;
//   4. rollback: back to the last good deployment, recorded, with an incident issue;
//   5. release-notes: the notes of the release, drafted.
import { startEmulator } from '../test/emulator';
import { demoRelease, demoSteps, startBrokenService } from '../test/fixtures/demo-release';
import { type ActionRun, runAction } from '../test/helpers/run-action';

const emulator = await startEmulator(demoRelease());
const service = await startBrokenService();
try {
  console.log(`GitHub emulator on ${emulator.url}; sample repository octo-org/widgets; release 1.1.0 (pull request #42).\n`);
  for (const step of demoSteps(emulator.url, service.url)) {
    printRun(step.title, await runAction(step.action, step.options));
    const incident = step.action === 'rollback' ? emulator.state.issues.find((issue) => issue.labels?.includes('incident')) : undefined;
    if (incident) console.log(`   The incident issue #${incident.number}, "${incident.title}", records it with the post-mortem checklist.\n`);
  }
  console.log(`The emulator answered ${emulator.requests.length} API requests; schema violations: ${emulator.schemaViolations().length}.`);
} finally {
  await service.stop();
  await emulator.close();
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
    const [header, ...rows] = [...block.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
      [...(row ?? '').matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map(([, cell]) => decode(cell ?? '')),
    );
    const columns = header ?? [];
    const width = Math.max(...columns.map((column) => column.length));
    for (const cells of rows) {
      lines.push(`  • ${cells[0] ?? ''}`);
      for (const [index, cell] of cells.slice(1).entries()) lines.push(`      ${(columns[index + 1] ?? '').toLowerCase().padEnd(width)}  ${cell}`);
    }
  }
  return lines.join('\n');
}
