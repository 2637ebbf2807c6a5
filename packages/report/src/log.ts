// The job log as a record an auditor can read: each stage of an action runs in a collapsible
// group that says what was read, what was decided and why. Everything logged goes through
// `inertLogLine`, so user text (a title, a URL) cannot add a line or start a workflow command.
import * as core from '@actions/core';
import { inertLogLine } from '@release-governance/render';

/**
 * Runs one named stage of an action inside a collapsible log group and returns its result;
 * `describe` turns the result into the lines that say what the stage read and decided.
 */
export function stage<T>(title: string, work: () => Promise<T> | T, describe?: (result: T) => string[]): Promise<T> {
  return core.group(inertLogLine(title), async () => {
    const result = await work();
    for (const line of describe?.(result) ?? []) logLine(line);
    return result;
  });
}

/** One line of the log, as one inert line. */
export function logLine(line: string): void {
  core.info(inertLogLine(line));
}
