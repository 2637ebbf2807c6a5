/**
 * The emulated repository as tests build it, and its defaults. The lookups over it, which
 * REST routes and GraphQL resolvers share, live beside it in model/.
 */

export interface EmulatorUser {
  login: string;
  type?: 'User' | 'Bot' | 'Organization';
}

/** How an author relates to the repository; the same values in REST and GraphQL. */
export type AuthorAssociation = 'COLLABORATOR' | 'CONTRIBUTOR' | 'FIRST_TIMER' | 'FIRST_TIME_CONTRIBUTOR' | 'MANNEQUIN' | 'MEMBER' | 'NONE' | 'OWNER';

/** 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs' — method + OpenAPI path template */
export type RouteKey = string;

export interface EmulatorState {
  repo: { owner: string; name: string; defaultBranch: string };
  /**
   * The history, oldest first (in date order). A commit's parents are its `parents` when
   * given (a merge commit: the base, then the branch head), else the commit before it.
   */
  commits: Array<{ sha: string; message: string; author?: string; files?: string[]; date?: string; parents?: string[] }>;
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
  comments: Record<
    number,
    Array<{ id?: number; user: EmulatorUser; body: string; created_at?: string /** Set when the comment was edited after posting. */; updated_at?: string }>
  >;
  checkRuns: Array<{
    id?: number;
    head_sha: string;
    name: string;
    status: 'queued' | 'in_progress' | 'completed';
    conclusion: null | 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | 'stale';
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
  /** Pull requests GitHub's search index has not caught up with yet: search does not find them. Optional. */
  searchUnindexed?: number[];
  /** Set: every search answers this GraphQL error instead (GitHub's search times out, or is not open to the token). Optional. */
  searchFailure?: { type: string; message: string };
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
    tokenUser: { login: 'github-actions[bot]', type: 'Bot' }, // WORKFLOW_BOT in people.ts
    accounts: {},
    deployments: [],
    ...initial,
  };
}
