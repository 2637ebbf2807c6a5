// The fetch under the gateway: through the runner's proxy settings (HTTPS_PROXY, NO_PROXY), and
// returning only once the whole body has arrived, so the attempt's deadline covers headers and
// body alike; it refuses a successful answer whose JSON does not parse (a body cut short)
// instead of handing a string to the caller.
import { fetchThroughProxy } from '@release-governance/http';

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

export const gatewayFetch: Fetch = completeAnswerFetch(fetchThroughProxy);

function completeAnswerFetch(base: Fetch): Fetch {
  return async (input, init) => {
    const signal = init?.signal ?? undefined;
    try {
      const response = await base(input, init);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (response.status < 400 && bytes.length > 0 && /\bjson\b/i.test(response.headers.get('content-type') ?? '')) {
        try {
          JSON.parse(bytes.toString('utf8'));
        } catch {
          throw new TransportFailure('invalid-json', `the answer (${response.status}, ${bytes.length} bytes) is not valid JSON; it was probably cut short`);
        }
      }
      return new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      // An abort carries the gateway's own reason (deadline or cancellation).
      if (signal?.aborted && signal.reason instanceof TransportFailure) throw signal.reason;
      if (error instanceof TransportFailure) throw error;
      throw new TransportFailure('network', networkReason(error));
    }
  };
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
