// A forward proxy on 127.0.0.1, as a self-hosted runner's HTTPS_PROXY/HTTP_PROXY would be, that
// records what passes through it. Hosts ending in `.test` stand for remote machines: the proxy
// reaches them on 127.0.0.1 at the same port, so a request for one that skips the proxy finds
// no such host. An https CONNECT is recorded and refused (no TLS service stands behind it).
import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface RecordingProxy {
  url: string;
  /** `CONNECT host:port`, or `METHOD absolute-url` for a forwarded plain-http request, in order. */
  seen: string[];
  stop(): Promise<void>;
}

const local = (host: string) => (host.endsWith('.test') ? '127.0.0.1' : host);

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((incoming, outgoing) => {
    seen.push(`${incoming.method} ${incoming.url}`);
    const target = new URL(incoming.url ?? '');
    const forwarded = httpRequest(
      { host: local(target.hostname), port: target.port || 80, method: incoming.method, path: `${target.pathname}${target.search}`, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.writeHead(502).end('proxy: upstream failed'));
    incoming.pipe(forwarded);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (incoming, client: Socket) => {
    seen.push(`CONNECT ${incoming.url}`);
    const [host = '', port = '443'] = (incoming.url ?? '').split(':');
    if (port === '443') {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), local(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
