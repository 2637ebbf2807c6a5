/**
 * Releases: the list, create and update (publishing a draft).
 */

import { WORKFLOW_BOT } from '../model/people';
import { newestFirst, type Release, releaseCreatedAt, releasePublishedAt } from '../model/releases';
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { json, notFound, paged, requestBody, validationFailed } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { itemTemplate, nodeId, repoApi, repoHtml, template, user } from '../shapes';

const RELEASES = 'GET /repos/{owner}/{repo}/releases';
const CREATE = 'POST /repos/{owner}/{repo}/releases';
const UPDATE = 'PATCH /repos/{owner}/{repo}/releases/{release_id}';

function releaseShape(releaseTemplate: JsonObject, release: Release, ctx: ShapeContext): JsonObject {
  const api = `${repoApi(ctx)}/releases/${release.id}`;
  const tag = encodeURIComponent(release.tag_name);
  const draft = release.draft ?? false;
  const out = Object.assign(structuredClone(releaseTemplate), {
    url: api,
    html_url: `${repoHtml(ctx)}/releases/tag/${tag}`,
    assets_url: `${api}/assets`,
    upload_url: `https://uploads.github.com/repos/${ctx.state.repo.owner}/${ctx.state.repo.name}/releases/${release.id}/assets{?name,label}`,
    tarball_url: draft ? null : `${repoApi(ctx)}/tarball/${tag}`,
    zipball_url: draft ? null : `${repoApi(ctx)}/zipball/${tag}`,
    id: release.id,
    node_id: nodeId('Release', release.id),
    tag_name: release.tag_name,
    target_commitish: release.target_commitish ?? ctx.state.repo.defaultBranch,
    name: release.name ?? null,
    body: release.body ?? null,
    draft,
    prerelease: release.prerelease ?? false,
    immutable: false,
    created_at: releaseCreatedAt(release),
    published_at: releasePublishedAt(release),
    author: user(releaseTemplate.author, release.author ? { login: release.author } : WORKFLOW_BOT, ctx),
    assets: [],
  });
  // The example's discussion belongs to the example repository.
  delete out.discussion_url;
  return out;
}

function listReleases(ctx: RouteContext): Reply {
  const releaseTemplate = itemTemplate(RELEASES, ctx);
  return paged(paginate(newestFirst(ctx.state), ctx.url), (items) => items.map((release) => releaseShape(releaseTemplate, release, ctx)));
}

/** Creates a release (a draft when asked); one per tag, as GitHub refuses a second. */
function createRelease(ctx: RouteContext): Reply {
  const body = requestBody(ctx);
  const tag = typeof body.tag_name === 'string' ? body.tag_name.trim() : '';
  if (!tag) return validationFailed(ctx, 'Release', 'tag_name');
  if (ctx.state.releases.some((release) => release.tag_name === tag)) return validationFailed(ctx, 'Release', 'tag_name', 'already_exists');
  const release: Release = {
    id: Math.max(0, ...ctx.state.releases.map((candidate) => candidate.id)) + 1,
    tag_name: tag,
    name: typeof body.name === 'string' ? body.name : tag,
    body: typeof body.body === 'string' ? body.body : undefined,
    draft: body.draft === true,
    prerelease: body.prerelease === true,
    target_commitish: typeof body.target_commitish === 'string' ? body.target_commitish : undefined,
    created_at: new Date().toISOString(),
    published_at: body.draft === true ? null : new Date().toISOString(),
    author: ctx.state.tokenUser.login,
  };
  ctx.state.releases.push(release);
  return json(releaseShape(template(CREATE, ctx, undefined, 201), release, ctx), 201);
}

function updateRelease(ctx: RouteContext): Reply {
  const release = ctx.state.releases.find((candidate) => String(candidate.id) === ctx.params.release_id);
  if (!release) return notFound(ctx);
  const body = requestBody(ctx);
  if (typeof body.name === 'string') release.name = body.name;
  if (typeof body.body === 'string') release.body = body.body;
  if (typeof body.tag_name === 'string') release.tag_name = body.tag_name;
  if (typeof body.target_commitish === 'string') release.target_commitish = body.target_commitish;
  if (typeof body.draft === 'boolean') {
    if (release.draft && !body.draft) release.published_at = new Date().toISOString();
    release.draft = body.draft;
  }
  return json(releaseShape(template(UPDATE, ctx), release, ctx));
}

export const releaseRoutes: RouteDefinition[] = [
  { route: CREATE, handler: createRelease },
  { route: UPDATE, handler: updateRelease },
  { route: RELEASES, handler: listReleases },
];
