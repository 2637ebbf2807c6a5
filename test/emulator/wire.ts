/**
 * The emulator on the wire: request bodies and paths as GitHub (and GitHub Enterprise
 * Server) take them, repositories named by id in Link headers, GitHub's response headers
 * with the rate-limit counter, and answers broken as transport faults say.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Answer } from './answer';
import { requestId } from './faults';
import type { Session } from './session';
import { repoId } from './shapes';

const RATE_LIMIT = 5000;
/** GitHub Enterprise Server serves the REST API under this prefix (GITHUB_API_URL=https://HOST/api/v3). */
const ENTERPRISE_PREFIX = '/api/v3';
/** ...and GraphQL here (https://HOST/api/graphql), which the emulator maps to POST /graphql. */
const ENTERPRISE_GRAPHQL = '/api/graphql';

export async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (!chunks.length) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The API path to route (the Enterprise prefix removed, /api/graphql as /graphql, the
 * repository by name) and the API root the request came through.
 */
export function apiRequest(session: Session, url: URL): { path: string; apiBase: string } {
  const enterprise = url.pathname.startsWith(`${ENTERPRISE_PREFIX}/`);
  const enterpriseGraphql = url.pathname.replace(/\/$/, '') === ENTERPRISE_GRAPHQL;
  const path = enterpriseGraphql ? '/graphql' : enterprise ? url.pathname.slice(ENTERPRISE_PREFIX.length) : url.pathname;
  return { path: repositoryPathByName(session, path), apiBase: enterprise || enterpriseGraphql ? session.base + ENTERPRISE_PREFIX : session.base };
}

const emulatedRepoId = (session: Session) => repoId({ state: session.state, apiBase: session.base });

/**
 * GitHub's Link headers name the repository by id (`/repositories/1296269/issues?page=2`),
 * as @octokit/fixtures records; the emulator answers both forms.
 */
function repositoryPathByName(session: Session, path: string): string {
  const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
  if (!byId || Number(byId[1]) !== emulatedRepoId(session)) return path;
  return `/repos/${session.state.repo.owner}/${session.state.repo.name}${byId[2] ?? ''}`;
}

/** Rewrites the Link header's URLs of the emulated repository to name it by id, as GitHub does. */
export function linksById(session: Session, link: string): string {
  const byName = `/repos/${session.state.repo.owner}/${session.state.repo.name}/`;
  return link.replace(/<([^>]+)>/g, (whole, target: string) => {
    const parsed = new URL(target);
    if (!parsed.pathname.includes(byName)) return whole;
    parsed.pathname = parsed.pathname.replace(byName, `/repositories/${emulatedRepoId(session)}/`);
    return `<${parsed.toString()}>`;
  });
}

/** GitHub's response headers; each answer uses up one request of the rate limit. */
export function responseHeaders(session: Session, reply: Answer): Record<string, string> {
  const { rate } = session;
  rate.used += 1;
  const extra = Object.fromEntries(Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    'content-type': reply.raw?.contentType ?? 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': requestId(),
    'x-ratelimit-limit': String(RATE_LIMIT),
    'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - rate.used)),
    'x-ratelimit-used': String(rate.used),
    'x-ratelimit-reset': String(rate.reset),
    'x-ratelimit-resource': 'core',
    ...extra,
  };
}

/** Sends the answer, broken as its transport fault says. */
export function sendBroken(response: ServerResponse, reply: Answer, head: Record<string, string>, payload: Buffer, url: URL): void {
  switch (reply.transport) {
    case 'hang':
      return; // the socket stays open and silent until the client gives up or the emulator closes
    case 'stall-body':
      response.writeHead(reply.status, head);
      response.write(payload.subarray(0, Math.floor(payload.length / 2)));
      return;
    case 'truncate': {
      const half = payload.subarray(0, Math.floor(payload.length / 2));
      response.writeHead(reply.status, { ...head, 'content-length': String(half.length) });
      response.end(half);
      return;
    }
    case 'link-loop':
      response.writeHead(reply.status, { ...head, link: `<${url.toString()}>; rel="next", <${url.toString()}>; rel="last"` });
      response.end(payload);
      return;
    default:
      response.writeHead(reply.status, head);
      response.end(payload);
  }
}
