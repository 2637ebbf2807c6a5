// verify-checklist's inputs, each read once (trimmed by the toolkit) and parsed before anything is read from GitHub.
import { positiveIntegerInput, textInput } from '@release-governance/report';

export interface ChecklistInputs {
  token: string;
  /** The policy file's path; '' for the default. */
  policy: string;
  /** The commit to verify; '' for the pull request's head or the event's commit. */
  sha: string;
  checklistFile: string;
  issueNumber?: number;
  /** The tag being released; '' to take it from the event. */
  tag: string;
}

export function readInputs(): ChecklistInputs {
  return {
    token: textInput('token'),
    policy: textInput('policy'),
    sha: textInput('sha'),
    checklistFile: textInput('checklist-file'),
    issueNumber: positiveIntegerInput('issue-number'),
    tag: textInput('tag'),
  };
}
