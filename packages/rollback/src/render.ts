// How a rollback reads: one row per step with its result, the verdict, and the outputs.
import { code, inertLine, join, link, strong, text, type Html } from '@release-governance/render';

export type RollbackResult = 'success' | 'failure' | 'error' | 'dry-run' | 'refused';
export type StepResult = 'done' | 'failed' | 'skipped' | 'planned';

export interface RollbackStep {
  step: string;
  result: StepResult;
  details: string;
  url?: string;
}

export interface RollbackReport {
  result: RollbackResult;
  environment: string;
  reason: string;
  actor: string;
  from?: { sha: string; deploymentId: number };
  to?: { sha: string; ref: string };
  deploymentId?: number;
  incident?: { number: number; url: string };
  steps: RollbackStep[];
  /** What GitHub shows when the record could not be finished, and what to do by hand. */
  byHand?: string;
}

const MARK: Record<StepResult, string> = { done: '✅ done', failed: '❌ failed', skipped: '➖ skipped', planned: '📝 planned' };
const short = (sha: string) => sha.slice(0, 7);

export function rollbackTitle(report: RollbackReport): string {
  const route = report.from && report.to ? ` (${short(report.from.sha)} → ${short(report.to.sha)})` : '';
  const verdict: Record<RollbackResult, string> = {
    success: 'rolled back ✅',
    failure: 'failed ❌',
    error: 'stopped with an error ❌',
    'dry-run': 'dry run, nothing written 📝',
    refused: 'refused ⛔',
  };
  return `Rollback of ${inertLine(report.environment)}: ${verdict[report.result]}${route}`;
}

export function rollbackIntro(report: RollbackReport): Html {
  const parts = [text('Started by '), code(report.actor), text('. Reason: '), text(report.reason.replace(/\s+/g, ' ').trim()), text('.')];
  if (report.incident) parts.push(text(' Incident: '), link(`#${report.incident.number}`, report.incident.url), text('.'));
  if (report.byHand) parts.push(text(' '), strong(report.byHand));
  return join(parts);
}

export function rollbackRows(report: RollbackReport): Html[][] {
  return report.steps.map((step) => [text(step.step), strong(MARK[step.result]), step.url ? link(step.details, step.url) : text(step.details)]);
}

export function rollbackOutputs(report: RollbackReport) {
  return {
    result: report.result,
    'deployment-id': report.deploymentId === undefined ? '' : String(report.deploymentId),
    'target-sha': report.to?.sha ?? '',
    'rolled-back-from': report.from?.sha ?? '',
    'incident-issue': report.incident ? String(report.incident.number) : '',
  };
}

export function rollbackFailure(report: RollbackReport): string | undefined {
  if (report.result === 'success' || report.result === 'dry-run') return undefined;
  const failed = report.steps.filter((step) => step.result === 'failed');
  const byHand = report.byHand ? `\n${report.byHand}` : '';
  return `${rollbackTitle(report)}\n${failed.map((step) => `  - ${inertLine(step.step)}: ${inertLine(step.details)}`).join('\n')}${byHand}`;
}
