/**
 * The emulated repository: the state tests build, its defaults, and the git-like lookups
 * (refs, history, files) the routes share.
 */
import { createHash } from 'node:crypto';

export interface EmulatorUser {
  login: string;
  type?: 'User' | 'Bot' | 'Organization';
}

/** How an author relates to the repository; the same values in REST and GraphQL. */
export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER';

/** 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs' — method + OpenAPI path template */
export type RouteKey = string;

export interface EmulatorState {
  repo: { owner: string; name: string; defaultBranch: string };
  /** Linear history, oldest first. */
  commits: Array<{ sha: string; message: string; author?: string; files?: string[]; date?: string }>;
  /** Branch name -> head sha (the default branch's head is normally the last commit). */
  branches: Record<string, string>;
  tags: Record<string, string>;
  /**
   * Repository files per commit sha: sha -> path -> text. Lookup by ref: resolve branch/tag
   * names to sha first. A sha with no entry inherits from the nearest earlier commit in
   * `commits` that has an entry.
   */
  files: Record<string, Record<string, string>>;
  releases: Array<{
    id: number;
    tag_name: string;
    name?: string;
    draft?: boolean;
    prerelease?: boolean;
    body?: string;
    created_at?: string;
    published_at?: string | null;
    author?: string;
    target_commitish?: string;
  }>;
  pulls: Array<{
    number: number;
    title: string;
    body: string | null;
    user: EmulatorUser;
    state: 'open' | 'closed';
    merged_at?: string | null;
    head_sha: string;
    head_ref?: string;
    base_ref?: string;
    merge_commit_sha?: string | null;
    /** shas this PR is associated with (for GET commits/{sha}/pulls), also listed by GET pulls/{n}/commits */
    commits?: string[];
    labels?: string[];
    /**
     * Changed files (GET pulls/{n}/files); default []. A path is a change diffed from the
     * snapshots; an object gives GitHub's status, e.g. a rename with its previous_filename.
     */
    files?: Array<string | { filename: string; status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied'; previous_filename?: string }>;
    /**
     * The author's association with the repository (REST author_association, GraphQL
     * authorAssociation). Default: NONE for bots, OWNER for the repository owner, else MEMBER.
     */
    author_association?: AuthorAssociation;
  }>;
  reviews: Record<
    number,
    Array<{
      id?: number;
      user: EmulatorUser;
      state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
      commit_id: string;
      submitted_at?: string;
      body?: string;
    }>
  >;
  issues: Array<{
    number: number;
    title: string;
    body: string | null;
    user: EmulatorUser;
    state: 'open' | 'closed';
    labels?: string[];
    assignees?: string[];
    /** Default: the issue's number minutes after a fixed epoch; POST issues set now. */
    created_at?: string;
    updated_at?: string;
    /** Only served while closed (default 'completed'), or 'reopened' while open. */
    state_reason?: string | null;
    /** Only served while closed; default derived from the number. */
    closed_at?: string | null;
  }>;
  /**
   * Issue and pull-request conversation comments, keyed by issue/PR number, oldest first.
   * A comment without created_at is one minute after the comment before it (the first: one
   * minute after its issue was created). `updated_at` marks an edit (default: created_at).
   */
  comments: Record<number, Array<{ id?: number; user: EmulatorUser; body: string; created_at?: string; /** Set when the comment was edited after posting. */ updated_at?: string }>>;
  checkRuns: Array<{
    id?: number;
    head_sha: string;
    name: string;
    status: 'queued' | 'in_progress' | 'completed';
    conclusion:
      | null
      | 'success'
      | 'failure'
      | 'neutral'
      | 'cancelled'
      | 'skipped'
      | 'timed_out'
      | 'action_required'
      | 'stale';
    details_url?: string;
    html_url?: string;
    /** app slug */
    app?: string;
  }>;
  /** Commit statuses, oldest first (the API lists newest first). */
  statuses: Array<{
    sha: string;
    context: string;
    state: 'success' | 'failure' | 'error' | 'pending';
    description?: string;
    target_url?: string | null;
    created_at?: string;
  }>;
  /** 'disabled' answers 403 like a repository without code scanning / GitHub Advanced Security. */
  codeScanningAlerts:
    | 'disabled'
    | Array<{
        number: number;
        state: 'open' | 'dismissed' | 'fixed';
        rule: {
          id: string;
          severity: 'none' | 'note' | 'warning' | 'error';
          security_severity_level?: 'low' | 'medium' | 'high' | 'critical' | null;
          description: string;
        };
        tool?: string;
        path?: string;
      }>;
  /** 'disabled' answers like a repository with Dependabot alerts turned off. */
  dependabotAlerts:
    | 'disabled'
    | Array<{
        number: number;
        state: 'open' | 'dismissed' | 'fixed' | 'auto_dismissed';
        severity: 'low' | 'medium' | 'high' | 'critical';
        package: string;
        ecosystem?: string;
        summary: string;
      }>;
  /**
   * Route templates (as in RouteKey) the token may not use: answer 403 {"message":"Resource
   * not accessible by integration", ...} with header x-accepted-github-permissions (e.g.
   * "checks=read"), as GitHub does for a GITHUB_TOKEN lacking a permission.
   */
  denied: Array<{ route: RouteKey; permission: string }>;
  /** Deployment-protection approvals of workflow runs: run id -> approvals, oldest first. */
  runApprovals: Record<number, Array<{ environments: string[]; state: 'approved' | 'rejected'; user: EmulatorUser; comment?: string }>>;
  /** Organisation teams: 'org/team-slug' -> login -> membership state. */
  teams: Record<string, Record<string, 'active' | 'pending'>>;
  /** Repository permission of each login (absent: 'read' if the login appears anywhere, else 'none'). */
  permissions: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'>;
  /** The login the token belongs to, as author of issues/comments it creates. Default 'github-actions[bot]' (type Bot). */
  tokenUser: EmulatorUser;
  /** Account types by lower-case login, for GET /users/{username} (default: User, or Bot for [bot] logins). */
  accounts: Record<string, 'User' | 'Bot' | 'Organization'>;
  /**
   * GitHub Deployments, oldest first (ids ascending). `environment` is the current one (a
   * status may move the deployment); `original_environment` defaults to it. Defaults:
   * payload {}, description null, creator github-actions[bot], created_at from the id,
   * production_environment true only for "production", transient_environment false.
   */
  deployments: Array<{
    id: number;
    sha: string;
    ref: string;
    task: string;
    environment: string;
    original_environment?: string;
    description?: string | null;
    payload?: Record<string, unknown> | string;
    creator?: EmulatorUser;
    created_at?: string;
    production_environment?: boolean;
    transient_environment?: boolean;
    /**
     * Statuses oldest first. Without created_at a status is one minute after the one before
     * it (the first: one minute after the deployment); without environment it is the
     * deployment's.
     */
    statuses: Array<{
      id?: number;
      state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';
      description?: string;
      log_url?: string;
      environment_url?: string;
      /** The environment the status was created for (a status may change the deployment's). */
      environment?: string;
      created_at?: string;
      creator?: EmulatorUser;
    }>;
  }>;
}

export function defaultState(initial: Partial<EmulatorState> = {}): EmulatorState {
  return {
    repo: { owner: 'octo-org', name: 'widgets', defaultBranch: 'main' },
    commits: [],
    branches: {},
    tags: {},
    files: {},
    releases: [],
    pulls: [],
    reviews: {},
    issues: [],
    comments: {},
    checkRuns: [],
    statuses: [],
    codeScanningAlerts: [],
    dependabotAlerts: 'disabled',
    denied: [],
    runApprovals: {},
    teams: {},
    permissions: {},
    tokenUser: { login: 'github-actions[bot]', type: 'Bot' },
    accounts: {},
    deployments: [],
    ...initial,
  };
}

/** Every sha the state mentions, so abbreviated shas and PR heads outside `commits` resolve. */
function knownShas(state: EmulatorState): Set<string> {
  const shas = new Set<string>(state.commits.map((commit) => commit.sha));
  for (const sha of [...Object.values(state.branches), ...Object.values(state.tags), ...Object.keys(state.files)])
    shas.add(sha);
  for (const pull of state.pulls) {
    shas.add(pull.head_sha);
    if (pull.merge_commit_sha) shas.add(pull.merge_commit_sha);
    for (const sha of pull.commits ?? []) shas.add(sha);
  }
  for (const run of state.checkRuns) shas.add(run.head_sha);
  for (const status of state.statuses) shas.add(status.sha);
  for (const deployment of state.deployments) shas.add(deployment.sha);
  return shas;
}

/**
 * Resolves a branch, tag (optionally as heads/X, tags/X, refs/heads/X, refs/tags/X), full
 * sha or unique abbreviated sha (7+ hex) to a sha, like GitHub's ref lookup. The default
 * branch without a `branches` entry is the newest commit. A full sha the state never
 * mentions still resolves: GitHub would know it, the test just has no data for it.
 */
export function resolveRef(state: EmulatorState, ref: string): string | undefined {
  const name = ref.replace(/^refs\//, '');
  const branchName = name.replace(/^heads\//, '');
  const branch = state.branches[branchName] ?? (branchName === state.repo.defaultBranch ? state.commits.at(-1)?.sha : undefined);
  if (branch && !name.startsWith('tags/')) return branch;
  const tag = state.tags[name.replace(/^tags\//, '')];
  if (tag && !name.startsWith('heads/')) return tag;
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  if (/^[0-9a-f]{7,39}$/i.test(ref)) {
    const matches = [...knownShas(state)].filter((sha) => sha.startsWith(ref.toLowerCase()));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

/** Position of `sha` in the linear history, -1 when it is not part of it. */
export function commitIndex(state: EmulatorState, sha: string): number {
  return state.commits.findIndex((commit) => commit.sha === sha);
}

/** The repository files at `sha`, inheriting from earlier commits; undefined when unknown. */
export function filesAt(state: EmulatorState, sha: string): Record<string, string> | undefined {
  const own = state.files[sha];
  if (own) return own;
  for (let index = commitIndex(state, sha); index >= 0; index--) {
    const files = state.files[state.commits[index]?.sha ?? ''];
    if (files) return files;
  }
  return commitIndex(state, sha) >= 0 ? {} : undefined;
}

/** The head of the default branch: its branch entry, else the newest commit. */
export function defaultBranchHead(state: EmulatorState): string | undefined {
  return resolveRef(state, state.repo.defaultBranch);
}

/** Resolves an optional ref query parameter, which defaults to the default branch. */
export function resolveRefOrDefault(state: EmulatorState, ref: string | undefined): string | undefined {
  return ref ? resolveRef(state, ref) : defaultBranchHead(state);
}

/** Git's blob id for `text`, so content and tree shas look and behave like GitHub's. */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A stable positive integer for `key`, used for ids the state does not spell out. */
export function stableId(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % 1_000_000_000 + 1;
}

/** A deterministic timestamp `minutes` after a fixed epoch, in GitHub's format (no millis). */
export function timestamp(minutes: number): string {
  return isoSeconds(new Date(Date.UTC(2024, 0, 1) + minutes * 60_000));
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
