// The one schema for `.repo/policy/release.yml`. Each action owns one section; every
// object is strict, so a misspelt key is an error rather than a silently ignored setting.
import type { z } from 'zod';
import { buildPolicySchemas } from './schema-sections';

export { EVIDENCE_KINDS, type EvidenceKind, REPOSITORY_PERMISSIONS, type RepositoryPermission, type SecuritySeverity } from './schema-sections';

type PolicySchemas = ReturnType<typeof buildPolicySchemas>;
let built: PolicySchemas | undefined;
const policySchemas = (): PolicySchemas => (built ??= buildPolicySchemas());

/**
 * Stands for one of the built schemas and builds them on its first use. Property reads (methods
 * such as `safeParse`, `shape`, `_zod`) and `instanceof` go to the built schema, so callers use
 * it as the schema itself.
 */
function builtOnFirstUse<K extends keyof PolicySchemas>(key: K): PolicySchemas[K] {
  const schema = () => policySchemas()[key];
  return new Proxy({} as PolicySchemas[K], {
    get: (_target, property) => Reflect.get(schema(), property),
    has: (_target, property) => Reflect.has(schema(), property),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}

/** One smoke check: an HTTP request (`url`) or a command (`run`), and what it must show. */
export const smokeCheckSchema = builtOnFirstUse('smokeCheckSchema');
export type SmokeCheck = z.output<PolicySchemas['smokeCheckSchema']>;
export const smokeChecksSchema = builtOnFirstUse('smokeChecksSchema');
/** GitHub's `.github/release.yml` changelog format: the same keys, so a team's file can move here as it is. */
export const changelogSchema = builtOnFirstUse('changelogSchema');
export type ChangelogConfig = z.output<PolicySchemas['changelogSchema']>;
export const releasePolicySchema = builtOnFirstUse('releasePolicySchema');

export type ReleasePolicyFile = z.output<PolicySchemas['releasePolicySchema']>;
export type EvidenceSettings = ReleasePolicyFile['checklist']['evidence'];
export type ApproverSettings = ReleasePolicyFile['approvers'];
export type SmokeTestSettings = ReleasePolicyFile['smoke-test'];
export type RollbackSettings = ReleasePolicyFile['rollback'];
export type ReleaseNotesSettings = ReleasePolicyFile['release-notes'];
