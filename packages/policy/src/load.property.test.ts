// Properties of the policy loader over generated files: whatever the bytes, the result is a
// policy or a PolicyError whose every problem stands at file:line:col in plain words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPolicy, type Policy, PolicyError, parseYamlWithSchema } from './index';
import { releasePolicySchema } from './schema';

const POLICY = '.repo/policy/release.yml';
const SEED = 20261125;
// A short role document keeps each run about the policy file, not the seed document's markdown.
const ROLE = '.repo/agents/roles/release-manager.md';
const ROLE_DOCUMENT = '<!-- GOVERNANCE_VERSION: 1.0.0 -->\n## Release Checklist\n- [ ] Team notified\n';

/** Words that would only come from an exception escaping: its class, a stack frame, a JS mishap. */
const EXCEPTION_TEXT = /\b(?:ReferenceError|TypeError|RangeError|SyntaxError|call stack|is not a function|Cannot read propert|undefined is not)\b|\n\s+at /;

async function outcome(content: string | Uint8Array): Promise<Policy | PolicyError> {
  try {
    return await loadPolicy({ read: async (path) => (path === POLICY ? content : path === ROLE ? ROLE_DOCUMENT : undefined) });
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
}

function parsed(text: string): PolicyError | { parsed: true } {
  try {
    parseYamlWithSchema(POLICY, text, releasePolicySchema);
    return { parsed: true };
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
}

function expectVerdict(result: Policy | PolicyError | { parsed: true }): void {
  if (!(result instanceof PolicyError)) {
    expect('parsed' in result || result.policyFile.found).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.file).toBe(POLICY);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message).not.toMatch(EXCEPTION_TEXT);
    expect(problem.message.trim()).not.toBe('');
  }
}

// Keys the schema knows, near misses of them, and oddities, so that generated documents reach
// deep into the schema as well as past it.
const knownKeys = [
  ...Object.keys(releasePolicySchema.shape),
  'items',
  'comments',
  'evidence',
  'checks',
  'text',
  'allow-not-applicable',
  'users',
  'teams',
  'min-approvals',
  'issue',
  'labels',
  'url',
  'name',
  'run',
  'expect',
  'status',
  'json',
  'headers',
  'retries',
  'environment',
  'command',
  'incident',
  'changelog',
  'categories',
  'exclude',
  'paths',
  'include',
  'tag-prefix',
  'min-aproval',
  '__proto__',
  'constructor',
  '<<',
  '',
  ' ',
  '$.ok',
];
const oddScalar = fc.constantFrom(
  '~',
  'null',
  'yes',
  'no',
  'on',
  'y',
  'true',
  'False',
  '.inf',
  '-.Inf',
  '.nan',
  '0x1F',
  '0o17',
  '1e400',
  '-0',
  '007',
  '1_000',
  '2026-11-25',
  '2026-11-25T07:00:00Z',
  '"\\u0000"',
  "'it''s'",
  '"\\uD800"',
  '"\\x85"',
  '|\n  block',
  '>-\n  folded',
  '""',
  "''",
  '"a\\\tb"',
  '@at',
  '`tick',
  '%percent',
  '? q',
  ': colon',
  '- dash',
  '#hash',
  '&',
  '*',
  '!',
  '!!',
  '{',
  '}',
  '[',
  ']',
  ',',
);
const plainScalar = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.boolean().map(String),
  fc.string({ maxLength: 12 }).map((text) => JSON.stringify(text)),
  fc.string({ unit: 'binary', maxLength: 8 }).map((text) => JSON.stringify(text)),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  oddScalar,
);
const anchorName = fc.constantFrom('a', 'b', 'c', 'x1', 'long-anchor');
const decoration = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  anchorName.map((name) => `&${name} `),
  fc.constantFrom('!!str ', '!!int ', '!!map ', '!!seq ', '!!binary ', '!!set ', '!!timestamp ', '!custom ', '!<tag:x> ', '!!null '),
);
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...knownKeys) }, plainScalar);

/** Flow-style YAML: mappings, sequences, scalars, anchors, aliases (defined or not) and tags. */
const { value: flowValue } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(decoration, plainScalar).map(([decor, scalar]) => decor + scalar),
    anchorName.map((name) => `*${name}`),
    fc.tuple(decoration, fc.array(tie('value'), { maxLength: 4 })).map(([decor, items]) => `${decor}[${items.join(', ')}]`),
    fc
      .tuple(decoration, fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }))
      .map(([decor, pairs]) => `${decor}{${pairs.map(([name, value]) => `${JSON.stringify(name)}: ${value}`).join(', ')}}`),
  ),
}));

/** A block-style document around flow values: the shape a real release.yml has. */
const yamlDocument = fc
  .tuple(
    fc.option(fc.constantFrom('%YAML 1.2\n---\n', '%YAML 1.1\n---\n', '---\n', '%TAG ! tag:example.com,2026:\n---\n'), { nil: '' }),
    fc.array(
      fc.tuple(
        key,
        fc.oneof(
          flowValue,
          fc.array(flowValue, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `\n  - ${item}`).join('')),
        ),
      ),
      { maxLength: 6 },
    ),
    fc.option(fc.constantFrom('\n...\n', '\n---\nsecond: document\n', '\n# comment', '\t', '\r\n', '\u0000', '\ufeff'), { nil: '' }),
  )
  .map(([head, pairs, tail]) => head + pairs.map(([name, value]) => `${name}: ${value}`).join('\n') + tail);

describe('policy loader properties', () => {
  it('gives a policy or file:line:col problems for generated YAML documents', async () => {
    // The loader's YAML reader directly, for many runs; the loader as a whole below.
    await fc.assert(
      fc.property(yamlDocument, (text) => expectVerdict(parsed(text))),
      { seed: SEED, numRuns: 2000 },
    );
    await fc.assert(
      fc.asyncProperty(yamlDocument, async (text) => expectVerdict(await outcome(text))),
      { seed: SEED + 1, numRuns: 300 },
    );
  }, 120_000);

  it('gives a policy or file:line:col problems for arbitrary bytes, invalid UTF-8 included', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      // Valid YAML with a stray byte spliced in: the encoding check, not the parser, must catch it.
      fc.tuple(yamlDocument, fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([text, at, byte]) => {
        const encoded = Buffer.from(text);
        const index = encoded.length === 0 ? 0 : at % encoded.length;
        return Uint8Array.from([...encoded.subarray(0, index), byte, ...encoded.subarray(index)]);
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (content) => expectVerdict(await outcome(content))),
      { seed: SEED, numRuns: 500 },
    );
  }, 120_000);

  it('gives a policy or file:line:col problems for arbitrary text', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom(...'{}[]&*!|>-:?,#%@`\'"\n \t ab1'), maxLength: 200 }),
    );
    await fc.assert(
      fc.property(text, (content) => expectVerdict(parsed(content))),
      { seed: SEED, numRuns: 2000 },
    );
  }, 120_000);

  it('refuses any file that is not UTF-8, at a position', async () => {
    const invalid = fc.uint8Array({ minLength: 1, maxLength: 100 }).filter((bytes) => !isUtf8(bytes));
    await fc.assert(
      fc.asyncProperty(invalid, async (content) => {
        const result = await outcome(content);
        expect(result).toBeInstanceOf(PolicyError);
        expect((result as PolicyError).problems[0]?.message).toMatch(
          /^is not UTF-8 text: byte 0x[0-9A-F]{2} does not start a valid character here; save the file as UTF-8$/,
        );
      }),
      { seed: SEED, numRuns: 500 },
    );
  }, 120_000);
});

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
