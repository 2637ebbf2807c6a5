// `security` evidence: no open code scanning (or Dependabot) alert at or above the policy's severity.

import type { EvidenceSettings, SecuritySeverity } from '@release-governance/policy';
import { plural } from '@release-governance/render';
import { type EvidenceDetail, type EvidenceResult, nameSome } from './result';

export interface CodeScanningAlertInfo {
  number: number;
  html_url?: string;
  rule: { description?: string | null; severity?: string | null; security_severity_level?: string | null };
}

export interface DependabotAlertInfo {
  number: number;
  html_url?: string;
  severity: string;
  package: string;
}

const SEVERITY_RANK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };
/** Alerts of non-security rules carry only `rule.severity`; rank them alongside. */
const RULE_SEVERITY_AS_SECURITY: Record<string, SecuritySeverity> = { error: 'high', warning: 'medium', note: 'low' };

function codeScanningSeverity(alert: CodeScanningAlertInfo): SecuritySeverity | undefined {
  const level = alert.rule.security_severity_level ?? undefined;
  if (level && level in SEVERITY_RANK) return level as SecuritySeverity;
  return RULE_SEVERITY_AS_SECURITY[alert.rule.severity ?? ''];
}

export function evaluateSecurity(input: {
  codeScanning: CodeScanningAlertInfo[] | { unavailable: string };
  dependabot?: DependabotAlertInfo[] | { unavailable: string };
  settings: EvidenceSettings['security'];
}): EvidenceResult {
  const threshold = SEVERITY_RANK[input.settings['min-severity']] ?? 3;
  const problems: string[] = [];
  const details: EvidenceDetail[] = [];

  if ('unavailable' in input.codeScanning) problems.push(input.codeScanning.unavailable);
  else {
    for (const alert of input.codeScanning) {
      const severity = codeScanningSeverity(alert);
      if (severity && (SEVERITY_RANK[severity] ?? 0) >= threshold) {
        details.push({ text: `code scanning #${alert.number} (${severity}): ${alert.rule.description ?? ''}`, url: alert.html_url, ok: false });
      }
    }
  }
  if (input.dependabot) {
    if ('unavailable' in input.dependabot) problems.push(input.dependabot.unavailable);
    else {
      for (const alert of input.dependabot) {
        if ((SEVERITY_RANK[alert.severity] ?? 0) >= threshold) {
          details.push({ text: `Dependabot #${alert.number} (${alert.severity}): ${alert.package}`, url: alert.html_url, ok: false });
        }
      }
    }
  }
  const scanned = input.dependabot ? 'code scanning and Dependabot' : 'code scanning';
  if (problems.length > 0) {
    return { kind: 'security', proven: false, summary: problems.join('; '), details };
  }
  return {
    kind: 'security',
    proven: details.length === 0,
    summary:
      details.length === 0
        ? `no open ${scanned} alerts of ${input.settings['min-severity']} severity or above`
        : `${plural(details.length, 'open alert')} of ${input.settings['min-severity']} severity or above: ${nameSome(details)}`,
    details,
  };
}
