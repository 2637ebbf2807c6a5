// How a smoke-test run reads: summary table, outputs, failure message. Everything shown
// passes through `redact`, so a secret a service echoes back is not written anywhere.
import { code, inertLine, join, strong, text, type Html } from '@release-governance/render';
import { withoutCredentials } from './plan';
import { redact } from './secrets';
import type { CheckResult } from './suite';

export interface SmokeReport {
  passed: boolean;
  results: CheckResult[];
  baseUrl?: string;
  warmUp?: { answered: boolean; waitedMs: number };
}

/** Each text field masked on its own: masking the serialized JSON could cut an escape in half and break it. */
export function smokeOutputs(report: SmokeReport, secrets: string[]) {
  const masked = (value: string | undefined) => (value === undefined ? undefined : redact(value, secrets));
  return {
    passed: String(report.passed),
    results: report.results.map((result): CheckResult => ({ ...result, name: redact(result.name, secrets), target: redact(result.target, secrets), lastStatus: redact(result.lastStatus, secrets), reason: masked(result.reason) })),
  };
}

export function smokeTitle(report: SmokeReport): string {
  const failed = report.results.filter((result) => !result.passed);
  const critical = failed.filter((result) => result.severity === 'critical').length;
  if (report.passed) {
    return failed.length > 0
      ? `Smoke tests: passed ✅ (${report.results.length - failed.length} of ${report.results.length}; ${failed.length} warning${failed.length === 1 ? '' : 's'})`
      : `Smoke tests: passed ✅ (${report.results.length} of ${report.results.length})`;
  }
  return `Smoke tests: failed ❌ (${critical} critical check${critical === 1 ? '' : 's'} failed of ${report.results.length})`;
}

export function smokeIntro(report: SmokeReport, secrets: string[]): Html {
  const parts: Html[] = [text(`${report.results.length} check${report.results.length === 1 ? '' : 's'}`)];
  if (report.baseUrl) parts.push(text(' against '), code(redact(withoutCredentials(report.baseUrl).url, secrets)));
  if (report.warmUp) {
    parts.push(text(report.warmUp.answered ? `; the service answered after ${report.warmUp.waitedMs} ms of warm-up` : `; the service did not answer within the warm-up (${report.warmUp.waitedMs} ms)`));
  }
  parts.push(text('.'));
  return join(parts);
}

export function smokeRows(report: SmokeReport, secrets: string[]): Html[][] {
  return report.results.map((result) => [
    join([strong(result.name), text(' '), code(redact(result.target, secrets))]),
    text(String(result.attempts)),
    text(redact(result.lastStatus, secrets)),
    text(result.latencyMs === undefined ? '—' : `${result.latencyMs} ms`),
    result.passed
      ? strong('✅ passed')
      : join([strong(result.severity === 'warn' ? '⚠️ failed (warn)' : '❌ failed'), text(': '), text(redact(result.reason ?? '', secrets))]),
  ]);
}

export function smokeFailure(report: SmokeReport, secrets: string[]): string {
  const failed = report.results.filter((result) => !result.passed && result.severity === 'critical');
  return redact(
    `Smoke tests failed: ${failed.length} critical check${failed.length === 1 ? '' : 's'} did not pass\n` +
      failed.map((result) => `  - ${inertLine(result.name)} (${inertLine(result.target)}), ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}: ${inertLine(result.reason ?? '')}`).join('\n'),
    secrets,
  );
}
