// The one GitHub gateway. Every REST and GraphQL call of every action goes through
// `request`, `pages` or `graphql` here, and so gets the same rules: a deadline for the whole
// answer, at most four attempts with bounded waits, paging that stops when the caller has
// enough and refuses to loop, cancellation, and errors worded once (see failure.ts).
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { Endpoints } from '@octokit/types';
import { sleep } from '@release-governance/async';
import { classify, type Failure, GitHubApiError, isOutage, labelText, type RequestLabel, retryDelay } from './failure';
import { type ApiLimits, apiLimits, FINISHING_API_LIMITS } from './limits';
import { gatewayFetch, TransportFailure } from './transport';

type Route = keyof Endpoints;
type Params<R extends Route> = Omit<Endpoints[R]['parameters'], 'baseUrl' | 'headers' | 'mediaType' | 'request'>;
type Data<R extends Route> = Endpoints[R]['response']['data'];
/** A list route's items: the array itself, or the one array inside (`{ total_count, check_runs: [...] }`). */
type Items<D> =
  D extends Array<infer T>
    ? T
    : { [K in keyof D]: D[K] extends Array<infer T> ? T : never }[Exclude<keyof D, 'total_count' | 'incomplete_results' | 'repository_selection'>];

type Octokit = ReturnType<typeof getOctokit>;
interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  data: unknown;
}
type Send = (request: { signal: AbortSignal }) => Promise<Answer>;

export interface GitHubClientOptions {
  /** Aborts requests in flight and waits between attempts: the job was cancelled. */
  signal?: AbortSignal;
  limits?: ApiLimits;
}

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  if (!token) {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the message shows the workflow expression to write.
    throw new Error('The `token` input is empty; pass `token: ${{ github.token }}` or a token with the permissions listed in the README.');
  }
  core.setSecret(token);
  const octokit = getOctokit(token, { request: { fetch: gatewayFetch } });
  return new GitHubClient(octokit, options.limits ?? apiLimits(), options.signal);
}

export class GitHubClient {
  /** Once the API has failed a request outright, later requests get one attempt each. */
  private outage = false;

  constructor(
    protected readonly octokit: Octokit,
    protected readonly limits: ApiLimits,
    protected readonly signal?: AbortSignal,
  ) {}

  /** The limits for a request starting now. */
  protected currentLimits(): ApiLimits {
    return this.limits;
  }

  /** The same gateway bound to another cancellation signal. */
  withSignal(signal: AbortSignal): GitHubClient {
    return new GitHubClient(this.octokit, this.limits, signal);
  }

  /**
   * The gateway for the last writes of a run that may be cancelled: `grace` fires when the
   * runner's grace period ends (not at the cancellation itself); until `cancelled` fires the
   * usual limits hold, after it the short finishing ones.
   */
  finishing(cancelled: AbortSignal, grace: AbortSignal): GitHubClient {
    return new FinishingClient(this.octokit, this.limits, grace, cancelled);
  }

  /** One REST request; `permission` is what the token needs, e.g. `contents: read`. */
  async request<R extends Route>(route: R, params: Params<R>, permission: string): Promise<Data<R>> {
    const { method, url } = this.octokit.request.endpoint(route as string, params as Record<string, unknown>);
    const label = this.label(method, url, permission);
    const answer = await this.send(
      label,
      ({ signal }) => this.octokit.request(route as string, { ...(params as Record<string, unknown>), request: { signal } }) as Promise<Answer>,
    );
    return answer.data as Data<R>;
  }

  /**
   * A list route page by page, read only as far as the caller iterates. Follows GitHub's
   * `Link: rel="next"`, and stops with an error on a page already read, a link that leaves
   * the API's origin (it would carry the token), or more than `maxPages` pages.
   */
  async *pages<R extends Route>(route: R, params: Params<R>, permission: string): AsyncGenerator<Items<Data<R>>[], void, undefined> {
    const first = this.octokit.request.endpoint(route as string, { per_page: 100, ...(params as Record<string, unknown>) });
    const origin = new URL(first.url).origin;
    const visited = new Set<string>();
    let url: string | undefined = first.url;
    while (url) {
      const label = this.label('GET', url, permission);
      if (visited.has(url)) throw this.pagingError(label, `the Link rel="next" of page ${visited.size} points back to a page already read; stopped paging`);
      if (visited.size >= this.limits.maxPages)
        throw this.pagingError(label, `more than ${this.limits.maxPages} pages; stopped paging (a list this long is not read in one step)`);
      visited.add(url);
      const pageUrl: string = url;
      const answer = await this.send(label, ({ signal }) => this.octokit.request({ method: 'GET', url: pageUrl, request: { signal } }) as Promise<Answer>);
      const items = itemsOf(answer.data);
      if (!items) throw this.pagingError(label, 'the answer is not a list');
      yield items as Items<Data<R>>[];
      url = nextLink(answer.headers.link);
      if (url && new URL(url).origin !== origin) {
        throw this.pagingError(label, `the Link rel="next" leads to ${new URL(url).origin}, outside the API; not following it with the token`);
      }
    }
  }

