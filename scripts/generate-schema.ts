// Writes schema/release-policy.schema.json from the policy's zod schema. `pnpm build` runs
// it, and CI fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { policyJsonSchema } from '../packages/policy/src/json-schema';

const path = fileURLToPath(new URL('../schema/release-policy.schema.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log('generated schema/release-policy.schema.json');
