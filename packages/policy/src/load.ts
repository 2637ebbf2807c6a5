// Resolves the policy every action works from: the role document plus the optional
// release.yml, with defaults for everything a repository does not say.
import { BUILT_IN_ROLE_DOCUMENT } from './built-in-role-document';
import { PolicyError, type PolicyProblem } from './problems';
import { type RoleDocument, readRoleDocument } from './role-document';
import {
  type ApproverSettings,
  type EvidenceKind,
  type EvidenceSettings,
  type ReleaseNotesSettings,
  type ReleasePolicyFile,
  type RollbackSettings,
  releasePolicySchema,
  type SmokeTestSettings,
} from './schema';
import { decodeUtf8 } from './text';
import { readYamlWithSchema } from './yaml-file';

export const DEFAULT_POLICY_PATH = '.repo/policy/release.yml';
export const DEFAULT_ROLE_DOCUMENT_PATH = '.repo/agents/roles/release-manager.md';

/**
 * Reads a file of the repository; `undefined` when it does not exist. Bytes are checked to be
 * UTF-8 here (an error at the first bad byte); a string is taken as already decoded.
 */
export type ReadRepositoryFile = (path: string) => Promise<string | Uint8Array | undefined>;

export interface RequiredItem {
  text: string;
  evidence?: EvidenceKind;
  allowNotApplicable: boolean;
}

export interface Policy {
  policyFile: { path: string; found: boolean };
  roleDocument: RoleDocument;
  checklist: {
    items: RequiredItem[];
    itemsFrom: 'role-document' | 'policy-file';
    comments: boolean;
    /** The least repository permission whose comments count (with `comments`). */
    'comment-permission': ReleasePolicyFile['checklist']['comment-permission'];
    evidence: EvidenceSettings;
  };
  approvers: ApproverSettings;
  smokeTest: SmokeTestSettings;
  rollback: RollbackSettings;
  releaseNotes: ReleaseNotesSettings;
}

/**
 * The evidence that proves each item of the seed checklist, so that a repository with no
 * release.yml still has its provable items proven, not just ticked.
 */
const DEFAULT_EVIDENCE: Record<string, EvidenceKind> = {
  [itemKey('All PRs merged and reviewed')]: 'reviews',
  [itemKey('All tests passing')]: 'checks',
  [itemKey('Quality gates passed')]: 'checks',
  [itemKey('Security scans clean')]: 'security',
  [itemKey('Documentation updated')]: 'docs',
  [itemKey('Release notes prepared')]: 'release-notes',
};

/** How checklist item texts are compared: case, inner whitespace and trailing punctuation do not matter. */
export function itemKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/, '');
}

export async function loadPolicy(options: {
  read: ReadRepositoryFile;
  /** An explicitly requested policy file (the `policy` input); missing is then an error. */
  policyPath?: string;
}): Promise<Policy> {
  const policyPath = options.policyPath?.trim() || DEFAULT_POLICY_PATH;
  const policyText = await options.read(policyPath);
  if (policyText === undefined && options.policyPath?.trim()) {
    throw new PolicyError([{ file: policyPath, message: 'not found; the `policy` input names a file that does not exist at this commit' }]);
  }
  const read = policyText === undefined ? undefined : readYamlWithSchema(policyPath, policyText, releasePolicySchema);
  const file: ReleasePolicyFile = read ? read.value : releasePolicySchema.parse({});

  const roleDocument = await resolveRoleDocument(options.read, file['role-document'], policyPath);
  const problems: PolicyProblem[] = [];
  const items = requiredItems(file, roleDocument, policyPath, problems, read?.positionOf);
  if (problems.length > 0) throw new PolicyError(problems);

  return {
    policyFile: { path: policyPath, found: policyText !== undefined },
    roleDocument,
    checklist: {
      items,
      itemsFrom: file.checklist.items ? 'policy-file' : 'role-document',
      comments: file.checklist.comments,
      'comment-permission': file.checklist['comment-permission'],
      evidence: file.checklist.evidence,
    },
    approvers: file.approvers,
    smokeTest: file['smoke-test'],
    rollback: file.rollback,
    releaseNotes: file['release-notes'],
  };
}

async function resolveRoleDocument(read: ReadRepositoryFile, requestedPath: string | undefined, policyPath: string): Promise<RoleDocument> {
  const path = requestedPath ?? DEFAULT_ROLE_DOCUMENT_PATH;
  const text = await read(path);
  if (text === undefined && requestedPath !== undefined) {
    throw new PolicyError([{ file: policyPath, field: 'role-document', message: `names "${path}", which does not exist at this commit` }]);
  }
  const { document, problems } =
    text === undefined ? readRoleDocument(path, BUILT_IN_ROLE_DOCUMENT, 'built-in') : readRoleDocument(path, decodeUtf8(path, text), 'repository');
  if (!document) throw new PolicyError(problems);
  return document;
}

function requiredItems(
  file: ReleasePolicyFile,
  roleDocument: RoleDocument,
  policyPath: string,
  problems: PolicyProblem[],
  positionOf: ((path: readonly PropertyKey[]) => { line: number; column: number } | undefined) | undefined,
): RequiredItem[] {
  const items: RequiredItem[] = file.checklist.items
    ? file.checklist.items.map((item) =>
        typeof item === 'string'
          ? { text: item, allowNotApplicable: false }
          : { text: item.text, evidence: item.evidence, allowNotApplicable: item['allow-not-applicable'] },
      )
    : roleDocument.checklist.map((item) => ({
        text: item.text,
        evidence: DEFAULT_EVIDENCE[itemKey(item.text)],
        allowNotApplicable: false,
      }));
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = itemKey(item.text);
    if (seen.has(key)) {
      problems.push(
        file.checklist.items
          ? { file: policyPath, ...positionOf?.(['checklist', 'items', index]), field: `checklist.items[${index}]`, message: `"${item.text}" is listed twice` }
          : { file: roleDocument.path, field: 'Release Checklist', message: `"${item.text}" is listed twice` },
      );
    }
    seen.add(key);
  });
  return items;
}
