// Outputs, annotations and failure: how every action ends its step.
import * as core from '@actions/core';
import type { Html } from './html';
import { Summary } from './summary';

export type OutputValue = string | number | boolean | object;

export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

export function annotate(annotation: Annotation): void {
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
export interface AnnotatedError extends Error {
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

/** How an action's step ends: its outputs, a job summary (title, intro, one table), and the verdict. */
export interface StepReport {
  outputs: Record<string, OutputValue>;
  title: string;
  intro: Html;
  table: { columns: string[]; rows: Html[][] };
  /** Markdown after the table, already escaped (e.g. the release notes themselves). */
  markdown?: string;
  /** When set, the step fails with this message. */
  failure?: string;
}

export async function finishStep(report: StepReport): Promise<void> {
  setOutputs(report.outputs);
  const summary = new Summary().heading(report.title).paragraph(report.intro).table(report.table.columns, report.table.rows);
  if (report.markdown) summary.markdown(report.markdown);
  await summary.write();
  if (report.failure !== undefined) core.setFailed(report.failure);
}
