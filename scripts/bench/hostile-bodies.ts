// hostile bodies: checklist bodies of GitHub's largest size (65,536 characters) built to be
// slow to parse (nested quotes and lists, staircases of indentation, open brackets, 8,192
// task items); the goal is about a second each. A body of 60,000 '>' once took a minute and
// overflowed the stack: a body that throws fails the bench; a time over the goal is
// reported beside it but does not fail (timings are noisy on a shared machine).
import { taskItems } from '../../packages/markdown/src/index';

/** Returns the bounds that did not hold (only a body that throws). */
export function benchHostileBodies(): string[] {
  const failures: string[] = [];
  const BODY_LIMIT = 65_536;
  const HOSTILE_GOAL_MS = 1000;
  const fill = (unit: string) => unit.repeat(Math.floor(BODY_LIMIT / unit.length));
  const staircase = (perLine: number) => {
    let body = '';
    for (let depth = 0; body.length < BODY_LIMIT; depth += perLine) body += `${' '.repeat(depth * 2)}${'- '.repeat(perLine)}[x] a\n`;
    return body.slice(0, BODY_LIMIT);
  };
  const hostileBodies: Record<string, string> = {
    'nested quotes (>)': fill('>'),
    'nested quotes (> )': fill('> '),
    'nested lists (- )': fill('- '),
    'nested ordered lists (1. )': fill('1. '),
    'quotes and lists (> - )': fill('> - '),
    'indentation staircase': staircase(1),
    'indentation staircase, 32 a line': staircase(32),
    'task items': fill('- [x] a\n'),
    'deep quote lines': fill(`${'>'.repeat(40)} - [x] a\n`),
    'open links ([a]()': fill('[a]('),
    'open brackets': fill('['),
    'table rows': `|a|\n|-|\n${fill('|b|\n')}`,
  };
  taskItems('- [x] warm up\n'.repeat(100));
  for (const [name, body] of Object.entries(hostileBodies)) {
    const started = performance.now();
    let outcome = 'read';
    try {
      outcome = `${taskItems(body).length} items`;
    } catch (error) {
      outcome = `threw ${error instanceof Error ? error.name : 'error'}`;
    }
    const ms = performance.now() - started;
    const threw = outcome.startsWith('threw');
    const verdict = threw ? 'FAILED' : ms <= HOSTILE_GOAL_MS ? 'ok' : 'over the goal (reported, not failing)';
    console.log(
      `hostile body: ${name.padEnd(34)} ${String(body.length).padStart(5)} chars: ${ms.toFixed(0).padStart(5)} ms, ${outcome} (goal ${HOSTILE_GOAL_MS} ms) ${verdict}`,
    );
    if (threw) failures.push(`hostile body ${name}: ${outcome}`);
  }

  return failures;
}
