// Outputs, annotations, the job summary and failure: how every action ends its step. This is
// the runtime part (@actions/core); what a report says is built by the domain packages.
import * as core from '@actions/core';
import { type OutputValue, type StepReport, summaryOf } from '@release-governance/render';

function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
}

interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

function annotate(annotation: Annotation): void {
  const properties: core.AnnotationProperties = {
    title: annotation.title,
    file: annotation.file,
    startLine: annotation.line,
    startColumn: annotation.line !== undefined ? annotation.column : undefined,
  };
  const write = { error: core.error, warning: core.warning, notice: core.notice }[annotation.level];
  write(annotation.message, properties);
}

/** An error that carries its own annotations, e.g. every problem of an invalid policy file. */
interface AnnotatedError extends Error {
  annotations(): Annotation[];
}

function isAnnotatedError(error: unknown): error is AnnotatedError {
  return error instanceof Error && typeof (error as Partial<AnnotatedError>).annotations === 'function';
}

/**
 * Runs an action's main function. Any error fails the step with its message only: the
 * people reading it need what is wrong and where, not a stack trace (that goes to debug).
 */
export async function runStep(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isAnnotatedError(error)) error.annotations().forEach(annotate);
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(message);
  }
}

/** Writes the outputs, appends the job summary (outside a runner it only logs), then fails the step if the report says so. */
export async function finishStep(report: StepReport): Promise<void> {
  setOutputs(report.outputs);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryOf(report), true).write();
  else core.info('GITHUB_STEP_SUMMARY is not set; the summary is not written.');
  if (report.failure !== undefined) core.setFailed(report.failure);
}
