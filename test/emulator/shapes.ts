/**
 * Turns OpenAPI example objects into objects about the emulated repository: the example is
 * the template (so every field GitHub sends is there, in GitHub's shape) and only the fields
 * the state determines are overwritten.
 */

import { labelId, stableId } from './model/ids';
import type { EmulatorState, EmulatorUser, RouteKey } from './model/state';
import { example, itemExample } from './openapi';

export type JsonObject = Record<string, unknown>;

/** What the shape builders need to know about the request being answered. */
export interface ShapeContext {
  state: EmulatorState;
  /** The emulator's base URL; API URLs in bodies point here, like GitHub's point at its API host. */
  apiBase: string;
}

export const WEB = 'https://github.com';
const EXAMPLE_API = 'https://api.github.com';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Narrows a template value that must be an object (examples always are where we read them). */
export function obj(value: unknown, what = 'template'): JsonObject {
  if (!isObject(value)) throw new Error(`${what} is not an object`);
  return value;
}

export function fullName(ctx: ShapeContext): string {
  return `${ctx.state.repo.owner}/${ctx.state.repo.name}`;
}

/** https://<emulator>/repos/OWNER/REPO */
export function repoApi(ctx: ShapeContext): string {
  return `${ctx.apiBase}/repos/${fullName(ctx)}`;
}

/** https://github.com/OWNER/REPO */
export function repoHtml(ctx: ShapeContext): string {
  return `${WEB}/${fullName(ctx)}`;
}

/** GitHub's legacy global node id, e.g. "05:Issue1" base64-encoded. */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

function mapStrings(value: unknown, rewrite: (text: string) => string): unknown {
  if (typeof value === 'string') return rewrite(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, rewrite));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, rewrite)]));
  return value;
}

/** Replaces each `[from, to]` substring in every string of `value`, e.g. an example's number in its URLs. */
function replaceInStrings<T>(value: T, pairs: Array<[string, string]>): T {
  return mapStrings(value, (text) => pairs.reduce((acc, [from, to]) => acc.replaceAll(from, to), text)) as T;
}

/** Rewrites an example's own issue or pull number (and other pairs, e.g. its head sha) inside its URLs. */
export function renumber<T>(value: T, exampleNumber: unknown, number: number, extra: Array<[string, string]> = []): T {
  return replaceInStrings(value, [
    [`/pulls/${String(exampleNumber)}`, `/pulls/${number}`],
    [`/pull/${String(exampleNumber)}`, `/pull/${number}`],
    [`/issues/${String(exampleNumber)}`, `/issues/${number}`],
    ...extra,
  ]);
}

/** Zeroes an example's reaction counts: nobody reacted in the emulated repository. */
export function noReactions(out: JsonObject): void {
  if (!isObject(out.reactions)) return;
  for (const [key, value] of Object.entries(out.reactions)) if (typeof value === 'number') out.reactions[key] = 0;
}

/** Encodes each segment of a repository path for use in a URL. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Points every URL of an example at the emulated repository: the example's repositories
 * (found through their API URLs) become OWNER/REPO in API, web, clone and raw URLs, and
 * API URLs move to the emulator's host.
 */
