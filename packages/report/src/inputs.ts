// Inputs as the runner passes them (INPUT_* variables), read through the toolkit, which
// trims them. Every input that is not plain text is parsed here, and a bad one is an error
// in one style — input `name`: expected …; got "…" — raised before the action writes anything.
import * as core from '@actions/core';

function invalid(name: string, expected: string): Error {
  return new Error(`input \`${name}\`: expected ${expected}; got "${core.getInput(name)}"`);
}

/** A text input, trimmed; '' when it is not set. */
export function textInput(name: string, options?: { required?: boolean }): string {
  return core.getInput(name, options);
}

/**
 * A boolean input by the toolkit's YAML 1.2 core-schema rule (true/True/TRUE,
 * false/False/FALSE). Anything else — `yes`, a typo — is an error that names the input.
 */
export function booleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name);
  } catch {
    throw invalid(name, 'true or false');
  }
}

/** A positive whole number (an issue number, a deployment id); undefined when the input is empty. */
export function positiveIntegerInput(name: string): number | undefined {
  const value = core.getInput(name);
  if (value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw invalid(name, 'a positive whole number');
  return parsed;
}

/** One of a fixed set of words; `fallback` when the input is empty. */
export function choiceInput<const T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  const known = choices.find((choice) => choice === value);
  if (known === undefined) throw invalid(name, `one of ${choices.join(', ')}`);
  return known;
}
