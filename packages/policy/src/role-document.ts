// Reads the human-readable governance document: its version, and the release checklist
// that verify-checklist enforces when release.yml does not list its own items.
import { htmlComments, sectionTaskItems } from '@release-governance/markdown';
import type { PolicyProblem } from './problems';

/** Major versions of the governance documents this suite understands. */
export const SUPPORTED_GOVERNANCE_MAJORS = [1] as const;
const RELEASE_CHECKLIST_HEADING = 'Release Checklist';

export interface RoleDocument {
  path: string;
  /** `repository` when read from the repository, `built-in` when the seed text was used. */
  origin: 'repository' | 'built-in';
  version: string;
  checklist: { text: string; line: number }[];
}

export function readRoleDocument(path: string, text: string, origin: RoleDocument['origin']): { document?: RoleDocument; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const versionComment = htmlComments(text).find((comment) => /^GOVERNANCE_VERSION\s*:/.test(comment.text));
  const version = versionComment?.text.replace(/^GOVERNANCE_VERSION\s*:/, '').trim() ?? '';
  if (!versionComment) {
    problems.push({
      file: path,
      line: 1,
      column: 1,
      field: 'GOVERNANCE_VERSION',
      message: `missing; add the line <!-- GOVERNANCE_VERSION: 1.0.0 --> under the title (supported: ${supportedList()})`,
    });
  } else if (!isSupportedVersion(version)) {
    problems.push({
      file: path,
      line: versionComment.line,
      column: versionComment.column,
      field: 'GOVERNANCE_VERSION',
      message: `expected a version of ${supportedList()}; got "${version}"`,
    });
  }
  const items = sectionTaskItems(text, RELEASE_CHECKLIST_HEADING);
  if (!items || items.length === 0) {
    problems.push({
      file: path,
      // Where the section is to be added: under the title.
      line: 1,
      column: 1,
      field: RELEASE_CHECKLIST_HEADING,
      message: items
        ? `the "## ${RELEASE_CHECKLIST_HEADING}" section has no task items ("- [ ] ...")`
        : `expected a "## ${RELEASE_CHECKLIST_HEADING}" section with task items, or checklist.items in the policy file`,
    });
  }
  if (problems.length > 0) return { problems };
  return {
    document: {
      path,
      origin,
      version,
      checklist: (items ?? []).map((item) => ({ text: item.text, line: item.line })),
    },
    problems,
  };
}

function isSupportedVersion(version: string): boolean {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match !== null && (SUPPORTED_GOVERNANCE_MAJORS as readonly number[]).includes(Number(match[1]));
}

function supportedList(): string {
  return SUPPORTED_GOVERNANCE_MAJORS.map((major) => `${major}.x.y`).join(', ');
}
