// The job log as a record an auditor can read: each stage of an action runs in a collapsible
// group that says what was read, what was decided and why. Everything logged goes through
// `inertLogLine`, so user text (a title, a URL) cannot add a line or start a workflow command.
import * as core from '@actions/core';
import { inertLogLine } from '@release-governance/render';

/** Runs one named stage of an action inside a collapsible log group, returning its result. */
export function stage<T>(title: string, work: () => Promise<T>): Promise<T> {
  return core.group(inertLogLine(title), work);
}

/** One line of the log, its parts joined as one inert line. */
export function logLine(...parts: (string | number | boolean)[]): void {
  core.info(inertLogLine(parts.join('')));
}
