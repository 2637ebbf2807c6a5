// The sections of the policy schema (schema.ts builds them on first use), one builder each,
// with the vocabulary they share. Every object is strict: a misspelt key is an error.
import { z } from 'zod';
import { smokeCheckSection, smokeTestSection } from './schema-smoke';

export const EVIDENCE_KINDS = ['checks', 'reviews', 'security', 'release-notes', 'docs'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const SECURITY_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type SecuritySeverity = (typeof SECURITY_SEVERITIES)[number];

export const REPOSITORY_PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type RepositoryPermission = (typeof REPOSITORY_PERMISSIONS)[number];

/** `org/team-slug`, as GitHub writes a team. */
const TEAM_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Builds the schema. It runs on the first use of an exported schema, not when the module loads:
 * constructing it takes tens of milliseconds, which a run that stops before reading the policy
 * (a missing input, a refused token) should not pay.
 */
export function buildPolicySchemas() {
  const checklistSchema = checklistSection();
  const approversSchema = approversSection();
  const smokeCheckSchema = smokeCheckSection();
  const smokeChecksSchema = z.array(smokeCheckSchema);
  const smokeTestSchema = smokeTestSection(smokeChecksSchema);
  const rollbackSchema = rollbackSection();
  const { changelogSchema, releaseNotesSchema } = releaseNotesSections();
  const releasePolicySchema = z.strictObject({
    'role-document': z.string().trim().min(1).optional().describe('The role document, when not .repo/agents/roles/release-manager.md.'),
    checklist: checklistSchema.prefault({}).describe('verify-checklist: the release checklist and what proves its items.'),
    approvers: approversSchema.prefault({}).describe('require-human-approver (and rollback): who holds the release-manager role and what an approval needs.'),
    'smoke-test': smokeTestSchema.prefault({}).describe('smoke-test (and rollback): the checks that prove a deployment works.'),
    rollback: rollbackSchema.prefault({}).describe('rollback: the environment, the deploy command and the incident record.'),
    'release-notes': releaseNotesSchema.prefault({}).describe('release-notes: range, categories and the next version.'),
  });

  return { smokeCheckSchema, smokeChecksSchema, changelogSchema, releasePolicySchema };
}

function checklistSection() {
  const checklistItemSchema = z.union([
    z.string().trim().min(1),
    z.strictObject({
      text: z.string().trim().min(1),
      evidence: z.enum(EVIDENCE_KINDS).optional(),
      'allow-not-applicable': z.boolean().default(false),
    }),
  ]);

  const evidenceSchema = z.strictObject({
    checks: z
      .strictObject({
        'allowed-conclusions': z
          .array(z.enum(['neutral', 'skipped']))
          .default(['neutral', 'skipped'])
          .describe("Conclusions accepted besides `success` (GitHub's own required checks accept both)."),
        ignore: z.array(z.string().min(1)).default([]).describe('Check-run or status names (globs) that do not count, e.g. an optional coverage bot.'),
      })
      .prefault({}),
    reviews: z
      .strictObject({
        'allow-direct-commits': z.boolean().default(false).describe('Whether commits pushed without a pull request are acceptable.'),
      })
      .prefault({}),
    security: z
      .strictObject({
        'min-severity': z.enum(SECURITY_SEVERITIES).default('high'),
        dependabot: z.boolean().default(false),
      })
      .prefault({}),
    'release-notes': z
      .strictObject({
        files: z
          .array(z.string().min(1))
          .default([])
          .describe('Notes files that also count, `{tag}` and `{version}` substituted, e.g. `docs/releases/{tag}.md`.'),
      })
      .prefault({}),
    docs: z
      .strictObject({
        paths: z.array(z.string().min(1)).min(1).default(['docs/**', '**/*.md']),
      })
      .prefault({}),
  });

  const checklistSchema = z.strictObject({
    items: z.array(checklistItemSchema).min(1).optional().describe('Replaces the role document\'s "Release Checklist" when given.'),
    comments: z.boolean().default(false).describe("Also read task lists in the pull request's or issue's comments; the latest mention of an item wins."),
    'comment-permission': z
      .enum(REPOSITORY_PERMISSIONS)
      .default('write')
      .describe(
        "With `comments`, only comments by people with at least this repository permission count: those who could have edited the checklist themselves. Others' comments are listed as ignored.",
      ),
    evidence: evidenceSchema.prefault({}),
  });

  return checklistSchema;
}

function approversSection() {
  const approversSchema = z.strictObject({
    users: z.array(z.string().trim().min(1)).default([]).describe('Logins holding the release-manager role.'),
    teams: z
      .array(z.string().trim().regex(TEAM_PATTERN, 'expected org/team-slug'))
      .default([])
      .describe('Organisation teams whose active members hold the role, as `org/team-slug`.'),
    agents: z
      .array(z.string().trim().min(1))
      .default(['*-bot', '*-agent', 'copilot*'])
      .describe('Logins (or `*` globs) of accounts an agent or automation acts through: never approvers.'),
    'min-approvals': z.number().int().min(1).max(20).default(1),
    'min-permission': z
      .enum(REPOSITORY_PERMISSIONS)
      .optional()
      .describe(
        'Also require this repository permission. With no users or teams listed, holding `maintain` (or this, when set) is what makes someone a release manager.',
      ),
    'separation-of-duties': z.boolean().default(false).describe('Also exclude the authors of the commits being released.'),
    'allow-stale-approvals': z.boolean().default(false).describe('Accept an approval of an earlier commit of the pull request.'),
    'protected-paths': z
      .array(z.string().min(1))
      .default(['.github/workflows/**', '.github/actions/**', '.repo/**', 'action.yml'])
      .describe('Changes to these paths are `update_release_process` and need an approval; empty: always needed.'),
    environment: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Environment whose deployment approvals count (source `environment`); default: the one the event deploys to (none known: an error).'),
    'approve-words': z.array(z.string().trim().min(1)).min(1).default(['approve', 'approved', 'lgtm']),
    'deny-words': z.array(z.string().trim().min(1)).min(1).default(['deny', 'denied', 'reject']),
    issue: z
      .strictObject({
        'timeout-minutes': z.number().positive().max(360).default(60),
        'poll-seconds': z.number().min(0.1).max(300).default(15),
        labels: z.array(z.string().trim().min(1)).default(['release-approval']),
      })
      .prefault({}),
  });

  /** An exact status, or a class such as `2xx`. */
  return approversSchema;
}

function rollbackSection() {
  const rollbackSchema = z.strictObject({
    environment: z.string().trim().min(1).default('production').describe('The environment rolled back when the `environment` input is empty.'),
    command: z
      .array(z.string())
      .min(1)
      .optional()
      .describe('Program and arguments that deploy a commit; it reads ROLLBACK_SHA and friends from its environment.'),
    'command-timeout-minutes': z.number().positive().max(360).default(30),
    'rolled-back-from': z.enum(['inactive', 'failure']).default('inactive').describe('The status given to the deployment rolled back from.'),
    incident: z
      .strictObject({
        template: z.string().trim().min(1).default('.repo/agents/checklists/incident.md'),
        labels: z.array(z.string().trim().min(1)).default(['incident', 'rollback']),
        assignees: z.array(z.string().trim().min(1)).default([]),
      })
      .prefault({}),
  });

  return rollbackSchema;
}

function releaseNotesSections() {
  const labelsAndAuthors = z.strictObject({ labels: z.array(z.string()).default([]), authors: z.array(z.string()).default([]) });

  /** GitHub's `.github/release.yml` changelog format: the same keys, so a team's file can move here as it is. */
  const changelogSchema = z.strictObject({
    exclude: labelsAndAuthors.prefault({}),
    categories: z
      .array(z.strictObject({ title: z.string().trim().min(1), labels: z.array(z.string()).min(1), exclude: labelsAndAuthors.prefault({}) }))
      .optional(),
  });

  const releaseNotesSchema = z.strictObject({
    'tag-prefix': z.string().default('v'),
    'include-prereleases': z.boolean().default(false),
    'initial-version': z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 0.1.0')
      .default('0.1.0')
      .describe('The version of a first release.'),
    changelog: changelogSchema.optional().describe('Overrides .github/release.yml when given.'),
    paths: z
      .strictObject({ include: z.array(z.string().min(1)).default([]), exclude: z.array(z.string().min(1)).default([]) })
      .prefault({})
      .describe('Keep only changes touching these paths (globs), minus the excluded ones.'),
    'breaking-labels': z.array(z.string().min(1)).default(['breaking', 'breaking-change', 'semver-major']),
    'minor-labels': z.array(z.string().min(1)).default(['enhancement', 'feature', 'feat', 'semver-minor']),
  });

  return { changelogSchema, releaseNotesSchema };
}
