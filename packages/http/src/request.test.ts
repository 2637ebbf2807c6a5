// exchange() against real servers on 127.0.0.1: what fetch would do, without loading fetch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange } from './request';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

describe('exchange', () => {
  const seen: { path: string; method: string; authorization?: string; body: string }[] = [];
  let main: { server: Server; url: string };
  let other: { server: Server; url: string };

  beforeAll(async () => {
    other = await serve((request, response) => {
      seen.push({ path: `other${request.url}`, method: request.method ?? '', authorization: request.headers.authorization, body: '' });
      response.end('elsewhere');
    });
    main = await serve((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ path: request.url ?? '', method: request.method ?? '', authorization: request.headers.authorization, body });
        if (request.url === '/moved') return void response.writeHead(301, { location: '/here' }).end();
        if (request.url === '/see-other') return void response.writeHead(303, { location: '/here' }).end();
        if (request.url === '/away') return void response.writeHead(302, { location: `${other.url}/there` }).end();
        if (request.url === '/loop') return void response.writeHead(302, { location: '/loop' }).end();
        if (request.url === '/big') return void response.end('x'.repeat(100_000));
        if (request.url === '/cut') {
          response.writeHead(200, { 'content-length': '1000' });
          response.write('partial');
          return void setTimeout(() => response.destroy(), 20);
        }
        response.writeHead(200, { 'set-cookie': ['a=1', 'b=2'], 'x-one': 'y' }).end(`hello ${request.method}`);
      });
    });
  });
  afterAll(() => {
    main.server.close();
    other.server.close();
  });

  it('follows a redirect as fetch does, and returns the redirect itself when asked not to', async () => {
    const followed = await exchange(`${main.url}/moved`);
    expect(followed).toMatchObject({ status: 200, url: `${main.url}/here` });
    expect(followed.body.toString()).toBe('hello GET');
    const manual = await exchange(`${main.url}/moved`, { redirect: 'manual' });
    expect(manual.status).toBe(301);
    expect(manual.headers.get('location')).toBe('/here');
  });

  it('turns a POST into a GET without its body on 303', async () => {
    seen.length = 0;
    const answer = await exchange(`${main.url}/see-other`, { method: 'POST', body: 'payload' });
    expect(answer.body.toString()).toBe('hello GET');
    expect(seen.map(({ path, method, body }) => `${method} ${path} ${body}`)).toEqual(['POST /see-other payload', 'GET /here ']);
  });

  it('drops the token when a redirect leaves the origin', async () => {
    seen.length = 0;
    await exchange(`${main.url}/away`, { headers: { authorization: 'token secret' } });
    expect(seen.map((request) => [request.path, request.authorization])).toEqual([
      ['/away', 'token secret'],
      ['other/there', undefined],
    ]);
  });

  it('gives up on a redirect loop', async () => {
    await expect(exchange(`${main.url}/loop`)).rejects.toMatchObject({ name: 'TypeError', cause: { message: 'more than 20 redirects' } });
  });

  it('keeps only the bytes asked for, and joins repeated headers as fetch does', async () => {
    const big = await exchange(`${main.url}/big`, { maxBodyBytes: 10 });
    expect(big.body.toString()).toBe('x'.repeat(10));
    const plain = await exchange(`${main.url}/`);
    expect(plain.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(plain.headers.get('x-one')).toBe('y');
  });

  it('fails a body cut short, and a refused connection, with the system code as fetch reports it', async () => {
    await expect(exchange(`${main.url}/cut`)).rejects.toMatchObject({ name: 'TypeError', cause: { code: 'ECONNRESET' } });
    const closed = await serve(() => undefined);
    closed.server.close();
    await expect(exchange(closed.url)).rejects.toMatchObject({ name: 'TypeError', cause: { code: 'ECONNREFUSED' } });
  });

  it("ends with the signal's own reason when it aborts", async () => {
    const reason = new Error('deadline');
    const hanging = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 20);
    await expect(exchange(hanging.url, { signal: controller.signal })).rejects.toBe(reason);
    hanging.server.closeAllConnections();
    hanging.server.close();
  });
});