function retarget<T>(template: T, ctx: ShapeContext): T {
  const exampleRepos = new Set<string>();
  mapStrings(template, (text) => {
    for (const match of text.matchAll(/api\.github\.com\/repos\/([^/{?#]+\/[^/{?#]+)/g)) exampleRepos.add(match[1] ?? '');
    return text;
  });
  const ours = fullName(ctx);
  const patterns = [...exampleRepos].map(
    (name) =>
      new RegExp(
        `(api\\.github\\.com/repos/|uploads\\.github\\.com/repos/|raw\\.githubusercontent\\.com/|//github\\.com/|git@github\\.com:|git:github\\.com/|svn\\.github\\.com/)${escapeRegExp(name)}(?=$|[/.#?{])`,
        'g',
      ),
  );
  return mapStrings(template, (text) => {
    if (exampleRepos.has(text)) return ours; // full_name fields
    const moved = patterns.reduce((acc, pattern) => acc.replace(pattern, `$1${ours}`), text);
    return moved.replaceAll(EXAMPLE_API, ctx.apiBase);
  }) as T;
}

/** Ids of well-known bots, so their objects look like the real ones. */
const knownIds: Record<string, number> = {
  'github-actions[bot]': 41898282,
  'dependabot[bot]': 49699333,
  'renovate[bot]': 29139614,
};

export function userId(login: string): number {
  return knownIds[login] ?? stableId(`user:${login}`);
}

/** A user/owner/author object built from the example's user object. */
export function user(template: unknown, who: EmulatorUser, ctx: ShapeContext): JsonObject {
  const out = structuredClone(obj(template, 'user template'));
  const type = who.type ?? 'User';
  const id = userId(who.login);
  const api = `${ctx.apiBase}/users/${encodeURIComponent(who.login)}`;
  Object.assign(out, {
    login: who.login,
    id,
    node_id: nodeId(type, id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: type === 'Bot' ? `${WEB}/apps/${encodeURIComponent(who.login.replace(/\[bot\]$/, ''))}` : `${WEB}/${encodeURIComponent(who.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
  });
  if ('name' in out) out.name = null;
  if ('email' in out) out.email = null;
  return out;
}

/** The emulated repository, from an example repository object (already retargeted). */
export function repository(template: unknown, ctx: ShapeContext): JsonObject {
  const out = structuredClone(obj(template, 'repository template'));
  const { owner, name, defaultBranch } = ctx.state.repo;
  const id = repoId(ctx);
  Object.assign(out, {
    id,
    node_id: nodeId('Repository', id),
    name,
    full_name: fullName(ctx),
    html_url: repoHtml(ctx),
    url: repoApi(ctx),
    private: false,
    fork: false,
  });
  // Drop the example repository's own description and topics.
  if ('description' in out) out.description = null;
  if ('topics' in out) out.topics = [];
  if (isObject(out.owner)) out.owner = user(out.owner, { login: owner, type: 'Organization' }, ctx);
  if ('default_branch' in out) out.default_branch = defaultBranch;
  return out;
}

/** A label's color (6 hex digits, no #), stable per name. */
export function labelColor(name: string): string {
  return labelId(name).toString(16).padStart(6, '0').slice(-6);
}

/** Label objects for `names`, from the first of an example's labels (none when it has none). */
export function labels(labelTemplates: unknown, names: string[] | undefined, ctx: ShapeContext): JsonObject[] {
  const labelTemplate = Array.isArray(labelTemplates) ? labelTemplates[0] : undefined;
  return labelTemplate ? (names ?? []).map((name) => label(labelTemplate, name, ctx)) : [];
}

/** A label object by name; GitHub labels carry their own id, color and URL. */
function label(template: unknown, name: string, ctx: ShapeContext): JsonObject {
  const id = labelId(name);
  return Object.assign(structuredClone(obj(template, 'label template')), {
    id,
    node_id: nodeId('Label', id),
    url: `${repoApi(ctx)}/labels/${encodeURIComponent(name)}`,
    name,
    // '' rather than null: pull-request-simple declares label descriptions non-nullable.
    description: '',
    color: labelColor(name),
    default: false,
  });
}

/** Email GitHub shows for users who keep theirs private. */
export function noreplyEmail(login: string): string {
  return `${userId(login)}+${login}@users.noreply.github.com`;
}

/** The route's response example (object or array) for `status`, retargeted at the emulated repository. */
export function exampleFor(route: RouteKey, ctx: ShapeContext, name?: string, status = 200): unknown {
  return retarget(example(route, name, status), ctx);
}

/** The route's response example when it is an object, retargeted at the emulated repository. */
export function template(route: RouteKey, ctx: ShapeContext, name?: string, status = 200): JsonObject {
  return obj(exampleFor(route, ctx, name, status), `${route} example`);
}

/** The first item of a list route's example, retargeted at the emulated repository. */
export function itemTemplate(route: RouteKey, ctx: ShapeContext, name?: string): JsonObject {
  return retarget(obj(itemExample(route, name), `${route} example item`), ctx);
}

/** The first user object (anything with login and avatar_url) anywhere inside an example. */
export function findUserTemplate(value: unknown): JsonObject | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUserTemplate(item);
      if (found) return found;
    }
  } else if (isObject(value)) {
    if (typeof value.login === 'string' && 'avatar_url' in value) return value;
    return findUserTemplate(Object.values(value));
  }
  return undefined;
}

export function repoId(ctx: ShapeContext): number {
  return stableId(`repo:${fullName(ctx)}`);
}
