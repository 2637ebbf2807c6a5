// Inputs as the runner passes them (INPUT_* variables), read through the toolkit.
import * as core from '@actions/core';

/**
 * A boolean input by the toolkit's YAML 1.2 core-schema rule (true/True/TRUE,
 * false/False/FALSE). Anything else — `yes`, a typo — is an error that names the input,
 * raised before the action writes anything.
 */
export function booleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new Error(`input \`${name}\`: expected true or false; got "${core.getInput(name)}"`);
  }
}
