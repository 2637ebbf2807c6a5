// Properties of the checklist reader over generated markdown: whatever the body, every
// required item gets a state, and quoted or fenced boxes never count.

import type { RequiredItem } from '@release-governance/policy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTicks, type TickState } from './read';

const SEED = 20261125;
const TEXTS = ['All tests passing', 'Team notified', 'Monitoring configured'];
const required: RequiredItem[] = TEXTS.map((text) => ({ text, allowNotApplicable: false }));
const STATES: TickState[] = ['ticked', 'unticked', 'struck', 'missing'];

const control = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const itemText = fc.oneof(
  fc.constantFrom(...TEXTS, 'all TESTS passing.', '~~Team notified~~', '`Team notified`', '**Monitoring** configured', ''),
  fc.string({ maxLength: 10 }),
);
const box = fc.constantFrom('[x]', '[X]', '[ ]', '[]', '[x', '[ x ]', '[\t]');
const bullet = fc.constantFrom('-', '*', '+', '1.', '2)', '10.');
const indent = fc.constantFrom('', ' ', '  ', '    ', '\t', '   ');
const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(indent, bullet, box, itemText).map(([space, mark, tick, text]) => `${space}${mark} ${tick} ${text}`) },
  fc.tuple(fc.integer({ min: 1, max: 100 }), fc.constantFrom('>', '> ', '- ', '* ', '1. ', '> - ')).map(([count, unit]) => unit.repeat(count)),
  fc.constantFrom(
    '```',
    '~~~',
    '````js',
    '<!--',
    '-->',
    '<!-- - [x] Team notified -->',
    '<details>',
    '</details>',
    '<div>',
    '---',
    '===',
    '# Title',
    '## Release Checklist',
    '| a | b |',
    '|---|---|',
    '',
  ),
  fc.tuple(control, itemText).map(([char, text]) => `${char}${text}${char}`),
  fc.constantFrom('\r', '\u2028', '\u00a0', '\ufeff', '\u0000', '&#0;', '&#x5b;x&#x5d;', '\\[x]', '[x]: http://a', '<', '`', '*', '_', '['),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const markdown = fc
  .array(fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n', '\n\n')), { maxLength: 15 })
  .map((lines) => lines.map(([parts, end]) => parts.join(' ') + end).join(''));

function expectVerdicts(markdowns: string[]): ReturnType<typeof readTicks> {
  const ticks = readTicks(
    required,
    markdowns.map((text, index) => ({ label: `document ${index}`, markdown: text })),
  );
  expect(ticks.map((tick) => tick.item.text)).toEqual(TEXTS);
  for (const tick of ticks) {
    expect(STATES).toContain(tick.state);
    if (tick.state === 'missing') expect(tick.source).toBeUndefined();
    else {
      const document = markdowns[Number(tick.source?.label.replace('document ', ''))] ?? '';
      expect(tick.source?.line).toBeGreaterThanOrEqual(1);
      expect(tick.source?.line).toBeLessThanOrEqual(document.split(/\r\n|\r|\n/).length);
    }
  }
  return ticks;
}

describe('checklist reader properties', () => {
  it('gives every required item a state, with a line inside its document, for generated markdown', () => {
    fc.assert(
      fc.property(fc.array(markdown, { minLength: 1, maxLength: 2 }), (documents) => void expectVerdicts(documents)),
      { seed: SEED, numRuns: 1000 },
    );
  }, 120_000);

  it('counts no box of a body quoted as a whole', () => {
    fc.assert(
      fc.property(markdown, (body) => {
        const quoted = body
          .split(/\r\n|\r|\n/)
          .map((line) => `> ${line}`)
          .join('\n');
        expect(expectVerdicts([quoted]).map((tick) => tick.state)).toEqual(['missing', 'missing', 'missing']);
      }),
      { seed: SEED, numRuns: 500 },
    );
  }, 120_000);

  it('counts no box of a body inside a code fence longer than any in it', () => {
    fc.assert(
      fc.property(markdown, (body) => {
        const fence = '`'.repeat(Math.max(3, ...[...body.matchAll(/`+/g)].map((run) => run[0].length + 1)));
        expect(expectVerdicts([`${fence}\n${body}\n${fence}\n`]).map((tick) => tick.state)).toEqual(['missing', 'missing', 'missing']);
      }),
      { seed: SEED, numRuns: 500 },
    );
  }, 120_000);

  it('reads a ticked item at the top level after any hostile preamble closed by a blank line', () => {
    const preamble = fc
      .tuple(fc.integer({ min: 1, max: 60_000 }), fc.constantFrom('>', '- ', '> - ', '1. ', '  '))
      .map(([count, unit]) => unit.repeat(Math.ceil(count / unit.length)));
    fc.assert(
      fc.property(preamble, (text) => {
        const ticks = expectVerdicts([`${text}\n\n- [x] Team notified\n`]);
        expect(ticks[1]).toMatchObject({ state: 'ticked', source: { line: 3 } });
      }),
      { seed: SEED, numRuns: 50 },
    );
  }, 120_000);
});
