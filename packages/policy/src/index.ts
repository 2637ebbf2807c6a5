export { BUILT_IN_ROLE_DOCUMENT } from './built-in-role-document';
export { describePolicy } from './describe';
export {
  DEFAULT_POLICY_PATH,
  DEFAULT_ROLE_DOCUMENT_PATH,
  itemKey,
  loadPolicy,
  type Policy,
  type ReadRepositoryFile,
  type RequiredItem,
} from './load';
export { applyInputOverrides, listInput, numberInput } from './overrides';
export { formatProblem, PolicyError, type PolicyProblem } from './problems';
export { type RoleDocument, readRoleDocument, SUPPORTED_GOVERNANCE_MAJORS } from './role-document';
export {
  type ApproverSettings,
  type ChangelogConfig,
  changelogSchema,
  EVIDENCE_KINDS,
  type EvidenceKind,
  type EvidenceSettings,
  REPOSITORY_PERMISSIONS,
  type ReleaseNotesSettings,
  type ReleasePolicyFile,
  type RepositoryPermission,
  type RollbackSettings,
  releasePolicySchema,
  type SecuritySeverity,
  type SmokeCheck,
  type SmokeTestSettings,
  smokeCheckSchema,
  smokeChecksSchema,
} from './schema';
export { decodeUtf8 } from './text';
export { MAX_ALIASED_VALUES, parseYamlWithSchema } from './yaml-file';
