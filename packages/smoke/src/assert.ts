// What a response or a command must show, as the check's `expect` says. Each function
// returns the failures in words a release manager can act on: expected versus got.
import type { SmokeCheck } from '@release-governance/policy';
import { queryJson } from './jsonpath';

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
/** The first bytes of a body, quoted, for "got" in a failure. */
export const snippet = (text: string, length = 120) => JSON.stringify(text.length > length ? `${text.slice(0, length)}…` : text);

export function statusMatches(status: number, expected: (number | string)[]): boolean {
  return expected.some((entry) => (typeof entry === 'number' ? entry === status : String(status)[0] === entry[0]));
}

export function httpFailures(observed: HttpObservation, expect: Expect): string[] {
  const failures: string[] = [];
  const statuses = expect.status === undefined ? ['2xx'] : Array.isArray(expect.status) ? expect.status : [expect.status];
  if (!statusMatches(observed.status, statuses)) failures.push(`status ${observed.status}, expected ${statuses.join(' or ')}; body ${snippet(observed.body)}`);
  for (const text of list(expect['body-contains'])) {
    if (!observed.body.includes(text)) failures.push(`body does not contain ${JSON.stringify(text)}; got ${snippet(observed.body)}`);
  }
  for (const text of list(expect['body-not-contains'])) {
    if (observed.body.includes(text)) failures.push(`body contains ${JSON.stringify(text)}`);
  }
  if (expect['body-matches'] && !new RegExp(expect['body-matches']).test(observed.body)) {
    failures.push(`body does not match /${expect['body-matches']}/; got ${snippet(observed.body)}`);
  }
  if (expect.json) failures.push(...jsonFailures(observed.body, expect.json));
  for (const [name, expected] of Object.entries(expect.headers ?? {})) {
    const value = observed.headers[name.toLowerCase()];
    if (value === undefined) failures.push(`header ${name} is missing`);
    else if (typeof expected === 'string' ? value !== expected : !new RegExp(expected.matches).test(value)) {
      failures.push(`header ${name} is ${JSON.stringify(value)}, expected ${typeof expected === 'string' ? JSON.stringify(expected) : `to match /${expected.matches}/`}`);
    }
  }
  const maxLatency = expect['max-latency-ms'];
  if (maxLatency !== undefined && observed.latencyMs > maxLatency) failures.push(`took ${observed.latencyMs} ms, more than ${maxLatency} ms`);
  return failures;
}

function jsonFailures(body: string, assertions: NonNullable<Expect['json']>): string[] {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return [`body is not JSON; got ${snippet(body)}`];
  }
  const failures: string[] = [];
  for (const [path, assertion] of Object.entries(assertions)) {
    const { found, value } = queryJson(document, path);
    const shown = found ? JSON.stringify(value) : 'missing';
    if (assertion === null || typeof assertion !== 'object') {
      if (!found || JSON.stringify(value) !== JSON.stringify(assertion)) failures.push(`${path} is ${shown}, expected ${JSON.stringify(assertion)}`);
      continue;
    }
    if (assertion.exists !== undefined && found !== assertion.exists) failures.push(`${path} is ${shown}, expected it ${assertion.exists ? 'to exist' : 'not to exist'}`);
    if ('equals' in assertion && assertion.equals !== undefined && JSON.stringify(value) !== JSON.stringify(assertion.equals)) {
      failures.push(`${path} is ${shown}, expected ${JSON.stringify(assertion.equals)}`);
    }
    if (assertion.matches !== undefined && !(found && new RegExp(assertion.matches).test(typeof value === 'string' ? value : JSON.stringify(value)))) {
      failures.push(`${path} is ${shown}, expected to match /${assertion.matches}/`);
    }
  }
  return failures;
}

export function commandFailures(observed: CommandObservation, expect: Expect): string[] {
  const failures: string[] = [];
  const exitCode = expect['exit-code'] ?? 0;
  if (observed.exitCode !== exitCode) failures.push(`exit code ${observed.exitCode}, expected ${exitCode}; output ${snippet(observed.output.trim())}`);
  for (const text of list(expect['output-contains'])) {
    if (!observed.output.includes(text)) failures.push(`output does not contain ${JSON.stringify(text)}; got ${snippet(observed.output.trim())}`);
  }
  return failures;
}
