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

export const releasePolicySchema = z.strictObject({
  'role-document': z.string().trim().min(1).optional(),
  checklist: checklistSchema.prefault({}),
});

export type ReleasePolicyFile = z.output<typeof releasePolicySchema>;
export type EvidenceSettings = ReleasePolicyFile['checklist']['evidence'];
