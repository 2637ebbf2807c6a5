// rollback's inputs, each read once (trimmed by the toolkit); a bad one is refused before anything is written.
import { booleanInput, textInput } from '@release-governance/report';

export interface RollbackInputs {
  token: string;
  policy: string;
  /** The deploy command as YAML (a list); '' keeps rollback.command of the policy. */
  command: string;
  /** '' keeps rollback.environment of the policy. */
  environment: string;
  reason: string;
  /** A deployment id, tag or SHA; '' for the last good deployment. */
  target: string;
  /** The smoke tests' base URL; '' keeps smoke-test.url. */
  url: string;
  dryRun: boolean;
}

export function readInputs(): RollbackInputs {
  return {
    token: textInput('token'),
    policy: textInput('policy'),
    command: textInput('command'),
    environment: textInput('environment'),
    reason: textInput('reason', { required: true }),
    target: textInput('target'),
    url: textInput('url'),
    dryRun: booleanInput('dry-run'),
  };
}
