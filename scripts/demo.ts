// The local demo: starts the built-in GitHub emulator with the sample repository
// (examples/demo-repo), runs the bundled dist/verify-checklist/index.js against it as the
// runner would, twice (a ready release, then one with a failed check and an unticked
// item), and prints each job summary as text.
import { startEmulator } from '../test/emulator';
import { releasePullRequestEvent, releaseScenario, RELEASE_HEAD, RELEASE_PR_BODY, RUN_ID } from '../test/fixtures/release-scenario';
import { runAction, type ActionRun } from '../test/helpers/run-action';

const emulator = await startEmulator(releaseScenario());
try {
  const inputs = { tag: 'v1.1.0' };
  console.log(`GitHub emulator on ${emulator.url}; sample repository octo-org/widgets, release PR #42.\n`);

  printRun('1. A ready release: every item ticked and proven', await runAction('verify-checklist', { apiUrl: emulator.url, inputs, event: releasePullRequestEvent(), runId: RUN_ID }));

  const build = emulator.state.checkRuns.find((run) => run.name === 'build' && run.head_sha === RELEASE_HEAD);
  if (build) build.conclusion = 'failure';
  const pull = emulator.state.pulls.find((candidate) => candidate.number === 42);
  if (pull) pull.body = RELEASE_PR_BODY.replace('- [x] Team notified', '- [ ] Team notified');
  printRun('2. The build failed and "Team notified" is not ticked', await runAction('verify-checklist', { apiUrl: emulator.url, inputs, event: releasePullRequestEvent(), runId: RUN_ID }));

  console.log(`The emulator answered ${emulator.requests.length} API requests; schema violations: ${emulator.schemaViolations().length}.`);
} finally {
  await emulator.close();
}

function printRun(title: string, run: ActionRun): void {
  console.log(`=== ${title}`);
  console.log(`exit code ${run.exitCode}; outputs.complete = ${run.outputs.complete}\n`);
  console.log(summaryAsText(run.summary));
  for (const annotation of run.annotations) console.log(`\n::${annotation.level}:: ${annotation.message}`);
  console.log('');
}

/** A terminal rendering of the HTML job summary: headings, paragraphs, and one block per table row. */
function summaryAsText(html: string): string {
  const decode = (value: string) =>
    value
      .replace(/<br>/g, '\n      ')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .replace(/&amp;/g, '&');
  const lines: string[] = [];
  for (const block of html.split('\n')) {
    if (block.startsWith('<table>')) {
      const rows = [...block.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1);
      for (const [, row] of rows) {
        const [item, ticked, evidence, verdict] = [...(row ?? '').matchAll(/<td>(.*?)<\/td>/g)].map(([, cell]) => decode(cell ?? ''));
        lines.push(`  • ${item}\n      ticked:   ${ticked}\n      evidence: ${evidence}\n      verdict:  ${verdict}`);
      }
    } else {
      lines.push(decode(block));
    }
  }
  return lines.join('\n');
}
