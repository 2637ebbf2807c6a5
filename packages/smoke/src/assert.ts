// What a response or a command must show, as the check's `expect` says. Each function
// returns the failures in words a release manager can act on: expected versus got. What a
// service sent back is masked (`mask`, from maskForms) before it is quoted or cut, so a
// secret it echoes is never shown, not even in part.
//
// A JSON path may select several nodes (`$.items[*].status`). An assertion on it holds when
// the path selects at least one node and every selected node satisfies it (a value or
// `equals`: equal; `matches`: matching); `exists: true` needs at least one node, and
// `exists: false` needs none. To require only some node, select it with a filter:
// `$.checks[?@.name == 'db'].ok`.
import type { SmokeCheck } from '@release-governance/policy';
import { type JsonNode, queryJson } from './jsonpath';
import { redact } from './secrets';

export interface HttpObservation {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  latencyMs: number;
}

export interface CommandObservation {
  exitCode: number;
  output: string;
}

type Expect = SmokeCheck['expect'];
const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/** The first characters of a body, masked before it is cut (a cut must not leave half a secret), quoted, for "got" in a failure. */
function snippet(text: string, mask: readonly string[] = [], length = 120): string {
  const masked = redact(text, mask);
  return JSON.stringify(masked.length > length ? `${masked.slice(0, length)}…` : masked);
}

/** A JSON value from the body as JSON, masked and then cut like a snippet. */
function shownJson(value: unknown, mask: readonly string[], length = 120): string {
  const masked = redact(JSON.stringify(value), mask);
  return masked.length > length ? `${masked.slice(0, length)}…` : masked;
}

export function statusMatches(status: number, expected: (number | string)[]): boolean {
  return expected.some((entry) => (typeof entry === 'number' ? entry === status : String(status)[0] === entry[0]));
}

export function httpFailures(observed: HttpObservation, expect: Expect, mask: readonly string[] = []): string[] {
  const failures: string[] = [];
  const statuses = expect.status === undefined ? ['2xx'] : Array.isArray(expect.status) ? expect.status : [expect.status];
  if (!statusMatches(observed.status, statuses))
    failures.push(`status ${observed.status}, expected ${statuses.join(' or ')}; body ${snippet(observed.body, mask)}`);
  for (const text of list(expect['body-contains'])) {
    if (!observed.body.includes(text)) failures.push(`body does not contain ${JSON.stringify(text)}; got ${snippet(observed.body, mask)}`);
  }
  for (const text of list(expect['body-not-contains'])) {
    if (observed.body.includes(text)) failures.push(`body contains ${JSON.stringify(text)}`);
  }
  if (expect['body-matches'] && !new RegExp(expect['body-matches']).test(observed.body)) {
    failures.push(`body does not match /${expect['body-matches']}/; got ${snippet(observed.body, mask)}`);
  }
  if (expect.json) failures.push(...jsonFailures(observed.body, expect.json, mask));
  for (const [name, expected] of Object.entries(expect.headers ?? {})) {
    const value = observed.headers[name.toLowerCase()];
    if (value === undefined) failures.push(`header ${name} is missing`);
    else if (typeof expected === 'string' ? value !== expected : !new RegExp(expected.matches).test(value)) {
      failures.push(
        `header ${name} is ${JSON.stringify(value)}, expected ${typeof expected === 'string' ? JSON.stringify(expected) : `to match /${expected.matches}/`}`,
      );
    }
  }
  const maxLatency = expect['max-latency-ms'];
  if (maxLatency !== undefined && observed.latencyMs > maxLatency) failures.push(`took ${observed.latencyMs} ms, more than ${maxLatency} ms`);
  // Header values and JSON values are quoted whole: masking the finished words catches them in their JSON-escaped form.
  return failures.map((failure) => redact(failure, mask));
}

function jsonFailures(body: string, assertions: NonNullable<Expect['json']>, mask: readonly string[]): string[] {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return [`body is not JSON; got ${snippet(body, mask)}`];
  }
  const failures: string[] = [];
  for (const [path, assertion] of Object.entries(assertions)) {
    let nodes: JsonNode[];
    try {
      nodes = queryJson(document, path);
    } catch (error) {
      // Paths are compiled when the checks are planned; this is a document the query cannot walk (e.g. nested too deep).
      failures.push(`${path} could not be evaluated: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const shown = nodes.length === 0 ? 'missing' : nodes.length === 1 ? shownJson(nodes[0]?.value, mask) : `${nodes.length} values`;
    const expected = assertion === null || typeof assertion !== 'object' ? { equals: assertion } : assertion;
    if (expected.exists !== undefined && nodes.length > 0 !== expected.exists) {
      failures.push(`${path} is ${shown}, expected it ${expected.exists ? 'to exist' : 'not to exist'}`);
    }
    if ('equals' in expected && expected.equals !== undefined) {
      const wanted = JSON.stringify(expected.equals);
      failures.push(...eachNode(path, nodes, mask, `expected ${wanted}`, (value) => JSON.stringify(value) === wanted));
    }
    if (expected.matches !== undefined) {
      const pattern = new RegExp(expected.matches);
      failures.push(
        ...eachNode(path, nodes, mask, `expected to match /${expected.matches}/`, (value) =>
          pattern.test(typeof value === 'string' ? value : JSON.stringify(value)),
        ),
      );
    }
  }
  return failures;
}

/** How many failing nodes a failure names before it says "and N more". */
const SHOWN_NODES = 3;

/** The failure for a path whose nodes must each hold: none selected, or the nodes that do not, by their own paths. */
function eachNode(path: string, nodes: JsonNode[], mask: readonly string[], expected: string, holds: (value: unknown) => boolean): string[] {
  if (nodes.length === 0) return [`${path} is missing, ${expected}`];
  if (nodes.length === 1) return holds(nodes[0]?.value) ? [] : [`${path} is ${shownJson(nodes[0]?.value, mask)}, ${expected}`];
  const failing = nodes.filter((node) => !holds(node.value));
  if (failing.length === 0) return [];
  const named = failing.slice(0, SHOWN_NODES).map((node) => `${redact(node.path, mask)} is ${shownJson(node.value, mask)}`);
  const more = failing.length > SHOWN_NODES ? ` and ${failing.length - SHOWN_NODES} more` : '';
  return [`${path}: ${failing.length} of ${nodes.length} values fail, ${expected}: ${named.join(', ')}${more}`];
}

export function commandFailures(observed: CommandObservation, expect: Expect, mask: readonly string[] = []): string[] {
  const failures: string[] = [];
  const exitCode = expect['exit-code'] ?? 0;
  if (observed.exitCode !== exitCode) failures.push(`exit code ${observed.exitCode}, expected ${exitCode}; output ${snippet(observed.output.trim(), mask)}`);
  for (const text of list(expect['output-contains'])) {
    if (!observed.output.includes(text)) failures.push(`output does not contain ${JSON.stringify(text)}; got ${snippet(observed.output.trim(), mask)}`);
  }
  return failures.map((failure) => redact(failure, mask));
}
