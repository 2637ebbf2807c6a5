// The committed JSON Schema of the policy file agrees with the zod schema the actions use:
// it is what the generator writes now, and both accept the example policies and reject
// the same broken ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { policyJsonSchema } from '../packages/policy/src/json-schema';
import { releasePolicySchema } from '../packages/policy/src/schema';
import { REPO_ROOT } from './helpers/run-action';

const committed = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'release-policy.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(committed);
const zodAccepts = (document: unknown) => releasePolicySchema.safeParse(document).success;

const EXAMPLES = ['examples/demo-repo/.repo/policy/release.yml', '.repo/policy/release.yml'];
/** Broken policies, each wrong in a way the schema states. */
const BROKEN: Record<string, string> = {
  'unknown top-level section': 'aprovers:\n  users: [dave]\n',
  'misspelt key under approvers': 'approvers:\n  min-aproval: 2\n',
  'a number as text': 'approvers:\n  min-approvals: two\n',
  'too many approvals': 'approvers:\n  min-approvals: 50\n',
  'unknown evidence kind': 'checklist:\n  items:\n    - { text: Tests pass, evidence: test }\n',
  'an empty item list': 'checklist:\n  items: []\n',
  'unknown permission': 'checklist:\n  comment-permission: owner\n',
  'not a team': 'approvers:\n  teams: [release-managers]\n',
  'concurrency of zero': 'smoke-test:\n  concurrency: 0\n',
  'unknown key in a check': 'smoke-test:\n  checks:\n    - { name: up, url: /, expectt: { status: 200 } }\n',
  'a status that is no status': 'smoke-test:\n  checks:\n    - { name: up, url: /, expect: { status: 7xx } }\n',
  'unknown rolled-back-from state': 'rollback:\n  rolled-back-from: paused\n',
  'a command that is text': 'rollback:\n  command: ./deploy.sh\n',
  'an initial version that is no version': 'release-notes:\n  initial-version: one\n',
  'a category without labels': 'release-notes:\n  changelog:\n    categories:\n      - { title: Fixes, labels: [] }\n',
};

describe('the policy JSON Schema', () => {
  it('is what the generator writes from the zod schema now', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(policyJsonSchema())));
  });

  it('carries descriptions and defaults from the zod schema', () => {
    expect(committed.properties.approvers.properties['min-approvals'].default).toBe(1);
    expect(committed.properties.approvers.properties.users.description).toBe('Logins holding the release-manager role.');
    expect(committed.additionalProperties).toBe(false);
  });

  it.each(EXAMPLES)('accepts %s, as zod does', (path) => {
    const document = parse(readFileSync(join(REPO_ROOT, path), 'utf8'));
    expect(zodAccepts(document)).toBe(true);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(Object.entries(BROKEN))('rejects %s, as zod does', (_, text) => {
    const document = parse(text);
    expect(zodAccepts(document)).toBe(false);
    expect(validate(document)).toBe(false);
  });
});
