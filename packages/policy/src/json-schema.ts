// The JSON Schema of `.repo/policy/release.yml`, generated from the one zod schema so that
// editors (the YAML language server) complete and check the file with the same keys,
// defaults and descriptions the actions use. What JSON Schema cannot say (a check needs
// exactly one of url and run; a regex must compile) is still checked when an action loads
// the file.
import { z } from 'zod';
import { releasePolicySchema } from './schema';

const POLICY_SCHEMA_ID = 'https://raw.githubusercontent.com/octo-org/release-governance/v1/schema/release-policy.schema.json';

export function policyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(releasePolicySchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: POLICY_SCHEMA_ID,
    title: 'release-governance policy (.repo/policy/release.yml)',
    description: 'Machine-readable release policy read by the release-governance actions. Every key is optional; unknown keys are errors.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