  /** Every item of a list route (bounded by `maxPages`). */
  async all<R extends Route>(route: R, params: Params<R>, permission: string): Promise<Items<Data<R>>[]> {
    const items: Items<Data<R>>[] = [];
    for await (const page of this.pages(route, params, permission)) items.push(...page);
    return items;
  }

  /** The first item that `predicate` accepts, reading pages only until it is found. */
  async find<R extends Route>(
    route: R,
    params: Params<R>,
    permission: string,
    predicate: (item: Items<Data<R>>) => boolean,
  ): Promise<Items<Data<R>> | undefined> {
    for await (const page of this.pages(route, params, permission)) {
      const found = page.find(predicate);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** A GraphQL query; errors in the answer are errors (the `data` of a partial answer is not trusted). */
  async graphql<T>(query: string, variables: Record<string, unknown>, permission: string): Promise<T> {
    // GitHub Enterprise Server serves GraphQL at /api/graphql, beside the REST /api/v3.
    const url = `${String(this.octokit.request.endpoint.DEFAULTS.baseUrl).replace(/\/api\/v3\/?$/, '/api')}/graphql`;
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    const label: RequestLabel = { ...this.label('POST', url, permission), path: `${new URL(url).pathname}${operation ? ` (${operation})` : ''}`, write: false };
    const answer = await this.send(
      label,
      ({ signal }) => this.octokit.request({ method: 'POST', url, query, variables, request: { signal } }) as Promise<Answer>,
    );
    const body = answer.data as { data?: T; errors?: Array<{ type?: string; message?: string }> };
    if (body.errors?.length || !body.data)
      throw new GitHubApiError(label, { kind: 'graphql', errors: body.errors ?? [{ message: 'no data in the answer' }] }, { attempts: 1, elapsedMs: 0 });
    return body.data;
  }

  private label(method: string, url: string, permission: string): RequestLabel {
    const parsed = new URL(url);
    parsed.searchParams.delete('per_page'); // the gateway's own choice, noise to a reader
    let path = `${parsed.pathname}${parsed.search}`;
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep it encoded
    }
    return { method, path, write: method !== 'GET' && method !== 'HEAD', permission };
  }

  private pagingError(label: RequestLabel, message: string): GitHubApiError {
    return new GitHubApiError(label, { kind: 'paging', message }, { attempts: 1, elapsedMs: 0 });
  }

  /** Attempts `send` under the rules: a deadline per attempt, bounded waits, the request's budget. */
  private async send(label: RequestLabel, send: Send): Promise<Answer> {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const limits = this.currentLimits();
      const endBy = started + limits.requestBudgetMs;
      const attempts = this.outage ? 1 : limits.attempts;
      const failure = await this.attempt(send, Math.max(1, Math.min(limits.attemptMs, endBy - Date.now())));
      if (!('kind' in failure)) {
        core.debug(`${labelText(label)}: ${failure.status} (attempt ${attempt})`);
        return failure;
      }
      const wait = retryDelay(failure, label, attempt, limits);
      const tries = { attempts: attempt, elapsedMs: Date.now() - started };
      if (wait === undefined || attempt >= attempts || Date.now() + wait >= endBy || this.signal?.aborted) {
        if (isOutage(failure)) this.outage = true;
        throw new GitHubApiError(label, this.signal?.aborted ? { kind: 'cancelled', message: 'cancelled' } : failure, tries);
      }
      core.info(`${labelText(label)}: ${summary(failure)}; trying again in ${Math.round(wait / 100) / 10} s (attempt ${attempt + 1} of ${attempts}).`);
      await sleep(wait, this.signal);
    }
  }

  private async attempt(send: Send, timeoutMs: number): Promise<Answer | Failure> {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new TransportFailure('deadline', `no complete answer within ${Math.round(timeoutMs / 100) / 10} s`)),
      timeoutMs,
    );
    const cancel = () => controller.abort(new TransportFailure('cancelled', 'the job was cancelled'));
    if (this.signal?.aborted) cancel();
    this.signal?.addEventListener('abort', cancel, { once: true });
    try {
      return await send({ signal: controller.signal });
    } catch (error) {
      return classify(error);
    } finally {
      clearTimeout(timer);
      this.signal?.removeEventListener('abort', cancel);
    }
  }
}

/** Switches to the short finishing limits once the run is cancelled. */
class FinishingClient extends GitHubClient {
  constructor(
    octokit: Octokit,
    limits: ApiLimits,
    grace: AbortSignal,
    private readonly cancelled: AbortSignal,
  ) {
    super(octokit, limits, grace);
  }

  protected override currentLimits(): ApiLimits {
    return this.cancelled.aborted ? FINISHING_API_LIMITS : this.limits;
  }
}

function summary(failure: Failure): string {
  if (failure.kind === 'http') return `answered ${failure.status}`;
  if (failure.kind === 'graphql') return 'answered with errors';
  return failure.message;
}

function itemsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return undefined;
  return Object.values(data).find((value): value is unknown[] => Array.isArray(value));
}

/** The rel="next" URL of a Link header. */
function nextLink(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match?.[2]?.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}
