// What an action's step ends with, as data: each domain package builds one (its
// `<domain>StepReport`), and the entry hands it to `finishStep` (@release-governance/report).
import type { Html } from './html';
import { Summary } from './summary';

export type OutputValue = string | number | boolean | object;

/** A summary table: its column headers and, for each row, one safe cell per column. */
interface ReportTable {
  columns: string[];
  rows: Html[][];
}

/** How an action's step ends: its outputs, a job summary (title, intro, one table), and the verdict. */
export interface StepReport {
  outputs: Record<string, OutputValue>;
  title: string;
  intro: Html;
  table: ReportTable;
  /** Markdown after the table, already escaped (e.g. the release notes themselves). */
  markdown?: string;
  /** When set, the step fails with this message. */
  failure?: string;
}

/** The job summary of a step report, as HTML. */
export function summaryOf(report: StepReport): string {
  const summary = new Summary().heading(report.title).paragraph(report.intro).table(report.table.columns, report.table.rows);
  if (report.markdown) summary.markdown(report.markdown);
  return summary.toString();
}
