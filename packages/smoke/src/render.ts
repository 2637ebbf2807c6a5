// How a smoke-test run reads: the step report (summary table, outputs, failure message)
// and the log line of each attempt. Everything shown passes through `redact`, so a secret
// a service echoes back is not written anywhere.
import { code, type Html, inertLine, join, plural, type StepReport, strong, text } from '@release-governance/render';
import { withoutCredentials } from './plan';
import { redact } from './secrets';
import type { AttemptEvent, CheckResult } from './suite';

export interface SmokeReport {
  passed: boolean;
  results: CheckResult[];
  baseUrl?: string;
  warmUp?: { answered: boolean; waitedMs: number };
}

/** The one rule for a passing run: no critical check failed (a failed `warn` check only warns). */
export function criticalFailures(results: CheckResult[]): CheckResult[] {
  return results.filter((result) => !result.passed && result.severity === 'critical');
}

export function smokeReport(results: CheckResult[], baseUrl?: string, warmUp?: SmokeReport['warmUp']): SmokeReport {
  return { passed: criticalFailures(results).length === 0, results, baseUrl, warmUp };
}

/** The step's whole report: outputs, summary (title, intro, one row per check) and failure. */
export function smokeStepReport(report: SmokeReport, secrets: string[]): StepReport {
  return {
    outputs: smokeOutputs(report, secrets),
    title: smokeTitle(report),
    intro: smokeIntro(report, secrets),
    table: { columns: ['Check', 'Attempts', 'Last status', 'Latency', 'Verdict'], rows: smokeRows(report, secrets) },
    failure: report.passed ? undefined : smokeFailure(report, secrets),
  };
}

/** One attempt of one check, as a log line: what was seen, and what happens next. */
export function attemptLine(event: AttemptEvent, secrets: string[]): string {
  const outcome = event.problems.length === 0 ? 'passed' : `failed: ${event.problems.join('; ')}`;
  const next =
    event.next === 'retry' ? `; retrying in ${event.delayMs} ms` : event.next === 'recheck' ? `; checking again in ${event.delayMs} ms (stable passes)` : '';
  return redact(`${event.check}: attempt ${event.attempt}: ${event.status}, ${outcome}${next}`, secrets);
}

/** Each text field masked on its own: masking the serialized JSON could cut an escape in half and break it. */
function smokeOutputs(report: SmokeReport, secrets: string[]) {
  const masked = (value: string | undefined) => (value === undefined ? undefined : redact(value, secrets));
  return {
    passed: String(report.passed),
    results: report.results.map(
      (result): CheckResult => ({
        ...result,
        name: redact(result.name, secrets),
        target: redact(result.target, secrets),
        lastStatus: redact(result.lastStatus, secrets),
        reason: masked(result.reason),
      }),
    ),
  };
}

export function smokeTitle(report: SmokeReport): string {
  const failed = report.results.filter((result) => !result.passed);
  const critical = criticalFailures(report.results).length;
  if (report.passed) {
    return failed.length > 0
      ? `Smoke tests: passed ✅ (${report.results.length - failed.length} of ${report.results.length}; ${plural(failed.length, 'warning')})`
      : `Smoke tests: passed ✅ (${report.results.length} of ${report.results.length})`;
  }
  return `Smoke tests: failed ❌ (${plural(critical, 'critical check')} failed of ${report.results.length})`;
}

function smokeIntro(report: SmokeReport, secrets: string[]): Html {
  const parts: Html[] = [text(plural(report.results.length, 'check'))];
  if (report.baseUrl) parts.push(text(' against '), code(redact(withoutCredentials(report.baseUrl).url, secrets)));
  if (report.warmUp) {
    parts.push(
      text(
        report.warmUp.answered
          ? `; the service answered after ${report.warmUp.waitedMs} ms of warm-up`
          : `; the service did not answer within the warm-up (${report.warmUp.waitedMs} ms)`,
      ),
    );
  }
  parts.push(text('.'));
  return join(parts);
}

function smokeRows(report: SmokeReport, secrets: string[]): Html[][] {
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

function smokeFailure(report: SmokeReport, secrets: string[]): string {
  const failed = criticalFailures(report.results);
  return redact(
    `Smoke tests failed: ${plural(failed.length, 'critical check')} did not pass\n` +
      failed
        .map(
          (result) => `  - ${inertLine(result.name)} (${inertLine(result.target)}), ${plural(result.attempts, 'attempt')}: ${inertLine(result.reason ?? '')}`,
        )
        .join('\n'),
    secrets,
  );
}
