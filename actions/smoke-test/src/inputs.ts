// smoke-test's inputs, each read once (trimmed by the toolkit) and parsed before any check runs.
import { numberInput } from '@release-governance/policy';
import { positiveIntegerInput, textInput } from '@release-governance/report';

export interface SmokeInputs {
  token: string;
  policy: string;
  /** Checks as YAML, added to the policy's; '' for none. */
  checks: string;
  /** Overrides smoke-test.url; '' keeps the policy's. */
  url: string;
  /** Overrides smoke-test.concurrency; text that is not a number is left for the policy schema to report. */
  concurrency?: number | string;
  /** The deployment whose status records the verdict. */
  deploymentId?: number;
}

export function readInputs(): SmokeInputs {
  return {
    token: textInput('token'),
    policy: textInput('policy'),
    checks: textInput('checks'),
    url: textInput('url'),
    concurrency: numberInput(textInput('concurrency')),
    deploymentId: positiveIntegerInput('deployment-id'),
  };
}
