// The one schema for `.repo/policy/release.yml`. Each action owns one section; every
// object is strict, so a misspelt key is an error rather than a silently ignored setting.
import { z } from 'zod';

export const EVIDENCE_KINDS = ['checks', 'reviews', 'security', 'release-notes', 'docs'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const SECURITY_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type SecuritySeverity = (typeof SECURITY_SEVERITIES)[number];

export const REPOSITORY_PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type RepositoryPermission = (typeof REPOSITORY_PERMISSIONS)[number];

/** `org/team-slug`, as GitHub writes a team. */
const TEAM_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const HTTP_ONLY_KEYS = ['method', 'headers', 'body', 'follow-redirects'] as const;
const HTTP_EXPECT_KEYS = ['status', 'body-contains', 'body-not-contains', 'body-matches', 'json', 'headers', 'max-latency-ms'] as const;
const COMMAND_EXPECT_KEYS = ['exit-code', 'output-contains'] as const;

/**
 * Builds the schema. It runs on the first use of an exported schema, not when the module loads:
 * constructing it takes tens of milliseconds, which a run that stops before reading the policy
 * (a missing input, a refused token) should not pay.
 */
function buildPolicySchemas() {
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
        'allowed-conclusions': z.array(z.enum(['neutral', 'skipped'])).default(['neutral', 'skipped']).describe('Conclusions accepted besides `success` (GitHub\'s own required checks accept both).'),
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
        files: z.array(z.string().min(1)).default([]).describe('Notes files that also count, `{tag}` and `{version}` substituted, e.g. `docs/releases/{tag}.md`.'),
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
    comments: z.boolean().default(false).describe('Also read task lists in the pull request\'s or issue\'s comments; the latest mention of an item wins.'),
    'comment-permission': z
      .enum(REPOSITORY_PERMISSIONS)
      .default('write')
      .describe("With `comments`, only comments by people with at least this repository permission count: those who could have edited the checklist themselves. Others' comments are listed as ignored."),
    evidence: evidenceSchema.prefault({}),
  });

  const approversSchema = z.strictObject({
    users: z.array(z.string().trim().min(1)).default([]).describe('Logins holding the release-manager role.'),
    teams: z.array(z.string().trim().regex(TEAM_PATTERN, 'expected org/team-slug')).default([]).describe('Organisation teams whose active members hold the role, as `org/team-slug`.'),
    agents: z.array(z.string().trim().min(1)).default(['*-bot', '*-agent', 'copilot*']).describe('Logins (or `*` globs) of accounts an agent or automation acts through: never approvers.'),
    'min-approvals': z.number().int().min(1).max(20).default(1),
    'min-permission': z
      .enum(REPOSITORY_PERMISSIONS)
      .optional()
      .describe('Also require this repository permission. With no users or teams listed, holding `maintain` (or this, when set) is what makes someone a release manager.'),
    'separation-of-duties': z.boolean().default(false).describe('Also exclude the authors of the commits being released.'),
    'allow-stale-approvals': z.boolean().default(false).describe('Accept an approval of an earlier commit of the pull request.'),
    'protected-paths': z.array(z.string().min(1)).default(['.github/workflows/**', '.github/actions/**', '.repo/**', 'action.yml']).describe('Changes to these paths are `update_release_process` and need an approval; empty: always needed.'),
    environment: z.string().trim().min(1).optional().describe('Environment whose deployment approvals count (source `environment`); default: the one the event deploys to (none known: an error).'),
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
  const statusSchema = z.union([z.number().int().min(100).max(599), z.string().regex(/^[1-5]xx$/, 'expected a status code or a class such as 2xx')]);
  const textOrList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
  const regexText = z.string().min(1).refine(isRegex, 'expected a valid regular expression');
  /** A JSON assertion: a value the path must equal, or `{ equals | exists | matches }`. */
  const jsonAssertionSchema = z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.strictObject({ equals: z.unknown().optional(), exists: z.boolean().optional(), matches: regexText.optional() }),
  ]);

  /** One smoke check: an HTTP request (`url`) or a command (`run`), and what it must show. */
  const smokeCheckSchema = z
    .strictObject({
      name: z.string().trim().min(1),
      url: z.string().trim().min(1).optional(),
      run: z.array(z.string()).min(1).optional(),
      method: z.enum(HTTP_METHODS).optional(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
      'follow-redirects': z.boolean().optional(),
      expect: z
        .strictObject({
          status: z.union([statusSchema, z.array(statusSchema).min(1)]).optional(),
          'body-contains': textOrList.optional(),
          'body-not-contains': textOrList.optional(),
          'body-matches': regexText.optional(),
          json: z.record(z.string().regex(/^\$/, 'expected a JSON path starting with $'), jsonAssertionSchema).optional(),
          headers: z.record(z.string(), z.union([z.string(), z.strictObject({ matches: regexText })])).optional(),
          'max-latency-ms': z.number().int().positive().optional(),
          'exit-code': z.number().int().optional(),
          'output-contains': textOrList.optional(),
        })
        .prefault({}),
      retries: z.number().int().min(0).max(100).default(3),
      'timeout-ms': z.number().int().positive().max(600_000).default(10_000),
      severity: z.enum(['critical', 'warn']).default('critical'),
      'stable-passes': z.number().int().min(1).max(100).optional(),
    })
    .superRefine((check, ctx) => {
      if ((check.url === undefined) === (check.run === undefined)) {
        ctx.addIssue({ code: 'custom', path: [], message: 'needs exactly one of url (an HTTP check) or run (a command check)' });
        return;
      }
      const isHttp = check.url !== undefined;
      if (isHttp && !/^https?:\/\/[^/]/i.test(check.url ?? '') && !check.url?.startsWith('/')) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: `expected an http(s) URL or a path starting with /; got "${check.url}"` });
      } else if (isHttp && /^https?:/i.test(check.url ?? '') && !URL.canParse((check.url ?? '').replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, 'x'))) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: `is not a valid URL: "${check.url}"` });
      }
      const misplaced = isHttp
        ? COMMAND_EXPECT_KEYS.filter((key) => check.expect[key] !== undefined).map((key) => ['expect', key])
        : [...HTTP_ONLY_KEYS.filter((key) => check[key] !== undefined).map((key) => [key]), ...HTTP_EXPECT_KEYS.filter((key) => check.expect[key] !== undefined).map((key) => ['expect', key])];
      for (const path of misplaced) {
        ctx.addIssue({ code: 'custom', path, message: isHttp ? 'applies to command checks (run), not HTTP checks' : 'applies to HTTP checks (url), not command checks' });
      }
    });

  const smokeChecksSchema = z.array(smokeCheckSchema);

  const smokeTestSchema = z.strictObject({
    url: z.string().trim().regex(/^https?:\/\//, 'expected an http(s) URL').optional().describe('Base URL for checks with a relative `url`; the `url` input overrides it.'),
    concurrency: z.number().int().min(1).max(64).default(4),
    'deadline-seconds': z.number().positive().max(3600).default(300).describe('The whole suite\'s deadline, retries included.'),
    'warm-up-seconds': z.number().min(0).max(1800).default(0).describe('Wait up to this long for the service to answer at all before the first check.'),
    'stable-passes': z.number().int().min(1).max(100).default(1).describe('Consecutive passes a check needs (a stability window for flapping services).'),
    'retry-delay-ms': z.number().int().min(1).max(60_000).default(500).describe('First wait between attempts; it doubles each time, with jitter, up to 10 s.'),
    checks: smokeChecksSchema.default([]),
  });

  const rollbackSchema = z.strictObject({
    environment: z.string().trim().min(1).default('production').describe('The environment rolled back when the `environment` input is empty.'),
    command: z.array(z.string()).min(1).optional().describe('Program and arguments that deploy a commit; it reads ROLLBACK_SHA and friends from its environment.'),
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
    'initial-version': z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 0.1.0').default('0.1.0').describe('The version of a first release.'),
    changelog: changelogSchema.optional().describe('Overrides .github/release.yml when given.'),
    paths: z.strictObject({ include: z.array(z.string().min(1)).default([]), exclude: z.array(z.string().min(1)).default([]) }).prefault({}).describe('Keep only changes touching these paths (globs), minus the excluded ones.'),
    'breaking-labels': z.array(z.string().min(1)).default(['breaking', 'breaking-change', 'semver-major']),
    'minor-labels': z.array(z.string().min(1)).default(['enhancement', 'feature', 'feat', 'semver-minor']),
  });

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

function isRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

export type ReleasePolicyFile = z.output<PolicySchemas['releasePolicySchema']>;
export type EvidenceSettings = ReleasePolicyFile['checklist']['evidence'];
export type ApproverSettings = ReleasePolicyFile['approvers'];
export type SmokeTestSettings = ReleasePolicyFile['smoke-test'];
export type RollbackSettings = ReleasePolicyFile['rollback'];
export type ReleaseNotesSettings = ReleasePolicyFile['release-notes'];
