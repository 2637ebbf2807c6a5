// How a rollback reads: the step report (one row per step with its result, the verdict,
// the outputs). Whether the rollback succeeded is decided in ./outcome, not here.
import { code, type Html, inertLine, join, link, type StepReport, shortSha, strong, text } from '@release-governance/render';
import { type RollbackResult, rollbackSucceeded } from './outcome';

type StepResult = 'done' | 'failed' | 'skipped' | 'planned';

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

/** The step's whole report: outputs, summary (title, intro, one row per step) and failure. */
export function rollbackStepReport(report: RollbackReport): StepReport {
  return {
    outputs: rollbackOutputs(report),
    title: rollbackTitle(report),
    intro: rollbackIntro(report),
    table: { columns: ['Step', 'Result', 'Details'], rows: rollbackRows(report) },
    failure: rollbackSucceeded(report.result) ? undefined : rollbackFailure(report),
  };
}

function rollbackTitle(report: RollbackReport): string {
  const route = report.from && report.to ? ` (${shortSha(report.from.sha)} → ${shortSha(report.to.sha)})` : '';
  const verdict: Record<RollbackResult, string> = {
    success: 'rolled back ✅',
    failure: 'failed ❌',
    error: 'stopped with an error ❌',
    'dry-run': 'dry run, nothing written 📝',
    refused: 'refused ⛔',
  };
  return `Rollback of ${inertLine(report.environment)}: ${verdict[report.result]}${route}`;
}

function rollbackIntro(report: RollbackReport): Html {
  const parts = [text('Started by '), code(report.actor), text('. Reason: '), text(report.reason.replace(/\s+/g, ' ').trim()), text('.')];
  if (report.incident) parts.push(text(' Incident: '), link(`#${report.incident.number}`, report.incident.url), text('.'));
  if (report.byHand) parts.push(text(' '), strong(report.byHand));
  return join(parts);
}

function rollbackRows(report: RollbackReport): Html[][] {
  return report.steps.map((step) => [text(step.step), strong(MARK[step.result]), step.url ? link(step.details, step.url) : text(step.details)]);
}

function rollbackOutputs(report: RollbackReport) {
  return {
    result: report.result,
    'deployment-id': report.deploymentId === undefined ? '' : String(report.deploymentId),
    'target-sha': report.to?.sha ?? '',
    'rolled-back-from': report.from?.sha ?? '',
    'incident-issue': report.incident ? String(report.incident.number) : '',
  };
}

function rollbackFailure(report: RollbackReport): string {
  const failed = report.steps.filter((step) => step.result === 'failed');
  const byHand = report.byHand ? `\n${report.byHand}` : '';
  return `${rollbackTitle(report)}\n${failed.map((step) => `  - ${inertLine(step.step)}: ${inertLine(step.details)}`).join('\n')}${byHand}`;
}
