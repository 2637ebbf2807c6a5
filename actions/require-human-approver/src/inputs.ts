// require-human-approver's inputs, each read once (trimmed by the toolkit) and parsed before anything is read from GitHub.
import { listInput, numberInput } from '@release-governance/policy';
import { choiceInput, textInput } from '@release-governance/report';

const SOURCES = ['auto', 'environment', 'pull-request', 'issue'] as const;

export interface ApproverInputs {
  token: string;
  policy: string;
  source: (typeof SOURCES)[number];
  /** Logins and org/team slugs, `@` dropped; replaces the policy's users and teams. */
  approvers?: string[];
  agents?: string[];
  /** Numbers, or the text as given for the policy schema to report. */
  minApprovals?: number | string;
  issueTimeoutMinutes?: number | string;
  environment: string;
}

export function readInputs(): ApproverInputs {
  return {
    token: textInput('token'),
    policy: textInput('policy'),
    source: choiceInput('source', SOURCES, 'auto'),
    approvers: listInput(textInput('approvers'))?.map((entry) => entry.replace(/^@/, '')),
    agents: listInput(textInput('agents')),
    minApprovals: numberInput(textInput('min-approvals')),
    issueTimeoutMinutes: numberInput(textInput('issue-timeout-minutes')),
    environment: textInput('environment'),
  };
}
