// HTTP requests that honour a self-hosted runner's proxy settings, read as the Actions toolkit
// reads them (@actions/http-client): https_proxy/HTTPS_PROXY for https URLs, http_proxy/HTTP_PROXY
// for http ones, no_proxy/NO_PROXY to bypass, loopback hosts always direct. With no proxy for the
// URL the exchange runs on node:http (request.ts); with one, on undici's fetch through a
// ProxyAgent, loaded only then (undici is about 800 KB, too much to compile on every start for
// runners that have no proxy).
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import type { Dispatcher } from 'undici';
import { exchange, type HttpAnswer, type HttpExchange } from './request';

export type { HttpAnswer, HttpExchange } from './request';

type Fetch = typeof globalThis.fetch;

let throughProxy: Promise<Fetch> | undefined;

/** One exchange, through the runner's proxy when one applies to the URL. */
export async function exchangeThroughProxy(url: string, options: HttpExchange = {}): Promise<HttpAnswer> {
  if (!getProxyUrl(new URL(url))) return exchange(url, options);
  throughProxy ??= loadProxiedFetch();
  const { maxBodyBytes, ...init } = options;
  const response = await (await throughProxy)(url, init);
  return {
    status: response.status,
    statusText: response.statusText,
    url: response.url || url,
    headers: new Map([...response.headers].map(([name, value]) => [name.toLowerCase(), value])),
    body: await readUpTo(response, maxBodyBytes ?? Number.POSITIVE_INFINITY),
  };
}

/** The body up to `limit` bytes, as exchange() reads it: past the limit the rest is not read. */
async function readUpTo(response: Response, limit: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= limit) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

async function loadProxiedFetch(): Promise<Fetch> {
  const undici = await import('undici');
  const direct = new undici.Agent();
  const proxies = new Map<string, Dispatcher>();
  // The route is chosen per origin, so a redirect to a NO_PROXY host goes direct. An https
  // origin is reached through a CONNECT tunnel; an http one is sent to the proxy as a plain
  // forward request, as curl does (proxies commonly refuse CONNECT to port 80).
  const route = (origin: string): Dispatcher => {
    const proxy = getProxyUrl(new URL(origin));
    if (!proxy) return direct;
    let agent = proxies.get(proxy.href);
    if (!agent) {
      agent = new undici.ProxyAgent({ uri: proxy.href, proxyTunnel: false });
      proxies.set(proxy.href, agent);
    }
    return agent;
  };
  class RunnerProxies extends undici.Dispatcher {
    override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
      return route(String(options.origin)).dispatch(options, handler);
    }
    override async close(): Promise<void> {
      await Promise.all([direct, ...proxies.values()].map((dispatcher) => dispatcher.close()));
    }
    override async destroy(): Promise<void> {
      await Promise.all([direct, ...proxies.values()].map((dispatcher) => dispatcher.destroy()));
    }
  }
  const dispatcher = new RunnerProxies();
  return (input, init) =>
    undici.fetch(input as Parameters<typeof undici.fetch>[0], { ...(init as Parameters<typeof undici.fetch>[1]), dispatcher }) as unknown as Promise<Response>;
}
