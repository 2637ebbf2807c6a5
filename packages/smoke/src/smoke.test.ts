import { describe, expect, it } from 'vitest';
import { httpFailures, statusMatches } from './assert';
import { queryJson } from './jsonpath';
import { planChecks, redact } from './plan';
import { backoffDelay } from './suite';

const check = (fields: Record<string, unknown>) =>
  ({ retries: 3, 'timeout-ms': 1000, severity: 'critical', expect: {}, ...fields }) as Parameters<typeof planChecks>[0][number];

describe('backoffDelay', () => {
  it('doubles per failure, jitters between half and all, and caps at 10 s', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 500, () => 1))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(3, 500, () => 0)).toBe(1000);
    expect(backoffDelay(30, 500, () => 1)).toBe(10_000);
  });
});

describe('queryJson', () => {
  const document = { status: 'up', items: [{ id: 7 }], 'odd key': true };
  it('follows keys and indexes, and tells missing from null', () => {
    expect(queryJson(document, '$.items[0].id')).toEqual({ found: true, value: 7 });
    expect(queryJson(document, "$['odd key']")).toEqual({ found: true, value: true });
    expect(queryJson(document, '$.items[3]')).toEqual({ found: false });
    expect(queryJson({ a: null }, '$.a')).toEqual({ found: true, value: null });
    expect(queryJson(document, '$..status')).toEqual({ found: false });
  });
});

describe('assertions', () => {
  it('matches statuses exactly or by class', () => {
    expect(statusMatches(204, [200, '2xx'])).toBe(true);
    expect(statusMatches(301, ['2xx'])).toBe(false);
  });

  it('reports each failed expectation as expected versus got', () => {
    const failures = httpFailures(
      { status: 200, headers: { 'content-type': 'text/html' }, body: '{"status":"down"}', latencyMs: 950 },
      { json: { '$.status': 'up' }, headers: { 'content-type': { matches: 'json' } }, 'max-latency-ms': 800, 'body-not-contains': 'down' },
    );
    expect(failures).toEqual([
      'body contains "down"',
      '$.status is "down", expected "up"',
      'header content-type is "text/html", expected to match /json/',
      'took 950 ms, more than 800 ms',
    ]);
  });
});

describe('planChecks', () => {
  it('resolves relative URLs, reads variables, and collects the secrets to mask', () => {
    const { plans, secrets, problems } = planChecks(
      [check({ name: 'a', url: '/health?x=1', headers: { 'X-Api-Key': '${KEY}', Accept: 'text/plain' } }), check({ name: 'b', url: 'https://ops:pa55word@status.example.com/' })],
      { baseUrl: 'https://app.example.com/base/', env: { KEY: 'k-123456' }, stablePasses: 1 },
    );
    expect(problems).toEqual([]);
    expect(plans.map((plan) => (plan.kind === 'http' ? plan.url : ''))).toEqual(['https://app.example.com/health?x=1', 'https://ops:pa55word@status.example.com/']);
    expect(plans[1]).toMatchObject({ displayUrl: 'https://status.example.com/' });
    expect(secrets.sort()).toEqual(['k-123456', 'pa55word']);
    expect(redact('key k-123456 and pa55word', secrets)).toBe('key *** and ***');
  });

  it('rejects duplicate names, relative URLs without a base, and unset variables', () => {
    const { problems } = planChecks([check({ name: 'a', url: '/x' }), check({ name: 'a', run: ['tool', '${NOPE}'] })], { env: {}, stablePasses: 1 });
    expect(problems).toEqual([
      'check "a": url /x is relative, but there is no base URL (input `url` or smoke-test.url)',
      'check "a" is defined twice; names must be unique',
      "check \"a\": ${NOPE} is not set in the step's environment (add it under env:)",
    ]);
  });
});
