export { BUILT_IN_ROLE_DOCUMENT } from './built-in-role-document';
export {
  DEFAULT_POLICY_PATH,
  DEFAULT_ROLE_DOCUMENT_PATH,
  itemKey,
  loadPolicy,
  type Policy,
  type ReadRepositoryFile,
  type RequiredItem } from './load';
export { formatProblem, PolicyError, type PolicyProblem } from './problems';
export { readRoleDocument, SUPPORTED_GOVERNANCE_MAJORS, type RoleDocument } from './role-document';
export {
  changelogSchema,
  EVIDENCE_KINDS,
  releasePolicySchema,
  REPOSITORY_PERMISSIONS,
  smokeCheckSchema,
  smokeChecksSchema,
  type ApproverSettings,
  type ChangelogConfig,
  type ReleaseNotesSettings,
  type SmokeCheck,
  type SmokeTestSettings,
  type RepositoryPermission,
  type RollbackSettings,
  type EvidenceKind,
  type EvidenceSettings,
  type ReleasePolicyFile,
  type SecuritySeverity } from './schema';
export { decodeUtf8 } from './text';
export { MAX_ALIASED_VALUES, parseYamlWithSchema } from './yaml-file';
export { applyInputOverrides, listInput, numberInput } from './overrides';
export { describePolicy } from './describe';
