// The fetch under the gateway: through the runner's proxy settings (HTTPS_PROXY, NO_PROXY), and
// returning only once the whole body has arrived, so the attempt's deadline covers headers and
// body alike; it refuses a successful answer whose JSON does not parse (a body cut short)
// instead of handing a string to the caller.
import { exchangeThroughProxy, type HttpAnswer } from '@release-governance/http';

/** Why an attempt produced no HTTP answer to judge. */
export type TransportFailureKind = 'deadline' | 'cancelled' | 'network' | 'invalid-json';

export class TransportFailure extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'TransportFailure';
  }
}

type Fetch = typeof globalThis.fetch;

/** Statuses whose Response may not carry a body. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** The fetch octokit is given: one exchange through the runner's proxy settings, its whole body read. */
export const gatewayFetch: Fetch = async (input, init) => {
  const signal = init?.signal ?? undefined;
  try {
    const answer = await exchangeThroughProxy(urlOf(input), {
      method: init?.method,
      headers: init?.headers as Record<string, string> | undefined,
      body: init?.body as string | undefined,
      signal,
    });
    const { status, body } = answer;
    if (status < 400 && body.length > 0 && /\bjson\b/i.test(answer.headers.get('content-type') ?? '')) {
      try {
        JSON.parse(body.toString('utf8'));
      } catch {
        throw new TransportFailure('invalid-json', `the answer (${status}, ${body.length} bytes) is not valid JSON; it was probably cut short`);
      }
    }
    return responseOf(answer);
  } catch (error) {
    // An abort carries the gateway's own reason (deadline or cancellation).
    if (signal?.aborted && signal.reason instanceof TransportFailure) throw signal.reason;
    if (error instanceof TransportFailure) throw error;
    throw new TransportFailure('network', networkReason(error));
  }
};

/** Octokit passes a string; `Request` is not touched, since reading that global loads Node's fetch. */
function urlOf(input: Parameters<Fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/**
 * The answer as the part of a fetch Response octokit reads (status, url, headers, the body as
 * text or bytes). Not the global Response: building one loads Node's whole fetch.
 */
function responseOf(answer: HttpAnswer): Response {
  const body = NULL_BODY_STATUSES.has(answer.status) ? Buffer.alloc(0) : answer.body;
  const headers = {
    get: (name: string) => answer.headers.get(name.toLowerCase()) ?? null,
    has: (name: string) => answer.headers.has(name.toLowerCase()),
    [Symbol.iterator]: () => answer.headers.entries(),
  };
  const response = {
    status: answer.status,
    statusText: answer.statusText,
    url: answer.url,
    ok: answer.status >= 200 && answer.status < 300,
    headers,
    body: null,
    text: async () => body.toString('utf8'),
    json: async () => JSON.parse(body.toString('utf8')) as unknown,
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength),
  };
  return response as unknown as Response;
}

/** undici says "fetch failed" and keeps the reason in `cause`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'could not connect (connection refused)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `could not resolve the API host (${code})`;
  if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET') return 'the connection closed before the answer was complete';
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `could not reach the API (${code ? `${code}: ` : ''}${message})`;
}
