// The one schema for `.repo/policy/release.yml`. Each action owns one section; every
// object is strict, so a misspelt key is an error rather than a silently ignored setting.
import { z } from 'zod';

export const EVIDENCE_KINDS = ['checks', 'reviews', 'security', 'release-notes', 'docs'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const SECURITY_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type SecuritySeverity = (typeof SECURITY_SEVERITIES)[number];

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
      /** Conclusions accepted besides `success` (GitHub's own required checks accept both). */
      'allowed-conclusions': z.array(z.enum(['neutral', 'skipped'])).default(['neutral', 'skipped']),
      /** Check-run or status names (globs) that do not count, e.g. an optional coverage bot. */
      ignore: z.array(z.string().min(1)).default([]),
    })
    .prefault({}),
  reviews: z
    .strictObject({
      /** Whether commits pushed without a pull request are acceptable. */
      'allow-direct-commits': z.boolean().default(false),
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
      /** Notes files that also count, `{tag}` and `{version}` substituted, e.g. `docs/releases/{tag}.md`. */
      files: z.array(z.string().min(1)).default([]),
    })
    .prefault({}),
  docs: z
    .strictObject({
      paths: z.array(z.string().min(1)).min(1).default(['docs/**', '**/*.md']),
    })
    .prefault({}),
});

const checklistSchema = z.strictObject({
  /** Replaces the role document's "Release Checklist" when given. */
  items: z.array(checklistItemSchema).min(1).optional(),
  /** Also read task lists in the pull request's or issue's comments; the latest mention of an item wins. */
  comments: z.boolean().default(false),
  evidence: evidenceSchema.prefault({}),
});

export const REPOSITORY_PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type RepositoryPermission = (typeof REPOSITORY_PERMISSIONS)[number];

/** `org/team-slug`, as GitHub writes a team. */
export const TEAM_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const approversSchema = z.strictObject({
  /** Logins holding the release-manager role. */
  users: z.array(z.string().trim().min(1)).default([]),
  /** Organisation teams whose active members hold the role, as `org/team-slug`. */
  teams: z.array(z.string().trim().regex(TEAM_PATTERN, 'expected org/team-slug')).default([]),
  /** Logins (or `*` globs) of accounts an agent or automation acts through: never approvers. */
  agents: z.array(z.string().trim().min(1)).default(['*-bot', '*-agent', 'copilot*']),
  'min-approvals': z.number().int().min(1).max(20).default(1),
  /**
   * Also require this repository permission. With no users or teams listed, holding
   * `maintain` (or this, when set) is what makes someone a release manager.
   */
  'min-permission': z.enum(REPOSITORY_PERMISSIONS).optional(),
  /** Also exclude the authors of the commits being released. */
  'separation-of-duties': z.boolean().default(false),
  /** Accept an approval of an earlier commit of the pull request. */
  'allow-stale-approvals': z.boolean().default(false),
  /** Changes to these paths are `update_release_process` and need an approval; empty: always needed. */
  'protected-paths': z.array(z.string().min(1)).default(['.github/workflows/**', '.github/actions/**', '.repo/**', 'action.yml']),
  /** Environment whose deployment approvals count (source `environment`); default: any. */
  environment: z.string().trim().min(1).optional(),
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

export const releasePolicySchema = z.strictObject({
  'role-document': z.string().trim().min(1).optional(),
  checklist: checklistSchema.prefault({}),
  approvers: approversSchema.prefault({}),
});

export type ReleasePolicyFile = z.output<typeof releasePolicySchema>;
export type EvidenceSettings = ReleasePolicyFile['checklist']['evidence'];
export type ApproverSettings = ReleasePolicyFile['approvers'];
