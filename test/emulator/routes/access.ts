/**
 * Who may approve: deployment-protection approvals of workflow runs, organisation team
 * memberships and a user's permission on the repository.
 */

import { stableId, timestamp } from '../model/ids';
import type { Role } from '../model/people';
import { accountType, roleOf, teamMembership } from '../model/people';
import type { EmulatorState } from '../model/state';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { json, notFound } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { itemTemplate, nodeId, obj, repoApi, repoHtml, template, user } from '../shapes';

const APPROVALS = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals';
const MEMBERSHIP = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}';
const PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
const USER = 'GET /users/{username}';

type Approval = EmulatorState['runApprovals'][number][number];

/** An environment of the repository by name, from the example's environment object. */
function environment(environmentTemplate: unknown, name: string, ctx: ShapeContext): JsonObject {
  const id = stableId(`environment:${name}`);
  const encoded = encodeURIComponent(name);
  return Object.assign(structuredClone(obj(environmentTemplate, 'environment template')), {
    id,
    node_id: nodeId('Environment', id),
    name,
    url: `${repoApi(ctx)}/environments/${encoded}`,
    html_url: `${repoHtml(ctx)}/deployments/activity_log?environments_filter=${encoded}`,
    created_at: timestamp(0),
    updated_at: timestamp(0),
  });
}

function approvalShape(approvalTemplate: JsonObject, approval: Approval, ctx: ShapeContext): JsonObject {
  const environmentTemplate = Array.isArray(approvalTemplate.environments) ? approvalTemplate.environments[0] : undefined;
  return Object.assign(structuredClone(approvalTemplate), {
    environments: approval.environments.map((name) => environment(environmentTemplate, name, ctx)),
    state: approval.state,
    user: user(approvalTemplate.user, approval.user, ctx),
    comment: approval.comment ?? '',
  });
}

/** Not paginated on GitHub: the whole review log of the run, oldest first. */
function listApprovals(ctx: RouteContext): Reply {
  const approvals = ctx.state.runApprovals[Number(ctx.params.run_id)] ?? [];
  const approvalTemplate = itemTemplate(APPROVALS, ctx);
  return json(approvals.map((approval) => approvalShape(approvalTemplate, approval, ctx)));
}

/** GitHub answers 404 both for unknown teams and for users who are not members. */
function getMembership(ctx: RouteContext): Reply {
  const { org = '', team_slug: slug = '', username = '' } = ctx.params;
  const state = teamMembership(ctx.state, org, slug, username);
  if (!state) return notFound(ctx);
  const teamId = stableId(`team:${org.toLowerCase()}/${slug.toLowerCase()}`);
  const membership = template(MEMBERSHIP, ctx, 'response-if-user-is-a-team-maintainer');
  return json(Object.assign(membership, { url: `${ctx.apiBase}/teams/${teamId}/memberships/${encodeURIComponent(username)}`, role: 'member', state }));
}

/** The legacy base role GitHub reports in `permission`: maintain counts as write, triage as read. */
const basePermission: Record<Role, string> = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read', none: 'none' };

/** The collaborator's `permissions` booleans: each role includes the ones below it. */
function permissionFlags(role: Role): Record<string, boolean> {
  const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
  return { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 };
}

/**
 * 200 for every login, 'none' included: the schema's `role_name` is any string, and GitHub
 * reports 'none' for users without access rather than 404 (which it keeps for non-users).
 */
function getPermission(ctx: RouteContext): Reply {
  const login = ctx.params.username ?? '';
  const role = roleOf(ctx.state, login);
  const answer = template(PERMISSION, ctx, 'response-if-user-has-admin-permissions');
  // The token's own user keeps its type (a Bot by default).
  const who = ctx.state.tokenUser.login.toLowerCase() === login.toLowerCase() ? ctx.state.tokenUser : { login };
  const collaborator = Object.assign(user(answer.user, who, ctx), { permissions: permissionFlags(role), role_name: role });
  return json(Object.assign(answer, { permission: basePermission[role], role_name: role, user: collaborator }));
}

/** Every login is an account; its type comes from `state.accounts`, else a [bot] suffix means Bot. */
function getUser(ctx: RouteContext): Reply {
  const login = ctx.params.username ?? '';
  const type = accountType(ctx.state, { login });
  const answer = template(USER, ctx, 'default-response');
  return json(
    Object.assign(answer, user(answer, { login, type }, ctx), {
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      bio: null,
      twitter_username: null,
    }),
  );
}

export const accessRoutes: RouteDefinition[] = [
  { route: USER, handler: getUser },
  { route: APPROVALS, handler: listApprovals },
  { route: MEMBERSHIP, handler: getMembership },
  { route: PERMISSION, handler: getPermission },
];
