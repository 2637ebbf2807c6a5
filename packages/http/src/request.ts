// One HTTP exchange on node:http/node:https, the whole body read (up to a limit), redirects
// followed as fetch follows them. Node's own fetch is not used when no proxy applies: loading
// it and its WebAssembly parser costs a step about 30 MiB of memory (measured in `pnpm bench`),
// a quarter of what a whole run needs. Errors keep fetch's shape (a TypeError whose `cause`
// carries the system error's code), so callers describe them one way whichever path ran.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface HttpExchange {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  signal?: AbortSignal;
  /** 'follow' (the default) as fetch does; 'manual' returns the redirect itself. */
  redirect?: 'follow' | 'manual';
  /** Bytes of body kept; the rest is not read. Default: all of it. */
  maxBodyBytes?: number;
}

export interface HttpAnswer {
  status: number;
  statusText: string;
  /** The URL that answered, after redirects. */
  url: string;
  /** Header names in lower case; repeated headers joined with ", " as fetch joins them. */
  headers: Map<string, string>;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** Headers that must not follow a redirect to another origin (fetch drops them too). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];

export async function exchange(url: string, options: HttpExchange = {}): Promise<HttpAnswer> {
  let current = new URL(url);
  let method = (options.method ?? 'GET').toUpperCase();
  let body = options.body;
  let headers = { ...options.headers };
  for (let hop = 0; ; hop++) {
    const answer = await once(current, method, headers, body, options);
    const location = answer.headers.get('location');
    if (options.redirect === 'manual' || !REDIRECTS.has(answer.status) || location === undefined) return answer;
    if (hop === MAX_REDIRECTS) throw fetchFailure(new Error(`more than ${MAX_REDIRECTS} redirects`));
    const next = new URL(location, current);
    if (next.origin !== current.origin) headers = withoutCredentials(headers);
    // As fetch: 303, and 301/302 after a POST, become a GET without a body.
    if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      body = undefined;
    }
    current = next;
  }
}

function once(url: URL, method: string, headers: Record<string, string>, body: string | Uint8Array | undefined, options: HttpExchange): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject(fetchFailure(new Error(`unsupported protocol ${url.protocol}`)));
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, { method, headers: withLength(headers, body), signal: options.signal }, (response) => {
      readBody(response, options.maxBodyBytes ?? Number.POSITIVE_INFINITY).then(
        (bytes) =>
          resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', url: url.href, headers: headerMap(response), body: bytes }),
        (error: unknown) => reject(failure(error, options.signal)),
      );
    });
    request.on('error', (error) => reject(failure(error, options.signal)));
    request.end(body);
  });
}

/** The body up to `limit` bytes; past it the connection is closed rather than read to the end. */
function readBody(response: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= limit) {
        settle(() => resolve(Buffer.concat(chunks).subarray(0, limit)));
        response.destroy();
      }
    });
    response.on('end', () => settle(() => resolve(Buffer.concat(chunks))));
    // A body cut off mid-way (the server closed the connection) is an error, as fetch makes it.
    const cutShort = () => settle(() => reject(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' })));
    response.on('aborted', cutShort);
    response.on('close', () => {
      if (!response.complete) cutShort();
    });
    response.on('error', (error) => settle(() => reject(error)));
  });
}

function headerMap(response: IncomingMessage): Map<string, string> {
  const headers = new Map<string, string>();
  for (let index = 0; index < response.rawHeaders.length; index += 2) {
    const name = (response.rawHeaders[index] as string).toLowerCase();
    const value = response.rawHeaders[index + 1] as string;
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}

function withLength(headers: Record<string, string>, body: string | Uint8Array | undefined): Record<string, string> {
  if (body === undefined) return headers;
  return { ...headers, 'content-length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength) };
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIALS.includes(name.toLowerCase())));
}

/** An abort keeps its reason (a deadline, a cancellation); anything else becomes fetch's TypeError. */
function failure(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason ?? error;
  return fetchFailure(error);
}

function fetchFailure(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}
